// How the cross-cutting browser tests (fuzz, XSS, memory, child script, waiting) feed <trust-donation-use>. Collected into
// FEEDS by test/helpers/element-feeds.ts; a tag without feeds fails them. Test data: not built, shipped or in the manifest.
import type { Feed } from '../../../../../test/helpers/feed-kit.js';

const DONATION_USE = {
  percent: 100,
  purpose: 'clean-water projects',
  scope: 'Our operating costs are paid by a separate group of donors.',
  organization: 'Water for All',
  currency: 'USD',
  expenses: { program: 800, management: 120, fundraising: 80, total: 1000 },
  fiscalYear: '2023-07-01/2024-06-30',
  source: 'audited-statements',
  auditor: 'Example Audit LLP',
  lastUpdated: '2025-01-15',
  reports: [{ label: 'Annual report', url: '/reports/2024.pdf' }],
};

export const feeds: Feed[] = [
  { properties: { data: DONATION_USE } },
  { child: { type: 'application/json', value: DONATION_USE } },
  {
    attributes: {
      percent: '85',
      purpose: 'school meals',
      organization: 'Meals for All',
      currency: 'USD',
      program: '850',
      management: '100',
      fundraising: '50',
      'expenses-total': '1000',
      'fiscal-year': '2024',
      source: 'form-990',
      'last-updated': '2025-01-15',
      'report-url': '/reports/990.pdf',
      'report-label': 'Form 990',
    },
  },
];
