// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-review-form>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import type { Feed } from '../../../../../test/helpers/feed-kit.js';

export const feeds: Feed[] = [
  {
    attributes: {
      label: 'Review the winter coat',
      max: '5',
      'title-max': '100',
      'body-min': '10',
      'body-max': '2000',
      thanks: 'Thank you for your review.',
      'no-draft': '',
    },
  },
];
