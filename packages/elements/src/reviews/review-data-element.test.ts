import { within } from '@testing-library/dom';
import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fixture, recordConsoleErrors, settle, shadow } from '../../../../test/helpers/fixture.js';
import { ReviewDataElement, reviewDataStyles } from './review-data-element.js';

/** The smallest widget on the base: lists "author: rating" per review, or the data state. */
class TestReviews extends ReviewDataElement {
  static override styles = reviewDataStyles;
  override render() {
    if (this.dataStatus !== 'ready') return this.renderDataState();
    return html`<ul>
        ${this.reviewData!.reviews.map((r) => html`<li>${r.author}: ${r.rating}</li>`)}
      </ul>
      ${this.renderDropped()}`;
  }
}
customElements.define('test-review-data', TestReviews);

const consoleErrors = recordConsoleErrors();

const product = (name = 'Kettle', ratings = [4, 2]) => ({
  '@context': 'https://schema.org',
  '@type': 'Product',
  name,
  review: ratings.map((r, i) => ({
    '@type': 'Review',
    author: { name: `Reader ${i + 1}` },
    reviewBody: 'Text',
    reviewRating: { ratingValue: r },
  })),
});

const items = (el: Element) =>
  within(shadow(el))
    .queryAllByRole('listitem')
    .map((li) => li.textContent);
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};
const ownOutput = (el: Element) => el.querySelector('script[data-trust-signals-output]');

describe('ReviewDataElement', () => {
  it('renders nothing before it has any data, then the data set by property (library format)', async () => {
    const el = await fixture<TestReviews>(html`<test-review-data></test-review-data>`);
    expect(shadow(el).textContent?.trim()).toBe('');
    el.data = { reviews: [{ rating: 5, body: 'Great', author: 'Ana' }] };
    await settle();
    expect(items(el)).toEqual(['Ana: 5']);
  });

  it('reads a child JSON-LD script and follows changes to it', async () => {
    const el = await fixture<TestReviews>(
      html`<test-review-data><script type="application/ld+json">${JSON.stringify(product())}</script></test-review-data>`,
    );
    expect(items(el)).toEqual(['Reader 1: 4', 'Reader 2: 2']);
    el.querySelector('script')!.textContent = JSON.stringify(product('Kettle', [1]));
    await until(() => items(el).length === 1);
    expect(items(el)).toEqual(['Reader 1: 1']);
  });

  it('fetches src once, shows a loading status, then the data; the property wins over src', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const el = await fixture<TestReviews>(html`<test-review-data src="/test/fixtures/data/reviews.json"></test-review-data>`);
    await until(() => items(el).length > 0 || !within(shadow(el)).queryByRole('status'));
    expect(items(el)).toEqual(['Ana: 5', 'Ben: 1']);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    el.data = [{ rating: 3, body: 'OK', author: 'Cy' }];
    await settle();
    expect(items(el)).toEqual(['Cy: 3']);
    fetchSpy.mockRestore();
  });

  it('announces loading as a status', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const real = window.fetch.bind(window);
    const fetchSpy = vi.spyOn(window, 'fetch').mockImplementation(async (...args) => {
      await gate;
      return real(...args);
    });
    const el = await fixture<TestReviews>(html`<test-review-data src="/test/fixtures/data/reviews.json"></test-review-data>`);
    expect(within(shadow(el)).getByRole('status').textContent).toContain('Loading reviews…');
    release();
    await until(() => items(el).length === 2);
    fetchSpy.mockRestore();
  });

  it('shows an unavailable state with a working "Try again" when src fails, and reports it once', async () => {
    const errors: unknown[] = [];
    const el = await fixture<TestReviews>(html`<test-review-data src="/test/fixtures/data/missing.json"></test-review-data>`);
    el.addEventListener('trust-error', (e) => errors.push(e.detail));
    await until(() => !!within(shadow(el)).queryByRole('button', { name: 'Try again' }));
    expect(within(shadow(el)).getByRole('status').textContent).toContain('Reviews are unavailable right now.');
    expect(consoleErrors()).toHaveBeenCalledTimes(1);
    expect(String(consoleErrors().mock.calls[0]![0])).toMatch(/<test-review-data> cannot show its data: src attribute: answered HTTP 404/);
    const fetchSpy = vi.spyOn(window, 'fetch');
    within(shadow(el)).getByRole('button', { name: 'Try again' }).focus();
    await userEvent.keyboard('{Enter}');
    await until(() => fetchSpy.mock.calls.length === 1);
    fetchSpy.mockRestore();
  });

  it('shows bad data as unavailable with field paths, never as partial figures', async () => {
    const seen: string[][] = [];
    document.addEventListener('trust-error', (e) => seen.push(e.detail.issues.map((i) => i.path)), { once: true });
    const el = await fixture<TestReviews>(
      html`<test-review-data .data=${{ aggregate: { average: 'lots', count: 2 } }}></test-review-data>`,
    );
    expect(items(el)).toEqual([]);
    expect(within(shadow(el)).getByRole('status').textContent).toContain('Reviews are unavailable right now.');
    expect(within(shadow(el)).queryByRole('button')).toBeNull();
    expect(seen).toEqual([['aggregate.average']]);
  });

  it('says when there are no reviews, and discloses reviews it could not read', async () => {
    const el = await fixture<TestReviews>(html`<test-review-data .data=${{ reviews: [] }}></test-review-data>`);
    expect(shadow(el).textContent).toContain('No reviews yet.');
    el.data = {
      reviews: [{ rating: 5, body: 'Fine', author: 'Ana' }, { rating: 'x', body: 'Bad', author: 'Bo' }, { rating: 9 }],
    } as unknown as TestReviews['data'];
    await settle();
    expect(items(el)).toEqual(['Ana: 5']);
    expect(shadow(el).textContent).toContain('2 reviews could not be shown.');
  });

  it('announces each data set with trust-data', async () => {
    const el = await fixture<TestReviews>(html`<test-review-data></test-review-data>`);
    const seen: number[] = [];
    el.addEventListener('trust-data', (e) => seen.push(e.detail.data.reviews.length));
    el.data = [{ rating: 5, body: 'a', author: 'b' }];
    await settle();
    el.data = [];
    await settle();
    expect(seen).toEqual([1, 0]);
    expect(el.shownData?.reviews).toEqual([]);
  });

  describe('JSON-LD output (jsonld attribute)', () => {
    it('writes schema.org markup for data given by property, with both bestRating and worstRating and < escaped', async () => {
      const el = await fixture<TestReviews>(
        html`<test-review-data jsonld .data=${{ subject: { name: 'Kettle </script><b>' }, reviews: [{ rating: 4, body: '<i>ok</i>', author: 'Ana' }] }}></test-review-data>`,
      );
      const script = ownOutput(el)!;
      expect(script.getAttribute('type')).toBe('application/ld+json');
      expect(script.textContent).not.toContain('<');
      const json = JSON.parse(script.textContent!);
      expect(json.name).toBe('Kettle </script><b>');
      expect(json.review[0].reviewRating).toEqual({ '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 });
      expect(json.review[0].reviewBody).toBe('<i>ok</i>');
      // It is one child, replaced (not duplicated) when the data changes, and removed when jsonld is turned off.
      el.data = { subject: { name: 'Kettle' }, reviews: [{ rating: 2, body: 'meh', author: 'Bo' }] };
      await settle();
      expect(el.querySelectorAll('script').length).toBe(1);
      expect(JSON.parse(ownOutput(el)!.textContent!).review[0].reviewRating.ratingValue).toBe(2);
      el.jsonld = false;
      await settle();
      expect(ownOutput(el)).toBeNull();
    });

    it('never writes a second copy when the data came from JSON-LD (child or property)', async () => {
      const el = await fixture<TestReviews>(
        html`<test-review-data jsonld><script type="application/ld+json">${JSON.stringify(product())}</script></test-review-data>`,
      );
      expect(items(el)).toHaveLength(2);
      expect(el.querySelectorAll('script').length).toBe(1);
      expect(ownOutput(el)).toBeNull();
      const byProperty = await fixture<TestReviews>(html`<test-review-data jsonld .data=${product()}></test-review-data>`);
      expect(items(byProperty)).toHaveLength(2);
      expect(ownOutput(byProperty)).toBeNull();
    });

    it('writes no review snippets for self-serving reviews of an Organization or LocalBusiness', async () => {
      for (const type of ['Organization', 'LocalBusiness']) {
        const el = await fixture<TestReviews>(
          html`<test-review-data jsonld .data=${{ subject: { name: 'Our shop', type }, reviews: [{ rating: 5, body: 'Great', author: 'Ana' }] }}></test-review-data>`,
        );
        expect(items(el)).toEqual(['Ana: 5']);
        expect(ownOutput(el)).toBeNull();
      }
    });
  });
});
