// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-rating-summary>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import { REVIEW_DATA, reviewWidget, type Feed } from '../../../../../test/helpers/feed-kit.js';

/** The shared review data with aspect ratings, a fit scale and "would recommend" answers, so their text is fuzzed too. */
const WITH_ASPECTS = {
  ...REVIEW_DATA,
  aggregate: { ...REVIEW_DATA.aggregate, attributes: [{ name: 'Value', average: 4, count: 2 }], recommend: { yes: 1, answered: 2 } },
  fit: { label: 'Fit', points: ['Runs small', 'True to size', 'Runs large'], counts: [0, 2, 0] },
  reviews: REVIEW_DATA.reviews.map((r) => ({ ...r, attributes: { Value: 4 }, fit: 2, recommend: true })),
};

export const feeds: Feed[] = [...reviewWidget(), { attributes: { 'recommend-minimum': '1' }, properties: { data: WITH_ASPECTS } }];
