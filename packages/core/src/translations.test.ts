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
};

const PLURAL_KEYS = ['reviewCount', 'stars', 'selectedOutOf'] as const;
const FUNCTION_KEYS = ['labelled', 'ratedOutOf', 'withCount', 'npsQuestion', 'csatQuestion', 'optionalField'] as const;
const SURVEY_STRING_KEYS = [
  'npsQuestionUs',
  'npsNotLikely',
  'npsExtremelyLikely',
  'npsFollowUpDetractor',
  'npsFollowUpPassive',
  'npsFollowUpPromoter',
  'csatQuestionDefault',
  'csatVeryDissatisfied',
  'csatDissatisfied',
  'csatNeutral',
  'csatSatisfied',
  'csatVerySatisfied',
  'csatFollowUpLow',
  'csatFollowUpHigh',
  'surveySend',
  'surveySending',
  'surveyThanks',
  'surveySendFailed',
  'surveyRequired',
] as const;
const STRING_KEYS = ['ratingUnavailable', 'ratingInputLabel', 'clearRating', 'ratingRequired', 'noRatingSelected', ...SURVEY_STRING_KEYS] as const;

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
};

function expectClean(text: unknown): asserts text is string {
  expect(typeof text).toBe('string');
  expect((text as string).trim()).not.toBe('');
  expect(text).not.toMatch(/undefined|NaN|\[object|null/);
}

const pluralForms = (t: Translation, key: (typeof PLURAL_KEYS)[number]) =>
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

  it('covers every key with a string, a function or a plural table', () => {
    // Guards the lists below: a new key must be added to one of them (and to ARGS if it takes arguments).
    expect([...PLURAL_KEYS, ...FUNCTION_KEYS, ...STRING_KEYS, '$code', '$name', '$dir'].sort()).toEqual(Object.keys(en).sort());
  });

  it.each(STRING_KEYS)('has a non-empty %s', (key) => {
    expectClean(t[key]);
  });

  it.each(FUNCTION_KEYS)('%s returns clean text containing every argument', (key) => {
    const args = ARGS[key]!;
    const text = (t[key] as unknown as Message)(...args);
    expectClean(text);
    for (const arg of args) expect(text).toContain(arg);
  });

  it.each(PLURAL_KEYS)('%s has an other form, only categories the language uses, and clean text with its numbers', (key) => {
    const forms = pluralForms(t, key);
    expect(forms.map(([category]) => category)).toContain('other');
    const categories = new Intl.PluralRules(t.$code).resolvedOptions().pluralCategories;
    const args = ARGS[key]!;
    for (const [category, message] of forms) {
      expect(categories).toContain(category);
      const text = message(...args);
      expectClean(text);
      const id = `${file}.${key}.${category}`;
      if (id in SPELLED_OUT) {
        expect(text).toBe(SPELLED_OUT[id]);
        expect(text).not.toMatch(/\d/);
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
  it('spell their numbers out only in the listed Arabic forms', () => {
    expect(Object.keys(SPELLED_OUT).every((id) => id.startsWith('ar.'))).toBe(true);
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
    expect((t.reviewCount.other)('1,234')).toBe(many);
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
    ['en', 'How likely is it that you would recommend Acme to a friend or colleague?', 'How satisfied were you with Acme?', 'Note (optional)'],
    ['es', '¿Qué probabilidad hay de que recomiendes Acme a un amigo o colega?', '¿Cuál es tu grado de satisfacción con Acme?', 'Note (opcional)'],
    ['de', 'Wie wahrscheinlich ist es, dass Sie Acme einem Freund oder Kollegen weiterempfehlen?', 'Wie zufrieden waren Sie mit Acme?', 'Note (optional)'],
    ['fr', 'Quelle est la probabilité que vous recommandiez Acme à un ami ou à un collègue\u00a0?', 'Quel est votre niveau de satisfaction concernant Acme\u00a0?', 'Note (facultatif)'],
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
