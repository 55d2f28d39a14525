// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-price-breakdown>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import type { Feed } from '../../../../../test/helpers/feed-kit.js';

const PRICE_BREAKDOWN = {
  price: 30,
  currency: 'EUR',
  parts: [
    { label: 'Materials', amount: 12.5 },
    { label: 'Labour', amount: 7.5 },
    { label: 'Margin', amount: 10 },
  ],
  product: 'Organic cotton shirt',
  source: 'Factory invoices, spring run',
  date: '2025-03-01',
};

export const feeds: Feed[] = [
  { properties: { data: PRICE_BREAKDOWN } },
  { child: { type: 'application/json', value: PRICE_BREAKDOWN } },
  {
    attributes: { price: '30', currency: 'EUR', product: 'Organic cotton shirt', source: 'Factory invoices', date: '2025-03-01' },
    properties: { parts: PRICE_BREAKDOWN.parts },
  },
];
