/**
 * Reads the figures of `<trust-donation-use>` from an organisation's IRS Form 990 e-file: the XML of the IRS's
 * published schema (namespace `http://www.irs.gov/efile`), as filing software exports it and as the public 990
 * data sets hold it. It reads the organisation's name, the tax period (the fiscal year), and Part IX, line 25:
 * total functional expenses (column A) split into program services (B), management and general (C) and
 * fundraising (D). A Form 990-EZ has no Part IX: from it, only the total expenses (Part I, line 17).
 *
 * The file is untrusted (a visitor picks it): it is read by a strict XML reader that expands no entity and
 * refuses DOCTYPE declarations and files over a size limit (internal/xml.ts). Every element read is listed with
 * its path and its text as written, so a page can show where each figure came from. Amounts must be plain
 * non-negative US-dollar figures (Form 990 has no currency field: every return, a foreign organisation's too, is
 * in US dollars), and the columns must add up to the total, checked by the donation model's own `checkTotal`.
 *
 * Element names are those of the schemas from 2013 on (`TotalFunctionalExpensesGrp/ProgramServicesAmt`,
 * `TaxPeriodBeginDt`, `BusinessNameLine1Txt`), with the earlier schemas' names as a fallback
 * (`TotalFunctionalExpenses/ProgramServices`, `TaxPeriodBeginDate`, `BusinessNameLine1`). docs/form-990.mdx has
 * the table of elements.
 */
import { checkTotal, parseAmount, parseFiscalYear, type BreakdownInput } from './breakdown.js';
import { describeValue, fail, issue, type ParseResult } from './errors.js';
import { Collector, parseDate, parseText } from './fields.js';
import { readXmlTree, type XmlElement } from './internal/xml.js';

/** The namespace of IRS e-file returns. */
export const IRS_EFILE_NAMESPACE = 'http://www.irs.gov/efile';

/** The largest file read by default: 5 MiB, in UTF-8 bytes (a Form 990 with all its schedules is far smaller). */
export const FORM_990_MAX_BYTES = 5 * 1024 * 1024;

export interface Form990Options {
  /** The largest input read, in UTF-8 bytes (default {@link FORM_990_MAX_BYTES}); a larger one is an error. */
  readonly maxBytes?: number;
}

/** The fact a field of the return gave. */
export type Form990Fact =
  | 'returnVersion'
  | 'organization'
  | 'ein'
  | 'fiscalYear.start'
  | 'fiscalYear.end'
  | 'expenses.program'
  | 'expenses.management'
  | 'expenses.fundraising'
  | 'expenses.total';

/** One element (or attribute) read from the return: which fact it gave, where it is, and its text as written. */
export interface Form990Field {
  readonly fact: Form990Fact;
  /** The element path by local names from the root, e.g. `Return/ReturnData/IRS990/TotalFunctionalExpensesGrp/TotalAmt`. */
  readonly path: string;
  /** Its text, trimmed, as written in the file (entities decoded). */
  readonly value: string;
}

/** Part IX, line 25: the total functional expenses (column A) and their split (B, C, D), in US dollars. */
export interface Form990Expenses {
  readonly program: number;
  readonly management: number;
  readonly fundraising: number;
  readonly total: number;
}

/**
 * The facts as `<trust-donation-use>` data (a part of `DonationUseInput`): spread them into the data with the
 * statement's own fields (`percent`, `purpose`, `scope`, `lastUpdated`, `reports`).
 */
export interface Form990DonationUse {
  readonly organization?: string;
  readonly currency: 'USD';
  /** Absent for a Form 990-EZ, which has no split. */
  readonly expenses?: Form990Expenses;
  /** `start/end`, the tax period as an ISO 8601 interval (`2023-07-01/2024-06-30`). */
  readonly fiscalYear: string;
  readonly source: 'form-990';
}

interface Form990FactsBase {
  /** The schema version the return states (`returnVersion` of `<Return>`, e.g. `2023v4.0`), when it does. */
  readonly returnVersion?: string;
  /** The filer's name (its two lines joined); absent, with a warning, when the return has none. */
  readonly organization?: string;
  /** The filer's EIN, nine digits as written (`000000000`); absent, with a warning, when missing or malformed. */
  readonly ein?: string;
  /** The tax period: its first and last day, ISO dates (`2023-07-01`). */
  readonly fiscalYear: { readonly start: string; readonly end: string };
  /** Always US dollars: Form 990 amounts are. */
  readonly currency: 'USD';
  /** Every element read, in the order read. */
  readonly fields: readonly Form990Field[];
  readonly donationUse: Form990DonationUse;
}

/** What a Form 990 gives: the whole Part IX split. */
export interface Form990ReturnFacts extends Form990FactsBase {
  readonly form: '990';
  readonly expenses: Form990Expenses;
  readonly donationUse: Form990DonationUse & { readonly expenses: Form990Expenses };
}

/** What a Form 990-EZ gives: total expenses only (the result carries a warning saying so). */
export interface Form990EzReturnFacts extends Form990FactsBase {
  readonly form: '990-EZ';
  readonly expenses: { readonly total: number };
}

export type Form990Facts = Form990ReturnFacts | Form990EzReturnFacts;

/** An element found, with its path. */
interface Found {
  readonly el: XmlElement;
  readonly path: string;
}

/** The first child of `parent` named `names[0]`, or else `names[1]`… (current schema's name first). */
function child(parent: Found, ...names: string[]): Found | undefined {
  for (const name of names) {
    const el = parent.el.children.find((c) => c.name === name);
    if (el) return { el, path: `${parent.path}/${name}` };
  }
  return undefined;
}

/** Part IX, line 25: each column's element, in the current and the pre-2013 schemas. */
const COLUMNS = [
  { key: 'program', names: ['ProgramServicesAmt', 'ProgramServices'], column: 'B, program services' },
  { key: 'management', names: ['ManagementAndGeneralAmt', 'ManagementAndGeneral'], column: 'C, management and general' },
  { key: 'fundraising', names: ['FundraisingAmt', 'Fundraising'], column: 'D, fundraising' },
] as const;

/** A plain amount: digits, optionally with a decimal part. Anchored, no nested repetition: linear. */
const PLAIN = /^\d+(\.\d+)?$/;
const NEGATIVE = /^-\d+(\.\d+)?$/;

/** Whether `text` names a currency other than the US dollar: a sign other than $, a code other than USD, or C$, A$… */
function foreignCurrency(text: string): boolean {
  for (const ch of text) if (ch !== '$' && /\p{Sc}/u.test(ch)) return true;
  const codes = text.match(/(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/g) ?? [];
  if (codes.some((code) => code !== 'USD')) return true;
  const dollarPrefix = /([A-Za-z]{1,2})\$/.exec(text)?.[1];
  return dollarPrefix !== undefined && dollarPrefix.toUpperCase() !== 'US';
}

const DIGITS_ONLY = 'digits only, like 812000 (no currency sign, commas, spaces or words)';

/** An amount of Part IX or line 17: a non-negative plain number of US dollars. */
function readAmount(text: string, path: string): ParseResult<number> {
  if (PLAIN.test(text)) return parseAmount(Number(text), path);
  if (text === '') return fail([issue(path, `is empty: it must be an amount in US dollars, ${DIGITS_ONLY}`)]);
  if (NEGATIVE.test(text)) {
    return fail([
      issue(
        path,
        `is negative (${text.length > 24 ? `${text.slice(0, 24)}…` : text}): an expense is money spent and cannot be ` +
          'less than zero, so this figure cannot be shown; check this line of the return with whoever prepared it',
      ),
    ]);
  }
  if (foreignCurrency(text)) {
    return fail([
      issue(
        path,
        `is in another currency (${describeValue(text)}): Form 990 amounts are always in US dollars, a foreign ` +
          `organisation's too; use the return as filed, with amounts in US dollars, ${DIGITS_ONLY}`,
      ),
    ]);
  }
  return fail([issue(path, `must be an amount in US dollars, ${DIGITS_ONLY}, got ${describeValue(text)}`)]);
}

/** The text of an element, trimmed; recorded in `fields` as the source of `fact`. */
function read(found: Found, fact: Form990Fact, fields: Form990Field[]): string {
  const value = found.el.text.trim();
  fields.push({ fact, path: found.path, value });
  return value;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The tax period from the return header: its first and last day, checked as a fiscal year. */
function readTaxPeriod(header: Found, c: Collector, fields: Form990Field[]): { start: string; end: string } | undefined {
  const ends = [
    { fact: 'fiscalYear.start', names: ['TaxPeriodBeginDt', 'TaxPeriodBeginDate'], what: 'first' },
    { fact: 'fiscalYear.end', names: ['TaxPeriodEndDt', 'TaxPeriodEndDate'], what: 'last' },
  ] as const;
  const days = ends.map(({ fact, names, what }) => {
    const found = child(header, ...names);
    if (!found) {
      c.error(`${header.path}/${names[0]}`, `is missing: the ${what} day of the tax period is needed for the fiscal year`);
      return undefined;
    }
    const day = read(found, fact, fields);
    if (!ISO_DAY.test(day)) {
      c.error(found.path, `must be a date like 2023-07-01, got ${describeValue(day)}`);
      return undefined;
    }
    return c.take(parseDate(day, found.path)) ? { day, path: found.path } : undefined;
  });
  const [start, end] = days;
  if (!start || !end) return undefined;
  const year = parseFiscalYear(`${start.day}/${end.day}`, end.path);
  if (!year.ok) {
    for (const e of year.errors) c.error(end.path, `${e.message} (the tax period ${start.day} to ${end.day})`);
    return undefined;
  }
  return { start: start.day, end: end.day };
}

/** The filer's name (line 1, and line 2 when there is one) and EIN; a problem here is a warning. */
function readFiler(header: Found, c: Collector, fields: Form990Field[]): { organization?: string; ein?: string } {
  const filer = child(header, 'Filer');
  if (!filer) {
    c.warn(`${header.path}/Filer`, "is missing: the organisation's name is left out (the figures are read all the same)");
    return {};
  }
  const name = child(filer, 'BusinessName', 'Name');
  const lines = name
    ? [child(name, 'BusinessNameLine1Txt', 'BusinessNameLine1'), child(name, 'BusinessNameLine2Txt', 'BusinessNameLine2')]
    : [];
  const text = lines
    .filter((line): line is Found => !!line)
    .map((line) => read(line, 'organization', fields))
    .join(' ')
    .replace(/\s+/g, ' ');
  const namePath = `${name?.path ?? `${filer.path}/BusinessName`}/BusinessNameLine1Txt`;
  let organization: string | undefined;
  if (!text.trim()) c.warn(namePath, "is missing or empty: the organisation's name is left out");
  else {
    const checked = parseText(text, namePath, { max: 160 });
    if (checked.ok) organization = checked.value;
    else for (const e of checked.errors) c.warn(e.path, `${e.message}: the organisation's name is left out`);
  }
  const einFound = child(filer, 'EIN');
  let ein: string | undefined;
  if (einFound) {
    const value = read(einFound, 'ein', fields);
    if (/^\d{9}$/.test(value)) ein = value;
    else c.warn(einFound.path, `must be nine digits, got ${describeValue(value)}: the EIN is left out`);
  }
  return { ...(organization !== undefined && { organization }), ...(ein !== undefined && { ein }) };
}

/** Part IX, line 25 of a Form 990: the three columns and their total, which they must add up to. */
function readPartIX(form: Found, c: Collector, fields: Form990Field[]): Form990Expenses | undefined {
  const group = child(form, 'TotalFunctionalExpensesGrp', 'TotalFunctionalExpenses');
  if (!group) {
    c.error(
      `${form.path}/TotalFunctionalExpensesGrp`,
      'is missing: the return has no Part IX, line 25 (total functional expenses by column), so there is no expense split to read',
    );
    return undefined;
  }
  const old = group.el.name === 'TotalFunctionalExpenses';
  const missing = (name: string, what: string) => {
    c.warn(`${group.path}/${name}`, `is not in the return: ${what} is read as 0 (e-file returns leave out amounts of 0)`);
  };
  const amounts = COLUMNS.map(({ key, names, column }) => {
    const found = child(group, ...names);
    if (!found) {
      missing(old ? names[1] : names[0], `column ${column}`);
      return 0;
    }
    return c.take(readAmount(read(found, `expenses.${key}`, fields), found.path));
  });
  const totalFound = child(group, 'TotalAmt', 'Total');
  const total = totalFound ? c.take(readAmount(read(totalFound, 'expenses.total', fields), totalFound.path)) : undefined;
  if (amounts.some((a) => a === undefined) || (totalFound && total === undefined)) return undefined;
  const parts: BreakdownInput[] = COLUMNS.map(({ key }, i) => ({ label: key, amount: amounts[i]! }));
  const sum = parts.reduce((s, p) => s + p.amount, 0);
  if (!(sum > 0)) {
    c.error(group.path, 'has program services, management and general, and fundraising all 0: there is no expense split to show');
    return undefined;
  }
  if (totalFound && total !== undefined) {
    const errors = checkTotal(parts, total, 'USD', group.path, totalFound.path);
    for (const e of errors) c.error(e.path, `${e.message} (columns B + C + D of Part IX, line 25, must equal column A)`);
    if (errors.length) return undefined;
  } else {
    c.warn(
      `${group.path}/${old ? 'Total' : 'TotalAmt'}`,
      'is not in the return: the total (column A) is the sum of columns B, C and D, which could not be checked against it',
    );
  }
  return { program: parts[0]!.amount, management: parts[1]!.amount, fundraising: parts[2]!.amount, total: totalFound ? total! : sum };
}

/** A Form 990-EZ's total expenses (Part I, line 17), and the warning that the split is not in a 990-EZ. */
function readEzTotal(form: Found, c: Collector, fields: Form990Field[]): number | undefined {
  const found = child(form, 'TotalExpensesAmt', 'TotalExpenses');
  if (!found) {
    c.error(`${form.path}/TotalExpensesAmt`, 'is missing: the return has no total expenses (Form 990-EZ, Part I, line 17)');
    return undefined;
  }
  const total = c.take(readAmount(read(found, 'expenses.total', fields), found.path));
  c.warn(
    form.path,
    'is a Form 990-EZ, which has no Part IX: it states total expenses only (Part I, line 17), not their split into program ' +
      'services, management and general, and fundraising, so only the total is read and there is no split to show',
  );
  return total;
}

/**
 * Reads an IRS Form 990 or 990-EZ e-file (the XML text) into the facts `<trust-donation-use>` shows. Every problem
 * is reported at once, with the element path it is about (`''` for the file as a whole); never throws.
 *
 * Errors: not XML, or XML it refuses (a DOCTYPE, an entity other than the five predefined ones, over
 * `options.maxBytes`); not a 990 or 990-EZ return; no tax period; no Part IX (990) or total expenses (990-EZ); an
 * amount that is negative, not a plain number, or in another currency; columns B + C + D that do not add up to A.
 * Warnings: a 990-EZ (total only), a Part IX column or total left out (read as 0, or summed), no filer name or EIN.
 */
export function parseForm990(xml: string, options: Form990Options = {}): ParseResult<Form990Facts> {
  if (typeof xml !== 'string') return fail([issue('', `must be the text of an XML file, got ${describeValue(xml)}`)]);
  const max = options.maxBytes;
  const maxBytes = typeof max === 'number' && Number.isFinite(max) && max >= 0 ? max : FORM_990_MAX_BYTES;
  const tree = readXmlTree(xml, { maxBytes });
  if (!tree.ok) return tree;
  const root: Found = { el: tree.value, path: tree.value.name };
  if (root.el.name !== 'Return') {
    return fail([
      issue(
        '',
        `is not an IRS e-file return: its root element is <${root.el.name}>, where a Form 990 e-file has <Return> ` +
          `(namespace ${IRS_EFILE_NAMESPACE})`,
      ),
    ]);
  }
  const c = new Collector();
  const fields: Form990Field[] = [];
  if (root.el.namespace !== IRS_EFILE_NAMESPACE) {
    c.warn(
      root.path,
      `is in the namespace ${describeValue(root.el.namespace)}, not ${IRS_EFILE_NAMESPACE}: read by element names all the same`,
    );
  }
  const returnVersion = root.el.attributes.get('returnVersion')?.trim();
  if (returnVersion) fields.push({ fact: 'returnVersion', path: `${root.path}/@returnVersion`, value: returnVersion });
  const header = child(root, 'ReturnHeader');
  const data = child(root, 'ReturnData');
  if (!header) c.error(`${root.path}/ReturnHeader`, 'is missing: the return header holds the tax period and the filer');
  if (!data) c.error(`${root.path}/ReturnData`, 'is missing: it holds the Form 990 itself');
  if (!header || !data) return fail(c.errors);

  const filer = readFiler(header, c, fields);
  const fiscalYear = readTaxPeriod(header, c, fields);
  const form = child(data, 'IRS990', 'IRS990EZ');
  if (!form) {
    const others = data.el.children.map((el) => el.name).filter((name) => name.startsWith('IRS990'));
    const found = others.length ? ` (it has ${others.map((n) => `<${n}>`).join(', ')})` : '';
    c.error(`${data.path}/IRS990`, `is missing: only a Form 990 (<IRS990>) or 990-EZ (<IRS990EZ>) is read${found}`);
    return fail(c.errors);
  }
  const ez = form.el.name === 'IRS990EZ';
  const split = ez ? undefined : readPartIX(form, c, fields);
  const ezTotal = ez ? readEzTotal(form, c, fields) : undefined;
  return c.done((): Form990Facts => {
    const common = {
      ...(returnVersion && { returnVersion }),
      ...filer,
      fiscalYear: fiscalYear!,
      currency: 'USD' as const,
      fields,
    };
    const use = {
      ...(filer.organization !== undefined && { organization: filer.organization }),
      currency: 'USD' as const,
      fiscalYear: `${fiscalYear!.start}/${fiscalYear!.end}`,
      source: 'form-990' as const,
    };
    if (ez) return { ...common, form: '990-EZ', expenses: { total: ezTotal! }, donationUse: use };
    return { ...common, form: '990', expenses: split!, donationUse: { ...use, expenses: split! } };
  });
}
