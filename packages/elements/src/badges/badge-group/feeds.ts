// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-badge-group>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import type { Feed } from '../../../../../test/helpers/feed-kit.js';

export const feeds: Feed[] = [
  {
    attributes: { label: 'Certifications' },
    html: '<trust-guarantee kind="returns" promise="Free returns within 30 days"></trust-guarantee>',
  },
];
