/**
 * Fuzzing every core parser with fast-check: valid samples, structured near-misses of them (wrong types, missing
 * fields, huge strings, NaN, ±Infinity, negatives, deep nesting) and arbitrary input. For every input:
 *   - no exception escapes (and no promise rejects);
 *   - the result is a ParseResult whose every issue is a field-path issue `{ path, message, severity }`;
 *   - nothing out of range is accepted: no NaN, no Infinity, no invalid Date anywhere in a parsed value, and each
 *     parser's own ranges (a rating within its scale, percentages 0–100 adding up to 100, safe URLs only, …).
 * The parsers are discovered from core's exports: every `parse*` / `read*` export (and the score functions) must
 * have an entry in FUZZED below, so a parser added later fails here until it is fuzzed too.
 * The seed is fixed (test/helpers/fuzz.ts); replay a failure with FUZZ_SEED=<seed> (fast-check prints it), explore
 * new inputs with FUZZ_SEED=random.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as badge from '../../packages/core/src/badge/index.js';
import type { ParseResult } from '../../packages/core/src/errors.js';
import { signJws } from '../../packages/issuer/src/issuer.js';
import { FIXTURE_ORIGIN, fixtureCredential, makeFixtureKeys, publicJwk } from '../helpers/badge-fixtures.js';
import * as core from '../helpers/core-modules.js';
import { anyInput, badIssue, checkResult, deepNest, fuzzInput, fuzzParams, hostile, isRecordLike } from '../helpers/fuzz.js';

/** Runs per parser. Each run is one input; async (crypto) parsers get fewer. */
const RUNS = 300;
const ASYNC_RUNS = 120;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a check reads the fields of whatever its parser accepted
type Check = (value: any, input: unknown) => string[];
interface Entry {
  /** Valid inputs the near-misses are made from. */
  samples: unknown[];
  /** Calls the parser; returns its ParseResult (or a promise of one). */
  run: (input: unknown) => unknown;
  /** Range checks of an accepted value. */
  check?: Check;
  runs?: number;
  /** A reader of raw data (JSON text, a stored draft, "is it an object"): its value is not parsed data, so
   * only the result's shape is checked, not the numbers in it. */
  raw?: boolean;
}

/** A URL a page must never put in an href/src: not http(s), mailto or relative, or with a control character. */
const unsafeUrl = (url: unknown): boolean => {
  // eslint-disable-next-line no-control-regex -- the control characters are what this looks for
  if (typeof url !== 'string' || /[\u0000-\u001f\u007f]/.test(url)) return true;
  try {
    return !['http:', 'https:', 'mailto:'].includes(new URL(url, 'https://base.example/').protocol);
  } catch {
    return false; // not a URL a browser would follow
  }
};
const isInt = (n: unknown, min: number, max = Infinity) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
const inRange = (n: unknown, min: number, max: number) => typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max;
const text = (s: unknown, max = 20_000) => typeof s === 'string' && s.length > 0 && s.length <= max && s === s.trim();
const problems = (...checks: Array<[boolean, string]>) => checks.filter(([good]) => !good).map(([, what]) => what);

/**
 * A breakdown's percentages: each from 0 to 100 with at most its `decimals` (0 to 2), equal amounts at equal
 * percentages, and the sum within rounding of 100 (each share is rounded on its own).
 */
const percentsOk = (b: { decimals: number; parts: ReadonlyArray<{ amount: number; percent: number }> }) => {
  const unit = 10 ** b.decimals;
  const sum = b.parts.reduce((s, p) => s + p.percent, 0);
  return (
    isInt(b.decimals, 0, 2) &&
    b.parts.every((p) => inRange(p.percent, 0, 100) && Math.abs(Math.round(p.percent * unit) - p.percent * unit) < 1e-6) &&
    b.parts.every((p) => b.parts.every((q) => p.amount !== q.amount || p.percent === q.percent)) &&
    Math.abs(sum - 100) <= (b.parts.length * 0.5) / unit + 1e-9
  );
};

const checkDistribution: Check = (d) =>
  problems([
    isInt(d.max, 1, 10) && d.counts.length === d.max && d.counts.every((n: number) => isInt(n, 0)),
    `distribution ${JSON.stringify(d)}`,
  ]);

const checkAggregate: Check = (a) => [
  ...problems(
    [isInt(a.best, 1, 10), `best ${a.best}`],
    [isInt(a.worst, 0, a.best - 1), `worst ${a.worst}`],
    [isInt(a.count, 0), `count ${a.count}`],
    [a.count === 0 ? a.average === 0 : inRange(a.average, a.worst, a.best), `average ${a.average} of ${a.worst}..${a.best}`],
  ),
  ...(a.distribution ? checkDistribution(a.distribution, undefined) : []),
];

const checkReview: Check = (r) =>
  problems(
    [isInt(r.best, 1, 10) && isInt(r.worst, 0, r.best - 1), `scale ${r.worst}..${r.best}`],
    [isInt(r.rating, r.worst, r.best), `rating ${r.rating} of ${r.worst}..${r.best}`],
    [isInt(r.helpful, 0), `helpful ${r.helpful}`],
    [text(r.body) && text(r.author, 200), 'body/author'],
    [r.title === undefined || text(r.title, 500), 'title'],
    [r.photos.every((p: { url: string }) => !unsafeUrl(p.url)), `photo url ${JSON.stringify(r.photos)}`],
    [typeof r.id === 'string' && r.id.length <= 200, `id ${r.id}`],
  );

const checkReviewData: Check = (d) => [
  ...(d.aggregate ? checkAggregate(d.aggregate, undefined) : []),
  ...d.reviews.flatMap((r: unknown) => checkReview(r, undefined)),
  ...problems([isInt(d.dropped, 0), `dropped ${d.dropped}`]),
];

const review = {
  id: 'r1',
  rating: 4,
  title: 'Sturdy and warm',
  body: 'Wore it all winter.',
  author: 'Ana',
  date: '2026-01-12',
  verified: true,
  incentivized: false,
  employee: false,
  importedFrom: 'Another shop',
  reply: { author: 'The shop', body: 'Thank you', date: '2026-01-13' },
  helpful: 3,
  photos: [{ url: '/p/1.jpg', alt: 'The coat' }],
  lang: 'en',
};
const aggregate = { average: 4.3, count: 12, best: 5, worst: 1, distribution: { 5: 7, 4: 3, 3: 1, 2: 0, 1: 1 } };
const reviewData = { subject: { name: 'Winter coat', type: 'Product' }, aggregate, reviews: [review, { ...review, id: 'r2', rating: 2 }] };
const jsonLd = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Winter coat',
  aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.5, ratingCount: 2, bestRating: 5, worstRating: 1 },
  review: [
    {
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Ana' },
      datePublished: '2026-01-12',
      name: 'Warm',
      reviewBody: 'Wore it all winter.',
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
    },
  ],
};
const parts = [
  { label: 'Materials', amount: 12.5 },
  { label: 'Labour', amount: 7.5 },
  { label: 'Margin', amount: 10 },
];
const donation = {
  percent: 100,
  purpose: 'clean-water projects',
  scope: 'Operating costs are paid by a separate group of donors',
  organization: 'Water for All',
  currency: 'USD',
  expenses: { program: 800, management: 120, fundraising: 80, total: 1000 },
  fiscalYear: '2023-07-01/2024-06-30',
  source: 'audited-statements',
  auditor: 'Example Audit LLP',
  updated: '2025-01-15',
  lastUpdated: '2025-01-15',
  reports: [{ label: 'Annual report', url: '/reports/2024.pdf' }],
};
/** A small Form 990 e-file (test/fixtures/form-990 has realistic ones; packages/core/src/form-990.test.ts reads them). */
const form990Xml = `<Return xmlns="http://www.irs.gov/efile"><ReturnHeader><TaxPeriodBeginDt>2023-07-01</TaxPeriodBeginDt>
<TaxPeriodEndDt>2024-06-30</TaxPeriodEndDt><Filer><BusinessName><BusinessNameLine1Txt>CLEAR WATER FUND</BusinessNameLine1Txt>
</BusinessName></Filer></ReturnHeader><ReturnData><IRS990><TotalFunctionalExpensesGrp><TotalAmt>1000</TotalAmt>
<ProgramServicesAmt>800</ProgramServicesAmt><ManagementAndGeneralAmt>120</ManagementAndGeneralAmt><FundraisingAmt>80</FundraisingAmt>
</TotalFunctionalExpensesGrp></IRS990></ReturnData></Return>`;
const priceBreakdown = { price: 30, currency: 'EUR', parts, product: 'Cotton shirt', source: 'Factory invoices', date: '2025-03-01' };
const guarantee = {
  kind: 'delivery',
  promise: 'Ships in 24 h',
  percent: '98.7',
  periodDays: '90',
  count: '12480',
  source: 'Order system',
  sourceUrl: '/delivery-record',
};
const dataNotice = {
  summary: 'We use your email to send the receipt.',
  controller: 'Example Shop Ltd',
  contact: 'mailto:privacy@shop.example',
  purpose: 'Sending the receipt',
  legalBasis: 'legitimate-interests',
  legitimateInterest: 'Answering questions about the order',
  retention: 'Six years',
  recipients: ['Payment provider', 'Mail service'],
  transfers: 'None',
  rights: 'You may ask for a copy.',
  policy: '/privacy',
};
const privacyLabel = {
  service: 'Example Shop',
  categories: [
    { category: 'contact-info', use: 'linked', purposes: ['functionality'] },
    { category: 'usage-data', use: 'not-linked', purposes: ['analytics'] },
    { category: 'location', use: 'not-collected' },
  ],
  updated: '2025-02-01',
  policy: 'https://shop.example/privacy',
};
const qaAnswer = { id: 'a1', body: 'Yes.', author: 'Example Shop', role: 'store', date: '2026-01-11', helpful: 2, lang: 'en' };
const qaQuestion = { id: 'q1', body: 'Is it warm?', author: 'Ana', date: '2026-01-10', answers: [qaAnswer], lang: 'en' };

const incident = {
  id: 'inc-1',
  title: 'Card payments failing',
  state: 'resolved',
  impact: 'major',
  services: ['Checkout'],
  description: 'Card payments failed.',
  workaround: 'Use bank transfer',
  started: '2026-03-02T09:40:00Z',
  ended: '2026-03-02T11:00:00Z',
  updates: [
    { at: '2026-03-02T09:45:00Z', state: 'investigating', text: 'Looking into it' },
    { at: '2026-03-02T11:00:00Z', state: 'resolved', text: 'Fixed' },
  ],
  apology: 'Sorry.',
  prevention: 'More alerts.',
  statusPage: 'https://status.shop.example',
  postmortem: '/postmortems/1',
  timeZone: 'Europe/Berlin',
};
const statusEntry = {
  type: 'BitstringStatusListEntry',
  statusPurpose: 'revocation',
  statusListIndex: '7',
  statusListCredential: 'https://certifier.example/status/1',
};
const credential = fixtureCredential({ statusListIndex: 7 });
const jwk = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kid: 'k1', alg: 'EdDSA' };
const statusListCredential = {
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  id: 'https://certifier.example/status/1',
  type: ['VerifiableCredential', 'BitstringStatusListCredential'],
  issuer: 'https://certifier.example',
  validFrom: '2024-01-01T00:00:00Z',
  credentialSubject: {
    id: 'https://certifier.example/status/1#list',
    type: 'BitstringStatusList',
    statusPurpose: 'revocation',
    encodedList: 'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA',
  },
};
/** JSON text of anything (BigInts and cycles give a fixed bad text). */
const jsonOf = (x: unknown): string => {
  try {
    return JSON.stringify(x) ?? 'undefined';
  } catch {
    return '{bad';
  }
};
const asInput = (raw: unknown) => (isRecordLike(raw) ? raw : { value: raw });

/** Every fuzzed parser: its samples, how it is called, and the ranges its accepted values must keep. */
const FUZZED: Record<string, Entry> = {
  // fields.ts, errors.ts
  parseNumber: {
    samples: [3, '4', -2, 7],
    run: (x) => core.parseNumber(x, 'n', { min: -3, max: 7, integer: true }),
    check: (v) => problems([isInt(v, -3, 7), `${v}`]),
  },
  parseText: {
    samples: ['  hello ', 'x'.repeat(50)],
    run: (x) => core.parseText(x, 't', { max: 50 }),
    check: (v) => problems([text(v, 50), `"${v}"`]),
  },
  parseDate: {
    samples: ['2026-11-23', '2026-11-23T09:30:00Z', 1_700_000_000_000],
    run: (x) => core.parseDate(x, 'd'),
    check: (v) => problems([v instanceof Date, 'not a Date']),
  },
  parseUrl: {
    samples: ['https://shop.example/a', '/p?q=1', 'mailto:a@b.example'],
    run: (x) => core.parseUrl(x, 'u'),
    check: (v) => problems([!unsafeUrl(v), `unsafe URL ${JSON.stringify(v)}`]),
  },
  parseBoolean: {
    samples: [true, 'false'],
    run: (x) => core.parseBoolean(x, 'b'),
    check: (v) => problems([typeof v === 'boolean', `${v}`]),
  },
  parseChoice: {
    samples: ['a', 'b'],
    run: (x) => core.parseChoice(x, 'c', ['a', 'b'] as const),
    check: (v) => problems([v === 'a' || v === 'b', `${v}`]),
  },
  parseList: {
    samples: [[1, 2, 5], []],
    run: (x) => core.parseList(x, 'l', (v, p) => core.parseNumber(v, p, { min: 1, max: 5, integer: true }), { max: 50 }),
    check: (v, x) =>
      problems(
        [v.items.every((n: number) => isInt(n, 1, 5)), `items ${v.items}`],
        [v.items.length + v.dropped === (x as unknown[]).length, 'dropped count'],
      ),
  },
  parseRecord: {
    samples: [{ a: 1 }],
    raw: true,
    run: (x) => core.parseRecord(x, 'r'),
    check: (v) => problems([isRecordLike(v), 'not a record']),
  },
  // rating.ts
  parseMax: { samples: [5, '10', 1], run: (x) => core.parseMax(x), check: (v) => problems([isInt(v, 1, 10), `${v}`]) },
  parseRating: {
    samples: [
      { value: 4.3, max: 5, count: 12 },
      { value: '7.5', max: '10' },
    ],
    run: (x) => core.parseRating(asInput(x) as unknown as core.RatingInput),
    check: (v) =>
      problems(
        [isInt(v.max, 1, 10), `max ${v.max}`],
        [inRange(v.value, 0, v.max), `value ${v.value}`],
        [v.count === undefined || isInt(v.count, 0), `count ${v.count}`],
      ),
  },
  parseRatingChoice: {
    samples: [3, '5', null],
    run: (x) => core.parseRatingChoice(x, 5),
    check: (v) => problems([v === null || isInt(v, 1, 5), `${v}`]),
  },
  // breakdown.ts, donation.ts, price-breakdown.ts
  parseAmount: {
    samples: [12.5, '0'],
    run: (x) => core.parseAmount(x, 'a'),
    check: (v) => problems([inRange(v, 0, Number.MAX_VALUE), `${v}`]),
  },
  parseBreakdownParts: {
    samples: [parts],
    run: (x) => core.parseBreakdownParts(x, 'parts'),
    check: (v) =>
      problems(
        [v.length >= 1 && v.length <= core.MAX_BREAKDOWN_PARTS, `${v.length} parts`],
        [v.every((p: { label: string; amount: number }) => text(p.label, 80) && inRange(p.amount, 0, Number.MAX_VALUE)), 'part'],
        [v.reduce((s: number, p: { amount: number }) => s + p.amount, 0) > 0, 'sum is not above 0'],
        [percentsOk(core.toBreakdown(v)), `percentages ${JSON.stringify(core.toBreakdown(v))}`],
      ),
  },
  parseCurrency: {
    samples: ['usd', 'EUR'],
    run: (x) => core.parseCurrency(x, 'c'),
    check: (v) => problems([/^[A-Z]{3}$/.test(v), `${v}`]),
  },
  parseFiscalYear: {
    samples: ['2024', 2023, '2023-07-01/2024-06-30'],
    run: (x) => core.parseFiscalYear(x, 'fy'),
    check: (v) => problems([v.start < v.end, 'ends before it starts']),
  },
  parseDonationUse: {
    samples: [donation, { percent: 85, purpose: 'programs', updated: '2025-01-01', lastUpdated: '2025-01-01' }],
    run: (x) => core.parseDonationUse(asInput(x)),
    check: (v) =>
      problems(
        [inRange(v.percent, 0, 100), `percent ${v.percent}`],
        [v.percent !== 100 || text(v.scope), '100% without a scope'],
        [!v.expenses || percentsOk(v.expenses), `expense percentages ${JSON.stringify(v.expenses)}`],
        [!v.expenses || (v.currency && v.fiscalYear && v.source), 'expenses without currency, fiscal year or source'],
        [v.source !== 'audited-statements' || text(v.auditor), 'audited without an auditor'],
        [v.reports.every((r: { url: string }) => !unsafeUrl(r.url)), 'unsafe report URL'],
      ),
  },
  parseForm990: {
    samples: [form990Xml],
    run: (x) => core.parseForm990(x as string),
    check: (v) =>
      problems(
        [v.currency === 'USD' && v.fiscalYear.start < v.fiscalYear.end, `currency or fiscal year ${JSON.stringify(v)}`],
        [Object.values(v.expenses).every((n) => inRange(n, 0, Number.MAX_VALUE)), `expenses ${JSON.stringify(v.expenses)}`],
        [
          v.form !== '990' || Math.abs(v.expenses.program + v.expenses.management + v.expenses.fundraising - v.expenses.total) < 0.005,
          'columns do not add up to the total',
        ],
      ),
  },
  parsePriceBreakdown: {
    samples: [priceBreakdown],
    run: (x) => core.parsePriceBreakdown(asInput(x)),
    check: (v) =>
      problems(
        [inRange(v.price, Number.MIN_VALUE, Number.MAX_VALUE), `price ${v.price}`],
        [percentsOk(v.breakdown), `percentages ${JSON.stringify(v.breakdown)}`],
        [/^[A-Z]{3}$/.test(v.currency), `currency ${v.currency}`],
      ),
  },
  // reviews.ts, jsonld.ts
  parseDistribution: {
    samples: [{ 5: 3, 1: 1 }, [1, 0, 2, 3, 4]],
    run: (x) => core.parseDistribution(x, 'd', 5),
    check: checkDistribution,
  },
  parseAggregate: {
    samples: [aggregate, { average: 3.5, count: 2 }, { distribution: [0, 0, 1, 2, 3] }],
    run: (x) => core.parseAggregate(x, 'aggregate'),
    check: checkAggregate,
  },
  parseReply: {
    samples: [review.reply],
    run: (x) => core.parseReply(x, 'reply'),
    check: (v) => problems([text(v.author, 200) && text(v.body), 'reply']),
  },
  parseReview: {
    samples: [review, { rating: 1, body: 'b', author: 'a' }],
    run: (x) => core.parseReview(x, 'reviews[0]'),
    check: checkReview,
  },
  parseReviews: {
    samples: [[review, review]],
    run: (x) => core.parseReviews(x),
    check: (v) => v.items.flatMap((r: unknown) => checkReview(r, undefined)),
  },
  parseReviewData: { samples: [reviewData, [review]], run: (x) => core.parseReviewData(x), check: checkReviewData },
  readJsonLd: { samples: [jsonLd, { '@graph': [jsonLd] }, [jsonLd]], run: (x) => core.readJsonLd(x), check: checkReviewData },
  readReviewInput: { samples: [jsonLd, reviewData], run: (x) => core.readReviewInput(x).result, check: checkReviewData },
  // guarantee.ts
  parseGuarantee: {
    samples: [guarantee, { kind: 'returns', promise: 'Free returns' }],
    run: (x) => {
      const parsed = core.parseGuarantee(asInput(x) as core.GuaranteeInput);
      // One result for the generic checks: the promise; the record and the issue list are checked here.
      const extra = [
        ...parsed.issues.map(badIssue).filter(Boolean),
        ...(parsed.record ? checkResult(parsed.record) : []),
        ...(parsed.record?.ok
          ? problems(
              [inRange(parsed.record.value.percent, 0, 100), `record percent ${parsed.record.value.percent}`],
              [isInt(parsed.record.value.periodDays, 1, core.MAX_PERIOD_DAYS), `periodDays ${parsed.record.value.periodDays}`],
              [parsed.record.value.count === undefined || isInt(parsed.record.value.count, 1), `count ${parsed.record.value.count}`],
              [parsed.record.value.sourceUrl === undefined || !unsafeUrl(parsed.record.value.sourceUrl), 'unsafe source URL'],
            )
          : []),
      ];
      if (extra.length) throw new Error(`parseGuarantee: ${extra.join('; ')}`);
      return parsed.guarantee;
    },
    check: (v) =>
      problems([(core.GUARANTEE_KINDS as readonly string[]).includes(v.kind) && text(v.promise, 300), `guarantee ${JSON.stringify(v)}`]),
  },
  // notices.ts
  parseJsonText: {
    samples: [JSON.stringify(dataNotice), '{"a":', '[[[1]]]', ''],
    raw: true,
    run: (x) => core.parseJsonText(typeof x === 'string' ? x : jsonOf(x), 'script'),
  },
  parseDataNotice: {
    samples: [dataNotice, { ...dataNotice, legalBasis: 'consent', legitimateInterest: undefined, recipients: [] }],
    run: (x) => core.parseDataNotice(x),
    check: (v) =>
      problems(
        [(core.LEGAL_BASES as readonly string[]).includes(v.legalBasis), `legalBasis ${v.legalBasis}`],
        [v.legalBasis !== 'legitimate-interests' || text(v.legitimateInterest), 'legitimate interests without the interest'],
        [!unsafeUrl(v.policy) && (v.contact === undefined || !unsafeUrl(v.contact)), 'unsafe URL'],
        [v.recipients.every((r: string) => text(r, 200)), 'recipients'],
      ),
  },
  parsePrivacyLabel: {
    samples: [privacyLabel],
    run: (x) => core.parsePrivacyLabel(x),
    check: (v) =>
      problems(
        [
          v.entries.length > 0 && new Set(v.entries.map((e: { category: string }) => e.category)).size === v.entries.length,
          'duplicate or no categories',
        ],
        [
          v.entries.every((e: { use: string; purposes: string[] }) => (e.use === 'not-collected') === (e.purposes.length === 0)),
          'purposes do not match use',
        ],
        [v.policy === undefined || !unsafeUrl(v.policy), 'unsafe policy URL'],
      ),
  },
  parseIncident: {
    samples: [incident, { id: 'm1', title: 'Maintenance', state: 'scheduled', started: '2026-04-01T22:00:00Z' }],
    run: (x) => core.parseIncident(x),
    check: (v) =>
      problems(
        [!v.ended || v.ended >= v.started, 'ends before it starts'],
        [!core.isClosed(v.state) || (v.ended && !v.nextUpdate), 'closed without an end, or with a next update'],
        [[v.statusPage, v.postmortem].every((u) => u === undefined || !unsafeUrl(u)), 'unsafe URL'],
        [
          v.updates.every((u: { at: Date }, i: number, all: Array<{ at: Date }>) => i === 0 || all[i - 1]!.at >= u.at),
          'updates not newest first',
        ],
      ),
  },
  parseTimeZone: { samples: ['Europe/Berlin', 'UTC'], run: (x) => core.parseTimeZone(x, 'tz') },
  // questions.ts
  parseAnswer: {
    samples: [qaAnswer],
    run: (x) => core.parseAnswer(x, 'questions[0].answers[0]'),
    check: (v) => problems([text(v.body) && text(v.author, 200) && core.ANSWER_ROLES.includes(v.role) && isInt(v.helpful, 0), 'answer']),
  },
  parseQuestion: {
    samples: [qaQuestion, { body: 'Q?' }],
    run: (x) => core.parseQuestion(x, 'questions[0]'),
    check: (v) => problems([text(v.body, 4000) && (v.author === undefined || text(v.author, 200)), 'question']),
  },
  parseQuestionData: {
    samples: [{ subject: { name: 'Coat' }, total: 3, questions: [qaQuestion] }, [qaQuestion]],
    run: (x) => core.parseQuestionData(x),
    check: (v) => problems([isInt(v.total, v.questions.length) && isInt(v.dropped, 0), `total ${v.total}, dropped ${v.dropped}`]),
  },
  parseQuestionSort: {
    samples: ['helpful', 'unanswered'],
    run: (x) => ({ ok: true, value: core.parseQuestionSort(x), warnings: [] }),
    check: (v) => problems([core.QUESTION_SORTS.includes(v), `sort ${v}`]),
  },
  // survey.ts
  parseNpsScore: {
    samples: [0, '10', 7],
    run: (x) => core.parseNpsScore(x),
    check: (v) => problems([v === null || isInt(v, 0, 10), `${v}`]),
  },
  parseCsatRating: {
    samples: [1, '5'],
    run: (x) => core.parseCsatRating(x),
    check: (v) => problems([v === null || isInt(v, 1, 5), `${v}`]),
  },
  // badge (credential.ts, keys.ts, status-list.ts)
  parseBadgeCredential: {
    samples: [credential, fixtureCredential()],
    run: (x) => badge.parseBadgeCredential(x),
    check: (v) =>
      problems(
        [v.validFrom <= v.validUntil, 'valid until before valid from'],
        [/^https?:\/\/[^/]+$/.test(v.subject.id), `subject ${v.subject.id}`],
      ),
  },
  parseDateTimeStamp: { samples: ['2025-01-01T00:00:00Z', '2025-01-01T00:00:00.5+02:00'], run: (x) => badge.parseDateTimeStamp(x, 'd') },
  parseHttpUrl: {
    samples: ['https://certifier.example/criteria'],
    run: (x) => badge.parseHttpUrl(x, 'u'),
    check: (v) => problems([/^https?:\/\//.test(v), `${v}`]),
  },
  parseOrigin: {
    samples: ['https://shop.example', 'HTTP://Shop.Example:8080/'],
    run: (x) => badge.parseOrigin(x, 'o'),
    check: (v) => problems([/^https?:\/\/[^/?#@]+$/.test(v), `${v}`]),
  },
  parseStatusEntries: {
    samples: [statusEntry, [statusEntry]],
    run: (x) => badge.parseStatusEntries(x),
    check: (v) =>
      problems([
        v.entries.every(
          (e: { statusListIndex: number; statusListCredential: string }) =>
            isInt(e.statusListIndex, 0) && /^https?:/.test(e.statusListCredential),
        ),
        JSON.stringify(v),
      ]),
  },
  parseIssuerKeys: {
    samples: [jwk, { keys: [jwk] }, JSON.stringify({ keys: [jwk] })],
    run: (x) => badge.parseIssuerKeys(x),
    check: (v) =>
      problems([v.keys.length > 0 && v.keys.every((k: Record<string, unknown>) => !('d' in k)), 'a private or no key accepted']),
  },
  parseStatusListCredential: { samples: [statusListCredential], run: (x) => badge.parseStatusListCredential(x) },
  decodeStatusList: {
    samples: [statusListCredential.credentialSubject.encodedList, 'uAAAA'],
    run: (x) => badge.decodeStatusList(x),
    runs: ASYNC_RUNS,
  },
  readBit: {
    samples: [7, 0, 131_071],
    run: (x) => {
      const bit = badge.readBit(badge.createBitstring(64, [3]), x as number);
      if (bit !== undefined && typeof bit !== 'boolean') throw new Error(`readBit gave ${String(bit)}`);
      return core.ok(bit ?? null);
    },
  },
  // draft.ts: a stored draft is whatever the storage holds; reading it never throws.
  readDraft: {
    samples: ['{"score":7}', 'not json'],
    raw: true,
    run: (x) =>
      core.ok(
        core.readDraft('k', { getItem: () => (typeof x === 'string' ? x : jsonOf(x)), setItem: () => {}, removeItem: () => {} } as never) ??
          null,
      ),
  },
};

/** Exports that read something but are not data parsers, each with where it is covered instead. */
const NOT_FUZZED: Record<string, string> = {};

/** Exports that are parsers although their names do not start with parse/read. */
const OTHER_PARSERS = ['verifyCredential'];

function discovered(): string[] {
  const all = new Set([...Object.keys(core), ...Object.keys(badge)]);
  return [...all].filter((n) => /^(parse|read)[A-Z]/.test(n) || OTHER_PARSERS.includes(n)).sort();
}

describe('every core parser is fuzzed', () => {
  it('lists every parse*/read* export of @trust-signals/core and core/badge in FUZZED (or says why not)', () => {
    const missing = discovered().filter((n) => !(n in FUZZED) && !(n in NOT_FUZZED) && n !== 'verifyCredential');
    expect(missing, `add an entry to FUZZED in test/unit/fuzz-parsers.test.ts for: ${missing.join(', ')}`).toEqual([]);
    const stale = Object.keys(FUZZED).filter((n) => !(n in core) && !(n in badge));
    expect(stale, 'FUZZED names a parser core no longer exports').toEqual([]);
    expect(discovered().length).toBeGreaterThanOrEqual(40);
  });
});

async function fuzzOne(name: string, entry: Entry): Promise<void> {
  const fn = (core as Record<string, unknown>)[name] ?? (badge as Record<string, unknown>)[name];
  expect(typeof fn, `${name} is exported`).toBe('function');
  for (const sample of entry.samples) {
    // Each sample is valid: the parser accepts it (so the near-misses start from something that parses).
    const result = (await entry.run(sample)) as ParseResult<unknown>;
    if (name !== 'parseJsonText' && name !== 'readDraft' && name !== 'decodeStatusList') {
      expect(result.ok ? [] : result.errors, `${name} rejects its own sample ${JSON.stringify(sample)?.slice(0, 200)}`).toEqual([]);
    }
  }
  await fc.assert(
    fc.asyncProperty(fuzzInput(entry.samples), async (input) => {
      let result: unknown;
      try {
        result = await entry.run(input);
      } catch (error) {
        throw new Error(`${name} threw ${(error as Error)?.stack ?? String(error)}`, { cause: error });
      }
      const found = checkResult(result, { finite: !entry.raw });
      const r = result as ParseResult<unknown>;
      if (r.ok && entry.check) found.push(...entry.check(r.value, input));
      if (found.length) throw new Error(`${name}: ${found.join('; ')}`);
    }),
    fuzzParams(entry.runs ?? RUNS),
  );
}

describe('fuzzed parsers: no exception, field-path issues only, nothing out of range accepted', () => {
  for (const [name, entry] of Object.entries(FUZZED)) {
    it(name, () => fuzzOne(name, entry), 60_000);
  }
});

describe('jsonLdText: no value can close its script element', () => {
  it('escapes <, >, & and the line separators, and round-trips', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom('</script><script>x()</script>', '<!--<script>', '\u2028\u2029'),
        ),
        (value) => {
          const out = core.jsonLdText(value);
          expect(out).not.toMatch(/[<>&\u2028\u2029]/);
          expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(value)));
        },
      ),
      fuzzParams(RUNS),
    );
    // Deep comparisons of large arbitrary JSON: about 1 s alone, over 5 s on a loaded machine.
  }, 60_000);
});

describe('verifyCredential: arbitrary tokens and options never throw, never reject, never verify', () => {
  /** A certifier that publishes `jwks` at the well-known path of any origin (404 for everything else): no network. */
  const publishing =
    (jwks: unknown): badge.FetchLike =>
    async (url) =>
      url.endsWith(badge.BADGE_KEYS_PATH)
        ? { ok: true, status: 200, text: async () => JSON.stringify(jwks) }
        : { ok: false, status: 404, text: async () => '' };

  it('arbitrary token and keys', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(anyInput, fc.string(), fc.stringMatching(/^[A-Za-z0-9_-]{0,40}\.[A-Za-z0-9_-]{0,80}\.[A-Za-z0-9_-]{0,40}$/)),
        fc.oneof(anyInput, fc.constant({ keys: [jwk] })),
        hostile,
        async (jws, keys, origin) => {
          const result = await badge.verifyCredential(jws as string, {
            origin: origin as string,
            testKeys: keys as never,
            fetch: publishing({ keys: [jwk] }),
          });
          const published = await badge.verifyCredential(jws as string, { origin: origin as string, fetch: publishing(keys) });
          expect(published.status).not.toBe('verified');
          expect(badge.BADGE_STATUSES).toContain(result.status);
          expect(result.status).not.toBe('verified');
          expect(typeof result.reason).toBe('string');
          expect(result.issues.map(badIssue).filter(Boolean)).toEqual([]);
        },
      ),
      fuzzParams(ASYNC_RUNS),
    );
  }, 60_000);

  it('signed near-miss payloads: verified only when the payload parses and is for this origin', async () => {
    const keys = await makeFixtureKeys();
    const jwks = { keys: [publicJwk(keys.eddsa)] };
    await fc.assert(
      fc.asyncProperty(fuzzInput([fixtureCredential()]), async (payload) => {
        let jws: string;
        try {
          jws = await signJws((payload ?? {}) as object, keys.eddsa);
        } catch {
          return; // the issuer tool refuses to sign it: nothing to verify
        }
        const result = await badge.verifyCredential(jws, { origin: FIXTURE_ORIGIN, fetch: publishing(jwks) });
        expect(badge.BADGE_STATUSES).toContain(result.status);
        expect(result.issues.map(badIssue).filter(Boolean)).toEqual([]);
        if (result.status === 'verified') {
          const parsed = badge.parseBadgeCredential(JSON.parse(JSON.stringify(payload)));
          expect(parsed.ok).toBe(true);
          expect(result.credential?.subject.id).toBe(FIXTURE_ORIGIN);
          expect(result.credential!.validFrom.getTime()).toBeLessThanOrEqual(Date.now());
          expect(result.credential!.validUntil.getTime()).toBeGreaterThanOrEqual(Date.now());
        }
      }),
      fuzzParams(ASYNC_RUNS),
    );
  }, 60_000);
});

describe('the fuzz checks bite', () => {
  it('flag a parser that throws, one that accepts NaN, and one whose errors lack a path', async () => {
    const throwing: Entry = { samples: [1], run: (x) => (typeof x === 'string' ? JSON.parse(x) : core.ok(x)) };
    const acceptsNaN: Entry = { samples: [1], run: (x) => core.ok(Number(x)) };
    const pathless: Entry = {
      samples: [1],
      run: (x) => (x === 1 ? core.ok(1) : { ok: false, errors: [{ message: 'bad', severity: 'error' }] }),
    };
    const outOfRange: Entry = {
      samples: [{ value: 4, max: 5 }],
      run: (x) => core.ok(x),
      check: (v) => problems([inRange(v?.value, 0, 5), 'out of range']),
    };
    for (const [label, entry] of Object.entries({ throwing, acceptsNaN, pathless, outOfRange })) {
      await expect(fuzzOne('parseNumber', entry), label).rejects.toThrow();
    }
  });
});

describe('regressions found by this fuzzing', () => {
  it('JSON-LD nested thousands deep is read without overflowing the stack', () => {
    expect(() => core.readJsonLd(deepNest(20_000))).not.toThrow();
    expect(() => core.readJsonLd(deepNest(20_000, 'object'))).not.toThrow();
    expect(() => core.readReviewInput(deepNest(20_000))).not.toThrow();
    expect(core.readJsonLd({ ...jsonLd, name: deepNest(20_000) }).ok).toBe(false);
  });
  it('a review id that is neither text nor a number is not stringified (position used, with a warning)', () => {
    const result = core.parseReview({ ...review, id: deepNest(20_000) }, 'reviews[3]');
    expect(result.ok && result.value.id).toBe('3');
    expect(result.ok && result.warnings.map((w) => w.path)).toEqual(['reviews[3].id']);
  });
  it('counts beyond 2^53 and amounts beyond MAX_AMOUNT are errors, not Infinity or NaN percentages', () => {
    expect(core.parseAggregate({ distribution: [0, 0, 1, 1e308, 3] }, 'aggregate').ok).toBe(false);
    expect(
      core.parseBreakdownParts(
        [
          { label: 'A', amount: 1e308 },
          { label: 'B', amount: 1 },
        ],
        'parts',
      ).ok,
    ).toBe(false);
    const huge = core.toBreakdown([
      { label: 'A', amount: 1e15 },
      { label: 'B', amount: 0.125 },
    ]);
    expect(huge.parts.map((p) => p.percent)).toEqual([100, 0]);
  });
});
