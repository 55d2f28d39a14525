// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-privacy-label>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import type { Feed } from '../../../../../test/helpers/feed-kit.js';

const PRIVACY_LABEL = {
  service: 'Example Shop',
  categories: [
    { category: 'contact-info', use: 'linked', purposes: ['functionality'] },
    { category: 'usage-data', use: 'not-linked', purposes: ['analytics'] },
    { category: 'location', use: 'not-collected' },
  ],
  updated: '2025-02-01',
  policy: 'https://shop.example/privacy',
};

export const feeds: Feed[] = [{ properties: { data: PRIVACY_LABEL } }, { child: { type: 'application/json', value: PRIVACY_LABEL } }];
