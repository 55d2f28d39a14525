// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-nps-survey>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import type { Feed } from '../../../../../test/helpers/feed-kit.js';

export const feeds: Feed[] = [
  {
    attributes: {
      subject: 'Example Shop',
      question: 'How likely are you to recommend us?',
      'follow-up': '',
      'follow-up-label': 'Why?',
      thanks: 'Thank you!',
    },
  },
];
