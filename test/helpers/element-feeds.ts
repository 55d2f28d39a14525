/**
 * How to feed each element valid data: the one table the element fuzz, XSS and memory tests read
 * (test/browser/fuzz-elements.test.ts, xss.test.ts, memory.test.ts). Those tests discover the registered tags by
 * themselves (every `packages/elements/src/trust-*.ts` registering module) and FAIL for a tag without an entry
 * here, so a new element is covered as soon as it is given one.
 *
 * An entry is one or more ways to feed the element (attributes, properties, a child script). Every string in an
 * entry is a field the XSS test injects its payloads into; every value is a place the fuzz test puts near-misses.
 * Each way must render without a `trust-error` of severity `error`: a wrong entry fails loudly, not silently.
 */
import validBadge from '../fixtures/badge/valid-eddsa.json';

export interface Feed {
  /** Attributes, as strings (`''` for a boolean attribute). */
  attributes?: Record<string, string>;
  /** Properties set on the element before it is connected. */
  properties?: Record<string, unknown>;
  /** A child script the element reads its data from. */
  child?: { type: 'application/json' | 'application/ld+json'; value: unknown };
  /** Light-DOM content (HTML), e.g. the badges of a badge group. Not fuzzed. */
  html?: string;
  /** Why this valid feed still reports a data error on the test page (the check is then skipped for it). */
  allowErrors?: string;
}

const review = (id: string, rating: number, extra: Record<string, unknown> = {}) => ({
  id,
  rating,
  title: 'Warm and light',
  body: 'Wore it all winter and it kept its shape.',
  author: 'Ana',
  date: '2026-01-12',
  verified: true,
  incentivized: false,
  employee: false,
  importedFrom: 'Another shop',
  reply: { author: 'Example Shop', body: 'Thank you for the kind words.', date: '2026-01-13' },
  helpful: 3,
  photos: [{ url: '/photos/coat.jpg', alt: 'The coat on a hanger' }],
  lang: 'en',
  ...extra,
});

/** Review data in the library's format: a subject, an aggregate with its distribution, two reviews. */
export const REVIEW_DATA = {
  subject: { name: 'Winter coat', type: 'Product' },
  aggregate: { average: 3.5, count: 2, best: 5, worst: 1, distribution: { 5: 1, 4: 0, 3: 0, 2: 1, 1: 0 } },
  reviews: [review('r1', 5), review('r2', 2, { title: 'Too small', author: 'Ben' })],
};

/** The same as a schema.org JSON-LD Product. */
export const REVIEW_JSON_LD = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Winter coat',
  aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.5, ratingCount: 2, bestRating: 5, worstRating: 1 },
  review: [
    {
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Ana' },
      datePublished: '2026-01-12',
      name: 'Warm and light',
      reviewBody: 'Wore it all winter.',
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
    },
    {
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Ben' },
      datePublished: '2026-01-14',
      name: 'Fine',
      reviewBody: 'Does the job.',
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 },
    },
  ],
};

/** Review widgets: data by property (with JSON-LD output on, so the output is checked too) or a child JSON-LD script. */
const reviewWidget = (attributes: Record<string, string> = {}): Feed[] => [
  { attributes: { jsonld: '', ...attributes }, properties: { data: REVIEW_DATA } },
  { attributes, child: { type: 'application/ld+json', value: REVIEW_JSON_LD } },
];

export const DATA_NOTICE = {
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

export const PRIVACY_LABEL = {
  service: 'Example Shop',
  categories: [
    { category: 'contact-info', use: 'linked', purposes: ['functionality'] },
    { category: 'usage-data', use: 'not-linked', purposes: ['analytics'] },
    { category: 'location', use: 'not-collected' },
  ],
  updated: '2025-02-01',
  policy: 'https://shop.example/privacy',
};

export const INCIDENT = {
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

export const DONATION_USE = {
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

export const PRICE_BREAKDOWN = {
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

/**
 * A genuine badge credential (test fixture) and its issuer keys, given as page-supplied test keys so that the
 * badge makes no request (the certifier's origin does not exist); on the test page's origin it is "wrong origin".
 */
const BADGE_JWS = validBadge.jws;
const BADGE_KEYS = JSON.stringify(validBadge.keys);

/** Every registered tag → the ways to feed it. */
export const FEEDS: Record<string, Feed[]> = {
  'trust-star-rating': [
    { attributes: { value: '4.3', max: '5', count: '1234', label: 'Quality', 'show-value': '' } },
    { properties: { value: 3.7, max: 5, count: 12 } },
  ],
  'trust-rating-input': [{ attributes: { name: 'rating', label: 'Your rating', value: '3', max: '5', required: '' } }],
  'trust-nps-survey': [
    {
      attributes: {
        subject: 'Example Shop',
        question: 'How likely are you to recommend us?',
        'follow-up': '',
        'follow-up-label': 'Why?',
        thanks: 'Thank you!',
      },
    },
  ],
  'trust-csat-survey': [
    { attributes: { subject: 'your delivery', question: 'How satisfied were you?', variant: 'faces', 'follow-up': '', thanks: 'Thanks!' } },
  ],
  'trust-rating-summary': reviewWidget(),
  'trust-review-list': reviewWidget({ sort: 'newest', 'page-size': '10', verification: 'Reviews are checked against orders.' }),
  'trust-testimonials': reviewWidget({ 'all-reviews-href': '/reviews', layout: 'grid' }),
  'trust-review-form': [
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
  ],
  'trust-badge': [
    {
      attributes: {
        credential: BADGE_JWS,
        'test-keys': BADGE_KEYS,
        'trusted-issuers': 'https://certifier.example',
        label: 'Secure checkout',
        'issuer-name': 'Example Certifier',
        'logo-src': '/logo.svg',
        'record-url': 'https://certifier.example/records/1',
      },
      allowErrors: 'the credential is made for https://shop.example, not for the test page: "wrong origin" is reported',
    },
  ],
  'trust-badge-group': [
    {
      attributes: { label: 'Certifications' },
      html: '<trust-guarantee kind="returns" promise="Free returns within 30 days"></trust-guarantee>',
    },
  ],
  'trust-guarantee': [
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
  ],
  'trust-donation-use': [
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
  ],
  'trust-price-breakdown': [
    { properties: { data: PRICE_BREAKDOWN } },
    { child: { type: 'application/json', value: PRICE_BREAKDOWN } },
    {
      attributes: { price: '30', currency: 'EUR', product: 'Organic cotton shirt', source: 'Factory invoices', date: '2025-03-01' },
      properties: { parts: PRICE_BREAKDOWN.parts },
    },
  ],
  'trust-data-notice': [{ properties: { data: DATA_NOTICE } }, { child: { type: 'application/json', value: DATA_NOTICE } }],
  'trust-privacy-label': [{ properties: { data: PRIVACY_LABEL } }, { child: { type: 'application/json', value: PRIVACY_LABEL } }],
  'trust-incident-notice': [{ properties: { data: INCIDENT } }, { child: { type: 'application/json', value: INCIDENT } }],
};

/** Builds an element from a feed (not yet connected). `raw` values that are not strings are made into text. */
export function build(tag: string, feed: Feed): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(feed.attributes ?? {})) {
    const text = asAttribute(value);
    if (text !== null) el.setAttribute(name, text);
  }
  for (const [name, value] of Object.entries(feed.properties ?? {})) (el as unknown as Record<string, unknown>)[name] = value;
  if (feed.html) el.innerHTML = feed.html;
  if (feed.child) {
    const script = document.createElement('script');
    script.type = feed.child.type;
    script.textContent = typeof feed.child.value === 'string' ? feed.child.value : jsonText(feed.child.value);
    el.append(script);
  }
  return el;
}

/** An attribute value from anything a fuzzer makes: null/undefined removes it. */
export function asAttribute(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return jsonText(value);
  return String(value);
}

function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return '[[[';
  }
}
