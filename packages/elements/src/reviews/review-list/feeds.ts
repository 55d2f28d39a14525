// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-review-list>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import { REVIEW_DATA, reviewWidget, type Feed } from '../../../../../test/helpers/feed-kit.js';

/** Review topics (the `topics` property): names and terms are fields the XSS and fuzz tests fill too. */
export const TOPICS = [
  { id: 'warmth', name: { en: 'Warmth', de: 'Wärme' }, terms: { en: ['warm', 'winter'], de: ['warm', 'Winter'] } },
  { name: 'Size', terms: ['small', 'too small'] },
];

export const feeds: Feed[] = [
  ...reviewWidget({ sort: 'newest', 'page-size': '10', verification: 'Reviews are checked against orders.' }),
  // With topics and the search field, whose module the list loads when it needs it.
  { attributes: { searchable: '', 'page-size': '10' }, properties: { data: REVIEW_DATA, topics: TOPICS } },
];
