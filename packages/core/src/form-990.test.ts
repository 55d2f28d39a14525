import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkResult, fuzzParams } from '../../../test/helpers/fuzz.js';
import { parseDonationUse, type DonationUseInput } from './donation.js';
import type { DataIssue, ParseResult } from './errors.js';
import { FORM_990_MAX_BYTES, parseForm990, type Form990Facts } from './form-990.js';

/** The samples written for these tests (test/fixtures/form-990/*.xml), by file name. */
const files = import.meta.glob<string>('../../../test/fixtures/form-990/*.xml', { eager: true, query: '?raw', import: 'default' });
const sample = (name: string): string => {
  const text = Object.entries(files).find(([path]) => path.endsWith(`/${name}`))?.[1];
  if (text === undefined) throw new Error(`no sample ${name}`);
  return text;
};

const P9 = 'Return/ReturnData/IRS990/TotalFunctionalExpensesGrp';

function value(result: ParseResult<Form990Facts>): Form990Facts {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.value;
}
function errors(result: ParseResult<unknown>): readonly DataIssue[] {
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value).slice(0, 300)}`);
  return result.errors;
}
const paths = (issues: readonly DataIssue[]) => issues.map((i) => i.path);

/** A small return around `body` (the IRS990 element's content), in the current schema. */
function ret(body: string, header = '<TaxPeriodBeginDt>2023-01-01</TaxPeriodBeginDt><TaxPeriodEndDt>2023-12-31</TaxPeriodEndDt>'): string {
  return (
    `<Return xmlns="http://www.irs.gov/efile"><ReturnHeader>${header}<Filer><EIN>000000000</EIN><BusinessName>` +
    `<BusinessNameLine1Txt>CLEAR WATER FUND</BusinessNameLine1Txt></BusinessName></Filer></ReturnHeader>` +
    `<ReturnData><IRS990>${body}</IRS990></ReturnData></Return>`
  );
}
const group = (inner: string) => `<TotalFunctionalExpensesGrp>${inner}</TotalFunctionalExpensesGrp>`;
const split = (t: string, p: string, m: string, f: string) =>
  group(
    `<TotalAmt>${t}</TotalAmt><ProgramServicesAmt>${p}</ProgramServicesAmt>` +
      `<ManagementAndGeneralAmt>${m}</ManagementAndGeneralAmt><FundraisingAmt>${f}</FundraisingAmt>`,
  );

describe('parseForm990: the samples', () => {
  it('reads a full Form 990 (2023 schema): name, EIN, tax period, Part IX line 25, and lists every element read', () => {
    const result = parseForm990(sample('form-990-2023.xml'));
    expect(result.ok && result.warnings).toEqual([]);
    const facts = value(result);
    expect(facts).toMatchObject({
      form: '990',
      returnVersion: '2023v4.0',
      organization: 'CLEAR WATER FUND',
      ein: '000000000',
      fiscalYear: { start: '2023-07-01', end: '2024-06-30' },
      currency: 'USD',
      // Line 25, not the lines above it that have the same child elements (grants, salaries, travel…).
      expenses: { program: 3_420_000, management: 412_000, fundraising: 288_000, total: 4_120_000 },
    });
    expect(facts.fields).toEqual([
      { fact: 'returnVersion', path: 'Return/@returnVersion', value: '2023v4.0' },
      { fact: 'organization', path: 'Return/ReturnHeader/Filer/BusinessName/BusinessNameLine1Txt', value: 'CLEAR WATER FUND' },
      { fact: 'ein', path: 'Return/ReturnHeader/Filer/EIN', value: '000000000' },
      { fact: 'fiscalYear.start', path: 'Return/ReturnHeader/TaxPeriodBeginDt', value: '2023-07-01' },
      { fact: 'fiscalYear.end', path: 'Return/ReturnHeader/TaxPeriodEndDt', value: '2024-06-30' },
      { fact: 'expenses.program', path: `${P9}/ProgramServicesAmt`, value: '3420000' },
      { fact: 'expenses.management', path: `${P9}/ManagementAndGeneralAmt`, value: '412000' },
      { fact: 'expenses.fundraising', path: `${P9}/FundraisingAmt`, value: '288000' },
      { fact: 'expenses.total', path: `${P9}/TotalAmt`, value: '4120000' },
    ]);
  });

  it('gives data that <trust-donation-use> accepts as it is, with the statement’s own fields added', () => {
    const facts = value(parseForm990(sample('form-990-2023.xml')));
    expect(facts.donationUse).toEqual({
      organization: 'CLEAR WATER FUND',
      currency: 'USD',
      expenses: { program: 3_420_000, management: 412_000, fundraising: 288_000, total: 4_120_000 },
      fiscalYear: '2023-07-01/2024-06-30',
      source: 'form-990',
    });
    const input = {
      percent: 83,
      purpose: 'clean-water projects',
      lastUpdated: '2024-11-12',
      ...facts.donationUse,
    } satisfies DonationUseInput;
    const banner = parseDonationUse(input);
    expect(banner.ok && banner.warnings).toEqual([]);
    if (!banner.ok) return;
    expect(banner.value.expenses?.parts.map((p) => [p.label, p.amount])).toEqual([
      ['program', 3_420_000],
      ['management', 412_000],
      ['fundraising', 288_000],
    ]);
    expect(banner.value.fiscalYear).toEqual({ start: new Date('2023-07-01'), end: new Date('2024-06-30'), calendar: false });
    expect(banner.value.source).toBe('form-990');
  });

  it('reads a Form 990-EZ: the total only, with a warning that a 990-EZ has no split; both name lines joined', () => {
    const result = parseForm990(sample('form-990-ez-2023.xml'));
    const facts = value(result);
    expect(facts.form).toBe('990-EZ');
    expect(facts.expenses).toEqual({ total: 148_500 });
    expect(facts.organization).toBe('EXAMPLE READING CIRCLE FRIENDS OF THE EXAMPLE LIBRARY');
    expect(facts.fiscalYear).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({ path: 'Return/ReturnData/IRS990EZ', severity: 'warning', message: expect.stringMatching(/no Part IX/) }),
    ]);
    expect(facts.fields.filter((f) => f.fact.startsWith('expenses'))).toEqual([
      { fact: 'expenses.total', path: 'Return/ReturnData/IRS990EZ/TotalExpensesAmt', value: '148500' },
    ]);
    expect(facts.donationUse).not.toHaveProperty('expenses');
    // What it gives is still valid banner data (without the split).
    const banner = parseDonationUse({ percent: 90, purpose: 'reading clubs', lastUpdated: '2024-05-02', ...facts.donationUse });
    expect(banner.ok).toBe(true);
  });

  it('reads a return in the element names of the schemas before 2013', () => {
    const facts = value(parseForm990(sample('form-990-2011-old-schema.xml')));
    expect(facts).toMatchObject({
      form: '990',
      returnVersion: '2011v1.2',
      organization: 'EXAMPLE SHELTER ALLIANCE',
      fiscalYear: { start: '2011-10-01', end: '2012-09-30' },
      expenses: { program: 1_802_400, management: 201_300, fundraising: 96_300, total: 2_100_000 },
    });
    expect(facts.fields.map((f) => f.path)).toEqual([
      'Return/@returnVersion',
      'Return/ReturnHeader/Filer/Name/BusinessNameLine1',
      'Return/ReturnHeader/Filer/EIN',
      'Return/ReturnHeader/TaxPeriodBeginDate',
      'Return/ReturnHeader/TaxPeriodEndDate',
      'Return/ReturnData/IRS990/TotalFunctionalExpenses/ProgramServices',
      'Return/ReturnData/IRS990/TotalFunctionalExpenses/ManagementAndGeneral',
      'Return/ReturnData/IRS990/TotalFunctionalExpenses/Fundraising',
      'Return/ReturnData/IRS990/TotalFunctionalExpenses/Total',
    ]);
  });

  it('refuses a return without Part IX, naming the missing element', () => {
    const found = errors(parseForm990(sample('form-990-part-ix-missing.xml')));
    expect(found).toEqual([expect.objectContaining({ path: P9, severity: 'error', message: expect.stringMatching(/no Part IX/) })]);
  });

  it('refuses a negative expense, in plain words, naming the column', () => {
    const found = errors(parseForm990(sample('form-990-negative-amount.xml')));
    expect(paths(found)).toEqual([`${P9}/ManagementAndGeneralAmt`]);
    expect(found[0]!.message).toMatch(/^is negative \(-12000\): an expense is money spent and cannot be less than zero/);
  });

  it('refuses a formatted amount ("$812,000"), naming the field and saying what to write', () => {
    const found = errors(parseForm990(sample('form-990-non-numeric-amount.xml')));
    expect(paths(found)).toEqual([`${P9}/ProgramServicesAmt`]);
    expect(found[0]!.message).toBe(
      'must be an amount in US dollars, digits only, like 812000 (no currency sign, commas, spaces or words), got "$812,000"',
    );
  });

  it('refuses columns B + C + D that do not add up to column A (the donation model’s check)', () => {
    const found = errors(parseForm990(sample('form-990-columns-do-not-add-up.xml')));
    expect(found).toEqual([
      expect.objectContaining({
        path: P9,
        message: expect.stringContaining(`add up to 930000.00 USD, but ${P9}/TotalAmt is 940000.00 USD`),
      }),
    ]);
  });

  it('refuses amounts in another currency (a 990 is always in US dollars), naming every field', () => {
    const found = errors(parseForm990(sample('form-990-foreign-currency.xml')));
    expect(paths(found)).toEqual([`${P9}/ProgramServicesAmt`, `${P9}/ManagementAndGeneralAmt`, `${P9}/FundraisingAmt`, `${P9}/TotalAmt`]);
    for (const e of found) expect(e.message).toMatch(/^is in another currency \(".+"\): Form 990 amounts are always in US dollars/);
  });

  it('reads a foreign organisation’s return in US dollars, as filed', () => {
    const result = parseForm990(sample('form-990-foreign-organisation.xml'));
    expect(result.ok && result.warnings).toEqual([]);
    expect(value(result)).toMatchObject({ currency: 'USD', expenses: { program: 812_000, management: 88_000, fundraising: 40_000 } });
  });

  it('refuses an entity bomb at its DOCTYPE, at once, expanding nothing', () => {
    const start = performance.now();
    const found = errors(parseForm990(sample('form-990-entity-bomb.xml')));
    expect(performance.now() - start).toBeLessThan(200);
    expect(found).toEqual([
      { path: '', severity: 'error', message: expect.stringMatching(/has a DOCTYPE declaration, which is refused.*\(line 4, column 1\)/) },
    ]);
  });
});

describe('parseForm990: refusing unsafe XML', () => {
  it('refuses a file over the size limit (5 MiB by default, counted in UTF-8 bytes), and reads one just under it', () => {
    const full = sample('form-990-2023.xml');
    const pad = (bytes: number) =>
      full.replace('<ReturnData', `<!--${'x'.repeat(bytes - new TextEncoder().encode(full).length - 7)}--><ReturnData`);
    expect(new TextEncoder().encode(pad(FORM_990_MAX_BYTES)).length).toBe(FORM_990_MAX_BYTES);
    expect(parseForm990(pad(FORM_990_MAX_BYTES)).ok).toBe(true);
    expect(errors(parseForm990(pad(FORM_990_MAX_BYTES + 1)))).toEqual([
      { path: '', severity: 'error', message: 'is larger than 5,242,880 bytes, the most that is read' },
    ]);
    const bytes = new TextEncoder().encode(full).length;
    expect(parseForm990(full, { maxBytes: bytes }).ok).toBe(true);
    expect(parseForm990(full, { maxBytes: bytes - 1 }).ok).toBe(false);
    // Counted in bytes, not characters: "é" is two.
    const accented = full.replace('CLEAR WATER FUND', 'CLÉAR WATER FUND');
    expect(parseForm990(accented, { maxBytes: bytes }).ok).toBe(false);
    expect(parseForm990(accented, { maxBytes: bytes + 1 }).ok).toBe(true);
  });

  it.each([
    ['an external entity (XXE)', '<!DOCTYPE Return [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', /DOCTYPE declaration, which is refused/],
    ['a bare DOCTYPE', '<!DOCTYPE Return>', /DOCTYPE declaration, which is refused/],
    ['an ENTITY declaration outside a DOCTYPE', '<!ENTITY a "b">', /ENTITY declaration, which is refused/],
  ])('refuses %s', (_, prolog, message) => {
    const found = errors(parseForm990(prolog + ret(split('100', '80', '10', '10'))));
    expect(found).toEqual([expect.objectContaining({ path: '', message: expect.stringMatching(message) })]);
  });

  it('expands no entity but the five predefined ones and character references', () => {
    const name = (text: string) => parseForm990(ret(split('100', '80', '10', '10')).replace('CLEAR WATER FUND', text));
    expect(value(name('A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos; &#233;&#xE9;&#x1F4A7;')).organization).toBe(
      'A & B <C> "D" \'E\' éé💧',
    );
    expect(errors(name('&lol;'))[0]!.message).toMatch(/uses the entity &lol; which is not one of XML's five predefined entities/);
    expect(errors(name('&__proto__;'))[0]!.message).toMatch(/uses the entity &__proto__;/);
    expect(errors(name('A & B'))[0]!.message).toMatch(/has an "&" that starts no reference/);
    expect(errors(name('&#0;'))[0]!.message).toMatch(/character reference &#0; to a character XML does not allow/);
    expect(errors(name('&#xD800;'))[0]!.message).toMatch(/character reference/);
    expect(errors(name('&#x110000;'))[0]!.message).toMatch(/character reference/);
    expect(errors(name('&#99999999;'))[0]!.message).toMatch(/character reference &#99999999;/);
    expect(errors(name('bell \u0007'))[0]!.message).toMatch(/a character XML does not allow \(U\+0007\)/);
  });

  it.each([
    ['a mismatched end tag', ret('').replace('</IRS990>', '</IRS990EZ>'), /end tag <\/IRS990EZ> where <\/IRS990> was expected/],
    ['an unclosed element', ret('').replace('</Return>', ''), /ends before the element <Return> is closed/],
    ['an end tag without a start', `${ret('')}</Return>`, /end tag <\/Return> without a start tag/],
    ['a second root', `${ret('')}<Return/>`, /second root element/],
    ['text outside the root', `${ret('')} x`, /text outside the root element/],
    ['no root', '<?xml version="1.0"?><!-- nothing -->', /has no root element/],
    ['empty input', '', /has no root element/],
    ['a duplicate attribute', ret('').replace('<IRS990>', '<IRS990 a="1" a="2">'), /attribute a twice/],
    ['an attribute without quotes', ret('').replace('<IRS990>', '<IRS990 a=1>'), /value of a without quotes/],
    ['an attribute without a value', ret('').replace('<IRS990>', '<IRS990 a>'), /attribute a without a value/],
    ['attributes without a space', ret('').replace('<IRS990>', '<IRS990 a="1"b="2">'), /without a space between them/],
    ['a "<" in an attribute', ret('').replace('<IRS990>', '<IRS990 a="<">'), /"<" in the value of a/],
    ['an undeclared prefix', ret('').replace('<IRS990>', '<x:IRS990>').replace('</IRS990>', '</x:IRS990>'), /prefix "x" in <x:IRS990>/],
    ['a "<" starting no tag', ret('<TotalAmt>1 < 2</TotalAmt>'), /"<" that starts no tag/],
    ['"]]>" in text', ret('<TotalAmt>]]></TotalAmt>'), /"]]>" in text/],
    ['an unclosed comment', `${ret('')}<!-- never`, /a comment that is never closed/],
    ['an unclosed CDATA section', '<Return><![CDATA[1</Return>', /a CDATA section that is never closed/],
    ['more than 64 attributes', `<Return ${Array.from({ length: 65 }, (_, i) => `a${i}="1"`).join(' ')}/>`, /more than 64 attributes/],
    ['CDATA outside the root', `<![CDATA[x]]>${ret('')}`, /CDATA section outside the root element/],
    ['an unclosed tag', '<Return', /the tag <Return> that is never closed/],
    ['nesting over 64 deep', ret(`${'<a>'.repeat(70)}${'</a>'.repeat(70)}`), /nests elements more than 64 deep/],
  ])('refuses XML that is not well-formed: %s', (_, xml, message) => {
    const found = errors(parseForm990(xml));
    expect(found).toEqual([{ path: '', severity: 'error', message: expect.stringMatching(message) }]);
    expect(found[0]!.message).toMatch(/^is not a well-formed XML file: it .* \(line \d+, column \d+\)$/);
  });

  it('says where the problem is, by line and column', () => {
    const found = errors(parseForm990('<Return>\n  <ReturnHeader>\n    <A>&nope;</A>'));
    expect(found[0]!.message).toMatch(/\(line 3, column 8\)$/);
  });

  // Inputs that make naive readers (a backtracking regular expression, an unbounded search per "&" or "<") take
  // quadratic or exponential time. Each is ~1 to 4 MB; a linear scan handles each in milliseconds.
  it.each([
    ['ampersands', () => `<Return>${'&'.repeat(2_000_000)}</Return>`],
    ['almost-references', () => `<Return>${'&#1'.repeat(1_000_000)}</Return>`],
    ['a long unclosed comment', () => `<Return><!--${'-'.repeat(3_000_000)}`],
    ['many "<!-" starts', () => `<Return>${'<!-'.repeat(1_000_000)}`],
    ['many attributes', () => `<Return ${Array.from({ length: 200_000 }, (_, i) => `a${i}='${i}'`).join(' ')}/>`],
    [
      'many elements with attributes',
      () => `<Return>${Array.from({ length: 100_000 }, (_, i) => `<a n="${i}" m='&amp;'/>`).join('')}</Return>`,
    ],
    ['a long unclosed attribute', () => `<Return a="${'x'.repeat(3_000_000)}`],
    ['many "]]" in text', () => `<Return>${']]'.repeat(1_500_000)}</Return>`],
    ['deep nesting', () => '<a>'.repeat(1_000_000)],
    ['many siblings', () => `<Return>${'<a/>'.repeat(500_000)}</Return>`],
    ['text cut by many comments', () => `<Return>${'x<!---->'.repeat(400_000)}</Return>`],
    ['long names', () => `<${'R'.repeat(4_000_000)}/>`],
    ['amounts of digits', () => ret(split('1'.repeat(1_000_000), `${'1'.repeat(1_000_000)}x`, '-', '$'))],
    ['currency-looking text', () => ret(split('1', 'ABC'.repeat(500_000), 'A$'.repeat(500_000), '€'.repeat(1_000_000)))],
  ])(
    'reads pathological input in linear time: %s',
    (_, make) => {
      const xml = make();
      const start = performance.now();
      const result = parseForm990(xml);
      const ms = performance.now() - start;
      expect(checkResult(result)).toEqual([]);
      // Generous, for a loaded machine: each takes well under a second here, and a quadratic scan would take minutes.
      expect(ms, `${Math.round(ms)} ms`).toBeLessThan(5000);
    },
    30_000,
  );
});

describe('parseForm990: reading', () => {
  it('reads by local name: namespace prefixes, CDATA, comments, processing instructions, both quote styles, a BOM', () => {
    const xml =
      '\ufeff<?xml version="1.0" encoding="utf-8"?>\n<!-- exported -->\n' +
      "<efile:Return xmlns:efile='http://www.irs.gov/efile' returnVersion='2023v4.0'>" +
      '<efile:ReturnHeader><?app ignored?><efile:TaxPeriodBeginDt> 2023-01-01 </efile:TaxPeriodBeginDt>' +
      '<efile:TaxPeriodEndDt>2023-12-31</efile:TaxPeriodEndDt><efile:Filer><efile:BusinessName>' +
      '<efile:BusinessNameLine1Txt><![CDATA[CLEAR <WATER> & FUND]]></efile:BusinessNameLine1Txt></efile:BusinessName></efile:Filer>' +
      '</efile:ReturnHeader><efile:ReturnData><efile:IRS990><efile:TotalFunctionalExpensesGrp>' +
      '<efile:TotalAmt>1000</efile:TotalAmt><efile:ProgramServicesAmt><![CDATA[800]]></efile:ProgramServicesAmt>' +
      '<efile:ManagementAndGeneralAmt>1<!-- split -->20</efile:ManagementAndGeneralAmt>' +
      '<efile:FundraisingAmt>\n  80\n</efile:FundraisingAmt></efile:TotalFunctionalExpensesGrp></efile:IRS990></efile:ReturnData>' +
      '</efile:Return>\n<!-- end -->\n';
    const result = parseForm990(xml);
    expect(result.ok && result.warnings).toEqual([]);
    expect(value(result)).toMatchObject({
      returnVersion: '2023v4.0',
      organization: 'CLEAR <WATER> & FUND',
      fiscalYear: { start: '2023-01-01', end: '2023-12-31' },
      expenses: { program: 800, management: 120, fundraising: 80, total: 1000 },
    });
  });

  it('reads decimal amounts, and checks their sum to the cent', () => {
    expect(value(parseForm990(ret(split('100.30', '80.10', '10.10', '10.10')))).expenses).toEqual({
      program: 80.1,
      management: 10.1,
      fundraising: 10.1,
      total: 100.3,
    });
    expect(errors(parseForm990(ret(split('100.31', '80.10', '10.10', '10.10'))))[0]!.message).toMatch(
      /add up to 100.30 USD, but .*TotalAmt is 100.31 USD/,
    );
  });

  it('reads a column left out as 0, and a total left out as the sum, each with a warning', () => {
    const result = parseForm990(
      ret(
        group(
          '<TotalAmt>900</TotalAmt><ProgramServicesAmt>800</ProgramServicesAmt>' + '<ManagementAndGeneralAmt>100</ManagementAndGeneralAmt>',
        ),
      ),
    );
    expect(value(result).expenses).toEqual({ program: 800, management: 100, fundraising: 0, total: 900 });
    expect(result.ok && result.warnings.map((w) => [w.path, w.severity])).toEqual([[`${P9}/FundraisingAmt`, 'warning']]);
    expect(result.ok && result.warnings[0]!.message).toMatch(/column D, fundraising is read as 0/);

    const noTotal = parseForm990(
      ret(
        group(
          '<ProgramServicesAmt>800</ProgramServicesAmt>' +
            '<ManagementAndGeneralAmt>100</ManagementAndGeneralAmt><FundraisingAmt>50</FundraisingAmt>',
        ),
      ),
    );
    expect(value(noTotal).expenses).toEqual({ program: 800, management: 100, fundraising: 50, total: 950 });
    expect(noTotal.ok && paths(noTotal.warnings)).toEqual([`${P9}/TotalAmt`]);
    // A column left out still has to agree with the total.
    expect(paths(errors(parseForm990(ret(group('<TotalAmt>900</TotalAmt><ProgramServicesAmt>800</ProgramServicesAmt>')))))).toEqual([P9]);
  });

  it('refuses an empty amount, an all-zero split, and other non-numbers, naming each field', () => {
    expect(errors(parseForm990(ret(split('', '0', '0', '0'))))).toEqual([
      expect.objectContaining({ path: `${P9}/TotalAmt`, message: expect.stringMatching(/^is empty/) }),
    ]);
    expect(errors(parseForm990(ret(split('0', '0', '0', '0'))))).toEqual([
      expect.objectContaining({ path: P9, message: expect.stringMatching(/all 0: there is no expense split/) }),
    ]);
    for (const bad of ['1e5', '0x10', '+5', '.5', '5.', '1,000', '1 000', 'NaN', 'Infinity', 'twelve', '١٢']) {
      const found = errors(parseForm990(ret(split('100', bad, '10', '10'))));
      expect(
        found.map((e) => [e.path, e.message.slice(0, 38)]),
        bad,
      ).toEqual([[`${P9}/ProgramServicesAmt`, 'must be an amount in US dollars, digit']]);
    }
    expect(errors(parseForm990(ret(split('100', `${'9'.repeat(17)}`, '10', '10'))))[0]!.message).toMatch(/must be at most/);
  });

  it.each([
    ['€812,000', true],
    ['812000 EUR', true],
    ['£812,000', true],
    ['C$812,000', true],
    ['CA$812000', true],
    ['¥812000', true],
    ['$812,000', false],
    ['US$812,000', false],
    ['812000 USD', false],
    ['812,000 dollars', false],
  ])('tells another currency (%s: %s) from a formatted US-dollar amount', (amount, foreign) => {
    const [found] = errors(parseForm990(ret(split('100', amount, '10', '10'))));
    expect(found!.message.startsWith('is in another currency')).toBe(foreign);
  });

  it('says what is missing or wrong in the return around Part IX', () => {
    const noHeader = '<Return xmlns="http://www.irs.gov/efile"><ReturnData><IRS990/></ReturnData></Return>';
    expect(paths(errors(parseForm990(noHeader)))).toEqual(['Return/ReturnHeader']);
    expect(paths(errors(parseForm990('<Return xmlns="http://www.irs.gov/efile"/>')))).toEqual(['Return/ReturnHeader', 'Return/ReturnData']);
    expect(errors(parseForm990('<IRS990/>'))[0]!.message).toMatch(/not an IRS e-file return: its root element is <IRS990>/);
    const pf = ret('').replace(/<IRS990>.*<\/IRS990>/, '<IRS990PF/><IRS990ScheduleB/>');
    expect(errors(parseForm990(pf))).toEqual([
      expect.objectContaining({
        path: 'Return/ReturnData/IRS990',
        message: expect.stringContaining('(it has <IRS990PF>, <IRS990ScheduleB>)'),
      }),
    ]);
    const noPeriod = ret(split('100', '80', '10', '10'), '');
    expect(paths(errors(parseForm990(noPeriod)))).toEqual(['Return/ReturnHeader/TaxPeriodBeginDt', 'Return/ReturnHeader/TaxPeriodEndDt']);
    const period = (b: string, e: string) =>
      errors(
        parseForm990(ret(split('100', '80', '10', '10'), `<TaxPeriodBeginDt>${b}</TaxPeriodBeginDt><TaxPeriodEndDt>${e}</TaxPeriodEndDt>`)),
      );
    expect(period('2023-02-30', '2023-12-31')).toEqual([
      expect.objectContaining({
        path: 'Return/ReturnHeader/TaxPeriodBeginDt',
        message: expect.stringMatching(/ISO 8601 date, got "2023-02-30"/),
      }),
    ]);
    expect(period('01/01/2023', '2023-12-31')[0]!.message).toBe('must be a date like 2023-07-01, got "01/01/2023"');
    expect(period('2023-12-31', '2023-01-01')).toEqual([
      expect.objectContaining({
        path: 'Return/ReturnHeader/TaxPeriodEndDt',
        message: expect.stringMatching(/ends \(2023-01-01\) before it starts/),
      }),
    ]);
    expect(period('2021-01-01', '2023-12-31')[0]!.message).toMatch(/spans more than 18 months/);
    // Every problem at once: the tax period and Part IX.
    expect(paths(errors(parseForm990(ret('', ''))))).toEqual([
      'Return/ReturnHeader/TaxPeriodBeginDt',
      'Return/ReturnHeader/TaxPeriodEndDt',
      P9,
    ]);
  });

  it('warns, and leaves the name or EIN out, when the filer is missing or malformed; warns of another namespace', () => {
    const noFiler = parseForm990(ret(split('100', '80', '10', '10')).replace(/<Filer>.*<\/Filer>/, ''));
    expect(value(noFiler)).not.toHaveProperty('organization');
    expect(value(noFiler).donationUse).not.toHaveProperty('organization');
    expect(noFiler.ok && paths(noFiler.warnings)).toEqual(['Return/ReturnHeader/Filer']);
    const badEin = parseForm990(ret(split('100', '80', '10', '10')).replace('000000000', '00-0000000'));
    expect(value(badEin)).not.toHaveProperty('ein');
    expect(badEin.ok && badEin.warnings[0]!.message).toBe('must be nine digits, got "00-0000000": the EIN is left out');
    const longName = parseForm990(ret(split('100', '80', '10', '10')).replace('CLEAR WATER FUND', 'X'.repeat(161)));
    expect(value(longName)).not.toHaveProperty('organization');
    const other = parseForm990(ret(split('100', '80', '10', '10')).replace('http://www.irs.gov/efile', 'urn:other'));
    expect(other.ok && other.warnings).toEqual([
      expect.objectContaining({ path: 'Return', message: expect.stringMatching(/"urn:other"/) }),
    ]);
  });

  it('refuses what is not text', () => {
    for (const bad of [undefined, null, 42, {}, ['<Return/>']]) {
      expect(errors(parseForm990(bad as unknown as string))).toEqual([
        expect.objectContaining({ path: '', message: expect.stringMatching(/^must be the text of an XML file/) }),
      ]);
    }
  });
});

describe('parseForm990: fuzzed', () => {
  /** Pieces XML is made of, and pieces that break it. */
  const TOKENS = [
    '<',
    '>',
    '/>',
    '</',
    '<?',
    '?>',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<!DOCTYPE',
    '<!ENTITY',
    '&',
    ';',
    '&amp;',
    '&lt;',
    '&#',
    '&#x',
    '"',
    "'",
    '=',
    ' ',
    '\n',
    'x',
    ':',
    'xmlns',
    'xmlns:e="u"',
    'e:',
    'Return',
    'ReturnHeader',
    'ReturnData',
    'IRS990',
    'IRS990EZ',
    'TotalFunctionalExpensesGrp',
    'TotalAmt',
    'ProgramServicesAmt',
    'ManagementAndGeneralAmt',
    'FundraisingAmt',
    'TaxPeriodBeginDt',
    'TaxPeriodEndDt',
    '2023-01-01',
    '2023-12-31',
    '100',
    '-5',
    '$1,000',
    '€',
    '\u0000',
    '\ufeff',
  ];
  const xmlish = fc
    .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 })), { maxLength: 80 })
    .map((parts) => parts.join(''));
  const valid = sample('form-990-2023.xml');
  /** The valid sample with a few slices cut out, repeated or replaced by tokens. */
  const mutated = fc
    .array(fc.record({ at: fc.nat({ max: valid.length }), cut: fc.nat({ max: 40 }), insert: fc.constantFrom('', ...TOKENS) }), {
      minLength: 1,
      maxLength: 4,
    })
    .map((edits) => edits.reduce((s, { at, cut, insert }) => s.slice(0, at) + insert + s.slice(at + cut), valid));

  it('never throws, and always returns a value or field-path errors (XML-ish strings, mutated samples, any text)', () => {
    fc.assert(
      fc.property(fc.oneof(xmlish, mutated, fc.string({ unit: 'binary', maxLength: 200 })), (xml) => {
        let result: ParseResult<Form990Facts>;
        try {
          result = parseForm990(xml);
        } catch (error) {
          throw new Error(`threw for ${JSON.stringify(xml.slice(0, 200))}: ${String(error)}`, { cause: error });
        }
        expect(checkResult(result)).toEqual([]);
        if (result.ok && result.value.form === '990') {
          const { program, management, fundraising, total } = result.value.expenses;
          expect(Math.abs(program + management + fundraising - total)).toBeLessThan(0.005);
          expect(Math.min(program, management, fundraising)).toBeGreaterThanOrEqual(0);
        }
      }),
      fuzzParams(400),
    );
  }, 60_000);

  /** A name the way an e-file writes it: text, with XML's special characters escaped. */
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const amount = fc.integer({ min: 0, max: 1e12 });
  const day = fc
    .date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const space = fc.constantFrom('', ' ', '\n  ', '\t', '<!-- c -->', '<?pi x?>');

  it('reads back the numbers, name and dates of any valid document, in either schema, however it is laid out', () => {
    fc.assert(
      fc.property(
        fc.record({
          old: fc.boolean(),
          prefix: fc.constantFrom('', 'efile:', 'irs:'),
          program: amount,
          management: amount,
          fundraising: amount,
          name: fc
            .array(fc.constantFrom(...'Clear Wtr Fundé0 9&<>\'".,-💧'), { minLength: 1, maxLength: 70 })
            .map((chars) => chars.join('')),
          start: day,
          months: fc.integer({ min: 1, max: 12 }),
          cdata: fc.boolean(),
          quote: fc.constantFrom('"', "'"),
          space,
        }),
        ({ old, prefix, program, management, fundraising, name, start, months, cdata, quote, space: sp }) => {
          fc.pre(program + management + fundraising > 0 && name.trim() !== '');
          const endDate = new Date(start);
          endDate.setUTCMonth(endDate.getUTCMonth() + months);
          endDate.setUTCDate(endDate.getUTCDate() - 1);
          const end = endDate.toISOString().slice(0, 10);
          fc.pre(end > start);
          const total = program + management + fundraising;
          const el = (tag: string, inner: string | number) => `<${prefix}${tag}>${sp}${inner}${sp}</${prefix}${tag}>`;
          const num = (tag: string, n: number) => `<${prefix}${tag}>${cdata ? `<![CDATA[${n}]]>` : n}</${prefix}${tag}>`;
          const names = old
            ? {
                begin: 'TaxPeriodBeginDate',
                end: 'TaxPeriodEndDate',
                name: 'Name',
                line: 'BusinessNameLine1',
                grp: 'TotalFunctionalExpenses',
              }
            : {
                begin: 'TaxPeriodBeginDt',
                end: 'TaxPeriodEndDt',
                name: 'BusinessName',
                line: 'BusinessNameLine1Txt',
                grp: 'TotalFunctionalExpensesGrp',
              };
          const cols = old
            ? ['ProgramServices', 'ManagementAndGeneral', 'Fundraising', 'Total']
            : ['ProgramServicesAmt', 'ManagementAndGeneralAmt', 'FundraisingAmt', 'TotalAmt'];
          const ns = prefix
            ? `xmlns:${prefix.slice(0, -1)}=${quote}http://www.irs.gov/efile${quote}`
            : `xmlns=${quote}http://www.irs.gov/efile${quote}`;
          const xml =
            `<${prefix}Return ${ns}>${sp}<${prefix}ReturnHeader>${el(names.begin, start)}${sp}${el(names.end, end)}` +
            `<${prefix}Filer><${prefix}${names.name}>${el(names.line, escape(name))}</${prefix}${names.name}></${prefix}Filer></${prefix}ReturnHeader>` +
            `<${prefix}ReturnData><${prefix}IRS990><${prefix}${names.grp}>${sp}` +
            `${num(cols[3]!, total)}${num(cols[0]!, program)}${sp}${num(cols[1]!, management)}${num(cols[2]!, fundraising)}` +
            `</${prefix}${names.grp}></${prefix}IRS990></${prefix}ReturnData></${prefix}Return>`;
          const result = parseForm990(xml);
          if (!result.ok) throw new Error(`${JSON.stringify(result.errors)} for ${xml}`);
          expect(result.warnings).toEqual([]);
          expect(result.value).toMatchObject({
            organization: name.trim().replace(/\s+/g, ' '),
            fiscalYear: { start, end },
            expenses: { program, management, fundraising, total },
          });
        },
      ),
      fuzzParams(300),
    );
  }, 60_000);
});
