/**
 * Fills the donation banner builder's form from an organisation's IRS Form 990 e-file (the XML), with core's
 * `parseForm990`: the expense columns (Part IX, line 25: B, C, D and the total in A), the fiscal year (the tax
 * period), the organisation's name, and the currency and source that a Form 990 implies. Says which elements of the
 * file it read, and what it could not, in plain words. No DOM: Node tests use it too. Not shipped: a docs tool.
 */
import type { DataIssue } from '@trust-signals/core';
import { parseForm990, type Form990Fact } from '@trust-signals/core/donations';
import type { BannerValues } from './banner-snippet.js';

/** One element of the file that was read: what it is in the form's words, where it is, and its text. */
export interface Form990Read {
  readonly what: string;
  /** The element's path without the parts every return shares (`TotalFunctionalExpensesGrp/ProgramServicesAmt`). */
  readonly path: string;
  readonly value: string;
}

export interface Form990Fill {
  /** True when the form was filled; false when the file could not be read (nothing was changed). */
  readonly ok: boolean;
  /** The form after filling (the same values when nothing was filled). */
  readonly values: BannerValues;
  /** The fields that were filled (form field names). */
  readonly filled: readonly string[];
  /** The form: `990` or `990-EZ`, when read. */
  readonly form?: '990' | '990-EZ';
  readonly read: readonly Form990Read[];
  /** Why nothing was filled (when `ok` is false), in plain words. */
  readonly errors: readonly string[];
  /** What was filled differently from a full Form 990, or could not be checked, in plain words. */
  readonly notes: readonly string[];
}

/** What each fact is, in the form's words. */
const WHAT: Record<Form990Fact, string> = {
  returnVersion: 'Schema version of the file (shown only, to check the file)',
  organization: "Organisation's name",
  ein: 'EIN (shown only, to check the file)',
  'fiscalYear.start': 'Fiscal year, first day',
  'fiscalYear.end': 'Fiscal year, last day',
  'expenses.program': 'Programs (column B)',
  'expenses.management': 'Management and general (column C)',
  'expenses.fundraising': 'Fundraising (column D)',
  'expenses.total': 'Total (column A)',
};

/** A path of the return without the parts every return shares: `Return/ReturnData/IRS990/` and `Return/`. */
export function shortPath(path: string): string {
  return path.replace(/^Return\/ReturnData\/IRS990(EZ)?\//, '').replace(/^Return\//, '');
}

/** An issue of the parser in plain words: where in the file, then what (paths in it shortened too). */
function say(issue: DataIssue): string {
  const message = issue.message.replace(/\bReturn(\/[A-Za-z0-9@]+)+/g, (path) => shortPath(path));
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  return issue.path === '' ? `This file ${sentence}` : `${shortPath(issue.path)} ${sentence}`;
}

/** The note that replaces the parser's warning about a Form 990-EZ. */
export const EZ_NOTE =
  'This is a Form 990-EZ. It states your total expenses (Part I, line 17) but not how they split into programs, ' +
  'management and general, and fundraising, so only Total was filled, and the three columns were emptied. The banner ' +
  'shows a split only with all three columns: fill them in from your own accounts, or leave them empty to show the ' +
  'statement without a split.';

/** A tax period as the fiscal year field writes it: `2023` for a calendar year, else `2023-07-01/2024-06-30`. */
const fiscalYearOf = ({ start, end }: { start: string; end: string }) =>
  start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : `${start}/${end}`;

/** Reads a Form 990 or 990-EZ e-file (its XML text) into the form's values. Never throws. */
export function fillFromForm990(values: BannerValues, xml: string): Form990Fill {
  const result = parseForm990(xml);
  if (!result.ok) return { ok: false, values, filled: [], read: [], errors: result.errors.map(say), notes: [] };
  const facts = result.value;
  const read = facts.fields.map((f) => ({
    what: facts.form === '990-EZ' && f.fact === 'expenses.total' ? 'Total (Form 990-EZ, Part I, line 17)' : WHAT[f.fact],
    path: shortPath(f.path),
    value: f.value,
  }));
  const next: BannerValues = { ...values, currency: 'USD', source: 'form-990', fiscalYear: fiscalYearOf(facts.fiscalYear) };
  const filled = ['currency', 'source', 'fiscalYear'];
  if (facts.organization !== undefined) {
    next.organization = facts.organization;
    filled.push('organization');
  }
  const notes: string[] = [];
  if (facts.form === '990') {
    const { program, management, fundraising, total } = facts.expenses;
    Object.assign(next, {
      program: String(program),
      management: String(management),
      fundraising: String(fundraising),
      total: String(total),
    });
    filled.push('program', 'management', 'fundraising', 'total');
  } else {
    Object.assign(next, { program: '', management: '', fundraising: '', total: String(facts.expenses.total) });
    filled.push('program', 'management', 'fundraising', 'total');
    notes.push(EZ_NOTE);
  }
  for (const warning of result.warnings)
    if (!(facts.form === '990-EZ' && /^Return\/ReturnData\/IRS990EZ$/.test(warning.path))) notes.push(say(warning));
  if (facts.organization && facts.organization === facts.organization.toUpperCase() && /[A-Z]/.test(facts.organization)) {
    notes.push(`The name is written in capitals in the return ("${facts.organization}"): change it in the form if you write it otherwise.`);
  }
  return { ok: true, values: next, filled, form: facts.form, read, errors: [], notes };
}
