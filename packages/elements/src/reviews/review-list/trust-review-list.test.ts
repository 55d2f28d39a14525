import { within } from '@testing-library/dom';
import { html } from 'lit';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { registerTranslation } from '@trust-signals/core';
import es from '@trust-signals/core/locales/es.js';
import { fixture, recordConsoleErrors, settle, shadow } from '../../../../../test/helpers/fixture.js';
import '../../trust-review-list.js';
import { excerpt, orderReviews, parseStarFilter } from './review-order.js';
import type { TrustReviewList } from './trust-review-list.js';

const consoleErrors = recordConsoleErrors();

const LONG = `${'The kettle boils fast and the handle stays cool even when it is full. '.repeat(8)}The end.`;

/** Five reviews: ratings 5, 1, 4, 5, 2 on different dates, with every label, a reply, photos and votes. */
const sample = () => ({
  subject: { name: 'Kettle' },
  reviews: [
    { id: 'a', rating: 5, title: 'Boils fast', body: 'Great kettle.', author: 'Ana', date: '2025-03-01', verified: true, helpful: 12 },
    {
      id: 'b',
      rating: 1,
      title: 'Leaks',
      body: 'It leaked after a week.',
      author: 'Ben',
      date: '2025-03-05',
      reply: { author: 'Acme Kettles', body: 'Sorry, we sent a replacement.', date: '2025-03-06' },
    },
    { id: 'c', rating: 4, body: LONG, author: 'Cy', date: '2025-01-10', incentivized: true, helpful: 3 },
    {
      id: 'd',
      rating: 5,
      title: 'Pretty',
      body: 'Looks good.',
      author: 'Dee',
      date: '2024-12-24',
      employee: true,
      importedFrom: 'Shopmart',
      photos: [
        { url: 'data:image/png;base64,AAAA' },
        { url: '/test/fixtures/photo-1.png' },
        { url: 'https://example.com/lid.jpg', alt: 'A dented lid' },
      ],
    },
    { id: 'e', rating: 2, title: 'Slow', body: 'Takes ages.', author: 'Eve', date: '2025-02-14', helpful: 40 },
  ],
});

const many = (n: number, extra: object = {}) => ({
  ...extra,
  reviews: Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    rating: (i % 5) + 1,
    title: `Review ${i + 1}`,
    body: `Text of review ${i + 1}.`,
    author: `Reader ${i + 1}`,
    date: new Date(Date.UTC(2025, 0, 1) - i * 86_400_000).toISOString().slice(0, 10),
  })),
});

const q = (el: Element) => within(shadow(el));
const articles = (el: Element) => [...shadow(el).querySelectorAll('article')];
/** Titles (or authors) of the rendered reviews, in order. */
const articleNames = (el: Element) =>
  articles(el).map((a) => (shadow(el) as unknown as ShadowRoot).getElementById(a.getAttribute('aria-labelledby')!)!.textContent!.trim());
const status = (el: Element) => shadow(el).querySelector('[part="showing"]')!;
const active = (el: Element) => (shadow(el) as unknown as ShadowRoot).activeElement;
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('<trust-review-list>', () => {
  it('shows each review: rating, title heading, body, author, dated <time>, labels as text, the reply', async () => {
    // A fixed "now", so the relative date is a literal: 2025-03-05 seen from 2026-01-01.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-01T12:00:00Z') });
    onTestFinished(() => void vi.useRealTimers());
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${sample()}></trust-review-list>`);
    const list = q(el).getByRole('list', { name: 'Reviews' });
    expect(within(list).getAllByRole('article')).toHaveLength(5);

    const ben = q(el).getByRole('article', { name: 'Leaks' });
    const inBen = within(ben);
    expect(inBen.getByRole('heading', { name: 'Leaks', level: 3 }).checkVisibility()).toBe(true);
    const stars = ben.querySelector('trust-star-rating')!;
    expect(within(shadow(stars)).getByRole('img').getAttribute('aria-label')).toBe('Rated 1 out of 5');
    expect(ben.textContent).toContain('It leaked after a week.');
    expect(ben.textContent).toContain('Ben');
    const time = ben.querySelector('time')!;
    const date = new Date('2025-03-05');
    expect(time.getAttribute('datetime')).toBe(date.toISOString());
    expect(time.textContent).toBe('Mar 5, 2025 (10 months ago)');
    // The merchant's reply is marked as theirs.
    expect(ben.textContent).toMatch(/Response from Acme Kettles\s*.*Sorry, we sent a replacement\./s);

    // Labels are text in the review (its accessible content), in a named list.
    const labelsOf = (name: string) => {
      const list = within(q(el).getByRole('article', { name })).queryByRole('list', { name: 'About this review' });
      return list ? Array.from(list.querySelectorAll('li'), (li) => li.textContent!.trim()).join(' | ') : undefined;
    };
    expect(labelsOf('Boils fast')).toBe('Verified purchase');
    expect(labelsOf('Cy')).toBe('Received an incentive for this review');
    expect(labelsOf('Pretty')).toBe('Written by an employee | Imported from Shopmart');
    expect(labelsOf('Leaks')).toBeUndefined();
  });

  it('orders newest first by default (never highest-rated first), and the reader can sort', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${sample()}></trust-review-list>`);
    expect(articleNames(el)).toEqual(['Leaks', 'Boils fast', 'Slow', 'Cy', 'Pretty']);
    const sort = q(el).getByRole('combobox', { name: 'Sort by' }) as HTMLSelectElement;
    expect(sort.value).toBe('newest');
    await userEvent.selectOptions(sort, 'highest');
    await settle();
    expect(articleNames(el)).toEqual(['Boils fast', 'Pretty', 'Cy', 'Slow', 'Leaks']);
    await userEvent.selectOptions(sort, 'lowest');
    await settle();
    expect(articleNames(el)).toEqual(['Leaks', 'Slow', 'Cy', 'Boils fast', 'Pretty']);
    await userEvent.selectOptions(sort, 'helpful');
    await settle();
    expect(articleNames(el)).toEqual(['Slow', 'Boils fast', 'Cy', 'Leaks', 'Pretty']);
    await userEvent.selectOptions(sort, 'oldest');
    await settle();
    expect(articleNames(el)).toEqual(['Pretty', 'Cy', 'Slow', 'Boils fast', 'Leaks']);
    // An unknown sort attribute falls back to newest.
    el.setAttribute('sort', 'best-first');
    await settle();
    expect(articleNames(el)[0]).toBe('Leaks');
  });

  it('filters by stars from its own control, announces "Showing n of total" politely, and emits trust-filter', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${sample()}></trust-review-list>`);
    const seen: (number | null)[] = [];
    el.addEventListener('trust-filter', (e) => seen.push(e.detail.stars));
    expect(status(el).getAttribute('role')).toBe('status');
    expect(status(el).textContent).toBe('Showing 5 of 5 reviews');
    const filter = q(el).getByRole('combobox', { name: 'Filter by rating' }) as HTMLSelectElement;
    expect([...filter.options].map((o) => o.textContent)).toEqual(['All ratings', '5 stars', '4 stars', '3 stars', '2 stars', '1 star']);
    await userEvent.selectOptions(filter, '5');
    await settle();
    expect(articleNames(el)).toEqual(['Boils fast', 'Pretty']);
    expect(status(el).textContent).toBe('Showing 2 of 5 reviews, filtered to 5 stars');
    expect(el.starFilter).toBe(5);
    await userEvent.selectOptions(filter, '3');
    await settle();
    expect(articles(el)).toHaveLength(0);
    expect(shadow(el).textContent).toContain('No reviews with 3 stars.');
    await userEvent.selectOptions(filter, '');
    await settle();
    expect(articles(el)).toHaveLength(5);
    expect(seen).toEqual([5, 3, null]);
  });

  it('takes the filter from starFilter (a linked summary) and from star-filter, emitting trust-filter for each change', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list star-filter="1" .data=${sample()}></trust-review-list>`);
    const seen: (number | null)[] = [];
    el.addEventListener('trust-filter', (e) => seen.push(e.detail.stars));
    expect(articleNames(el)).toEqual(['Leaks']);
    expect((q(el).getByRole('combobox', { name: 'Filter by rating' }) as HTMLSelectElement).value).toBe('1');
    el.starFilter = 4;
    await settle();
    expect(articleNames(el)).toEqual(['Cy']);
    expect(status(el).textContent).toBe('Showing 1 of 5 reviews, filtered to 4 stars');
    el.starFilter = 4; // no change, no event
    await settle();
    el.removeAttribute('star-filter');
    await settle();
    expect(articles(el)).toHaveLength(5);
    el.setAttribute('star-filter', 'lots'); // not a level: every rating
    await settle();
    expect(articles(el)).toHaveLength(5);
    expect(seen).toEqual([4, null]);
  });

  it('always renders the verification disclosure: the site text, the slot, or a plain "not verified"', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${sample()}></trust-review-list>`);
    const part = () => shadow(el).querySelector('[part="verification"]')!;
    expect(part().textContent).toContain('Reviews on this page are not verified');
    el.verification = 'We check each reviewer against an order.';
    await settle();
    const summary = part().querySelector('summary')!;
    expect(summary.textContent?.trim()).toBe('How we verify reviews');
    expect((part() as HTMLDetailsElement).open).toBe(false);
    summary.focus();
    await userEvent.keyboard('{Enter}');
    expect((part() as HTMLDetailsElement).open).toBe(true);
    expect(part().textContent).toContain('We check each reviewer against an order.');

    const slotted = await fixture<TrustReviewList>(
      html`<trust-review-list .data=${sample()}><p slot="verification">Orders are matched by our shop system.</p></trust-review-list>`,
    );
    await settle();
    expect(shadow(slotted).querySelector('[part="verification"] summary')?.textContent?.trim()).toBe('How we verify reviews');
    expect(shadow(slotted).textContent).not.toContain('not verified');

    // Also while loading, empty or in error.
    const empty = await fixture<TrustReviewList>(html`<trust-review-list .data=${{ reviews: [] }}></trust-review-list>`);
    expect(shadow(empty).textContent).toContain('No reviews yet.');
    expect(shadow(empty).textContent).toContain('Reviews on this page are not verified');
    const broken = await fixture<TrustReviewList>(html`<trust-review-list .data=${{ reviews: 'nope' }}></trust-review-list>`);
    expect(shadow(broken).textContent).toContain('Reviews are unavailable right now.');
    expect(shadow(broken).textContent).toContain('Reviews on this page are not verified');
  });

  it('collapses long bodies behind a "Read more" disclosure driven by the keyboard', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${sample()}></trust-review-list>`);
    const cy = q(el).getByRole('article', { name: 'Cy' });
    const button = within(cy).getByRole('button', { name: 'Read more' });
    expect(within(q(el).getByRole('article', { name: 'Leaks' })).queryByRole('button', { name: 'Read more' })).toBeNull();
    const body = shadow(el).querySelector(`#${button.getAttribute('aria-controls')}`)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(body.textContent).not.toContain('The end.');
    expect(body.textContent?.trim().endsWith('…')).toBe(true);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(body.textContent).toContain('The end.');
    expect(active(el)).toBe(button);
    await userEvent.keyboard(' ');
    await settle();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('counts a helpful vote once per review, emits trust-vote, and updates the count in a polite live region', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${sample()}></trust-review-list>`);
    const votes: unknown[] = [];
    el.addEventListener('trust-vote', (e) => votes.push(e.detail));
    const ana = q(el).getByRole('article', { name: 'Boils fast' });
    const group = within(ana).getByRole('group', { name: 'Was this review helpful?' });
    const live = group.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('12 people found this helpful');
    const yes = within(group).getByRole('button', { name: 'Yes' });
    const no = within(group).getByRole('button', { name: 'No' });
    expect(yes.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    expect(yes.getBoundingClientRect().width).toBeGreaterThanOrEqual(24);
    yes.focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(votes).toEqual([{ reviewId: 'a', vote: 'helpful', helpful: 13 }]);
    expect(live.textContent).toBe('Thanks for your feedback. 13 people found this helpful');
    expect(yes.getAttribute('aria-pressed')).toBe('true');
    expect(no.getAttribute('aria-disabled')).toBe('true');
    no.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    await settle();
    expect(votes).toHaveLength(1);
    // Another review still takes its own vote.
    await userEvent.click(within(q(el).getByRole('article', { name: 'Leaks' })).getByRole('button', { name: 'No' }));
    expect(votes).toEqual([
      { reviewId: 'a', vote: 'helpful', helpful: 13 },
      { reviewId: 'b', vote: 'not-helpful', helpful: 0 },
    ]);
  });

  it('pages: 10 at first, "Show more" reveals the next page and moves focus to its first review; "Show all" shows the rest', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${many(35)}></trust-review-list>`);
    expect(articles(el)).toHaveLength(10);
    expect(status(el).textContent).toBe('Showing 10 of 35 reviews');
    const more = q(el).getByRole('button', { name: 'Show more reviews' });
    more.focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(articles(el)).toHaveLength(20);
    expect(status(el).textContent).toBe('Showing 20 of 35 reviews');
    await until(() => active(el) === articles(el)[10]);
    expect(articleNames(el)[10]).toBe('Review 11');
    await userEvent.click(q(el).getByRole('button', { name: 'Show all 35 reviews' }));
    await settle();
    expect(articles(el)).toHaveLength(35);
    expect(q(el).queryByRole('button', { name: 'Show more reviews' })).toBeNull();
    expect(status(el).textContent).toBe('Showing 35 of 35 reviews');
    await until(() => active(el) === articles(el)[20]);
    // A new sort starts again on the first page of the list the reader chose… but "show all" stays.
    el.showAll = false;
    el.sort = 'oldest';
    await settle();
    expect(articleNames(el)[0]).toBe('Review 35');
    expect(articles(el)).toHaveLength(10);
  });

  it('reports an invalid page-size (path page-size) once, and pages by the default 10 instead', async () => {
    for (const value of ['0', 'abc', '1000']) {
      const reports: { path: string; message: string }[][] = [];
      document.addEventListener('trust-error', (e) => reports.push(e.detail.issues.map(({ path, message }) => ({ path, message }))), {
        once: true,
      });
      consoleErrors().mockClear();
      const el = await fixture<TrustReviewList>(html`<trust-review-list page-size=${value} .data=${many(35)}></trust-review-list>`);
      expect(reports, value).toEqual([
        [
          {
            path: 'page-size',
            message: {
              '0': 'must be between 1 and 100, got 0',
              abc: 'must be a number, got "abc"',
              '1000': 'must be between 1 and 100, got 1000',
            }[value],
          },
        ],
      ]);
      expect(
        consoleErrors().mock.calls.map((c) => String(c[0])),
        value,
      ).toEqual([expect.stringContaining('page-size attribute: must be')]);
      // What the reader sees: the first page of 10, and the buttons to see more.
      expect(articles(el), value).toHaveLength(10);
      expect(status(el).textContent).toBe('Showing 10 of 35 reviews');
      expect(q(el).getByRole('button', { name: 'Show all 35 reviews' })).not.toBeNull();
      await userEvent.click(q(el).getByRole('button', { name: 'Show more reviews' }));
      await settle();
      expect(status(el).textContent).toBe('Showing 20 of 35 reviews');
    }
    // A valid page size is not reported, and the correction is: the report clears.
    const el = await fixture<TrustReviewList>(html`<trust-review-list page-size="4" .data=${many(35)}></trust-review-list>`);
    expect(articles(el)).toHaveLength(4);
    const errors: unknown[] = [];
    el.addEventListener('trust-error', (e) => errors.push(e.detail.issues));
    el.setAttribute('page-size', '-3');
    await settle();
    expect(errors).toEqual([
      [{ path: 'page-size', message: 'must be between 1 and 100, got -3', severity: 'error', attribute: 'page-size' }],
    ]);
    expect(articles(el)).toHaveLength(10);
  });

  it('reads heading-level and excerpt-length once, reporting invalid ones by name and using 3 and 300', async () => {
    const reports: string[] = [];
    document.addEventListener('trust-error', (e) => reports.push(...e.detail.issues.map((i) => i.path)), { once: true });
    const el = await fixture<TrustReviewList>(
      html`<trust-review-list heading-level="9" excerpt-length="-1" .data=${sample()}></trust-review-list>`,
    );
    // One report: the data's warnings (a data: photo URL left out) and the attributes'.
    expect(reports).toEqual(['reviews[3].photos[0].url', 'reviews[3].photos', 'heading-level', 'excerpt-length']);
    expect(q(el).getByRole('heading', { name: 'Leaks', level: 3 })).not.toBeNull();
    expect(within(q(el).getByRole('article', { name: 'Cy' })).getByRole('button', { name: 'Read more' })).not.toBeNull();
    el.setAttribute('heading-level', '2');
    el.setAttribute('excerpt-length', '0');
    await settle();
    expect(q(el).getByRole('heading', { name: 'Leaks', level: 2 })).not.toBeNull();
    expect(within(q(el).getByRole('article', { name: 'Cy' })).queryByRole('button', { name: 'Read more' })).toBeNull();
  });

  it('emits trust-load-more when the aggregate counts more reviews than are loaded, and shows the appended page', async () => {
    const first = many(10, { aggregate: { average: 3, count: 30 } });
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${first}></trust-review-list>`);
    const asks: unknown[] = [];
    el.addEventListener('trust-load-more', (e) => asks.push(e.detail));
    expect(status(el).textContent).toBe('Showing 10 of 30 reviews');
    const more = q(el).getByRole('button', { name: 'Show more reviews' });
    await userEvent.click(more);
    await settle();
    expect(asks).toEqual([{ loaded: 10, total: 30 }]);
    expect(more.getAttribute('aria-disabled')).toBe('true');
    expect(more.textContent?.trim()).toBe('Loading more reviews…');
    more.focus();
    await userEvent.keyboard('{Enter}'); // pending: no second request
    expect(asks).toHaveLength(1);
    el.data = { ...many(20), aggregate: { average: 3, count: 30 } };
    await settle();
    expect(articles(el)).toHaveLength(20);
    expect(status(el).textContent).toBe('Showing 20 of 30 reviews');
    expect(more.getAttribute('aria-disabled')).toBe('false');
    expect(more.textContent?.trim()).toBe('Show more reviews');
  });

  it('shows photos as thumbnails that open a modal zoom dialog: focus stays in it, Esc closes, focus returns', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${sample()}></trust-review-list>`);
    const dee = q(el).getByRole('article', { name: 'Pretty' });
    const photos = within(dee).getByRole('list', { name: 'Photos' });
    // The data: URL is not http(s) or relative: it is dropped (and reported), never loaded.
    const thumbs = within(photos).getAllByRole('button');
    expect(thumbs.map((b) => b.getAttribute('aria-label'))).toEqual(['Enlarge photo: Photo 1 from Dee', 'Enlarge photo: A dented lid']);
    expect([...photos.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([
      '/test/fixtures/photo-1.png',
      'https://example.com/lid.jpg',
    ]);
    const dialog = shadow(el).querySelector('dialog')!;
    expect(dialog.open).toBe(false);
    thumbs[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(dialog.open).toBe(true);
    const named = within(dialog as unknown as HTMLElement);
    expect(named.getByRole('heading', { name: 'Photo 2 of 2 from Dee' }).checkVisibility()).toBe(true);
    expect(named.getByRole('img', { name: 'A dented lid' }).checkVisibility()).toBe(true);
    expect(dialog.contains(active(el))).toBe(true);
    for (let i = 0; i < 6; i++) {
      await userEvent.keyboard('{Tab}');
      const focused = active(el);
      if (focused) expect(dialog.contains(focused)).toBe(true); // never on the list behind (it is inert)
    }
    await userEvent.click(named.getByRole('button', { name: 'Next photo' }));
    await settle();
    expect(named.getByRole('heading', { name: 'Photo 1 of 2 from Dee' }).checkVisibility()).toBe(true);
    expect(named.getByRole('img', { name: 'Photo 1 from Dee' }).checkVisibility()).toBe(true);
    await userEvent.keyboard('{Escape}');
    await settle();
    expect(dialog.open).toBe(false);
    expect(active(el)).toBe(thumbs[1]);
  });

  it('virtualizes long lists: 10,000 reviews keep at most 200 review nodes, with positions for assistive technology', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list show-all .data=${many(10_000)}></trust-review-list>`);
    await until(() => !!shadow(el).querySelector('li.review[aria-setsize]'));
    const items = shadow(el).querySelectorAll('li.review');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(200);
    expect(items[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(items[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(status(el).textContent).toBe('Showing 10,000 of 10,000 reviews');
    // Keyboard: tabbing through the list keeps going past the first rendered screen.
    const firstYes = within(articles(el)[0]!).getByRole('button', { name: 'Yes' });
    firstYes.focus();
    const initial = items.length;
    for (let i = 0; i < initial * 3 + 6; i++) await userEvent.keyboard('{Tab}');
    await settle();
    const focused = active(el);
    const index = Number(focused?.closest('li.review')?.getAttribute('data-index'));
    expect(index).toBeGreaterThanOrEqual(initial);
    expect(shadow(el).querySelectorAll('li.review').length).toBeLessThanOrEqual(200);
  });

  it('keeps focus in a virtualized list when the focused review is scrolled far away and dropped', async () => {
    const el = await fixture<TrustReviewList>(html`<trust-review-list show-all .data=${many(10_000)}></trust-review-list>`);
    await until(() => !!shadow(el).querySelector('li.review[aria-setsize]'));
    within(articles(el)[0]!).getByRole('button', { name: 'Yes' }).focus();
    // Scrolled as a visitor would with the mouse (no focus change), in steps, far enough that the first review
    // leaves the DOM.
    for (let i = 0; i < 250 && shadow(el).querySelector('li.review[data-index="0"]'); i++) {
      if (i < 30) window.scrollBy(0, 10_000);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(shadow(el).querySelector('li.review[data-index="0"]')).toBeNull();
    await settle();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const list = within(shadow(el) as unknown as HTMLElement).getByRole('list', { name: 'Reviews' });
    expect(active(el)).toBe(list);
    // The next Tab goes on from the reviews now on screen, not from the top of the page.
    await userEvent.keyboard('{Tab}');
    const focused = active(el)!;
    expect(Number(focused.closest('li.review')?.getAttribute('data-index'))).toBeGreaterThan(0);
    const box = focused.getBoundingClientRect();
    expect(box.bottom).toBeGreaterThan(0);
    expect(box.top).toBeLessThan(window.innerHeight);
    window.scrollTo(0, 0);
  });

  it('reads one inline JSON-LD block, announces it with trust-data and exposes shownData for a linked summary', async () => {
    const product = {
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Kettle',
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 3, reviewCount: 2 },
      review: [
        {
          '@type': 'Review',
          author: { '@type': 'Person', name: 'Ana' },
          datePublished: '2025-01-02',
          reviewBody: 'Good',
          reviewRating: { ratingValue: 5 },
        },
        {
          '@type': 'Review',
          author: { '@type': 'Person', name: 'Ben' },
          datePublished: '2025-01-03',
          reviewBody: 'Bad',
          reviewRating: { ratingValue: 1 },
        },
      ],
    };
    const announced: number[] = [];
    document.addEventListener('trust-data', (e) => announced.push(e.detail.data.reviews.length), { once: true });
    const el = await fixture<TrustReviewList>(
      html`<trust-review-list id="reviews"><script type="application/ld+json">${JSON.stringify(product)}</script></trust-review-list>`,
    );
    expect(articleNames(el)).toEqual(['Ben', 'Ana']);
    expect(el.shownData?.reviews.map((r) => r.author)).toEqual(['Ana', 'Ben']);
    expect(announced).toEqual([2]);
    expect(status(el).textContent).toBe('Showing 2 of 2 reviews');
  });

  it('speaks the page language (Spanish) with the numbers formatted for it', async () => {
    registerTranslation(es);
    const el = await fixture<TrustReviewList>(html`<trust-review-list .data=${many(1234)}></trust-review-list>`, { lang: 'es' });
    expect(status(el).textContent).toBe('Mostrando 10 de 1234 reseñas');
    expect(q(el).getByRole('combobox', { name: 'Ordenar por' }).checkVisibility()).toBe(true);
    expect(q(el).getByRole('button', { name: 'Mostrar las 1234 reseñas' }).checkVisibility()).toBe(true);
    expect(shadow(el).textContent).toContain('no están verificadas');
  });
});

describe('review order helpers', () => {
  it('parse the star filter strictly and cut excerpts at a word boundary', () => {
    expect(parseStarFilter('5')).toBe(5);
    expect(parseStarFilter('6')).toBeNull();
    expect(parseStarFilter('2.5')).toBeNull();
    expect(parseStarFilter(null)).toBeNull();
    expect(excerpt('short', 10)).toBeUndefined();
    expect(excerpt('one two three four five', 11)).toBe('one two');
    expect(excerpt('one two three four five', 13)).toBe('one two three');
    expect(excerpt('一二三四五六', 3)).toBe('一二三');
    expect(excerpt('😀😀😀😀', 2)).toBe('😀😀');
    expect(orderReviews([], 'newest', null)).toEqual([]);
  });
});
