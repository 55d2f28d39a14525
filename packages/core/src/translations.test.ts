import { describe, expect, it } from 'vitest';
import localizationDocs from '../../../docs/localization.mdx?raw';
import { formatter } from './format-more.js';
import { formatNumber } from './format.js';
import en from './locales/en.js';
import type { Translation } from './translation.js';

/**
 * Every shipped table, found by file name (`locales/<tag>.ts`), so that a locale added later is checked without
 * editing this file; English first.
 */
const modules = import.meta.glob<Translation>('./locales/*.ts', { eager: true, import: 'default' });
const LOCALES: ReadonlyArray<[file: string, table: Translation]> = Object.entries(modules)
  .map(([path, table]): [string, Translation] => [path.slice('./locales/'.length, -'.ts'.length), table])
  .sort(([a], [b]) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
const OTHERS = LOCALES.filter(([file]) => file !== 'en');
const table = (code: string) => LOCALES.find(([c]) => c === code)![1];

/** Each locale's registering module for the elements package and its glossary, by tag. */
const elementModules = import.meta.glob<string>('../../elements/src/locales/*.ts', { eager: true, query: '?raw', import: 'default' });
const glossaries = import.meta.glob<string>('./locales/glossary/*.md', { eager: true, query: '?raw', import: 'default' });
const byTag = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1).replace(/\.\w+$/, ''), text]));
const ELEMENT_MODULES = byTag(elementModules);
const GLOSSARIES = byTag(glossaries);

type Message = (...args: string[]) => string;
type PluralTable = Partial<Record<Intl.LDMLPluralRule, Message>> & { other: Message };

/** Sample arguments for every message that takes any, formatted as the elements pass them. */
const ARGS: Record<string, string[]> = {
  labelled: ['Build quality', 'Rated 4.3 out of 5'],
  ratedOutOf: ['4.3', '5'],
  withCount: ['Rated 4.3 out of 5', '1,234 reviews'],
  reviewCount: ['1,234'],
  stars: ['4'],
  selectedOutOf: ['4', '5'],
  npsQuestion: ['Acme'],
  csatQuestion: ['Acme'],
  optionalField: ['What do you like most?'],
  // <trust-badge>, <trust-badge-group>, <trust-guarantee>
  badgeClaim: ['Example Secure Checkout', 'Gold'],
  badgeVerifiedSummary: ['Example Certifier'],
  guaranteeRateDelivery: ['98.7%'],
  guaranteeRateReturns: ['98.7%'],
  guaranteeRateSupport: ['98.7%'],
  guaranteeRatePriceMatch: ['98.7%'],
  guaranteeRateWarranty: ['98.7%'],
  guaranteeRecord: ['98.7% on time', 'over the last 90 days', '12,480 orders'],
  guaranteeSource: ['Order system'],
  guaranteePeriod: ['4'],
  guaranteeOrders: ['4'],
  guaranteeReturnCount: ['4'],
  guaranteeRequests: ['4'],
  guaranteeClaims: ['4'],
  // <trust-rating-summary>
  summaryRow: ['5 stars', '62%', '310 reviews'],
  // <trust-review-list>: chosen by the total
  listShowing: ['12', '1,234'],
  listShowingFiltered: ['12', '1,234', '5 stars'],
  // <trust-questions>: chosen by the total
  qaShowing: ['12', '1,234'],
};

/** Plural messages whose count is not their first argument: "Showing 12 of 1,234 reviews" is chosen by the total. */
const COUNT_ARG: Record<string, number> = { listShowing: 1, listShowingFiltered: 1, qaShowing: 1 };

/**
 * The keys of the table, classified by the shape of the English entry: a plural table (an object of forms), a
 * message function, or a plain string. Classifying by shape means a family added later is checked without
 * editing this file; ARGS gives realistic arguments where a message has a known reading, and every other message
 * gets distinct sample arguments, one per parameter.
 */
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const isPluralTable = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  'other' in v &&
  Object.entries(v).every(([k, f]) => CATEGORIES.includes(k) && typeof f === 'function');
const kindOf = (v: unknown) => (isPluralTable(v) ? 'plural' : typeof v === 'object' && v !== null ? 'record' : typeof v);
const keysOfKind = (kind: 'plural' | 'record' | 'function' | 'string') =>
  Object.keys(en).filter((k) => !k.startsWith('$') && kindOf(en[k as keyof Translation]) === kind) as Array<keyof Translation>;
const PLURAL_KEYS = keysOfKind('plural');
/** Labels of a fixed set of values (legal bases, data categories, incident states): one string per value. */
const RECORD_KEYS = keysOfKind('record');
const FUNCTION_KEYS = keysOfKind('function');
const STRING_KEYS = keysOfKind('string');

/** Sample arguments for a message: its ARGS entry, else the count (for plurals) followed by distinct tokens. */
function argsFor(key: string, arity: number, plural: boolean): string[] {
  if (ARGS[key]) return ARGS[key]!;
  return Array.from({ length: Math.max(arity, plural ? 1 : 0) }, (_, i) => (plural && i === 0 ? '1,234' : `Sample${i + 1}`));
}

/**
 * Forms that spell their number as a word instead of showing the digits, with what they say, where the plural
 * category holds more than that one number (so the rule below does not allow it). Arabic says "one review"
 * (مراجعة واحدة), "two reviews" (the dual مراجعتان) and "no reviews" without a numeral.
 */
const SPELLED_OUT: Record<string, string> = {
  'ar.reviewCount.zero': 'لا توجد مراجعات',
  'ar.reviewCount.one': 'مراجعة واحدة',
  'ar.reviewCount.two': 'مراجعتان',
  'ar.stars.one': 'نجمة واحدة',
  'ar.stars.two': 'نجمتان',
  // "over the last day": one day needs no numeral.
  'en.guaranteePeriod.one': 'over the last day',
  'es.guaranteePeriod.one': 'en el último día',
  'de.guaranteePeriod.one': 'am letzten Tag',
  'fr.guaranteePeriod.one': 'sur le dernier jour',
  'ar.guaranteePeriod.one': 'خلال اليوم الأخير',
  'ar.guaranteePeriod.two': 'خلال آخر يومين',
  'ar.guaranteeOrders.one': 'طلب واحد',
  'ar.guaranteeOrders.two': 'طلبان',
  'ar.guaranteeReturnCount.one': 'مرتجع واحد',
  'ar.guaranteeReturnCount.two': 'مرتجعان',
  'ar.guaranteeRequests.one': 'طلب واحد',
  'ar.guaranteeRequests.two': 'طلبان',
  'ar.guaranteeClaims.one': 'مطالبة واحدة',
  'ar.guaranteeClaims.two': 'مطالبتان',
};

/**
 * Plural categories that Intl.PluralRules lists for a language and its table may leave to `other`, with the reason;
 * and messages that have only an `other` form because nothing in them changes with the count. Keep both tiny:
 * every other plural message gives exactly the categories Intl lists.
 */
const MERGED_CATEGORIES: Record<string, Partial<Record<Intl.LDMLPluralRule, string>>> = {
  // Filipino's `one` is about the linker after a spelled-out number ("limang bituin", "apat na bituin"); after
  // digits the noun reads the same for every count.
  tl: { one: 'digits show no linker' },
};
const ONLY_OTHER: Record<string, string> = {
  'ar.selectedOutOf': '"4 من 5": no noun follows the count',
  'fr.listShowing': '"Affichage de 12 avis sur 1 234": no noun follows the total',
  'fr.listShowingFiltered': 'as fr.listShowing',
};

/**
 * Strings a language legitimately writes exactly as English does, by key (`key` or `key.value` for a labels
 * record, `key.category` for a plural form), with the reason. Messages made only of their arguments and
 * punctuation ("label: text") are not compared. Keep this tiny.
 */
const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  de: {
    csatNeutral: 'the German word',
    optionalField: '"optional" is German',
    badgeWebsite: 'the German word',
    incidentUpdates: 'the German word',
  },
  es: {
    breakdownTotal: 'the Spanish word',
    donationAuditor: 'the Spanish word',
    csatNeutral: 'the Spanish word',
    listNo: 'the Spanish word',
  },
  fr: {
    breakdownTotal: 'the French word',
    donationSource: 'the French word',
    priceSource: 'the French word',
    badgeDefaultClaim: 'the French word',
    badgeCertification: 'the French word',
    listPhotos: 'the French word',
    'privacyCategories.contacts': 'the French word',
  },
  it: { listNo: 'the Italian word' },
  nl: { badgeWebsite: 'the Dutch word' },
  'pt-BR': { breakdownTotal: 'the Portuguese word', testimonialsSlide: 'the Brazilian term (a presentation’s “slide”)' },
  'pt-PT': { breakdownTotal: 'the Portuguese word' },
  // Philippine sites write these English loanwords in Tagalog text (the table's register: "1,234 review").
  tl: Object.fromEntries(
    [
      'donationSourceForm990',
      'donationAuditor',
      'ratingInputLabel',
      'csatNeutral',
      'badgeWebsite',
      'guaranteeWarranty',
      'guaranteeOrders.one',
      'guaranteeClaims.one',
      'testimonialsCarousel',
      'testimonialsSlide',
      'privacyCategories.diagnostics',
      'privacyPurposes.analytics',
      'incidentStatusPage',
    ].map((key) => [key, 'loanword in Philippine usage']),
  ),
};

/**
 * English words that no other table should show (checked outside the arguments). Tagalog is not checked: its
 * register uses English loanwords ("review", "rating").
 */
const ENGLISH_WORDS = /\b(the|and|your|reviews?|ratings?|stars?|verified|purchase|donation|please|unavailable|loading)\b/i;
const LOANWORD_LOCALES = ['tl'];

/** The strings of a labels record, a function's output for sample arguments, or each plural form's, by id. */
function* texts(t: Translation): Generator<[id: string, text: string, args: string[]]> {
  for (const key of STRING_KEYS) yield [key, t[key] as unknown as string, []];
  for (const key of RECORD_KEYS)
    for (const [value, label] of Object.entries(t[key] as unknown as Record<string, string>)) yield [`${key}.${value}`, label, []];
  for (const key of FUNCTION_KEYS) {
    const args = argsFor(key, (en[key] as unknown as Message).length, false);
    yield [key, (t[key] as unknown as Message)(...args), args];
  }
  for (const key of PLURAL_KEYS) {
    const args = argsFor(key, (en[key] as unknown as PluralTable).other.length, true);
    for (const [category, message] of Object.entries(t[key] as unknown as PluralTable))
      yield [`${key}.${category}`, message(...args), args];
  }
}

/** The English text for a text's id: the same key, value or plural form (or `other`, for a category English lacks). */
function englishText(id: string, args: string[]): string {
  const [key, sub] = id.split('.') as [keyof Translation, string | undefined];
  const entry = en[key] as unknown;
  if (typeof entry === 'string') return entry;
  if (typeof entry === 'function') return (entry as Message)(...args);
  if (isPluralTable(entry)) return ((entry as PluralTable)[sub as Intl.LDMLPluralRule] ?? (entry as PluralTable).other)(...args);
  return (entry as Record<string, string>)[sub!]!;
}

/** `text` without the arguments it contains (longest first, so "12" goes before "1"). */
const withoutArgs = (text: string, args: string[]) =>
  [...args].sort((a, b) => b.length - a.length).reduce((rest, arg) => rest.split(arg).join(' '), text);

function expectClean(text: unknown): asserts text is string {
  expect(typeof text).toBe('string');
  expect((text as string).trim()).not.toBe('');
  expect(text).not.toMatch(/\bundefined\b|\bNaN\b|\[object|\bnull\b/);
}

/** Counts that reach every plural category of the shipped languages: whole numbers, decimals and a million. */
const COUNTS = [
  ...Array.from({ length: 30 }, (_, i) => i),
  31,
  42,
  55,
  101,
  102,
  105,
  111,
  112,
  121,
  1234,
  1_000_000,
  0.5,
  1.5,
  2.5,
  4.5,
  21.5,
];

/** Messages whose count is never 0: a period of days, the button that shows a list's reviews. */
const POSITIVE_COUNTS = ['guaranteePeriod', 'listShowAll'];

/** The whole numbers up to 1000 that a language puts in `category` (from 1 for a count that is never 0). */
const wholeNumbersIn = (code: string, category: Intl.LDMLPluralRule, from: number) =>
  Array.from({ length: 1001 - from }, (_, i) => i + from).filter((i) => formatter(code).plural(i) === category);

/** Scripts written right to left (of the ones Intl.Locale gives the shipped languages and their likely neighbours). */
const RTL_SCRIPTS = ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'];

const pluralForms = (t: Translation, key: keyof Translation) =>
  Object.entries(t[key] as unknown as PluralTable) as Array<[Intl.LDMLPluralRule, Message]>;

describe('the locale files', () => {
  it('are found by the glob, English first', () => {
    expect(LOCALES[0]![0]).toBe('en');
    expect(LOCALES.map(([file]) => file)).toEqual(expect.arrayContaining(['en', 'es', 'de', 'fr', 'ar', 'tl', 'ja']));
  });

  it('are the ones docs/localization.mdx lists, each under its own name', () => {
    const rows = [...localizationDocs.matchAll(/^\| `([^`]+)` +\| ([^|]+?) +\|/gm)].map(([, tag, name]) => [tag, name]);
    expect(rows.map(([tag]) => tag).sort()).toEqual(LOCALES.map(([file]) => file).sort());
    for (const [tag, name] of rows) expect(name, tag).toBe(table(tag!).$name);
  });
});

describe.each(LOCALES)('locale %s', (file, t) => {
  it('has exactly the keys of English', () => {
    expect(Object.keys(t).sort()).toEqual(Object.keys(en).sort());
  });

  it('names its own code, name and direction', () => {
    expect(t.$code).toBe(file);
    expect(() => new Intl.Locale(file)).not.toThrow();
    expect(t.$name.trim()).not.toBe('');
    // The language's own name, not its English one (unless the two are the same word).
    const own = new Intl.DisplayNames([file], { type: 'language' }).of(file);
    const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(file);
    if (file !== 'en' && own !== english) expect(t.$name).not.toBe(english);
    expect(t.$dir).toBe(RTL_SCRIPTS.includes(new Intl.Locale(file).maximize().script!) ? 'rtl' : 'ltr');
  });

  it('covers every key with a string, a function or a plural table of the same kind as English', () => {
    expect([...PLURAL_KEYS, ...RECORD_KEYS, ...FUNCTION_KEYS, ...STRING_KEYS, '$code', '$name', '$dir'].sort()).toEqual(
      Object.keys(en).sort(),
    );
    for (const key of Object.keys(en) as Array<keyof Translation>) expect(kindOf(t[key]), `${file}.${key}`).toBe(kindOf(en[key]));
  });

  it.each(RECORD_KEYS)('%s labels exactly the values English labels, each with clean text', (key) => {
    const record = t[key] as unknown as Record<string, unknown>;
    expect(Object.keys(record).sort()).toEqual(Object.keys(en[key] as object).sort());
    for (const label of Object.values(record)) expectClean(label);
  });

  it.each(STRING_KEYS)('has a non-empty %s', (key) => {
    expectClean(t[key]);
  });

  it.each(FUNCTION_KEYS)('%s returns clean text containing every argument', (key) => {
    const message = t[key] as unknown as Message;
    const args = argsFor(key, (en[key] as unknown as Message).length, false);
    const text = message(...args);
    expectClean(text);
    for (const arg of args) expect(text).toContain(arg);
  });

  it.each(PLURAL_KEYS)('%s has a form for exactly the plural categories Intl lists for the language', (key) => {
    const listed = new Intl.PluralRules(file).resolvedOptions().pluralCategories;
    const given = pluralForms(t, key).map(([category]) => category);
    if (`${file}.${key}` in ONLY_OTHER) {
      expect(given).toEqual(['other']);
      return;
    }
    const merged = Object.keys(MERGED_CATEGORIES[file] ?? {});
    for (const category of given) expect(listed, `${file}.${key}.${category}`).toContain(category);
    for (const category of listed.filter((c) => !merged.includes(c))) expect(given, `${file}.${key}`).toContain(category);
  });

  it.each(PLURAL_KEYS)('%s gives clean text with the formatted count for real counts, whole and decimal', (key) => {
    const f = formatter(file);
    const forms = t[key] as unknown as PluralTable;
    const at = COUNT_ARG[key] ?? 0;
    const samples = argsFor(key, (en[key] as unknown as PluralTable).other.length, true);
    const reached = new Set<string>();
    for (const count of COUNTS) {
      const n = f.number(count);
      // The other arguments as the element passes them: numbers formatted for the language, texts as they are.
      const args = samples.map((a, i) => (i === at ? n : /^[\d,.]+$/.test(a) ? f.number(Number(a.replace(/,/g, ''))) : a));
      const category = f.plural(count);
      const form = forms[category] ? category : 'other';
      reached.add(form);
      const id = `${file}.${key}.${form}`;
      const text = f.select(count, forms)(...args);
      expectClean(text);
      // No number of the table's own: every digit in the text comes from an argument (Persian digits stay Persian).
      expect(withoutArgs(text, args), `${id} (${count})`).not.toMatch(/\p{Nd}/u);
      const others = args.filter((_, i) => i !== at);
      for (const arg of others) expect(text, `${id} (${count})`).toContain(arg);
      if (id in SPELLED_OUT) expect(text, id).toBe(SPELLED_OUT[id]);
      else if (!text.includes(n)) {
        // "over the last day", "one review": a count may be a word only in a category that holds one number
        // (French `one` holds 0 and 1, Russian `one` 1, 21, 31…; but a period of days is never 0 days long).
        const from = POSITIVE_COUNTS.includes(key) ? 1 : 0;
        expect(wholeNumbersIn(file, category, from), `${id} (${count}) leaves out ${n}`).toHaveLength(1);
      }
    }
    // Every form the table gives is used by some count.
    expect([...reached].sort()).toEqual(Object.keys(forms).sort());
  });

  it.skipIf(file === 'en')('leaves no English: no text equal to English but the listed ones, and no English words', () => {
    const allowed = SAME_AS_ENGLISH[file] ?? {};
    const same: string[] = [];
    for (const [id, text, args] of texts(t)) {
      const english = englishText(id, args);
      // "label: text", "rate period (count)": made only of arguments and punctuation, the same in many languages.
      const hasWords = /\p{L}/u.test(withoutArgs(english, args));
      if (hasWords && text === english && !(id in allowed) && !(id.split('.')[0]! in allowed)) same.push(id);
      if (!LOANWORD_LOCALES.includes(file)) expect(withoutArgs(text, args), `${file}.${id}`).not.toMatch(ENGLISH_WORDS);
    }
    expect(same, `${file}: the same as English`).toEqual([]);
    // Every allowed exception is still needed (the text is still the same as English).
    const ids = new Map([...texts(t)].map(([id, text, args]) => [id, text === englishText(id, args)]));
    for (const id of Object.keys(allowed))
      expect(ids.get(id) ?? ids.get(`${id}.other`), `${file}: ${id} is listed but translated`).toBe(true);
  });

  it.skipIf(file === 'en')('has a module that registers it for the elements, and a glossary', () => {
    const module = ELEMENT_MODULES[file];
    expect(module, `packages/elements/src/locales/${file}.ts`).toBeDefined();
    expect(module).toContain(`'@trust-signals/core/locales/${file}.js'`);
    expect(module).toMatch(/registerTranslation\(\w+\);/);
    const glossary = GLOSSARIES[file];
    expect(glossary, `packages/core/src/locales/glossary/${file}.md`).toBeDefined();
    expect(glossary!.trim()).not.toBe('');
  });
});

describe('the shipped locales', () => {
  it('spell their numbers out only in the listed Arabic forms (and "the last day")', () => {
    // …and "over the last day" in every language, where one day needs no numeral.
    expect(Object.keys(SPELLED_OUT).every((id) => id.startsWith('ar.') || id.endsWith('.guaranteePeriod.one'))).toBe(true);
    expect(Object.keys(table('ar').reviewCount).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(Object.keys(table('ar').stars).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(table('ar').stars.zero!('0')).toBe('0 نجمة');
  });

  it('are translated: no two say "Rating unavailable" the same way', () => {
    const texts = LOCALES.map(([, t]) => t.ratingUnavailable);
    expect(new Set(texts).size).toBe(LOCALES.length);
    for (const [, t] of OTHERS) {
      expect(t.ratingUnavailable).not.toBe('Rating unavailable');
      expect(t.ratedOutOf('4.3', '5')).not.toBe('Rated 4.3 out of 5');
    }
  });

  it('are right to left exactly for Arabic, Hebrew and Persian', () => {
    const rtl = LOCALES.filter(([, t]) => t.$dir === 'rtl').map(([file]) => file);
    expect(rtl).toContain('ar');
    expect(rtl).toEqual(['ar', 'fa', 'he'].filter((code) => LOCALES.some(([file]) => file === code)));
  });

  it('write Persian numbers with Persian digits, through Intl', () => {
    expect(formatNumber('fa', 4.5)).toContain('۴');
    expect(formatter('fa').number(1234)).toBe('۱٬۲۳۴');
    if (LOCALES.some(([file]) => file === 'fa')) {
      const fa = table('fa');
      expect(formatter('fa').select(4.5, fa.stars)(formatNumber('fa', 4.5))).toContain('۴٫۵');
      expect(fa.reviewCount.other(formatNumber('fa', 1234))).toContain('۱٬۲۳۴');
    }
  });

  it.each([
    ['en', 'Rated 4.3 out of 5', '1,234 reviews', '1 review'],
    ['es', 'Valoración de 4.3 sobre 5', '1,234 reseñas', '1 reseña'],
    ['de', 'Mit 4.3 von 5 bewertet', '1,234 Bewertungen', '1 Bewertung'],
    ['fr', 'Noté 4.3 sur 5', '1,234 avis', '1 avis'],
    ['ar', 'التقييم 4.3 من 5', '1,234 مراجعة', 'مراجعة واحدة'],
    ['tl', 'Na-rate na 4.3 sa 5', '1,234 review', '1 review'],
    ['ja', '評価 4.3（5 点満点）', 'レビュー 1,234 件', 'レビュー 1 件'],
    ['pt-BR', 'Nota 4.3 de 5', '1,234 avaliações', '1 avaliação'],
    ['pt-PT', 'Classificação de 4.3 em 5', '1,234 avaliações', '1 avaliação'],
    ['it', 'Valutazione di 4.3 su 5', '1,234 recensioni', '1 recensione'],
    ['nl', 'Beoordeeld met 4.3 van de 5', '1,234 recensies', '1 recensie'],
    ['pl', 'Ocena 4.3 na 5', '1,234 opinii', '1 opinia'],
  ])('%s reads "%s", "%s", "%s"', (code, rated, many, one) => {
    const t = table(code);
    expect(t.ratedOutOf('4.3', '5')).toBe(rated);
    expect(t.reviewCount.other('1,234')).toBe(many);
    expect(formatter(code).select(1, t.reviewCount)('1')).toBe(one);
  });

  it.each<[code: string, counts: number[], texts: string[], key?: 'reviewCount' | 'stars']>([
    // Polish: 1, 2–4 (but 12–14), 5–21, 22–24, decimals.
    ['pl', [1, 2, 5, 12, 22, 25, 4.5], ['1 opinia', '2 opinie', '5 opinii', '12 opinii', '22 opinie', '25 opinii', '4,5 opinii']],
    ['pl', [1, 3, 14, 4.5], ['1 gwiazdka', '3 gwiazdki', '14 gwiazdek', '4,5 gwiazdki'], 'stars'],
    // Brazilian Portuguese keeps the noun singular under 2; European Portuguese only for 1.
    ['pt-BR', [1, 1.5, 2, 1_000_000], ['1 avaliação', '1,5 avaliação', '2 avaliações', '1.000.000 de avaliações']],
    ['pt-PT', [1, 1.5, 0, 1_000_000], ['1 avaliação', '1,5 avaliações', '0 avaliações', '1\u00a0000\u00a0000 de avaliações']],
    ['it', [1, 1.5, 1_000_000], ['1 recensione', '1,5 recensioni', '1.000.000 di recensioni']],
    ['nl', [1, 0, 1.5], ['1 recensie', '0 recensies', '1,5 recensies']],
  ])('%s counts %j as %j', (code, counts, texts, key = 'reviewCount') => {
    const f = formatter(code);
    const forms = table(code)[key];
    expect(counts.map((count) => f.select(count, forms)(f.number(count)))).toEqual(texts);
  });

  it('compose a full accessible name', () => {
    expect(en.labelled('Quality', en.withCount(en.ratedOutOf('4.3', '5'), en.reviewCount.other('1,234')))).toBe(
      'Quality: Rated 4.3 out of 5, 1,234 reviews',
    );
    expect(table('fr').labelled('Qualité', table('fr').ratedOutOf('4,3', '5'))).toBe('Qualité : Noté 4,3 sur 5');
    expect(table('ja').withCount(table('ja').ratedOutOf('4.3', '5'), table('ja').reviewCount.other('1,234'))).toBe(
      '評価 4.3（5 点満点）、レビュー 1,234 件',
    );
  });
});

describe('the survey strings', () => {
  it.each(LOCALES)('%s names the five CSAT answers and the three NPS follow-ups differently', (_, t) => {
    const csat = [t.csatVeryDissatisfied, t.csatDissatisfied, t.csatNeutral, t.csatSatisfied, t.csatVerySatisfied];
    expect(new Set(csat).size).toBe(5);
    expect(new Set([t.npsFollowUpDetractor, t.npsFollowUpPassive, t.npsFollowUpPromoter]).size).toBe(3);
    expect(t.npsNotLikely).not.toBe(t.npsExtremelyLikely);
    expect(t.csatFollowUpLow).not.toBe(t.csatFollowUpHigh);
  });

  it('are translated, not English', () => {
    for (const [code, t] of OTHERS) {
      expect(t.surveySend, code).not.toBe('Send');
      expect(t.surveyThanks, code).not.toBe('Thank you for your feedback.');
      expect(t.npsQuestion('Acme'), code).not.toBe(en.npsQuestion('Acme'));
    }
  });

  it.each([
    [
      'en',
      'How likely is it that you would recommend Acme to a friend or colleague?',
      'How satisfied were you with Acme?',
      'Note (optional)',
    ],
    [
      'es',
      '¿Qué probabilidad hay de que recomiendes Acme a un amigo o colega?',
      '¿Cuál es tu grado de satisfacción con Acme?',
      'Note (opcional)',
    ],
    [
      'de',
      'Wie wahrscheinlich ist es, dass Sie Acme einem Freund oder Kollegen weiterempfehlen?',
      'Wie zufrieden waren Sie mit Acme?',
      'Note (optional)',
    ],
    [
      'fr',
      'Quelle est la probabilité que vous recommandiez Acme à un ami ou à un collègue\u00a0?',
      'Quel est votre niveau de satisfaction concernant Acme\u00a0?',
      'Note (facultatif)',
    ],
    ['ar', 'ما مدى احتمال أن ترشّح Acme لصديق أو زميل؟', 'ما مدى رضاك عن Acme؟', 'Note (اختياري)'],
    ['tl', 'Gaano kalamang na irerekomenda mo ang Acme sa isang kaibigan o kasamahan?', 'Gaano ka nasiyahan sa Acme?', 'Note (opsyonal)'],
    ['ja', 'Acmeを友人や同僚に薦める可能性はどのくらいありますか？', 'Acmeにどの程度満足されましたか？', 'Note（任意）'],
  ])('%s asks "%s" and "%s"', (code, nps, csat, optional) => {
    const t = table(code);
    expect(t.npsQuestion('Acme')).toBe(nps);
    expect(t.csatQuestion('Acme')).toBe(csat);
    expect(t.optionalField('Note')).toBe(optional);
  });
});
