/**
 * A shopper pages through a long list on a product page: 300 reviews (and 10,000) from the page's JSON-LD,
 * below a product header, with a footer after it. Each press of "Show more reviews" (keyboard and mouse) must keep
 * the viewport where the reader is, move focus to the first newly shown review (inside the virtualized list too,
 * past 100 reviews), announce how many are shown, and leave nothing moving under the pointer once rendered.
 * "Show all" keeps the reader's place. The trace of every press is printed (`[walk]`) for the record.
 */
import { within } from '@testing-library/dom';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page as browserPage, userEvent } from 'vitest/browser';
import { fixture, settle, shadow } from '../../../../../test/helpers/fixture.js';
import '../../trust-review-list.js';
import type { TrustReviewList } from './trust-review-list.js';

/** A schema.org Product with `n` reviews of uneven length, as a shop publishes it for search engines. */
const product = (n: number) => ({
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Kettle',
  review: Array.from({ length: n }, (_, i) => ({
    '@type': 'Review',
    name: `Review ${i + 1}`,
    reviewBody: `Text of review ${i + 1}. `.repeat(1 + ((i * 7) % 23)),
    author: { '@type': 'Person', name: `Reader ${i + 1}` },
    datePublished: new Date(Date.UTC(2025, 0, 1) - i * 3_600_000).toISOString(),
    reviewRating: { '@type': 'Rating', ratingValue: (i % 5) + 1, bestRating: 5, worstRating: 1 },
  })),
});

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const root = (el: Element) => shadow(el) as unknown as ShadowRoot;
const q = (el: Element) => within(shadow(el));
const showMore = (el: Element) => q(el).queryByRole('button', { name: 'Show more reviews' });
const announcement = (el: Element) => root(el).querySelector('[part="showing"]')?.textContent?.trim() ?? '';

/** The focused element, across shadow roots, as text: `review 101`, `button "Show more reviews"`, `body`. */
function focused(el: Element): { text: string; index: number | undefined; box: DOMRect | undefined } {
  const inner = root(el).activeElement as HTMLElement | null;
  if (!inner)
    return {
      text: document.activeElement === document.body ? 'body' : (document.activeElement?.localName ?? 'none'),
      index: undefined,
      box: undefined,
    };
  const item = inner.closest('li[data-index]');
  const index = item && inner.localName === 'article' ? Number(item.getAttribute('data-index')) : undefined;
  const text =
    index !== undefined ? `review ${index + 1}` : `${inner.localName} "${inner.textContent?.trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
  return { text, index, box: inner.getBoundingClientRect() };
}

/** Waits until the scroll position, the focus and the layout have been still for 5 frames (at most 2 s). */
async function calm(el: Element): Promise<number> {
  await settle();
  let last = '';
  let still = 0;
  let frames = 0;
  for (; frames < 120 && still < 5; frames++) {
    await frame();
    const f = focused(el);
    const button = showMore(el)?.getBoundingClientRect();
    const now = `${scrollY}|${f.text}|${f.box?.top}|${button?.top}|${document.documentElement.scrollHeight}`;
    still = now === last ? still + 1 : 0;
    last = now;
  }
  return frames;
}

interface Step {
  press: string;
  scrollY: number;
  focus: string;
  onScreen: boolean;
  announced: string;
  /** Frames until nothing moved any more. */
  frames: number;
}

/** Where the first new review should start: where the pressed button was, low enough that its start is seen. */
const placeOf = (before: DOMRect) => Math.min(before.top, innerHeight - 48);
/** English digit grouping written out (1,234; 10,000), not through Intl as the element formats it. */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const onScreen = (box: DOMRect | undefined) => !!box && box.bottom > 0 && box.top < innerHeight;
const row = (s: Step) =>
  `${s.press.padEnd(10)} scrollY ${String(Math.round(s.scrollY)).padStart(7)}  focus ${s.focus.padEnd(30)} ${s.onScreen ? 'on screen ' : 'OFF SCREEN'}  "${s.announced}"  (${s.frames} frames)`;

let page: HTMLElement[] = [];
afterEach(() => {
  for (const p of page) p.remove();
  page = [];
  scrollTo(0, 0);
});

/** A product page: a tall header, the list (reviews from a child JSON-LD script), a footer. */
async function productPage(n: number): Promise<TrustReviewList> {
  const header = document.createElement('header');
  header.style.blockSize = '900px';
  header.textContent = 'Kettle, 39 €';
  const footer = document.createElement('footer');
  footer.style.blockSize = '600px';
  footer.textContent = 'Footer';
  document.body.prepend(header);
  document.body.append(footer);
  page = [header, footer];
  const list = document.createElement('trust-review-list');
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify(product(n));
  list.append(script);
  const el = await fixture<TrustReviewList>(html`${list}`);
  document.body.append(footer);
  await calm(el);
  return el;
}

/** Presses "Show more reviews" with the keyboard until it is gone; checks and returns every press's step. */
async function walk(el: TrustReviewList, n: number, presses: number, use: 'keyboard' | 'mouse', steps: Step[]): Promise<void> {
  showMore(el)!.focus();
  for (let press = 1; press <= presses && showMore(el); press++) {
    const button = showMore(el)!;
    // The reader tabs from the review that got focus to the button, as a keyboard user does.
    for (let tab = 0; tab < 80 && use === 'keyboard' && root(el).activeElement !== button; tab++) await userEvent.keyboard('{Tab}');
    if (use === 'keyboard') expect(root(el).activeElement, `press ${press}: Tab reaches the button`).toBe(button);
    // A mouse user scrolls the button into view first.
    if (use === 'mouse') button.scrollIntoView({ block: 'center' });
    await calm(el);
    const before = button.getBoundingClientRect();
    const shown = Math.min(10 * (press + 1), n);
    if (use === 'keyboard') await userEvent.keyboard('{Enter}');
    else await userEvent.click(button);
    const frames = await calm(el);
    const f = focused(el);
    const step = {
      press: `${use === 'keyboard' ? 'Enter' : 'click'} ${press}`,
      scrollY,
      focus: f.text,
      onScreen: onScreen(f.box),
      announced: announcement(el),
      frames,
    };
    steps.push(step);
    const at = `${row(step)} (before: button at ${Math.round(before.top)})`;
    // Soft: the walk goes on, so the trace shows every press.
    expect.soft(step.announced, at).toBe(`Showing ${count(shown)} of ${count(n)} reviews`);
    expect.soft(f.index, at).toBe(shown - 10);
    expect.soft(step.onScreen, at).toBe(true);
    // The first new review starts where the button was: the reader's view did not jump.
    expect.soft(Math.abs((f.box?.top ?? Infinity) - placeOf(before)), at).toBeLessThanOrEqual(1);
  }
}

/** A product page with `n` reviews, the button in view, walked `presses` times; the trace is printed as it stands. */
async function paged(n: number, presses: number, use: 'keyboard' | 'mouse', more?: (el: TrustReviewList, steps: Step[]) => Promise<void>) {
  const el = await productPage(n);
  showMore(el)!.scrollIntoView({ block: 'center' });
  const steps: Step[] = [];
  try {
    await walk(el, n, presses, use, steps);
    await more?.(el, steps);
  } finally {
    console.log(`[walk] ${count(n)} reviews, ${use} (viewport ${innerWidth}×${innerHeight}):\n${steps.map(row).join('\n')}`);
  }
  return { el, steps };
}

/** Presses "Show all" (scrolled into view, by keyboard); checks the announcement, the focus and the place. */
async function showAll(el: TrustReviewList, n: number, shown: number): Promise<Step> {
  const all = q(el).getByRole('button', { name: `Show all ${count(n)} reviews` });
  all.scrollIntoView({ block: 'center' });
  await calm(el);
  const before = all.getBoundingClientRect();
  all.focus();
  await userEvent.keyboard('{Enter}');
  const frames = await calm(el);
  const f = focused(el);
  const step = { press: `all@${shown}`, scrollY, focus: f.text, onScreen: onScreen(f.box), announced: announcement(el), frames };
  expect.soft(step.announced, row(step)).toBe(`Showing ${count(n)} of ${count(n)} reviews`);
  expect.soft(f.index, row(step)).toBe(shown);
  expect.soft(Math.abs((f.box?.top ?? Infinity) - placeOf(before)), row(step)).toBeLessThanOrEqual(1);
  return step;
}

describe('<trust-review-list> paging on a product page (keyboard and mouse, Chromium)', { timeout: 120_000 }, () => {
  for (const [width, height] of [
    [414, 896],
    [1280, 800],
  ] as const) {
    it(`300 reviews, keyboard, ${width}×${height}: every "Show more" keeps the view, focuses the first new review, announces the count`, async () => {
      await browserPage.viewport(width, height);
      try {
        const { el, steps } = await paged(300, 30, 'keyboard');
        expect(steps).toHaveLength(29);
        expect(focused(el).text).not.toBe('body');
        expect(showMore(el)).toBeNull();
      } finally {
        await browserPage.viewport(414, 896);
      }
    });
  }

  it('300 reviews, mouse: the button is still once rendered, so the next click lands on it', async () => {
    const { steps } = await paged(300, 12, 'mouse');
    // Every render settled within a few frames, and the button stays where it is after that.
    for (const s of steps) expect(s.frames, row(s)).toBeLessThanOrEqual(12);
  });

  it('"Show all" keeps the reader\'s place and focuses the first newly shown review (plain and virtualized)', async () => {
    const el = await productPage(300);
    const trace: Step[] = [];
    try {
      for (const pages of [0, 10]) {
        for (let i = 0; i < pages; i++) {
          showMore(el)!.click();
          await calm(el);
        }
        trace.push(await showAll(el, 300, 10 + 10 * pages));
        el.showAll = false;
        el.sort = 'oldest';
        el.sort = 'newest';
        await calm(el);
      }
    } finally {
      console.log(`[walk] 300 reviews, "Show all":\n${trace.map(row).join('\n')}`);
    }
  });

  it('10,000 reviews: paging past the threshold and "Show all" keep the view and the focus', async () => {
    await paged(10_000, 14, 'keyboard', async (el, steps) => {
      steps.push(await showAll(el, 10_000, 150));
      expect(root(el).querySelectorAll('li.review').length).toBeLessThanOrEqual(200);
    });
  });
});
