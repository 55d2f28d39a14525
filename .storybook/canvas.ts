/**
 * The preview's theme, language and direction: the toolbar's globals applied to the whole canvas, not to a box
 * inside it. In a story (its own iframe, and in the story tests) the document itself gets them: `<html>` takes the
 * theme's class (its tokens and `color-scheme`), `lang` and `dir`, and preview.css paints `<html>` and `<body>` with
 * the theme's surface and text colours. A docs page shows many stories in one document, so there each story's
 * canvas block (`.docs-story`) takes the theme and is painted, and the story's wrapper carries `lang` and `dir`.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { cspStyleMap } from '@trust-signals/core';
import { directionOf } from './locales.js';

export const THEMES = ['light', 'dark', 'high-contrast', 'high-contrast-dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export interface CanvasGlobals {
  theme: Theme;
  locale: string;
  dir: 'ltr' | 'rtl';
}

/** The globals as the canvas uses them: unknown values fall back, `dir` other than ltr/rtl follows the locale. */
export function canvasGlobals(globals: Record<string, unknown>): CanvasGlobals {
  const theme = THEMES.find((t) => t === globals.theme) ?? 'light';
  const locale = typeof globals.locale === 'string' && globals.locale ? globals.locale : 'en';
  const dir = globals.dir === 'ltr' || globals.dir === 'rtl' ? globals.dir : directionOf(locale);
  return { theme, locale, dir };
}

/** Makes `target` a painted canvas in `theme` (preview.css: `.trust-canvas`), replacing any other theme. */
export function paintCanvas(target: Element, theme: Theme): void {
  target.classList.remove(...THEMES.map((t) => `trust-theme-${t}`));
  target.classList.add('trust-canvas', `trust-theme-${theme}`);
}

/** The args the Controls panel sets for CSS custom properties (`--trust-…`, docs-table.ts), as style values. */
function customProperties(args: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(args).filter((e): e is [string, string] => e[0].startsWith('--') && typeof e[1] === 'string'));
}

export const withCanvas: Decorator = (story, { globals, viewMode, canvasElement, args }) => {
  const { theme, locale, dir } = canvasGlobals(globals);
  if (viewMode === 'docs') {
    const block = canvasElement?.closest('.docs-story');
    if (block) paintCanvas(block, theme);
  } else {
    const root = document.documentElement;
    paintCanvas(root, theme);
    root.lang = locale;
    root.dir = dir;
  }
  return html`<div class="trust-story trust-theme-${theme}" lang=${locale} dir=${dir} style=${cspStyleMap(customProperties(args))}>
    ${story()}
  </div>`;
};
