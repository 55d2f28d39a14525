/**
 * The data model of `<trust-donation-use>`: a nonprofit's statement of what a donation funds, with the expense
 * split of its IRS Form 990 (Part IX, columns B, C and D) and where the figures come from.
 *
 * Honesty rules enforced here: a 100% claim states its scope (who pays for the overhead); figures stated as
 * audited name their auditor; the split adds up to its stated total; report links are http(s) or relative.
 */
import { checkTotal, parseAmount, parseCurrency, parseFiscalYear, toBreakdown, type Breakdown, type FiscalYear } from './breakdown.js';
import { describeValue, fail, issue, joinPath, ok, parseNumber, type ParseResult } from './errors.js';
import { Collector, isRecord, parseChoice, parseDate, parseText, parseUrl } from './fields.js';
import { root } from './internal/notice-fields.js';

/** Where the figures come from. */
export const DONATION_SOURCES = ['audited-statements', 'form-990', 'unaudited'] as const;
export type DonationSource = (typeof DONATION_SOURCES)[number];

/** A link to a report (annual report, audited statements, Form 990). */
export interface ReportLink {
  readonly label: string;
  readonly url: string;
}

/**
 * What `<trust-donation-use>` accepts (from attributes, a property or a child `<script type="application/json">`),
 * and the parts of it: generated from scripts/data-formats/formats.ts with the JSON Schema
 * `trust-signals/schemas/trust-donation-use.json`; documented in docs/data-formats.mdx.
 */
export type { DonationExpensesInput, DonationUseInput, ReportLinkInput } from './data-formats.js';

/** The checked statement. */
export interface DonationUse {
  readonly percent: number;
  readonly purpose: string;
  readonly scope?: string;
  readonly organization?: string;
  readonly currency?: string;
  /** Program services, management and general, fundraising, in that order (labels are keys, not words). */
  readonly expenses?: Breakdown;
  readonly fiscalYear?: FiscalYear;
  readonly source?: DonationSource;
  readonly auditor?: string;
  readonly lastUpdated: Date;
  readonly reports: readonly ReportLink[];
}

/** The keys of the three columns, in Form 990 order; elements turn them into words. */
export const EXPENSE_KEYS = ['program', 'management', 'fundraising'] as const;

function parseReports(raw: unknown, path: string): ParseResult<ReportLink[]> {
  if (raw === undefined || raw === null || raw === '') return ok([]);
  if (!Array.isArray(raw)) return fail([issue(path, `must be a list of { label, url }, got ${describeValue(raw)}`)]);
  if (raw.length > 10) return fail([issue(path, `has ${raw.length} links; at most 10 are accepted`)]);
  const c = new Collector();
  const links = raw.map((item, i) => {
    const at = joinPath(path, i);
    if (!isRecord(item)) {
      c.error(at, `must be an object { label, url }, got ${describeValue(item)}`);
      return undefined;
    }
    const label = c.take(parseText(item.label, joinPath(at, 'label'), { max: 120 }));
    const url = c.take(parseUrl(item.url, joinPath(at, 'url'), { mailto: false }));
    return label && url ? { label, url } : undefined;
  });
  return c.done(() => links.filter((l): l is ReportLink => !!l));
}

function parseExpenses(raw: unknown, path: string, currency: string | undefined, c: Collector): Breakdown | undefined {
  if (!isRecord(raw)) {
    c.error(path, `must be an object { program, management, fundraising }, got ${describeValue(raw)}`);
    return undefined;
  }
  const amounts = EXPENSE_KEYS.map((key) => c.take(parseAmount(raw[key], joinPath(path, key))));
  const total = c.take(parseNumber(raw.total, joinPath(path, 'total'), { min: 0, optional: true }));
  if (amounts.some((a) => a === undefined)) return undefined;
  const parts = EXPENSE_KEYS.map((label, i) => ({ label, amount: amounts[i]! }));
  if (!(parts.reduce((s, p) => s + p.amount, 0) > 0)) {
    c.error(path, 'add up to zero: there is nothing to break down');
    return undefined;
  }
  if (total !== undefined && currency) {
    for (const e of checkTotal(parts, total, currency, path, joinPath(path, 'total'))) c.error(e.path, e.message);
  }
  return toBreakdown(parts);
}

/**
 * Reads and checks a donation-use statement (a `DonationUseInput`, or anything: every field is checked).
 * Every problem is reported at once, with its field path.
 */
export function parseDonationUse(raw: unknown): ParseResult<DonationUse> {
  const r = root(raw);
  if (!r.ok) return r;
  const input = r.value;
  const c = new Collector();
  const percent = c.take(parseNumber(input.percent, 'percent', { min: 0, max: 100 }));
  const purpose = c.take(parseText(input.purpose, 'purpose', { max: 160 }));
  const scope = c.take(parseText(input.scope, 'scope', { max: 400, optional: true }));
  if (percent === 100 && scope === undefined && !c.errors.some((e) => e.path === 'scope')) {
    c.error(
      'scope',
      'is required when percent is 100: say who pays for the costs a donation does not (e.g. ' +
        '"Our operating costs are paid by a separate group of private donors")',
    );
  }
  const organization = c.take(parseText(input.organization, 'organization', { max: 160, optional: true }));
  const hasExpenses = input.expenses !== undefined && input.expenses !== null && input.expenses !== '';
  const currency = c.take(parseCurrency(input.currency, 'currency', { optional: !hasExpenses }));
  const expenses = hasExpenses ? parseExpenses(input.expenses, 'expenses', currency, c) : undefined;
  const fiscalYear = c.take(parseFiscalYear(input.fiscalYear, 'fiscalYear', { optional: !hasExpenses }));
  const source = c.take(parseChoice(input.source, 'source', DONATION_SOURCES, { optional: !hasExpenses }));
  const auditor = c.take(parseText(input.auditor, 'auditor', { max: 160, optional: source !== 'audited-statements' }));
  const lastUpdated = c.take(parseDate(input.lastUpdated, 'lastUpdated'));
  const reports = c.take(parseReports(input.reports, 'reports'));
  return c.done(() => ({
    percent: percent!,
    purpose: purpose!,
    ...(scope !== undefined && { scope }),
    ...(organization !== undefined && { organization }),
    ...(currency !== undefined && { currency }),
    ...(expenses && { expenses }),
    ...(fiscalYear && { fiscalYear }),
    ...(source && { source }),
    ...(auditor !== undefined && { auditor }),
    lastUpdated: lastUpdated!,
    reports: reports ?? [],
  }));
}
