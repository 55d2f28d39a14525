// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-incident-notice>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import type { Feed } from '../../../../../test/helpers/feed-kit.js';

const INCIDENT = {
  id: 'inc-1',
  title: 'Card payments failing at checkout',
  state: 'monitoring',
  impact: 'major',
  services: ['Checkout', 'Gift cards'],
  description: 'Some card payments were declined.',
  workaround: 'Pay by bank transfer meanwhile.',
  started: '2026-03-02T09:40:00Z',
  nextUpdate: '2099-03-02T12:00:00Z',
  updates: [
    { at: '2026-03-02T09:45:00Z', state: 'investigating', text: 'We are looking into failed payments.' },
    { at: '2026-03-02T11:00:00Z', state: 'monitoring', text: 'A fix is in place; we are watching it.' },
  ],
  apology: 'We are sorry for the trouble.',
  prevention: 'More alerts on the payment service.',
  statusPage: 'https://status.shop.example',
  postmortem: '/postmortems/1',
  timeZone: 'Europe/Berlin',
};

export const feeds: Feed[] = [{ properties: { data: INCIDENT } }, { child: { type: 'application/json', value: INCIDENT } }];
