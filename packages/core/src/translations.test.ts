import { describe, expect, it } from 'vitest';
import { formatter } from './format.js';
import ar from './locales/ar.js';
import de from './locales/de.js';
import en from './locales/en.js';
import es from './locales/es.js';
import fr from './locales/fr.js';
import ja from './locales/ja.js';
import tl from './locales/tl.js';
import type { Translation } from './translation.js';

const LOCALES: ReadonlyArray<[file: string, table: Translation]> = [
  ['en', en],
  ['es', es],
  ['de', de],
  ['fr', fr],
  ['ar', ar],
  ['tl', tl],
  ['ja', ja],
];

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
};

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
 * Forms that spell their number as a word instead of showing the digits, with what they say. Arabic says
 * "one review" (مراجعة واحدة), "two reviews" (the dual مراجعتان) and "no reviews" without a numeral.
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

/** Categories whose count a language may write as a word (the listed forms above are pinned exactly). */
const SPELLABLE: readonly string[] = ['zero', 'one', 'two'];

function expectClean(text: unknown): asserts text is string {
  expect(typeof text).toBe('string');
  expect((text as string).trim()).not.toBe('');
  expect(text).not.toMatch(/undefined|NaN|\[object|null/);
}

const pluralForms = (t: Translation, key: keyof Translation) =>
  Object.entries(t[key] as unknown as PluralTable) as Array<[Intl.LDMLPluralRule, Message]>;

describe.each(LOCALES)('locale %s', (file, t) => {
  it('has exactly the keys of English', () => {
    expect(Object.keys(t).sort()).toEqual(Object.keys(en).sort());
  });

  it('names its own code, name and direction', () => {
    expect(t.$code).toBe(file);
    expect(t.$name.trim()).not.toBe('');
    expect(t.$dir).toBe(file === 'ar' ? 'rtl' : 'ltr');
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

  it.each(PLURAL_KEYS)('%s has an other form, only categories the language uses, and clean text with its numbers', (key) => {
    const forms = pluralForms(t, key);
    expect(forms.map(([category]) => category)).toContain('other');
    const categories = new Intl.PluralRules(t.$code).resolvedOptions().pluralCategories;
    const args = argsFor(key, (en[key] as unknown as PluralTable).other.length, true);
    for (const [category, message] of forms) {
      expect(categories).toContain(category);
      const text = message(...args);
      expectClean(text);
      const id = `${file}.${key}.${category}`;
      if (id in SPELLED_OUT) {
        expect(text).toBe(SPELLED_OUT[id]);
        expect(text).not.toMatch(/\d/);
      } else if (SPELLABLE.includes(category) && args.some((a) => !text.includes(a))) {
        // "one review", "two reviews", "no reviews": the count may be a word, but only the count: every other
        // argument is there, and no digits stand in for the missing one.
        const missing = args.filter((a) => !text.includes(a));
        expect(missing, id).toHaveLength(1);
        expect(missing[0], id).toMatch(/^[\d,]+$/);
        expect(
          args.filter((a) => a !== missing[0]).reduce((rest, a) => rest.replace(a, ''), text),
          id,
        ).not.toMatch(/\d/);
      } else {
        for (const arg of args) expect(text, id).toContain(arg);
      }
    }
  });

  it('chooses a clean, numbered plural for real counts', () => {
    const f = formatter(t.$code);
    for (const count of [0, 1, 2, 3, 5, 11, 21, 100, 102, 1234, 1_000_000]) {
      const n = f.number(count);
      const category = f.plural(count);
      const reviews = f.select(count, t.reviewCount)(n);
      const stars = f.select(count, t.stars)(n);
      expectClean(reviews);
      expectClean(stars);
      const reviewsForm = t.reviewCount[category] ? category : 'other';
      const starsForm = t.stars[category] ? category : 'other';
      if (!(`${file}.reviewCount.${reviewsForm}` in SPELLED_OUT)) expect(reviews, `${file} ${count}`).toContain(n);
      if (!(`${file}.stars.${starsForm}` in SPELLED_OUT)) expect(stars, `${file} ${count}`).toContain(n);
    }
  });
});

describe('the shipped locales', () => {
  it('spell their numbers out only in the listed Arabic forms (and "the last day")', () => {
    // …and "over the last day" in every language, where one day needs no numeral.
    expect(Object.keys(SPELLED_OUT).every((id) => id.startsWith('ar.') || id.endsWith('.guaranteePeriod.one'))).toBe(true);
    expect(Object.keys(ar.reviewCount).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(Object.keys(ar.stars).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(ar.stars.zero!('0')).toBe('0 نجمة');
  });

  it('are translated: no two say "Rating unavailable" the same way', () => {
    const texts = LOCALES.map(([, t]) => t.ratingUnavailable);
    expect(new Set(texts).size).toBe(LOCALES.length);
    for (const [, t] of LOCALES.filter(([code]) => code !== 'en')) {
      expect(t.ratingUnavailable).not.toBe('Rating unavailable');
      expect(t.ratedOutOf('4.3', '5')).not.toBe('Rated 4.3 out of 5');
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
  ])('%s reads "%s", "%s", "%s"', (code, rated, many, one) => {
    const t = LOCALES.find(([c]) => c === code)![1];
    expect(t.ratedOutOf('4.3', '5')).toBe(rated);
    expect(t.reviewCount.other('1,234')).toBe(many);
    expect(formatter(code).select(1, t.reviewCount)('1')).toBe(one);
  });

  it('compose a full accessible name', () => {
    expect(en.labelled('Quality', en.withCount(en.ratedOutOf('4.3', '5'), en.reviewCount.other('1,234')))).toBe(
      'Quality: Rated 4.3 out of 5, 1,234 reviews',
    );
    expect(fr.labelled('Qualité', fr.ratedOutOf('4,3', '5'))).toBe('Qualité : Noté 4,3 sur 5');
    expect(ja.withCount(ja.ratedOutOf('4.3', '5'), ja.reviewCount.other('1,234'))).toBe('評価 4.3（5 点満点）、レビュー 1,234 件');
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
    for (const [code, t] of LOCALES.filter(([c]) => c !== 'en')) {
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
    const t = LOCALES.find(([c]) => c === code)![1];
    expect(t.npsQuestion('Acme')).toBe(nps);
    expect(t.csatQuestion('Acme')).toBe(csat);
    expect(t.optionalField('Note')).toBe(optional);
  });
});
