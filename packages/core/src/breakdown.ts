/**
 * Breakdowns: a whole split into labelled parts (a price into materials, labour, margin…; a nonprofit's expenses
 * into programs, management and fundraising). Parsers refuse what would draw a lie: a missing, negative or
 * non-numeric amount, a whole of zero, parts that do not add up to the stated total. Each part's percentage is
 * rounded on its own, with the fewest decimals (0 to 2) at which the shown shares add up to the Total row's 100 %,
 * so equal amounts always read as equal percentages.
 *
 * Also the facts that state where figures come from: currency codes, fiscal years.
 */
import { describeValue, fail, issue, joinPath, ok, parseNumber, type DataIssue, type ParseResult } from './errors.js';
import { isRecord, parseDate, parseText } from './fields.js';
import { addsUpTo100, sharePercentages } from './internal/math.js';

/** One part of a breakdown, as given. */
export interface BreakdownInput {
  /** What the part is ("Materials", "Program services"). Shown as text. */
  readonly label: string;
  /** Its amount, at least 0, in the breakdown's currency (or any one unit shared by all parts). */
  readonly amount: number;
}

/** One part with its percentage of the total. */
export interface BreakdownPart extends BreakdownInput {
  /** 0 to 100, rounded to the breakdown's `decimals`; equal amounts have equal percentages. */
  readonly percent: number;
}

/** A checked breakdown: its parts, their total, their percentages. */
export interface Breakdown {
  readonly parts: readonly BreakdownPart[];
  /** Sum of the amounts; always more than zero. */
  readonly total: number;
  /** Decimal places the percentages are rounded to, and shown with (0 to 2). */
  readonly decimals: number;
}

/** At most this many parts: beyond it a chart stops being readable. */
export const MAX_BREAKDOWN_PARTS = 12;

/** Decimal places of `value` as written (at most 6): 12.5 → 1, 3 → 0. */
function decimals(value: number): number {
  for (let d = 0; d < 6; d++)
    if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-9 * Math.max(1, Math.abs(value) * 10 ** d)) return d;
  return 6;
}

/** The most decimals a share is shown with: beyond two, more digits stop helping anyone read the split. */
const MAX_SHARE_DECIMALS = 2;

/**
 * Percentages of `amounts`, each rounded on its own, so that equal amounts always read the same, with the fewest
 * decimals (0 to 2) at which the shown shares add up to exactly 100 and no part with money shows 0. Where no
 * precision adds up (three equal thirds: 33.3 % each), one decimal (or more, for a part that would show 0). The
 * amounts are first scaled to whole numbers (up to 6 decimals), so that halves are exact. All zeros give all zeros.
 */
export function breakdownPercentages(amounts: readonly number[]): { percents: number[]; decimals: number } {
  const largest = Math.max(1, ...amounts);
  // At most as many decimals as keep the scaled amounts exact integers (huge amounts are already whole enough).
  let scale = 10 ** Math.max(0, ...amounts.map(decimals));
  while (scale > 1 && largest * scale > Number.MAX_SAFE_INTEGER) scale /= 10;
  const scaled = amounts.map((a) => Math.round(a * scale));
  if (!scaled.some((a) => a > 0)) return { percents: amounts.map(() => 0), decimals: 0 };
  const at = (d: number) => sharePercentages(scaled, d);
  const visible = (percents: readonly number[]) => percents.every((p, i) => p > 0 || scaled[i] === 0);
  for (let d = 0; d <= MAX_SHARE_DECIMALS; d++) {
    const percents = at(d);
    if (addsUpTo100(percents, d) && visible(percents)) return { percents, decimals: d };
  }
  for (let d = 1; d <= MAX_SHARE_DECIMALS; d++) if (visible(at(d))) return { percents: at(d), decimals: d };
  return { percents: at(MAX_SHARE_DECIMALS), decimals: MAX_SHARE_DECIMALS };
}

/** Builds a breakdown from parts already checked (amounts ≥ 0, total > 0). */
export function toBreakdown(parts: readonly BreakdownInput[]): Breakdown {
  const { percents, decimals } = breakdownPercentages(parts.map((p) => p.amount));
  return {
    parts: parts.map((p, i) => ({ label: p.label, amount: p.amount, percent: percents[i]! })),
    total: parts.reduce((sum, p) => sum + p.amount, 0),
    decimals,
  };
}

/** One amount: a finite number (or numeric string), from 0 to {@link MAX_AMOUNT}. */
export function parseAmount(raw: unknown, path: string): ParseResult<number> {
  const amount = parseNumber(raw, path, { min: 0 });
  return amount.ok && amount.value > MAX_AMOUNT ? fail([issue(path, `must be at most ${MAX_AMOUNT}, got ${amount.value}`)]) : amount;
}

/** The largest amount accepted (a million billion): beyond it figures lose their cents, and sums overflow. */
export const MAX_AMOUNT = 1e15;

/**
 * A list of parts (`[{ label, amount }]`) at `path`. Unlike other lists, a bad part is an error, not left out:
 * a breakdown with a part missing would misstate every other share. The amounts must add up to more than zero.
 */
export function parseBreakdownParts(raw: unknown, path: string): ParseResult<BreakdownInput[]> {
  if (raw === undefined || raw === null || raw === '') return fail([issue(path, 'is required but missing')]);
  if (!Array.isArray(raw)) return fail([issue(path, `must be a list of { label, amount }, got ${describeValue(raw)}`)]);
  if (raw.length === 0) return fail([issue(path, 'is empty: a breakdown needs at least one part')]);
  if (raw.length > MAX_BREAKDOWN_PARTS) return fail([issue(path, `has ${raw.length} parts; at most ${MAX_BREAKDOWN_PARTS} are accepted`)]);
  const errors: DataIssue[] = [];
  const parts: BreakdownInput[] = [];
  raw.forEach((item, i) => {
    const at = joinPath(path, i);
    if (!isRecord(item)) {
      errors.push(issue(at, `must be an object { label, amount }, got ${describeValue(item)}`));
      return;
    }
    const label = parseText(item.label, joinPath(at, 'label'), { max: 80 });
    const amount = parseAmount(item.amount, joinPath(at, 'amount'));
    if (!label.ok) errors.push(...label.errors);
    if (!amount.ok) errors.push(...amount.errors);
    if (label.ok && amount.ok) parts.push({ label: label.value!, amount: amount.value });
  });
  if (errors.length) return fail(errors);
  if (!(parts.reduce((sum, p) => sum + p.amount, 0) > 0)) return fail([issue(path, 'add up to zero: there is nothing to break down')]);
  return ok(parts);
}

/** A currency code (ISO 4217, three letters, e.g. `USD`), upper-cased. */
export function parseCurrency(raw: unknown, path: string, rule: { optional?: boolean } = {}): ParseResult<string | undefined> {
  if (raw === undefined || raw === null || raw === '')
    return rule.optional ? ok(undefined) : fail([issue(path, 'is required but missing')]);
  if (typeof raw === 'string' && /^[a-z]{3}$/i.test(raw.trim())) return ok(raw.trim().toUpperCase());
  return fail([issue(path, `must be a three-letter ISO 4217 currency code such as USD or EUR, got ${describeValue(raw)}`)]);
}

/** The number of decimals amounts in `currency` are shown with (2 for USD and EUR, 0 for JPY, 3 for KWD). */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Checks that `parts` add up to `total` to the smallest unit of `currency` (a cent, a yen). The figures on the page
 * must be consistent: when they are not, the data is wrong and nothing is shown.
 */
export function checkTotal(
  parts: readonly BreakdownInput[],
  total: number,
  currency: string,
  path: string,
  totalPath: string,
): DataIssue[] {
  const unit = 10 ** currencyDigits(currency);
  const sum = parts.reduce((s, p) => s + Math.round(p.amount * unit), 0);
  if (sum === Math.round(total * unit)) return [];
  const show = (n: number) => (n / unit).toFixed(Math.log10(unit));
  return [
    issue(
      path,
      `add up to ${show(sum)} ${currency}, but ${totalPath} is ` +
        `${show(Math.round(total * unit))} ${currency}: the parts must add up to the total`,
    ),
  ];
}

/** A fiscal year: its first and last day (UTC dates), and whether it is a calendar year. */
export interface FiscalYear {
  readonly start: Date;
  readonly end: Date;
  /** True when it runs from 1 January to 31 December of one year: shown as just the year. */
  readonly calendar: boolean;
}

/**
 * A fiscal year: a calendar year (`2024`), or an ISO 8601 interval of dates (`2023-07-01/2024-06-30`) whose end is
 * after its start and at most 18 months later.
 */
export function parseFiscalYear(raw: unknown, path: string, rule: { optional?: boolean } = {}): ParseResult<FiscalYear | undefined> {
  if (raw === undefined || raw === null || raw === '')
    return rule.optional ? ok(undefined) : fail([issue(path, 'is required but missing')]);
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : undefined;
  const bad = () =>
    fail<FiscalYear>([issue(path, `must be a year (2024) or a date interval (2023-07-01/2024-06-30), got ${describeValue(raw)}`)]);
  if (text === undefined) return bad();
  if (/^\d{4}$/.test(text)) {
    const y = Number(text);
    return ok({ start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y, 11, 31)), calendar: true });
  }
  const [a, b, ...rest] = text.split('/');
  if (!a || !b || rest.length || !/^\d{4}-\d{2}-\d{2}$/.test(a) || !/^\d{4}-\d{2}-\d{2}$/.test(b)) return bad();
  const start = parseDate(a, path);
  const end = parseDate(b, path);
  if (!start.ok || !end.ok) return bad();
  const s = start.value!;
  const e = end.value!;
  if (e <= s) return fail([issue(path, `ends (${b}) before it starts (${a})`)]);
  if (e.getTime() - s.getTime() > 549 * 24 * 3600e3) return fail([issue(path, `spans more than 18 months (${text})`)]);
  const calendar =
    s.getUTCMonth() === 0 &&
    s.getUTCDate() === 1 &&
    e.getUTCMonth() === 11 &&
    e.getUTCDate() === 31 &&
    s.getUTCFullYear() === e.getUTCFullYear();
  return ok({ start: s, end: e, calendar });
}
