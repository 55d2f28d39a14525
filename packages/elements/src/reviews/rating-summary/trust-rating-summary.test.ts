import { within } from '@testing-library/dom';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../../trust-rating-summary.js';
import '../../trust-review-list.js';
import '../../locales/de.js';
import '../../locales/ar.js';
import { fixture, recordConsoleErrors, settle, shadow } from '../../../../../test/helpers/fixture.js';
import { ReviewDataElement } from '../review-data-element.js';
import type { TrustRatingSummary } from './trust-rating-summary.js';

/**
 * A stand-in for `<trust-review-list>` that follows the contract the summary relies on: a `starFilter` property
 * (attribute `star-filter`) that filters the list, a `trust-filter` event (`detail: { stars }`) whenever the
 * filter changes from any source, and the review data of the base class (`shownData`, `trust-data`).
 */
class StandInList extends ReviewDataElement {
  static override properties: PropertyDeclarations = {
    ...ReviewDataElement.properties,
    starFilter: { type: Number, attribute: 'star-filter' },
  };
  starFilter: number | null = null;
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('starFilter') && this.hasUpdated && changed.get('starFilter') !== undefined) {
      this.dispatchEvent(new CustomEvent('trust-filter', { bubbles: true, composed: true, detail: { stars: this.starFilter } }));
    }
  }
  override render() {
    const reviews = this.shownData?.reviews ?? [];
    const shown = reviews.filter((r) => this.starFilter === null || r.rating === this.starFilter);
    return html`<p role="status">Showing ${shown.length} of ${reviews.length} reviews</p>`;
  }
}
customElements.define('stand-in-review-list', StandInList);

const errors = recordConsoleErrors();
let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

/** 500 ratings: 310 × 5, 100 × 4, 50 × 3, none × 2, 40 × 1 (average 4.28). */
const DIST = { 5: 310, 4: 100, 3: 50, 2: 0, 1: 40 };
const withDist = (extra: Record<string, unknown> = {}) => ({ aggregate: { distribution: DIST, ...extra } });
const reviews = (...ratings: number[]) => ratings.map((rating, i) => ({ rating, body: 'Text', author: `Reader ${i + 1}` }));

const q = (el: Element) => within(shadow(el));
/** The text of each histogram row, as assistive technology reads it (its accessible name or its text). */
const rows = (el: Element) =>
  q(el)
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.visually-hidden')!.textContent);
const rowButtons = (el: Element) => q(el).queryAllByRole('button', { name: /stars?:/ });
const starImage = (el: Element) => within(shadow(el.shadowRoot!.querySelector('trust-star-rating')!)).getByRole('img');
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

const product = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Kettle',
  aggregateRating: { '@type': 'AggregateRating', ratingValue: 3, reviewCount: 3, bestRating: 5, worstRating: 1 },
  review: [5, 3, 1].map((r, i) => ({
    '@type': 'Review',
    author: { '@type': 'Person', name: `Reader ${i + 1}` },
    reviewBody: 'Text',
    reviewRating: { '@type': 'Rating', ratingValue: r },
  })),
};

describe('<trust-rating-summary>', () => {
  it('shows the average, the count and every level from 5 to 1 as text, with their percentages', async () => {
    const el = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${withDist()}></trust-rating-summary>`);
    expect(starImage(el).getAttribute('aria-label')).toBe('Rated 4.3 out of 5, 500 reviews');
    expect(shadow(el).querySelector('[part="average"]')!.textContent).toBe('4.3');
    expect(shadow(el).querySelector('[part="count"]')!.textContent).toBe('500 reviews');
    expect(within(q(el).getByRole('list', { name: 'Ratings by stars' })).getAllByRole('listitem')).toHaveLength(5);
    expect(rows(el)).toEqual([
      '5 stars: 62%, 310 reviews',
      '4 stars: 20%, 100 reviews',
      '3 stars: 10%, 50 reviews',
      '2 stars: 0%, 0 reviews',
      '1 star: 8%, 40 reviews',
    ]);
    // The bars only repeat the figures: their widths are the same percentages.
    const widths = [...shadow(el).querySelectorAll<HTMLElement>('[part="bar-fill"]')].map((f) => f.style.inlineSize);
    expect(widths).toEqual(['62%', '20%', '10%', '0%', '8%']);
  });

  it('without for, rows are static text, not buttons', async () => {
    const el = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${withDist()}></trust-rating-summary>`);
    expect(q(el).queryAllByRole('button')).toEqual([]);
  });

  it('shows equal counts as equal percentages, each level rounded on its own', async () => {
    const shares = async (distribution: Record<number, number>) => {
      const el = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${withDist({ distribution })}></trust-rating-summary>`);
      return rows(el).map((r) => /: (\d+)%/.exec(r!)![1]);
    };
    // Three levels with one review each read 33 %, not 33, 33 and 34; 1 of 12 reads 8 %, 1 of 8 reads 13 %.
    expect(await shares({ 5: 1, 4: 1, 3: 1 })).toEqual(['33', '33', '33', '0', '0']);
    expect(await shares({ 5: 9, 4: 1, 3: 1, 2: 1 })).toEqual(['75', '8', '8', '8', '0']);
    expect(await shares({ 5: 6, 4: 1, 1: 1 })).toEqual(['75', '13', '0', '0', '13']);
  });

  it('lets the distribution win over a disagreeing average, and warns with trust-error', async () => {
    const seen: unknown[] = [];
    document.addEventListener('trust-error', (e) => seen.push(...e.detail.issues.map((i) => [e.detail.element, i.path, i.severity])));
    const el = await fixture<TrustRatingSummary>(
      html`<trust-rating-summary .data=${withDist({ average: 4.9, count: 500 })}></trust-rating-summary>`,
    );
    expect(seen).toEqual([['trust-rating-summary', 'aggregate.average', 'warning']]);
    expect(starImage(el).getAttribute('aria-label')).toBe('Rated 4.3 out of 5, 500 reviews');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('computes the histogram from the reviews when they are all the ratings', async () => {
    const el = await fixture<TrustRatingSummary>(
      html`<trust-rating-summary .data=${{ reviews: reviews(5, 5, 4, 1) }}></trust-rating-summary>`,
    );
    expect(rows(el)).toEqual([
      '5 stars: 50%, 2 reviews',
      '4 stars: 25%, 1 review',
      '3 stars: 0%, 0 reviews',
      '2 stars: 0%, 0 reviews',
      '1 star: 25%, 1 review',
    ]);
    expect(starImage(el).getAttribute('aria-label')).toBe('Rated 3.8 out of 5, 4 reviews');
  });

  it('does not build a histogram from a sample of reviews: average and count, and why there is no breakdown', async () => {
    const el = await fixture<TrustRatingSummary>(
      html`<trust-rating-summary .data=${{ aggregate: { average: 4.2, count: 340 }, reviews: reviews(5, 5, 1) }}></trust-rating-summary>`,
    );
    expect(q(el).queryByRole('list')).toBeNull();
    expect(starImage(el).getAttribute('aria-label')).toBe('Rated 4.2 out of 5, 340 reviews');
    expect(shadow(el).textContent).toContain(
      'No breakdown by stars: the data gives the average and the number of ratings, not each rating.',
    );
  });

  it('corrects an average that the complete set of reviews contradicts, and warns', async () => {
    const seen: string[] = [];
    document.addEventListener('trust-error', (e) => seen.push(...e.detail.issues.map((i) => i.path)), { once: true });
    const el = await fixture<TrustRatingSummary>(
      html`<trust-rating-summary .data=${{ aggregate: { average: 4.9, count: 2 }, reviews: reviews(1, 2) }}></trust-rating-summary>`,
    );
    expect(seen).toEqual(['aggregate.average']);
    expect(starImage(el).getAttribute('aria-label')).toBe('Rated 1.5 out of 5, 2 reviews');
  });

  it('names the contradicted average as the author wrote it: aggregateRating.ratingValue in JSON-LD', async () => {
    const seen: string[] = [];
    document.addEventListener('trust-error', (e) => seen.push(...e.detail.issues.map((i) => i.path)), { once: true });
    const jsonLd = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'Acme' },
        {
          '@type': 'Product',
          name: 'Kettle',
          aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.9, ratingCount: 2 },
          review: [1, 2].map((v, i) => ({ '@type': 'Review', author: `A${i}`, reviewBody: 'b', reviewRating: { ratingValue: v } })),
        },
      ],
    };
    const el = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${jsonLd}></trust-rating-summary>`);
    expect(seen).toEqual(['@graph[1].aggregateRating.ratingValue']);
    expect(errors().mock.calls.flat().join(' ')).not.toContain('aggregate.average');
    expect(starImage(el).getAttribute('aria-label')).toBe('Rated 1.5 out of 5, 2 reviews');
  });

  it('says "No reviews yet." and discloses reviews it could not read', async () => {
    const el = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${{ reviews: [] }}></trust-rating-summary>`);
    expect(shadow(el).textContent?.trim()).toBe('No reviews yet.');
    el.data = { reviews: [...reviews(4), { rating: 7 }] } as unknown as TrustRatingSummary['data']; // one review unreadable
    await settle();
    expect(rows(el)).toHaveLength(5);
    expect(shadow(el).textContent).toContain('1 review could not be shown.');
  });

  it('loads src with a loading status, and offers "Try again" when it fails', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const real = window.fetch.bind(window);
    const fetchSpy = vi.spyOn(window, 'fetch').mockImplementation(async (...args) => {
      await gate;
      return real(...args);
    });
    const el = await fixture<TrustRatingSummary>(
      html`<trust-rating-summary src="/test/fixtures/data/reviews.json"></trust-rating-summary>`,
    );
    expect(q(el).getByRole('status').textContent).toContain('Loading reviews…');
    release();
    await until(() => rows(el).length === 5);
    fetchSpy.mockRestore();
    expect(rows(el)[0]).toBe('5 stars: 60%, 6 reviews');
    const bad = await fixture<TrustRatingSummary>(
      html`<trust-rating-summary src="/test/fixtures/data/missing.json"></trust-rating-summary>`,
    );
    await until(() => !!q(bad).queryByRole('button', { name: 'Try again' }));
    expect(q(bad).getByRole('status').textContent).toContain('Reviews are unavailable right now.');
    expect(errors()).toHaveBeenCalledTimes(1);
  });

  it('reads a child JSON-LD script', async () => {
    const el = await fixture<TrustRatingSummary>(
      html`<trust-rating-summary><script type="application/ld+json">${JSON.stringify(product)}</script></trust-rating-summary>`,
    );
    expect(rows(el)).toEqual([
      '5 stars: 33%, 1 review',
      '4 stars: 0%, 0 reviews',
      '3 stars: 33%, 1 review',
      '2 stars: 0%, 0 reviews',
      '1 star: 33%, 1 review',
    ]);
  });

  it('speaks the page language (German and Arabic)', async () => {
    const de = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${withDist()}></trust-rating-summary>`, { lang: 'de' });
    expect(rows(de)[0]).toBe('5 Sterne: 62\u00a0%, 310 Bewertungen');
    expect(within(q(de).getByRole('list', { name: 'Bewertungen nach Sternen' })).getAllByRole('listitem')).toHaveLength(5);
    expect(shadow(de).querySelector('[part="average"]')!.textContent).toBe('4,3');
    const ar = await fixture<TrustRatingSummary>(
      html`<trust-rating-summary .data=${withDist({ distribution: { 5: 2, 1: 1 } })}></trust-rating-summary>`,
      {
        lang: 'ar',
        dir: 'rtl',
      },
    );
    // Arabic plural forms: two ("مراجعتان", "نجمتان"), zero, one; percentages with left-to-right marks (U+200E).
    expect(rows(ar)).toEqual([
      '5 نجوم: 67\u200e%\u200e، مراجعتان',
      '4 نجوم: 0\u200e%\u200e، لا توجد مراجعات',
      '3 نجوم: 0\u200e%\u200e، لا توجد مراجعات',
      'نجمتان: 0\u200e%\u200e، لا توجد مراجعات',
      'نجمة واحدة: 33\u200e%\u200e، مراجعة واحدة',
    ]);
  });

  describe('linked to a review list (for)', () => {
    const page = (list = html`<stand-in-review-list id="reviews" .data=${withDist()}></stand-in-review-list>`) =>
      fixture<HTMLElement>(html`<div><trust-rating-summary for="reviews"></trust-rating-summary>${list}</div>`);
    const parts = (wrap: HTMLElement) => ({
      summary: wrap.querySelector('trust-rating-summary')!,
      list: wrap.querySelector<StandInList>('#reviews')!,
    });

    it('shows the list’s data when it has none of its own', async () => {
      const { summary } = parts(await page());
      expect(starImage(summary).getAttribute('aria-label')).toBe('Rated 4.3 out of 5, 500 reviews');
      expect(within(q(summary).getByRole('list', { name: 'Filter reviews by stars' })).getAllByRole('listitem')).toHaveLength(5);
    });

    it('rows are toggle buttons: Enter filters the list, pressing again clears it', async () => {
      const { summary, list } = parts(await page());
      expect(rowButtons(summary)).toHaveLength(5);
      expect(q(summary).getAllByRole('button', { pressed: false })).toHaveLength(5);
      q(summary).getByRole('button', { name: '4 stars: 20%, 100 reviews' }).focus();
      await userEvent.keyboard('{Enter}');
      await settle();
      expect(list.starFilter).toBe(4);
      expect(q(summary).getByRole('button', { pressed: true }).textContent).toContain('4 stars: 20%, 100 reviews');
      await userEvent.keyboard('{Tab}');
      await userEvent.keyboard('{Space}');
      await settle();
      expect(list.starFilter).toBe(3);
      expect(
        q(summary)
          .getAllByRole('button', { pressed: true })
          .map((b) => b.textContent!.trim().split(':')[0]),
      ).toEqual(['3 stars']);
      await userEvent.keyboard('{Enter}');
      await settle();
      expect(list.starFilter).toBeNull();
      expect(q(summary).queryAllByRole('button', { pressed: true })).toEqual([]);
    });

    it('follows a filter set on the list itself (trust-filter)', async () => {
      const { summary, list } = parts(await page());
      list.starFilter = 1;
      await settle();
      expect(q(summary).getByRole('button', { pressed: true }).textContent).toContain('1 star: 8%, 40 reviews');
      list.setAttribute('star-filter', '5');
      await settle();
      expect(q(summary).getByRole('button', { pressed: true }).textContent).toContain('5 stars: 62%');
    });

    it('works from one inline JSON-LD block inside the list, and follows the list’s new data', async () => {
      const wrap = await page(
        html`<stand-in-review-list id="reviews"><script type="application/ld+json">${JSON.stringify(product)}</script></stand-in-review-list>`,
      );
      const { summary, list } = parts(wrap);
      expect(rows(summary)[0]).toBe('5 stars: 33%, 1 review');
      expect(summary.querySelector('script')).toBeNull(); // no second copy of the page's markup
      list.data = { reviews: reviews(2, 2) };
      await settle();
      expect(rows(summary)[3]).toBe('2 stars: 100%, 2 reviews');
    });

    it('finds a list that is defined after the summary', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div><trust-rating-summary for="late">Rated 4.3 out of 5</trust-rating-summary><late-review-list id="late" .data=${withDist()}></late-review-list></div>`,
      );
      const summary = wrap.querySelector('trust-rating-summary')!;
      // Until the list has data, the summary shows its fallback text.
      expect(
        shadow(summary)
          .querySelector('slot')
          ?.assignedNodes()
          .map((n) => n.textContent),
      ).toEqual(['Rated 4.3 out of 5']);
      customElements.define('late-review-list', class extends StandInList {});
      await settle(wrap);
      await until(() => rows(summary).length === 5);
      expect(rowButtons(summary)).toHaveLength(5);
    });

    it('its own data wins over the list’s, and still filters the list', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div><trust-rating-summary for="reviews" .data=${{ reviews: reviews(5) }}></trust-rating-summary><stand-in-review-list id="reviews" .data=${withDist()}></stand-in-review-list></div>`,
      );
      const { summary, list } = parts(wrap);
      expect(starImage(summary).getAttribute('aria-label')).toBe('Rated 5 out of 5, 1 review');
      await userEvent.click(q(summary).getByRole('button', { name: '5 stars: 100%, 1 review' }));
      expect(list.starFilter).toBe(5);
    });

    it('rows stay static text when no element has the id', async () => {
      const el = await fixture<TrustRatingSummary>(html`<trust-rating-summary for="nowhere" .data=${withDist()}></trust-rating-summary>`);
      expect(rows(el)).toHaveLength(5);
      expect(q(el).queryAllByRole('button')).toEqual([]);
    });
  });

  it('with the real <trust-review-list>: one inline JSON-LD block feeds both, and the rows filter the list', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <trust-rating-summary for="real-list"></trust-rating-summary>
        <trust-review-list id="real-list"><script type="application/ld+json">${JSON.stringify(product)}</script></trust-review-list>
      </div>`,
    );
    const summary = wrap.querySelector('trust-rating-summary')!;
    const list = wrap.querySelector('trust-review-list')!;
    await until(() => rowButtons(summary).length === 5);
    expect(starImage(summary).getAttribute('aria-label')).toBe('Rated 3 out of 5, 3 reviews');
    await userEvent.click(q(summary).getByRole('button', { name: '1 star: 33%, 1 review' }));
    await settle(wrap);
    expect(list.starFilter).toBe(1);
    expect(shadow(list).textContent).toContain('Showing 1 of 3 reviews');
    expect(q(summary).getByRole('button', { pressed: true }).textContent).toContain('1 star');
    list.starFilter = null;
    await settle(wrap);
    expect(q(summary).queryAllByRole('button', { pressed: true })).toEqual([]);
  });

  it('bars keep an outline and a solid fill in forced colours, and a pressed row is framed, not only coloured', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div><trust-rating-summary for="reviews"></trust-rating-summary><stand-in-review-list id="reviews" .data=${withDist()} star-filter="5"></stand-in-review-list></div>`,
    );
    const summary = wrap.querySelector('trust-rating-summary')!;
    const button = q(summary).getByRole('button', { pressed: true });
    expect(getComputedStyle(button).borderTopStyle).toBe('solid');
    expect(getComputedStyle(button).borderTopColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(button).fontWeight).toBe('700');
    await commands.emulateMedia({ forcedColors: 'active' });
    try {
      const bar = shadow(summary).querySelector<HTMLElement>('[part="bar"]')!;
      const fill = shadow(summary).querySelector<HTMLElement>('[part="bar-fill"]')!;
      const text = getComputedStyle(summary).color;
      // The track has an outline and the fill is solid, both in the text colour, on a background that differs.
      expect(getComputedStyle(bar).borderTopColor).toBe(text);
      expect(getComputedStyle(fill).borderTopColor).toBe(text);
      expect(getComputedStyle(fill).borderTopStyle).toBe('solid');
      expect(parseFloat(getComputedStyle(fill).borderTopWidth)).toBeGreaterThan(4);
      expect(getComputedStyle(bar).backgroundColor).not.toBe(text);
    } finally {
      await commands.emulateMedia({ forcedColors: 'none' });
    }
  });

  it('writes JSON-LD for its own data when asked (aggregate with both bestRating and worstRating)', async () => {
    const el = await fixture<TrustRatingSummary>(
      html`<trust-rating-summary jsonld .data=${{ subject: { name: 'Kettle' }, ...withDist() }}></trust-rating-summary>`,
    );
    const json = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(json.aggregateRating).toMatchObject({ ratingValue: 4.28, bestRating: 5, worstRating: 1 });
  });
});

describe('<trust-rating-summary>: aspects, fit and recommend', () => {
  const FIT = { label: 'Fit', points: ['Runs small', 'A little small', 'True to size', 'A little large', 'Runs large'] };
  /** 212 ratings with 183 rating "Value" and 120 "Comfort"; 244 would-recommend answers are more than the ratings. */
  const full = (extra: Record<string, unknown> = {}) => ({
    fit: { ...FIT, counts: [4, 18, 140, 30, 8] },
    aggregate: {
      average: 4.2,
      count: 212,
      attributes: [
        { name: 'Value', average: 4.1, count: 183 },
        { name: 'Comfort', average: 4.46, count: 120 },
      ],
      recommend: { yes: 184, answered: 200 },
      ...extra,
    },
  });
  const aspects = (el: Element) =>
    within(q(el).getByRole('list', { name: 'Ratings by aspect' }))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.visually-hidden')!.textContent);

  it('shows each aspect’s average with how many of all reviews rated it', async () => {
    const el = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${full()}></trust-rating-summary>`);
    expect(aspects(el)).toEqual(['Value: 4.1 out of 5, 183 of 212 reviews rated it', 'Comfort: 4.5 out of 5, 120 of 212 reviews rated it']);
    // Visible too: the average and the denominator, never the average alone.
    const first = shadow(el).querySelector('[part="aspect"]')!;
    expect(first.querySelector('[part="aspect-average"]')!.textContent).toBe('4.1');
    expect(first.querySelector('[part="aspect-count"]')!.textContent).toBe('183 of 212 reviews rated it');
  });

  it('shows the fit scale as a table of every point with its share and count', async () => {
    const el = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${full()}></trust-rating-summary>`);
    const table = q(el).getByRole('table', { name: 'Fit: 200 answers' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Answer', 'Share', 'Reviews']);
    const rowsText = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [within(r).getByRole('rowheader'), ...within(r).getAllByRole('cell')].map((c) => c.textContent!.trim()));
    expect(rowsText).toEqual([
      ['Runs small', '2%', '4'],
      ['A little small', '9%', '18'],
      ['True to size', '70%', '140'],
      ['A little large', '15%', '30'],
      ['Runs large', '4%', '8'],
    ]);
    expect(within(table).getByRole('rowheader', { name: 'True to size' })).toBeTruthy();
  });

  it('gives the would-recommend share of those who answered, and hides it below recommend-minimum', async () => {
    const el = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${full()}></trust-rating-summary>`);
    expect(q(el).getByText('92% would recommend (184 of 200 who answered)')).toBeTruthy();
    const few = await fixture<TrustRatingSummary>(
      html`<trust-rating-summary .data=${full({ recommend: { yes: 8, answered: 9 } })}></trust-rating-summary>`,
    );
    expect(q(few).queryByText(/would recommend/)).toBeNull();
    few.setAttribute('recommend-minimum', '5');
    await settle(few);
    expect(q(few).getByText('89% would recommend (8 of 9 who answered)')).toBeTruthy();
    few.setAttribute('recommend-minimum', 'many');
    await settle(few);
    expect(q(few).queryByText(/would recommend/)).toBeNull();
    expect(errors()).toHaveBeenCalledWith(expect.stringContaining('recommend-minimum'));
  });

  it('counts aspects, fit and recommend answers from the reviews when they are all the ratings', async () => {
    const data = {
      fit: FIT,
      reviews: [
        { rating: 5, body: 'b', author: 'A', attributes: { Value: 5 }, fit: 3, recommend: true },
        { rating: 4, body: 'b', author: 'B', attributes: { Value: 4 }, fit: 3, recommend: false },
        { rating: 4, body: 'b', author: 'C', fit: 5 },
      ],
    };
    const el = await fixture<TrustRatingSummary>(html`<trust-rating-summary recommend-minimum="1" .data=${data}></trust-rating-summary>`);
    expect(aspects(el)).toEqual(['Value: 4.5 out of 5, 2 of 3 reviews rated it']);
    expect(q(el).getByRole('table', { name: 'Fit: 3 answers' })).toBeTruthy();
    expect(q(el).getByText('50% would recommend (1 of 2 who answered)')).toBeTruthy();
  });

  it('reads aspect ratings from JSON-LD (reviewAspect)', async () => {
    const ld = {
      ...product,
      aggregateRating: [product.aggregateRating, { '@type': 'AggregateRating', reviewAspect: 'Value', ratingValue: 3.5, ratingCount: 2 }],
    };
    const el = await fixture<TrustRatingSummary>(
      html`<trust-rating-summary><script type="application/ld+json">${JSON.stringify(ld)}</script></trust-rating-summary>`,
    );
    await until(() => !!shadow(el).querySelector('[part="aspects"]'));
    expect(aspects(el)).toEqual(['Value: 3.5 out of 5, 2 of 3 reviews rated it']);
  });

  it('speaks the page language, right to left in Arabic', async () => {
    // Without a label of the data's own, the scale is called by the language's word.
    const unlabelled = { ...full(), fit: { points: FIT.points, counts: [4, 18, 140, 30, 8] } };
    const de = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${unlabelled}></trust-rating-summary>`, { lang: 'de' });
    expect(q(de).getByRole('table', { name: 'Passform: 200 Antworten' })).toBeTruthy();
    expect(shadow(de).querySelector('[part="recommend"]')!.textContent).toBe('92\u00a0% würden es weiterempfehlen (184 von 200 Antworten)');
    const ar = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${full()}></trust-rating-summary>`, {
      lang: 'ar',
      dir: 'rtl',
    });
    expect(q(ar).getByRole('list', { name: 'التقييم حسب الجانب' })).toBeTruthy();
  });

  it('isolates the data’s English names in Arabic sentences, so the colon and figures keep the Arabic order', async () => {
    const ar = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${full()}></trust-rating-summary>`, {
      lang: 'ar',
      dir: 'rtl',
    });
    // U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE around "Fit", not around the Arabic word for it.
    expect(q(ar).getByRole('table', { name: '\u2068Fit\u2069: 200 إجابة' })).toBeTruthy();
    expect(shadow(ar).querySelector('[part="aspect"] .visually-hidden')!.textContent).toMatch(/^\u2068Value\u2069: /);
    const unlabelled = { ...full(), fit: { points: FIT.points, counts: [4, 18, 140, 30, 8] } };
    const own = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${unlabelled}></trust-rating-summary>`, {
      lang: 'ar',
      dir: 'rtl',
    });
    expect(q(own).getByRole('table', { name: 'المقاس: 200 إجابة' })).toBeTruthy();
    // In English, the same English names are left exactly as the data wrote them.
    const en = await fixture<TrustRatingSummary>(html`<trust-rating-summary .data=${full()}></trust-rating-summary>`);
    expect(q(en).getByRole('table', { name: 'Fit: 200 answers' })).toBeTruthy();
  });
});

describe('<trust-review-list>: each review’s own aspects, fit and recommend answer', () => {
  it('lists them as text in the review', async () => {
    const data = {
      fit: { points: ['Runs small', 'True to size', 'Runs large'] },
      reviews: [
        { rating: 5, body: 'Warm.', author: 'Sam', attributes: { Value: 4, Comfort: 5 }, fit: 2, recommend: false },
        { rating: 4, body: 'Fine.', author: 'Kim' },
      ],
    };
    const list = await fixture<HTMLElement>(html`<trust-review-list .data=${data}></trust-review-list>`);
    const answers = q(list).getAllByRole('list', { name: 'Ratings by aspect' });
    expect(answers).toHaveLength(1);
    expect(
      within(answers[0]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Value: 4 out of 5', 'Comfort: 5 out of 5', 'Fit: True to size', 'Would not recommend']);
  });
});
