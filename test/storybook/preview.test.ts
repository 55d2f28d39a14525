/**
 * The preview's toolbars (.storybook/preview.ts, canvas.ts, locales.ts): the theme paints the whole canvas (the
 * story's document, or each story's block on a docs page), not a box inside a white frame; the locale list is every
 * shipped locale; the direction is the locale's.
 */
import { html as litHtml, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { withCanvas } from '../../.storybook/canvas.js';
import { locales } from '../../.storybook/locales.js';
import preview from '../../.storybook/preview.js';
import { stories, SURFACE } from './story-matrix.js';

const starRating = stories().find((s) => s.title === 'Reviews/Star rating' && s.exportName === 'Default')!;
const bodyBackground = () => getComputedStyle(document.body).backgroundColor;
const htmlBackground = () => getComputedStyle(document.documentElement).backgroundColor;

afterEach(() => document.querySelectorAll('.docs-story').forEach((e) => e.remove()));

describe('the theme paints the whole canvas', () => {
  it.each(Object.entries(SURFACE))('%s: <html> and <body> take the theme’s surface and text colours', async (theme, surface) => {
    await starRating.compose({ theme }).run();
    expect(document.documentElement.classList.contains(`trust-theme-${theme}`)).toBe(true);
    expect(bodyBackground()).toBe(surface);
    expect(htmlBackground()).toBe(surface);
    // One theme at a time, whatever ran before.
    expect([...document.documentElement.classList].filter((c) => c.startsWith('trust-theme-'))).toEqual([`trust-theme-${theme}`]);
  });

  it('on a docs page, paints each story’s block and leaves the page alone', async () => {
    await starRating.compose({ theme: 'light' }).run();
    const blocks = ['dark', 'high-contrast-dark'].map((theme) => {
      const block = document.createElement('div');
      block.className = 'docs-story';
      const canvasElement = block.appendChild(document.createElement('div'));
      document.body.append(block);
      const decorate = withCanvas as unknown as (story: () => unknown, context: object) => unknown;
      render(
        decorate(() => litHtml`<p>Story</p>`, { globals: { theme }, viewMode: 'docs', canvasElement, args: {} }),
        canvasElement,
      );
      return { block, theme };
    });
    for (const { block, theme } of blocks) {
      expect(getComputedStyle(block).backgroundColor).toBe(SURFACE[theme as keyof typeof SURFACE]);
      expect(block.querySelector('.trust-story')?.getAttribute('lang')).toBe('en');
    }
    expect(document.documentElement.classList.contains('trust-theme-light')).toBe(true);
    expect(bodyBackground()).toBe(SURFACE.light);
  });

  it('applies a colour picked for a CSS custom property (a docs table control) to the story', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const decorate = withCanvas as unknown as (story: () => unknown, context: object) => unknown;
    const context = { globals: {}, viewMode: 'story', canvasElement: host, args: { '--trust-star-rating-color': '#6d28d9' } };
    render(
      decorate(() => litHtml`<p>Story</p>`, context),
      host,
    );
    expect(host.querySelector<HTMLElement>('.trust-story')!.style.getPropertyValue('--trust-star-rating-color')).toBe('#6d28d9');
    host.remove();
  });
});

describe('locale and direction', () => {
  const items = (preview.globalTypes!.locale!.toolbar!.items as { value: string; right?: string }[]).map((i) => i.value);

  it('lists every shipped locale, found in packages/elements/src/locales/, English first', () => {
    const files = import.meta.glob('../../packages/elements/src/locales/*.ts');
    expect(items[0]).toBe('en');
    expect(items).toHaveLength(Object.keys(files).length + 1);
    expect(new Set(items).size).toBe(items.length);
    expect(items).toEqual(locales.map((l) => l.code));
  });

  it('takes the direction from the locale’s table, and offers no other (no English forced right to left)', async () => {
    expect(preview.globalTypes!.dir).not.toHaveProperty('toolbar');
    for (const { code, dir } of locales.filter((l) => ['en', 'ar', 'he', 'ja'].includes(l.code))) {
      await starRating.compose({ locale: code }).run();
      expect(document.documentElement.lang).toBe(code);
      expect(document.documentElement.dir, code).toBe(dir);
    }
    expect(locales.find((l) => l.code === 'ar')?.dir).toBe('rtl');
    expect(locales.find((l) => l.code === 'en')?.dir).toBe('ltr');
  });
});
