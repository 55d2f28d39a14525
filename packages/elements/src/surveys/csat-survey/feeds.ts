// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-csat-survey>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import type { Feed } from '../../../../../test/helpers/feed-kit.js';

export const feeds: Feed[] = [
  { attributes: { subject: 'your delivery', question: 'How satisfied were you?', variant: 'faces', 'follow-up': '', thanks: 'Thanks!' } },
];
