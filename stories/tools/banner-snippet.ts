/**
 * The donation banner builder's model (stories/tools/banner-builder.ts; docs/banner-builder.mdx), without DOM or
 * Lit so that Node tests use it too: the form's values, the markup they make (the script tags and one
 * `<trust-donation-use>`), the HTML snippet a nonprofit pastes, and the form's error messages, which are core's
 * parse issues (`parseDonationUse`, the parser the element itself runs) mapped to the form's fields and put in plain
 * words. Not shipped: a docs tool.
 *
 * One markup feeds both the snippet and the builder's live preview ({@link applyBannerMarkup}), so that the preview
 * is the banner the snippet renders: same attributes, same child JSON, same fallback text.
 */
import { formatPercent, numberAttribute, type DataIssue } from '@trust-signals/core';
import { enDonation, parseDonationUse } from '@trust-signals/core/donations';

/** One report link as typed in the form. */
export interface BannerReport {
  label: string;
  url: string;
}

/** The form: every field as typed (text), the report links, and how the banner looks. */
export interface BannerValues {
  percent: string;
  purpose: string;
  scope: string;
  organization: string;
  program: string;
  management: string;
  fundraising: string;
  total: string;
  currency: string;
  fiscalYear: string;
  /** `''` (not stated), `form-990`, `audited-statements` or `unaudited`. */
  source: string;
  auditor: string;
  lastUpdated: string;
  reports: BannerReport[];
  /** `banner`, `card` or `full`. */
  variant: string;
  /** A shipped language code (`en`, `de`, `pt-BR`…). */
  lang: string;
}

/** The form's text fields, in the order the form shows them. */
export const TEXT_FIELDS = [
  'percent',
  'purpose',
  'scope',
  'organization',
  'program',
  'management',
  'fundraising',
  'total',
  'currency',
  'fiscalYear',
  'source',
  'auditor',
  'lastUpdated',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** An empty form: English, the banner variant. */
export function emptyBanner(): BannerValues {
  return {
    ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>),
    reports: [],
    variant: 'banner',
    lang: 'en',
  };
}

/** A filled form: the made-up Clear Water Fund of the donation-use stories (stories and tests start from it). */
export function exampleBanner(): BannerValues {
  return {
    ...emptyBanner(),
    percent: '100',
    purpose: 'clean-water projects',
    scope: 'Our operating costs are paid by a separate group of private donors.',
    organization: 'Clear Water Fund',
    program: '4120000',
    management: '545000',
    fundraising: '335000',
    total: '5000000',
    currency: 'USD',
    fiscalYear: '2023-07-01/2024-06-30',
    source: 'audited-statements',
    auditor: 'Example & Partners LLP',
    lastUpdated: '2025-01-15',
    reports: [{ label: 'Audited financial statements 2024 (PDF)', url: '/reports/audit-2024.pdf' }],
  };
}

/** The sources the banner names (the element's `source` values), in words. */
export const SOURCES: ReadonlyArray<readonly [value: string, words: string]> = [
  ['', 'Not stated'],
  ['form-990', 'IRS Form 990'],
  ['audited-statements', 'Audited financial statements'],
  ['unaudited', 'Unaudited figures (our own accounts)'],
];

/** The banner's variants, in words. */
export const VARIANTS: ReadonlyArray<readonly [value: string, words: string]> = [
  ['banner', 'Banner: one line, the details behind a button'],
  ['card', 'Card: the statement, a chart and the shares'],
  ['full', 'Full: everything, amounts included, always open'],
];

// ---------------------------------------------------------------------------------------------------------------
// Field names and messages: the one place that maps core's field paths to the form and puts them in plain words.

/** The name of each field in messages (its label, or the start of it). */
const NAMES: Record<TextField | 'expenses' | 'reports' | 'form', string> = {
  percent: 'Percent',
  purpose: 'What a donation funds',
  scope: 'Who pays for the rest',
  organization: "Organisation's name",
  program: 'Programs',
  management: 'Management and general',
  fundraising: 'Fundraising',
  total: 'Total',
  currency: 'Currency',
  fiscalYear: 'Fiscal year',
  source: 'Where the figures come from',
  auditor: 'Auditor',
  lastUpdated: 'Last updated',
  expenses: 'The expense columns',
  reports: 'Report links',
  form: 'The banner',
};

/** The form field a report link's part is in: `reports[1].url` (the second link's address). */
export const reportField = (index: number, part: 'label' | 'url'): string => `reports[${index}].${part}`;

/** A field's name in messages: `Programs`, `Address of report link 2`. */
export function fieldName(field: string): string {
  const report = /^reports\[(\d+)\]\.(label|url)$/.exec(field);
  if (report) return `${report[2] === 'label' ? 'Text' : 'Address'} of report link ${Number(report[1]) + 1}`;
  return NAMES[field as keyof typeof NAMES] ?? NAMES.form;
}

/** Core's data paths of the donation-use model (the element's, and the JSON's) → the form field they are typed in. */
const FIELD_OF_PATH: Record<string, string> = {
  percent: 'percent',
  purpose: 'purpose',
  scope: 'scope',
  organization: 'organization',
  currency: 'currency',
  expenses: 'expenses',
  'expenses.program': 'program',
  'expenses.management': 'management',
  'expenses.fundraising': 'fundraising',
  'expenses.total': 'total',
  fiscalYear: 'fiscalYear',
  source: 'source',
  auditor: 'auditor',
  lastUpdated: 'lastUpdated',
  reports: 'reports',
};

/** The form field an issue of `parseDonationUse` is about (`form` when none is: shown by the Copy button). */
export function fieldOfPath(path: string): string {
  if (FIELD_OF_PATH[path]) return FIELD_OF_PATH[path];
  const report = /^reports\[(\d+)\](?:\.(label|url))?$/.exec(path);
  if (report) return reportField(Number(report[1]), report[2] === 'label' ? 'label' : 'url');
  return 'form';
}

/** "is required" in plain words, where a field is required only with another one. */
const REQUIRED: Record<string, string> = {
  currency: 'is required when you give the expenses',
  fiscalYear: 'is required when you give the expenses',
  source: 'is required when you give the expenses',
  auditor: 'is required when the figures come from audited financial statements',
};

/** Core's words that are jargon here, in plain words (applied in order). */
const PLAIN: ReadonlyArray<readonly [RegExp, string]> = [
  [/^is required but missing$/, 'is required'],
  [/must be an ISO 8601 date/, 'must be a date written year-month-day, like 2025-01-15'],
  [
    /must be an http\(s\)(?:, mailto)? or relative URL/,
    'must be a web address starting with https:// (or a path on your site, like /reports/2024.pdf)',
  ],
  [/three-letter ISO 4217 currency code/, 'three-letter currency code'],
  [/\bexpenses\.total\b/g, 'Total'],
  [/\bwhen percent is 100\b/, 'when Percent is 100'],
  [/, got (.*)$/, '; you wrote $1'],
];

/** A plain-words message for one issue of `field`, naming the field: "Programs must be a plain number like …". */
export function plainMessage(field: string, issue: Pick<DataIssue, 'message'>): string {
  let text = issue.message;
  if (text === 'is required but missing' && REQUIRED[field]) text = REQUIRED[field];
  for (const [from, to] of PLAIN) text = text.replace(from, to);
  return `${fieldName(field)} ${text}`;
}

/** One error of the form: the field it is shown next to, and what to fix. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** The form's fields in the order it shows them (report links by index, then anything else). */
const FORM_ORDER = ['percent', 'purpose', 'scope', 'organization', 'expenses', 'program', 'management', 'fundraising', 'total'];
const orderOf = (field: string): number => {
  const i = [...FORM_ORDER, 'currency', 'fiscalYear', 'source', 'auditor', 'lastUpdated', 'reports'].indexOf(field);
  if (i >= 0) return i;
  const report = /^reports\[(\d+)\]\.(label|url)$/.exec(field);
  return report ? 100 + 2 * Number(report[1]) + (report[2] === 'url' ? 1 : 0) : 1e6;
};

/** Core's issues as the form's errors, in the form's order (one place: {@link fieldOfPath} and {@link plainMessage}). */
export function fieldErrors(issues: readonly DataIssue[]): FieldError[] {
  return issues
    .map((issue) => {
      const field = fieldOfPath(issue.path);
      return { field, message: plainMessage(field, issue) };
    })
    .sort((a, b) => orderOf(a.field) - orderOf(b.field));
}

// ---------------------------------------------------------------------------------------------------------------
// What the element sees, and the form's errors.

/** A value as the snippet writes it: white space collapsed and trimmed; `undefined` when nothing is left. */
const written = (text: string | undefined): string | undefined => {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  return clean === '' ? undefined : clean;
};

/** The report links the snippet writes: those with a text or an address. */
const writtenReports = (values: BannerValues) =>
  values.reports.map((r) => ({ label: written(r.label), url: written(r.url) })).filter((r) => r.label !== undefined || r.url !== undefined);

/** One link with an address goes into `report-url`/`report-label`; others (more, or one without address) into JSON. */
const reportsAsAttributes = (reports: ReturnType<typeof writtenReports>) => reports.length === 1 && reports[0]!.url !== undefined;

/**
 * The data `<trust-donation-use>` builds from the snippet's attributes and child JSON (its `#input`): numeric
 * attributes through `numberAttribute` (a number, or the text as written for the parser to quote), the expense
 * columns as `expenses` when any is given, the report links. The form is checked with exactly this.
 */
export function bannerInput(values: BannerValues): Record<string, unknown> {
  const num = (text: string) => numberAttribute.fromAttribute!(written(text) ?? null, undefined);
  const input: Record<string, unknown> = {
    percent: num(values.percent),
    purpose: written(values.purpose),
    scope: written(values.scope),
    organization: written(values.organization),
    currency: written(values.currency),
    fiscalYear: written(values.fiscalYear),
    source: written(values.source),
    auditor: written(values.auditor),
    lastUpdated: written(values.lastUpdated),
  };
  const columns = { program: num(values.program), management: num(values.management), fundraising: num(values.fundraising) };
  if (Object.values(columns).some((v) => v !== undefined)) input.expenses = { ...columns, total: num(values.total) };
  const reports = writtenReports(values);
  if (reports.length) input.reports = reports;
  return input;
}

/** The form's errors: what `<trust-donation-use>` would report for the snippet, by field, in plain words. */
export function bannerErrors(values: BannerValues): FieldError[] {
  const result = parseDonationUse(bannerInput(values));
  return result.ok ? [] : fieldErrors(result.errors);
}

/** True when the form holds nothing the snippet would write (the preview then shows a placeholder). */
export function isEmptyBanner(values: BannerValues): boolean {
  return TEXT_FIELDS.every((f) => written(values[f]) === undefined) && writtenReports(values).length === 0;
}

// ---------------------------------------------------------------------------------------------------------------
// The markup and the snippet.

/** `integrity.json` of the build (scripts/bundle.mjs): `files` maps each no-build file to its sha384. */
export interface IntegrityManifest {
  readonly version?: string;
  readonly files?: Readonly<Record<string, string>>;
}

/** What the snippet needs of the banner's language: its code, direction and headline (a translation table is one). */
export interface BannerLanguage {
  readonly $code: string;
  readonly $dir: 'ltr' | 'rtl';
  donationHeadline(percent: string, purpose: string): string;
}

const ENGLISH: BannerLanguage = { $code: 'en', $dir: 'ltr', donationHeadline: enDonation.donationHeadline };

export interface SnippetOptions {
  /** The version of `trust-signals` the snippet loads (packages/elements/package.json). */
  readonly version: string;
  /** The build's integrity.json; a file it has no hash for (or a manifest of another version) is loaded unchecked. */
  readonly integrity?: IntegrityManifest | undefined;
  /** The language named by `values.lang` (its translation table); English when absent. */
  readonly language?: BannerLanguage | undefined;
  /** The folder the files are loaded from; default the jsDelivr folder of `version` ({@link cdnFolder}). */
  readonly folder?: string;
}

/** The versioned CDN folder of the no-build files: `https://cdn.jsdelivr.net/npm/trust-signals@<version>/dist/`. */
export const cdnFolder = (version: string): string => `https://cdn.jsdelivr.net/npm/trust-signals@${version}/dist/`;

/** A script tag of the snippet. */
export interface BannerScript {
  readonly file: string;
  readonly src: string;
  /** Its sha384 from integrity.json; absent when the manifest has none for this version. */
  readonly integrity?: string;
}

export interface BannerMarkup {
  readonly scripts: readonly BannerScript[];
  /** The element's attributes, in order, values as written (not escaped). */
  readonly attributes: ReadonlyArray<readonly [name: string, value: string]>;
  /** The child `<script type="application/json">`'s text as written (report links attributes cannot hold), safe in a script. */
  readonly json?: string;
  /** The text shown before the script runs (and without JavaScript): the headline and the scope. */
  readonly fallback: string;
}

/** How a sentence ends in a language, for the fallback text (the headline has no full stop of its own). */
const FULL_STOP: Record<string, string> = { ja: '。', 'zh-Hans': '。', 'zh-Hant': '。', hi: '।', th: '' };

/**
 * The text of the child JSON script as the snippet writes it (indented inside the element): JSON that stays JSON
 * inside `<script>`, with `<`, `>` and `&` as escapes (no `</script>`, no `<!--`).
 */
const scriptJson = (value: unknown): string => {
  const json = JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `\n${json.replace(/^/gm, '    ')}\n  `;
};

/** The scripts, the element's attributes, its child JSON and its fallback text, for these values. */
export function bannerMarkup(values: BannerValues, options: SnippetOptions): BannerMarkup {
  const language = options.language?.$code === values.lang ? options.language : ENGLISH;
  const folder = options.folder ?? cdnFolder(options.version);
  const manifest = options.integrity;
  const hashes = manifest && (manifest.version === undefined || manifest.version === options.version) ? manifest.files : undefined;
  const script = (file: string): BannerScript => {
    const integrity = hashes?.[file];
    return { file, src: `${folder}${file}`, ...(integrity && { integrity }) };
  };
  const lang = written(values.lang) ?? 'en';
  const scripts = [script('trust-signals.bundle.js'), ...(lang === 'en' ? [] : [script(`trust-signals.bundle.${lang}.js`)])];

  const reports = writtenReports(values);
  const single = reportsAsAttributes(reports);
  const pairs: Array<[string, string | undefined]> = [
    ['lang', lang],
    ['dir', language.$dir === 'rtl' ? 'rtl' : undefined],
    ['variant', written(values.variant) ?? 'banner'],
    ['percent', written(values.percent)],
    ['purpose', written(values.purpose)],
    ['scope', written(values.scope)],
    ['organization', written(values.organization)],
    ['currency', written(values.currency)],
    ['program', written(values.program)],
    ['management', written(values.management)],
    ['fundraising', written(values.fundraising)],
    ['expenses-total', written(values.total)],
    ['fiscal-year', written(values.fiscalYear)],
    ['source', written(values.source)],
    ['auditor', written(values.auditor)],
    ['last-updated', written(values.lastUpdated)],
    ['report-url', single ? reports[0]!.url : undefined],
    ['report-label', single ? reports[0]!.label : undefined],
  ];
  const attributes = pairs.filter((p): p is [string, string] => p[1] !== undefined);

  const percent = numberAttribute.fromAttribute!(written(values.percent) ?? null, undefined);
  const purpose = written(values.purpose);
  const headline =
    typeof percent === 'number' && purpose
      ? language.donationHeadline(formatPercent(lang, percent / 100, { maximumFractionDigits: 1 }), purpose) + (FULL_STOP[lang] ?? '.')
      : '';
  const fallback = [headline, written(values.scope)].filter(Boolean).join(FULL_STOP[lang] === '。' ? '' : ' ');
  return {
    scripts,
    attributes,
    ...(reports.length && !single && { json: scriptJson({ reports }) }),
    fallback,
  };
}

/** `text` safe in an attribute value (double-quoted) or in element text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The HTML a nonprofit pastes into its page: the loader's module script from the versioned CDN address with its
 * integrity hash (and the language's file, with its own), then the element with every attribute value escaped, its
 * child JSON (report links that attributes cannot hold) and its fallback text.
 */
export function bannerSnippet(values: BannerValues, options: SnippetOptions): string {
  const markup = bannerMarkup(values, options);
  const scripts = markup.scripts.map(
    (s) =>
      `<script type="module" src="${escapeHtml(s.src)}"${s.integrity ? `\n  integrity="${escapeHtml(s.integrity)}" crossorigin="anonymous"` : ''}></script>`,
  );
  const attributes = markup.attributes.map(([name, value]) => `\n  ${name}="${escapeHtml(value)}"`).join('');
  const children = [
    ...(markup.json ? [`  <script type="application/json">${markup.json}</script>`] : []),
    ...(markup.fallback ? [`  ${escapeHtml(markup.fallback)}`] : []),
  ];
  const element = `<trust-donation-use${attributes}\n>${children.length ? `\n${children.join('\n')}\n` : ''}</trust-donation-use>`;
  return `${scripts.join('\n')}\n\n${element}\n`;
}

/**
 * Gives `el` (a `<trust-donation-use>`) exactly the markup's attributes, child JSON script and fallback text, as
 * the pasted snippet would: the builder's live preview. Self-contained (no imports, no closures), so that a test
 * can run its source in a page of its own.
 */
export function applyBannerMarkup(el: Element, markup: Pick<BannerMarkup, 'attributes' | 'json' | 'fallback'>): void {
  const wanted = new Map(markup.attributes.map(([name, value]) => [name, value]));
  for (const name of el.getAttributeNames()) if (!wanted.has(name)) el.removeAttribute(name);
  for (const [name, value] of wanted) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  const script = el.querySelector(':scope > script[type="application/json"]');
  const text = [...el.childNodes]
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent)
    .join('');
  if (
    (script?.textContent ?? undefined) === markup.json &&
    text === markup.fallback &&
    el.childNodes.length === (script ? 1 : 0) + (text ? 1 : 0)
  )
    return;
  const children: Node[] = [];
  if (markup.json !== undefined) {
    const child = el.ownerDocument.createElement('script');
    child.type = 'application/json';
    child.textContent = markup.json;
    children.push(child);
  }
  if (markup.fallback) children.push(el.ownerDocument.createTextNode(markup.fallback));
  el.replaceChildren(...children);
}
