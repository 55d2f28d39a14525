// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-guarantee>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import type { Feed } from '../../../../../test/helpers/feed-kit.js';

export const feeds: Feed[] = [
  {
    attributes: {
      kind: 'delivery',
      promise: 'Ships in 24 hours',
      percent: '98.7',
      'period-days': '90',
      count: '12480',
      source: 'Order system',
      'source-url': '/delivery-record',
    },
  },
];
