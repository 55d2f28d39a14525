// What every consumer renders: one entry per element, with data given BY PROPERTY (never as attributes) and the
// text the test expects to find in the element's shadow root afterwards (proof that the property arrived).
// Adding an element to every consumer is one line here. Plain JavaScript so that the no-build page can import it.

/** @typedef {{ tag: string, props: Record<string, unknown>, expect: string }} SceneItem */

const fetchJson = (path) => fetch(path).then((r) => r.json());

/**
 * Loads the fixture data (same origin, allowed by `default-src 'self'`) and returns the scene. The server-rendered
 * consumer passes its own `readJson` to read the same files in Node.
 */
export async function loadScene(readJson = fetchJson) {
  const [reviews, badge] = await Promise.all([
    readJson('/test/fixtures/data/reviews.json'),
    readJson('/test/fixtures/badge/valid-es256.json'),
  ]);
  const donation = {
    percent: 100,
    purpose: 'clean-water projects',
    scope: 'Our operating costs are paid by a separate group of private donors.',
    organization: 'Clear Water Fund',
    currency: 'USD',
    expenses: { program: 4120000, management: 545000, fundraising: 335000, total: 5000000 },
    fiscalYear: '2023-07-01/2024-06-30',
    source: 'form-990',
    lastUpdated: '2025-01-15',
  };
  /** @type {SceneItem[]} */
  return [
    { tag: 'trust-star-rating', props: { value: 4.3, count: 1234 }, expect: 'Rated 4.3 out of 5, 1,234 reviews' },
    // The fixture's average (4.3) disagrees with its distribution (4.2) on purpose, for the honesty tests; here it agrees.
    {
      tag: 'trust-rating-summary',
      props: { data: { ...reviews, aggregate: { ...reviews.aggregate, average: 4.2 } } },
      expect: '10 reviews',
    },
    // Review titles are headings: level 2 fits this page, whose only heading above is its h1.
    { tag: 'trust-review-list', props: { data: reviews, headingLevel: 2 }, expect: 'Lid broke after a week.' },
    // Its keys as page-supplied test keys, so no request leaves the page; made for https://shop.example, it is "Not verified" here.
    {
      tag: 'trust-badge',
      props: { credential: badge.jws, testKeys: badge.keys, trustedIssuers: badge.trustedIssuers },
      expect: 'Not verified',
    },
    { tag: 'trust-donation-use', props: { data: donation }, expect: '100%' },
    { tag: 'trust-nps-survey', props: { subject: 'Acme' }, expect: 'Acme' },
  ];
}

/** A one-line description of a `trust-submit` (or other) event, for the page's event log. */
export function describeEvent(event) {
  const d = /** @type {CustomEvent} */ (event).detail ?? {};
  return `${event.type}:${d.score ?? d.rating ?? ''}`;
}
