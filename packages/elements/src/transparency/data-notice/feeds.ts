// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-data-notice>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import type { Feed } from '../../../../../test/helpers/feed-kit.js';

const DATA_NOTICE = {
  summary: 'We use your email only to send the receipt.',
  controller: 'Example Shop Ltd',
  contact: 'mailto:privacy@shop.example',
  purpose: 'Sending the receipt and answering questions about the order',
  legalBasis: 'legitimate-interests',
  legitimateInterest: 'Answering questions about the order',
  retention: 'Six years, as tax law requires',
  recipients: ['Payment provider', 'Mail service'],
  transfers: 'None outside the EU',
  rights: 'You may ask for a copy or for deletion.',
  policy: '/privacy',
};

export const feeds: Feed[] = [{ properties: { data: DATA_NOTICE } }, { child: { type: 'application/json', value: DATA_NOTICE } }];
