// The donation banner builder's model (stories/tools/banner-snippet.ts, banner-form-990.ts): the snippet it writes
// (every field, escaping, integrity, the language's file), the data the element builds from it, and core's issues
// mapped to the form's fields in plain words. The builder itself is driven in Chromium by
// test/browser/banner-builder.test.ts; the snippet runs under the strict CSP in test/consumers/banner-snippet.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../packages/core/src/format-more.js';
import ar from '../../packages/core/src/locales/ar.js';
import de from '../../packages/core/src/locales/de.js';
import ja from '../../packages/core/src/locales/ja.js';
import { EZ_NOTE, fillFromForm990, shortPath } from '../../stories/tools/banner-form-990.js';
import {
  bannerErrors,
  bannerInput,
  bannerMarkup,
  bannerSnippet,
  cdnFolder,
  emptyBanner,
  escapeHtml,
  exampleBanner,
  fieldOfPath,
  isEmptyBanner,
  TEXT_FIELDS,
  type BannerValues,
} from '../../stories/tools/banner-snippet.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/form-990', name), 'utf8');

const FILLED: BannerValues = exampleBanner();
const VERSION = '1.2.3';
const HASH = (file: string) => `sha384-${Buffer.from(file).toString('base64')}`;
const INTEGRITY = {
  version: VERSION,
  files: Object.fromEntries(
    ['trust-signals.bundle.js', 'trust-signals.bundle.de.js', 'trust-signals.bundle.ar.js'].map((f) => [f, HASH(f)]),
  ),
};
const options = { version: VERSION, integrity: INTEGRITY };

const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The element's attributes in a snippet, unescaped, in order. */
function elementAttributes(snippet: string): Array<[string, string]> {
  const open = /<trust-donation-use([^>]*)>/.exec(snippet)![1]!;
  return [...open.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, unescape(m[2]!)]);
}

/** The snippet's script tags' attributes. */
const scriptTags = (snippet: string) =>
  [...snippet.matchAll(/<script\b([^>]*)>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );

describe('bannerSnippet', () => {
  it('writes every field of the form as the attribute the element reads, in order', () => {
    expect(elementAttributes(bannerSnippet(FILLED, options))).toEqual([
      ['lang', 'en'],
      ['variant', 'banner'],
      ['percent', '100'],
      ['purpose', 'clean-water projects'],
      ['scope', 'Our operating costs are paid by a separate group of private donors.'],
      ['organization', 'Clear Water Fund'],
      ['currency', 'USD'],
      ['program', '4120000'],
      ['management', '545000'],
      ['fundraising', '335000'],
      ['expenses-total', '5000000'],
      ['fiscal-year', '2023-07-01/2024-06-30'],
      ['source', 'audited-statements'],
      ['auditor', 'Example & Partners LLP'],
      ['last-updated', '2025-01-15'],
      ['report-url', '/reports/audit-2024.pdf'],
      ['report-label', 'Audited financial statements 2024 (PDF)'],
    ]);
    // Each text field of the form reaches the snippet (none forgotten by the list above).
    for (const field of TEXT_FIELDS) {
      const values = { ...FILLED, [field]: `marker-${field}` };
      expect(
        elementAttributes(bannerSnippet(values, options)).some(([, v]) => v === `marker-${field}`),
        field,
      ).toBe(true);
    }
  });

  it('leaves out empty fields, collapses white space, and writes the fallback text inside the element', () => {
    const values = { ...emptyBanner(), percent: ' 85 ', purpose: '  school\n meals ', lastUpdated: '2025-01-15', variant: 'card' };
    const snippet = bannerSnippet(values, options);
    expect(elementAttributes(snippet)).toEqual([
      ['lang', 'en'],
      ['variant', 'card'],
      ['percent', '85'],
      ['purpose', 'school meals'],
      ['last-updated', '2025-01-15'],
    ]);
    expect(snippet).toMatch(/>\n {2}85% of your donation funds school meals\.\n<\/trust-donation-use>\n$/);
    expect(bannerSnippet(FILLED, options)).toContain(
      '\n  100% of your donation funds clean-water projects. Our operating costs are paid by a separate group of private donors.\n</trust-donation-use>',
    );
  });

  it('escapes every attribute value and the fallback text', () => {
    const nasty = `"><script>alert('x')</script><b a='1'>&amp;`;
    const values = {
      ...FILLED,
      purpose: nasty,
      scope: nasty,
      organization: nasty,
      auditor: nasty,
      reports: [{ label: nasty, url: `/r?a=1&b="2"` }],
    };
    const snippet = bannerSnippet(values, options);
    const attributes = Object.fromEntries(elementAttributes(snippet));
    for (const name of ['purpose', 'scope', 'organization', 'auditor', 'report-label']) expect(attributes[name], name).toBe(nasty);
    expect(attributes['report-url']).toBe('/r?a=1&b="2"');
    // Only the loader's script tag, and nothing the values bring.
    expect(snippet.match(/<script/g)).toHaveLength(1);
    expect(snippet).not.toContain("alert('x')");
    expect(snippet).toContain(escapeHtml(`100% of your donation funds ${nasty}.`));
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('loads the loader from the versioned CDN address with its integrity hash', () => {
    const [loader, ...rest] = scriptTags(bannerSnippet(FILLED, options));
    expect(rest).toEqual([]);
    expect(loader).toEqual({
      type: 'module',
      src: `https://cdn.jsdelivr.net/npm/trust-signals@${VERSION}/dist/trust-signals.bundle.js`,
      integrity: HASH('trust-signals.bundle.js'),
      crossorigin: 'anonymous',
    });
    expect(cdnFolder('2.0.0')).toBe('https://cdn.jsdelivr.net/npm/trust-signals@2.0.0/dist/');
  });

  it('writes no hash it does not have: none for another version, none without integrity.json', () => {
    for (const integrity of [{ ...INTEGRITY, version: '9.9.9' }, undefined, { files: {} }]) {
      const [loader] = scriptTags(bannerSnippet(FILLED, { version: VERSION, integrity }));
      expect(loader).toEqual({ type: 'module', src: `${cdnFolder(VERSION)}trust-signals.bundle.js` });
    }
    // A manifest that does not say its version is taken as the build's.
    expect(scriptTags(bannerSnippet(FILLED, { version: VERSION, integrity: { files: INTEGRITY.files } }))[0]!.integrity).toBe(
      HASH('trust-signals.bundle.js'),
    );
  });

  it('a language adds its file (with its own hash) and `lang` on the element; the fallback is in that language', () => {
    const values = { ...FILLED, lang: 'de' };
    const snippet = bannerSnippet(values, { ...options, language: de });
    expect(scriptTags(snippet).map((s) => [s.src, s.integrity])).toEqual([
      [`${cdnFolder(VERSION)}trust-signals.bundle.js`, HASH('trust-signals.bundle.js')],
      [`${cdnFolder(VERSION)}trust-signals.bundle.de.js`, HASH('trust-signals.bundle.de.js')],
    ]);
    expect(elementAttributes(snippet)[0]).toEqual(['lang', 'de']);
    expect(elementAttributes(snippet).find(([n]) => n === 'dir')).toBeUndefined();
    const headline = de.donationHeadline(formatPercent('de', 1, { maximumFractionDigits: 1 }), 'clean-water projects');
    expect(bannerMarkup(values, { ...options, language: de }).fallback).toBe(`${headline}. ${FILLED.scope}`);
    expect(headline).toMatch(/^100\s%/);

    // Right to left: `dir` too. Japanese ends its sentence with its own full stop.
    const arabic = bannerSnippet({ ...FILLED, lang: 'ar' }, { ...options, language: ar });
    expect(elementAttributes(arabic).slice(0, 2)).toEqual([
      ['lang', 'ar'],
      ['dir', 'rtl'],
    ]);
    expect(bannerMarkup({ ...FILLED, scope: '', lang: 'ja' }, { ...options, language: ja }).fallback).toMatch(/。$/);
    // A table of another language than the form's is not used for it.
    expect(bannerMarkup({ ...FILLED, lang: 'ar' }, { ...options, language: de }).fallback).toContain(' of your donation funds clean-water');
  });

  it('one link with an address goes into report-url/report-label; more, or one without address, into a child JSON script', () => {
    expect(bannerMarkup(FILLED, options).json).toBeUndefined();
    const two = {
      ...FILLED,
      reports: [
        { label: 'Annual report </script><script>alert(1)</script>', url: '/annual.pdf' },
        { label: 'Form 990', url: 'https://example.org/990.pdf' },
        { label: ' ', url: '' }, // an empty row is not written
      ],
    };
    const snippet = bannerSnippet(two, options);
    expect(elementAttributes(snippet).map(([n]) => n)).not.toContain('report-url');
    expect(snippet.match(/<script/g)).toHaveLength(2);
    expect(snippet.match(/<\/script>/g)).toHaveLength(2);
    const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(snippet)![1]!;
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ reports: two.reports.slice(0, 2) });
    // One link without its address: the element must see (and report) it, so it goes into the JSON too.
    const labelOnly = bannerMarkup({ ...FILLED, reports: [{ label: 'Annual report', url: '' }] }, options);
    expect(JSON.parse(labelOnly.json!)).toEqual({ reports: [{ label: 'Annual report' }] });
  });
});

describe('bannerInput: the data the element builds from the snippet', () => {
  it('numbers through numberAttribute, expenses when a column is given, reports as written', () => {
    const input = bannerInput({ ...FILLED, program: '$812,000', reports: [{ label: 'A', url: '' }] });
    expect(input).toMatchObject({
      percent: 100,
      expenses: { program: '$812,000', management: 545000, fundraising: 335000, total: 5000000 },
      reports: [{ label: 'A', url: undefined }],
    });
    expect(bannerInput({ ...FILLED, program: '', management: '', fundraising: '', total: '148500' })).not.toHaveProperty('expenses');
    expect(isEmptyBanner(emptyBanner())).toBe(true);
    expect(isEmptyBanner({ ...emptyBanner(), variant: 'card', lang: 'de' })).toBe(true);
    expect(isEmptyBanner({ ...emptyBanner(), reports: [{ label: 'x', url: '' }] })).toBe(false);
  });
});

describe("the form's errors: core's issues, by field, in plain words", () => {
  it('maps every path parseDonationUse reports to a field of the form (one place: fieldOfPath)', () => {
    expect(
      Object.fromEntries(
        [
          'percent',
          'purpose',
          'scope',
          'organization',
          'currency',
          'expenses',
          'expenses.program',
          'expenses.management',
          'expenses.fundraising',
          'expenses.total',
          'fiscalYear',
          'source',
          'auditor',
          'lastUpdated',
          'reports',
          'reports[0].label',
          'reports[3].url',
          'reports[1]',
          'somethingElse',
        ].map((p) => [p, fieldOfPath(p)]),
      ),
    ).toEqual({
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
      'reports[0].label': 'reports[0].label',
      'reports[3].url': 'reports[3].url',
      'reports[1]': 'reports[1].url',
      somethingElse: 'form',
    });
    // Everything wrong at once: every issue lands on a field the form has.
    const wrong = {
      ...emptyBanner(),
      percent: 'lots',
      purpose: 'x'.repeat(200),
      organization: 'y'.repeat(200),
      program: '-5',
      management: 'abc',
      fundraising: '1e999',
      total: 'none',
      currency: 'dollars',
      fiscalYear: '2024-13',
      source: 'rumour',
      auditor: 'z'.repeat(200),
      lastUpdated: 'yesterday',
      reports: [{ label: '', url: 'javascript:alert(1)' }],
    };
    const errors = bannerErrors(wrong);
    expect(errors.length).toBeGreaterThanOrEqual(12);
    expect(errors.filter((e) => e.field === 'form')).toEqual([]);
  });

  it('says what to fix, naming the field, without jargon', () => {
    const errors = bannerErrors({
      ...FILLED,
      program: '$812,000',
      purpose: '',
      scope: '',
      auditor: '',
      lastUpdated: '15/01/2025',
      reports: [{ label: 'Annual report', url: 'javascript:alert(1)' }],
    });
    const byField = Object.fromEntries(errors.map((e) => [e.field, e.message]));
    expect(byField).toEqual({
      program:
        'Programs must be a plain number like 4120000 or 4.5 (digits and a decimal point; no currency sign, commas, spaces or %); you wrote "$812,000"',
      purpose: 'What a donation funds is required',
      scope: expect.stringMatching(/^Who pays for the rest is required when Percent is 100: say who pays for the costs/),
      auditor: 'Auditor is required when the figures come from audited financial statements',
      lastUpdated: 'Last updated must be a date written year-month-day, like 2025-01-15; you wrote "15/01/2025"',
      'reports[0].url':
        'Address of report link 1 must be a web address starting with https:// (or a path on your site, like /reports/2024.pdf); you wrote "javascript:alert(1)"',
    });
  });

  it('names the field another field depends on, and the sum that does not add up', () => {
    const noCurrency = bannerErrors({ ...FILLED, currency: '', fiscalYear: '', source: '' });
    expect(noCurrency.map((e) => e.message)).toEqual([
      'Currency is required when you give the expenses',
      'Fiscal year is required when you give the expenses',
      'Where the figures come from is required when you give the expenses',
    ]);
    expect(bannerErrors({ ...FILLED, total: '5000001' })).toEqual([
      {
        field: 'expenses',
        message: 'The expense columns add up to 5000000.00 USD, but Total is 5000001.00 USD: the parts must add up to the total',
      },
    ]);
    expect(bannerErrors({ ...FILLED, currency: 'dollars' })[0]!.message).toBe(
      'Currency must be a three-letter currency code such as USD or EUR; you wrote "dollars"',
    );
    expect(bannerErrors(FILLED)).toEqual([]);
  });
});

describe('fillFromForm990', () => {
  it('fills the expense columns, the fiscal year, the name, currency and source, and lists what it read', () => {
    const fill = fillFromForm990({ ...emptyBanner(), percent: '100', auditor: 'Kept LLP' }, fixture('form-990-2023.xml'));
    expect(fill.ok).toBe(true);
    expect(fill.form).toBe('990');
    expect(fill.values).toMatchObject({
      percent: '100',
      auditor: 'Kept LLP',
      organization: 'CLEAR WATER FUND',
      program: '3420000',
      management: '412000',
      fundraising: '288000',
      total: '4120000',
      fiscalYear: '2023-07-01/2024-06-30',
      currency: 'USD',
      source: 'form-990',
    });
    expect(fill.read.map((r) => `${r.path} = ${r.value}`)).toEqual([
      '@returnVersion = 2023v4.0',
      'ReturnHeader/Filer/BusinessName/BusinessNameLine1Txt = CLEAR WATER FUND',
      'ReturnHeader/Filer/EIN = 000000000',
      'ReturnHeader/TaxPeriodBeginDt = 2023-07-01',
      'ReturnHeader/TaxPeriodEndDt = 2024-06-30',
      'TotalFunctionalExpensesGrp/ProgramServicesAmt = 3420000',
      'TotalFunctionalExpensesGrp/ManagementAndGeneralAmt = 412000',
      'TotalFunctionalExpensesGrp/FundraisingAmt = 288000',
      'TotalFunctionalExpensesGrp/TotalAmt = 4120000',
    ]);
    expect(fill.read[5]!.what).toBe('Programs (column B)');
    expect(fill.notes).toEqual([expect.stringContaining('written in capitals')]);
    expect(bannerErrors({ ...fill.values, purpose: 'clean water', scope: 'Paid by a foundation.', lastUpdated: '2025-01-15' })).toEqual([]);
  });

  it('a Form 990-EZ fills the total only, empties the columns and says why; a calendar year is written as the year', () => {
    const fill = fillFromForm990({ ...FILLED }, fixture('form-990-ez-2023.xml'));
    expect(fill.ok).toBe(true);
    expect(fill.form).toBe('990-EZ');
    expect(fill.values).toMatchObject({ program: '', management: '', fundraising: '', total: '148500', fiscalYear: '2023' });
    expect(fill.read.find((r) => r.path === 'TotalExpensesAmt')?.what).toBe('Total (Form 990-EZ, Part I, line 17)');
    expect(fill.notes[0]).toBe(EZ_NOTE);
    expect(fill.notes.join(' ')).not.toContain('IRS990EZ is a Form 990-EZ');
  });

  it('reads the schemas before 2013 too', () => {
    const fill = fillFromForm990(emptyBanner(), fixture('form-990-2011-old-schema.xml'));
    expect(fill.ok).toBe(true);
    expect(fill.read.some((r) => r.path === 'TotalFunctionalExpenses/ProgramServices')).toBe(true);
  });

  it('fills nothing from a file it cannot read, and says why in plain words with short paths', () => {
    const before = { ...FILLED };
    const sums = fillFromForm990(before, fixture('form-990-columns-do-not-add-up.xml'));
    expect(sums).toMatchObject({ ok: false, values: before, filled: [], read: [] });
    expect(sums.errors).toEqual([
      'TotalFunctionalExpensesGrp add up to 930000.00 USD, but TotalFunctionalExpensesGrp/TotalAmt is 940000.00 USD: the parts must ' +
        'add up to the total (columns B + C + D of Part IX, line 25, must equal column A).',
    ]);
    expect(fillFromForm990(before, '<html><body>not a return</body></html>').errors[0]).toMatch(/^This file is not an IRS e-file return/);
    expect(fillFromForm990(before, fixture('form-990-entity-bomb.xml')).ok).toBe(false);
    expect(shortPath('Return/ReturnData/IRS990EZ/TotalExpensesAmt')).toBe('TotalExpensesAmt');
  });
});
