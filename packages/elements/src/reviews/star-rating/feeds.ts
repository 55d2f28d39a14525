// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-star-rating>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import type { Feed } from '../../../../../test/helpers/feed-kit.js';

export const feeds: Feed[] = [
  { attributes: { value: '4.3', max: '5', count: '1234', label: 'Quality', 'show-value': '' } },
  { properties: { value: 3.7, max: 5, count: 12 } },
];
