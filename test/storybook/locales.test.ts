/**
 * Each element's main stories (tagged `main`) in every shipped locale, in its direction (the table's `$dir`), axe
 * at 'error'. The locales are found, not listed (.storybook/locales.ts): a locale added to
 * packages/elements/src/locales/ is tested here with no edit. English is the storybook project's own run.
 */
import { expect } from 'vitest';
import { locales, stories, storyTests } from './story-matrix.js';

// The direction is left to the preview, which takes it from the locale's table.
const variants = locales.filter((l) => l.code !== 'en').map((l) => ({ locale: l.code }));

storyTests(
  stories().filter((s) => s.tags.includes('main')),
  variants,
  ({ locale }) => {
    expect(document.documentElement.lang).toBe(locale);
    expect(document.documentElement.dir).toBe(locales.find((l) => l.code === locale)!.dir);
  },
);
