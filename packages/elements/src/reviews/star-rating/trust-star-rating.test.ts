import { within } from '@testing-library/dom';
import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { filledFraction, STAR } from '@trust-signals/core/reviews';
import { GAP } from '../../../../core/src/rating.js';
import '../../trust-star-rating.js';
import '../../locales/de.js';
import '../../locales/es.js';
import '../../locales/ar.js';
import '../../locales/ja.js';
import { fixture, recordConsoleErrors, settle, shadow } from '../../../../../test/helpers/fixture.js';
import type { TrustStarRating } from './trust-star-rating.js';

const img = (el: Element) => within(shadow(el)).getByRole('img');

describe('<trust-star-rating>', () => {
  const errors = recordConsoleErrors();

  it('is one image with one localized name that includes the count', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating value="4.3" count="1234"></trust-star-rating>`);
    const root = within(shadow(el));
    expect(root.getAllByRole('img')).toHaveLength(1);
    expect(root.getByRole('img').getAttribute('aria-label')).toBe('Rated 4.3 out of 5, 1,234 reviews');
    expect(el.accessibleName).toBe('Rated 4.3 out of 5, 1,234 reviews');
    expect(errors()).not.toHaveBeenCalled();
  });

  it('uses the singular for one review and omits the count when there is none', async () => {
    const one = await fixture(html`<trust-star-rating value="5" count="1"></trust-star-rating>`);
    expect(img(one).getAttribute('aria-label')).toBe('Rated 5 out of 5, 1 review');
    const none = await fixture(html`<trust-star-rating value="2"></trust-star-rating>`);
    expect(img(none).getAttribute('aria-label')).toBe('Rated 2 out of 5');
    expect(within(shadow(none)).queryByText(/\(/)).toBeNull();
  });

  it('shows a large count compactly but speaks it in full', async () => {
    const el = await fixture(html`<trust-star-rating value="4.6" count="1234567" show-value></trust-star-rating>`);
    expect(shadow(el).querySelector('[part="count"]')?.textContent).toBe('(1.2M)');
    expect(shadow(el).querySelector('[part="value"]')?.textContent).toBe('4.6');
    expect(img(el).getAttribute('aria-label')).toBe('Rated 4.6 out of 5, 1,234,567 reviews');
  });

  it('shows the number with one decimal always, and counts from 1,000 compactly, as its description says', async () => {
    const figures = async (value: string, count: string) => {
      const el = await fixture(html`<trust-star-rating value=${value} count=${count} show-value></trust-star-rating>`);
      return [shadow(el).querySelector('[part="value"]')?.textContent, shadow(el).querySelector('[part="count"]')?.textContent];
    };
    // "4.0" beside "3.9" in a grid, not "4".
    expect(await figures('4', '86')).toEqual(['4.0', '(86)']);
    expect(await figures('3.94', '999')).toEqual(['3.9', '(999)']);
    expect(await figures('4.4', '1234')).toEqual(['4.4', '(1.2K)']);
    // Spoken in full and without a needless decimal.
    const el = await fixture(html`<trust-star-rating value="4" count="1234" show-value></trust-star-rating>`);
    expect(img(el).getAttribute('aria-label')).toBe('Rated 4 out of 5, 1,234 reviews');
  });

  it('stays small in the DOM: one template for the row and one for the figures, whichever figures show', async () => {
    // A page may hold hundreds of ratings: each node and each Lit part is paid per rating (time and heap; issue 17).
    const nodes = (el: Element) => {
      let n = 0;
      const walk = (node: Node) => node.childNodes.forEach((child) => (n++, walk(child)));
      walk(shadow(el));
      return n;
    };
    const comments = (el: Element) =>
      [...shadow(el).querySelectorAll('*')].flatMap((e) => [...e.childNodes]).filter((c) => c.nodeType === 8);
    const count = await fixture(html`<trust-star-rating value="4.3" count="12"></trust-star-rating>`);
    const both = await fixture(html`<trust-star-rating value="4.3" count="12" show-value></trust-star-rating>`);
    const value = await fixture(html`<trust-star-rating value="4.3" show-value></trust-star-rating>`);
    // base, svg, path, svg, path, figures, count, its text, and the markers of Lit: the root, the label, the figures, the count.
    expect(nodes(count)).toBe(12);
    expect(nodes(both)).toBe(15);
    expect(nodes(value)).toBe(12);
    expect(comments(count)).toHaveLength(3);
    expect(shadow(both).querySelector('.figures')?.textContent).toBe('4.3(12)');
  });

  describe('in a product grid of 24 cards 200 px wide', () => {
    const grid = (fontSize: string, dir: 'ltr' | 'rtl' = 'ltr') =>
      fixture<HTMLElement>(
        html`<div dir=${dir} style="display: grid; grid-template-columns: repeat(4, 200px); gap: 16px; font-size: ${fontSize}">
          ${Array.from(
            { length: 24 },
            (_, i) =>
              html`<article style="box-sizing: border-box; inline-size: 200px; padding: 12px; border: 1px solid">
                <p style="margin: 0">Product ${i + 1}</p>
                <trust-star-rating value=${i % 2 ? '4.4' : '4'} count=${i % 3 ? '86' : '12345'} show-value></trust-star-rating>
              </article>`,
          )}
        </div>`,
      );

    it.each([
      ['16px', 'ltr'],
      ['20px', 'ltr'],
      ['20px', 'rtl'],
    ] as const)('at %s (%s) every rating stays inside its card, with whole stars and its figures on one piece', async (size, dir) => {
      const wrap = await grid(size, dir);
      const cards = [...wrap.querySelectorAll('article')];
      expect(cards).toHaveLength(24);
      for (const card of cards) {
        const box = card.getBoundingClientRect();
        const [left, right] = [box.left + 12, box.right - 12];
        const el = card.querySelector('trust-star-rating')!;
        const parts = ['base', 'stars', 'value', 'count'].map((p) => shadow(el).querySelector(`[part="${p}"]`)!.getBoundingClientRect());
        for (const r of parts) {
          expect(r.left).toBeGreaterThanOrEqual(left - 0.5);
          expect(r.right).toBeLessThanOrEqual(right + 0.5);
        }
        // The stars keep their full size (never squeezed or cut): five stars at 1.25em high.
        const stars = parts[1]!;
        expect(stars.height).toBeCloseTo(Number.parseFloat(size) * 1.25, 0);
        const [value, count] = [parts[2]!, parts[3]!];
        // The number and its count stay on one line together.
        expect(Math.abs(value.top - count.top)).toBeLessThan(2);
      }
    });
  });

  it('prefixes a visible label to the name', async () => {
    const el = await fixture(html`<trust-star-rating value="4" label="Build quality"></trust-star-rating>`);
    // The label is seen once, and heard as part of the rating's name.
    expect(within(shadow(el)).getByRole('img').getAttribute('aria-label')).toBe('Build quality: Rated 4 out of 5');
    expect(shadow(el).querySelector('[part="label"]')?.textContent).toBe('Build quality');
  });

  it('is not focusable: Tab goes straight past it', async () => {
    const el = await fixture(
      html`<div><button>before</button><trust-star-rating value="3"></trust-star-rating><button>after</button></div>`,
    );
    el.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.textContent).toBe('after');
    expect(shadow(el.querySelector('trust-star-rating')!).querySelector('[tabindex]')).toBeNull();
  });

  /**
   * The row and the filled viewport in CSS pixels. An SVG element's bounding rect is its content's (the whole row
   * of stars), not its viewport, so the filled viewport is mapped through the row's screen transform instead; its
   * viewBox must show the same stretch of the row at the same place, or the stars inside would not line up.
   */
  const measure = (el: Element) => {
    const row = shadow(el).querySelector<SVGSVGElement>('svg[part="stars"]')!;
    const stars = row.getBoundingClientRect();
    const inner = shadow(el).querySelector<SVGSVGElement>('svg.fill')!;
    const [x, width] = [inner.x.baseVal.value, inner.width.baseVal.value];
    expect(inner.viewBox.baseVal.x).toBeCloseTo(x, 3);
    expect(inner.viewBox.baseVal.width).toBeCloseTo(width, 3);
    // Mapped through the row's screen transform, which includes the mirroring in right-to-left text.
    const m = row.getScreenCTM()!;
    const [a, b] = [m.a * x + m.e, m.a * (x + width) + m.e];
    const fill = { left: Math.min(a, b), width: Math.abs(b - a), right: Math.max(a, b) };
    return { stars, fill };
  };

  it.each([
    [0, 0],
    [0.5, 0.5],
    [3.7, 3.7],
    [5, 5],
  ])('fills exactly %s stars', async (value) => {
    const el = await fixture(html`<trust-star-rating value=${value} style="--trust-star-rating-size: 48px"></trust-star-rating>`);
    const { stars, fill } = measure(el);
    // Geometry in CSS pixels: a star is 48 px, a gap 8 px; 3.7 = three stars with their gaps + 70 % of the 4th star.
    const star = 48;
    const gap = (48 * GAP) / STAR;
    expect(stars.width).toBeCloseTo(5 * star + 4 * gap, 0);
    const whole = Math.floor(value);
    const expected = value >= 5 ? stars.width : whole * (star + gap) + (value - whole) * star;
    expect(fill.width).toBeCloseTo(expected, 0);
    expect(fill.width / stars.width).toBeCloseTo(filledFraction(value, 5), 3);
    expect(fill.left).toBeCloseTo(stars.left, 1);
  });

  it('fills from the right in right-to-left text', async () => {
    const el = await fixture(html`<trust-star-rating value="3.7" style="--trust-star-rating-size: 48px"></trust-star-rating>`, {
      dir: 'rtl',
    });
    const { stars, fill } = measure(el);
    expect(fill.right).toBeCloseTo(stars.right, 1);
    expect(fill.left).toBeGreaterThan(stars.left + 40);
  });

  it('switches language when an ancestor lang changes, without reload', async () => {
    const el = await fixture(html`<trust-star-rating value="4.3" count="1234"></trust-star-rating>`, { lang: 'en' });
    const container = el.parentElement!;
    container.lang = 'de';
    await settle(container);
    expect(img(el).getAttribute('aria-label')).toBe('Mit 4,3 von 5 bewertet, 1.234 Bewertungen');
    container.lang = 'es';
    await settle(container);
    expect(img(el).getAttribute('aria-label')).toBe('Valoración de 4,3 sobre 5, 1234 reseñas');
    container.lang = 'ja';
    await settle(container);
    expect(img(el).getAttribute('aria-label')).toBe('評価 4.3（5 点満点）、レビュー 1,234 件');
    container.lang = 'pt-BR';
    await settle(container);
    expect(img(el).getAttribute('aria-label')).toBe('Rated 4,3 out of 5, 1.234 reviews');
  });

  it('uses Arabic plural forms', async () => {
    const two = await fixture(html`<trust-star-rating value="4" count="2"></trust-star-rating>`, { lang: 'ar', dir: 'rtl' });
    expect(img(two).getAttribute('aria-label')).toBe('التقييم 4 من 5، مراجعتان');
    const few = await fixture(html`<trust-star-rating value="4" count="3"></trust-star-rating>`, { lang: 'ar', dir: 'rtl' });
    expect(img(few).getAttribute('aria-label')).toBe('التقييم 4 من 5، 3 مراجعات');
  });

  it('isolates a label written in the other direction than the sentence around it', async () => {
    const english = await fixture(html`<trust-star-rating value="4" label="Quality"></trust-star-rating>`, { lang: 'ar', dir: 'rtl' });
    expect(img(english).getAttribute('aria-label')).toBe('\u2068Quality\u2069: التقييم 4 من 5');
    const arabic = await fixture(html`<trust-star-rating value="4" label="الجودة"></trust-star-rating>`, { lang: 'ar', dir: 'rtl' });
    expect(img(arabic).getAttribute('aria-label')).toBe('الجودة: التقييم 4 من 5');
    const inEnglish = await fixture(html`<trust-star-rating value="4" label="الجودة"></trust-star-rating>`);
    expect(img(inEnglish).getAttribute('aria-label')).toBe('\u2068الجودة\u2069: Rated 4 out of 5');
  });

  it.each([
    ['abc', 'value', 'must be a number'],
    ['', 'value', 'is required'],
    ['5.2', 'value', 'between 0 and 5'],
    ['-1', 'value', 'between 0 and 5'],
  ])('shows "Rating unavailable" for value=%j, never stars, and reports it', async (value, path, message) => {
    const onError = vi.fn();
    document.addEventListener('trust-error', onError);
    const el = await fixture<TrustStarRating>(html`<trust-star-rating value=${value} count="12"></trust-star-rating>`);
    document.removeEventListener('trust-error', onError);
    expect(within(shadow(el)).getByRole('img', { name: 'Rating unavailable' }).textContent!.trim()).toBe('Rating unavailable');
    expect(shadow(el).querySelector('svg')).toBeNull();
    expect(shadow(el).textContent).not.toMatch(/NaN|Infinity/);
    expect(onError).toHaveBeenCalledTimes(1);
    const detail = (onError.mock.calls[0]![0] as CustomEvent).detail;
    expect(detail.element).toBe('trust-star-rating');
    expect(detail.issues[0].path).toBe(path);
    expect(detail.issues[0].message).toContain(message);
    expect(errors()).toHaveBeenCalledTimes(1);
    expect(String(errors().mock.calls[0]![0])).toContain('<trust-star-rating>');
    // Re-rendering the same bad data does not log again.
    el.label = 'Again';
    await el.updateComplete;
    expect(errors()).toHaveBeenCalledTimes(1);
  });

  it('waits quietly, showing its fallback, until a value is given; then reports an invalid max or count', async () => {
    const waiting = await fixture<TrustStarRating>(html`<trust-star-rating>4.3 out of 5</trust-star-rating>`);
    expect(waiting.waiting).toBe(true);
    expect(waiting.shadowRoot!.querySelector('[role="img"]')).toBeNull();
    expect(
      waiting
        .shadowRoot!.querySelector('slot')!
        .assignedNodes()
        .map((n) => n.textContent),
    ).toEqual(['4.3 out of 5']);
    expect(errors()).not.toHaveBeenCalled();
    waiting.value = 4.3;
    await waiting.updateComplete;
    expect(img(waiting).getAttribute('aria-label')).toBe('Rated 4.3 out of 5');
    const badMax = await fixture(html`<trust-star-rating value="3" max="0"></trust-star-rating>`);
    expect(img(badMax).getAttribute('aria-label')).toBe('Rating unavailable');
    const badCount = await fixture(html`<trust-star-rating value="3" count="-4"></trust-star-rating>`);
    expect(img(badCount).getAttribute('aria-label')).toBe('Rating unavailable');
    expect(errors()).toHaveBeenCalledTimes(2);
  });

  it('recovers when bad data is corrected by property', async () => {
    const el = await fixture<TrustStarRating>(html`<trust-star-rating value="x"></trust-star-rating>`);
    el.value = 4;
    await el.updateComplete;
    expect(img(el).getAttribute('aria-label')).toBe('Rated 4 out of 5');
  });

  it('tells filled from empty stars by shape in forced-colors mode', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    try {
      const el = await fixture(html`<trust-star-rating value="2.5"></trust-star-rating>`);
      const empty = getComputedStyle(shadow(el).querySelector('[part="stars"] > path')!);
      const full = getComputedStyle(shadow(el).querySelector('.fill path')!);
      // Empty stars: outline only (fill = background); filled stars: solid (fill = text colour).
      expect(empty.fill).not.toBe(full.fill);
      expect(empty.stroke).toBe(full.fill);
      expect(full.stroke).toBe(full.fill);
    } finally {
      await commands.emulateMedia({ forcedColors: 'none' });
    }
  });

  it('follows the dark colour scheme and the high-contrast theme through tokens', async () => {
    const light = await fixture(html`<trust-star-rating value="3"></trust-star-rating>`, { style: 'color-scheme: light' });
    const dark = await fixture(html`<trust-star-rating value="3"></trust-star-rating>`, { style: 'color-scheme: dark' });
    const fillOf = (el: Element) => getComputedStyle(shadow(el).querySelector('.fill path')!).fill;
    expect(fillOf(light)).not.toBe(fillOf(dark));
    const themed = await fixture(html`<trust-star-rating value="3"></trust-star-rating>`, { style: '--trust-color-star: rgb(1, 2, 3)' });
    expect(fillOf(themed)).toBe('rgb(1, 2, 3)');
    const hook = await fixture(html`<trust-star-rating value="3" style="--trust-star-rating-color: rgb(4, 5, 6)"></trust-star-rating>`, {
      style: '--trust-color-star: rgb(1, 2, 3)',
    });
    expect(fillOf(hook)).toBe('rgb(4, 5, 6)');
  });
});
