import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from './review-search.js';
import { parseReview, type Review } from './reviews.js';
import { countTopics, localized, mentions, parseTopics, suggestTerms, wordsOf, type Topic } from './topics.js';

const review = (i: number, rating: number, body: string, extra: object = {}): Review => {
  const parsed = parseReview({ id: `r${i}`, rating, body, author: `Reader ${i}`, ...extra }, `reviews[${i}]`);
  if (!parsed.ok) throw new Error('bad fixture');
  return parsed.value;
};

const TOPICS = [
  { name: { en: 'Battery', de: 'Akku' }, terms: { en: ['battery', 'charge'], de: ['Akku', 'Ladung'] } },
  { id: 'sound', name: 'Sound', terms: ['sound quality', 'bass'] },
];
const topics = (): readonly Topic[] => {
  const parsed = parseTopics(TOPICS);
  if (!parsed.ok) throw new Error('bad topics');
  return parsed.value;
};

describe('parseTopics', () => {
  it('reads names and terms per language, or once for every language', () => {
    const [battery, sound] = topics();
    expect(battery).toEqual({ id: 'Battery', name: { en: 'Battery', de: 'Akku' }, terms: TOPICS[0]!.terms });
    expect(sound).toEqual({ id: 'sound', name: { '*': 'Sound' }, terms: { '*': ['sound quality', 'bass'] } });
  });

  it('reports what is wrong with its field path, and leaves out a topic it cannot read', () => {
    const result = parseTopics([
      { name: { en: 'Price' }, terms: { en: ['price', 42] } },
      { name: { english: 'Size' }, terms: { en: [] } },
      { terms: ['fit'] },
      { name: 'Price', terms: ['cost'] },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual([{ id: 'Price', name: { en: 'Price' }, terms: { en: ['price'] } }]);
    const messages = result.warnings.map((w) => `${w.path}: ${w.message}`);
    expect(messages).toEqual([
      'topics[0].terms.en[1]: must be text, got 42 (item left out)',
      expect.stringMatching(/^topics\[1\]\.name\.english: is not a language tag/),
      expect.stringMatching(/^topics\[1\]\.terms\.en: has no term/),
      expect.stringMatching(/^topics\[2\]\.name: is required but missing/),
      'topics[3]: repeats the topic "Price" (item left out)',
    ]);
    const notList = parseTopics({ battery: ['battery'] });
    expect(notList.ok ? [] : notList.errors.map((e) => e.path)).toEqual(['topics']);
  });

  it('leaves out a repeated topic with a warning', () => {
    const result = parseTopics([
      { name: 'Fit', terms: ['fit'] },
      { name: 'Fit', terms: ['size'] },
    ]);
    expect(result.ok && result.value.length).toBe(1);
    expect(result.ok && result.warnings.map((w) => w.path)).toEqual(['topics[1]']);
  });
});

describe('localized', () => {
  it('takes the exact tag, then its prefixes, then *, then English, then the first', () => {
    expect(localized({ en: 'A', de: 'B', 'de-CH': 'C' }, 'de-CH')).toBe('C');
    expect(localized({ en: 'A', de: 'B' }, 'de-AT')).toBe('B');
    expect(localized({ '*': 'X', en: 'A' }, 'fr')).toBe('X');
    expect(localized({ fr: 'F', en: 'A' }, 'ja')).toBe('A');
    expect(localized({ fr: 'F' }, 'ja')).toBe('F');
  });
});

describe('word matching', () => {
  it('matches whole words and phrases, ignoring case and accents', () => {
    const r = review(1, 5, 'The BATTERY lasts. Great sound quality, café-style.');
    expect(mentions(r, ['battery'], 'en')).toBe(true);
    expect(mentions(r, ['batt'], 'en')).toBe(false); // not a word of its own
    expect(mentions(r, ['Sound Quality'], 'en')).toBe(true);
    expect(mentions(r, ['quality sound'], 'en')).toBe(false);
    expect(mentions(r, ['cafe'], 'en')).toBe(true);
    expect(mentions(review(2, 5, 'Batteries included'), ['battery'], 'en')).toBe(false);
  });

  it('finds Japanese words without spaces, on word boundaries', () => {
    expect(wordsOf('バッテリーの持ちが良い', 'ja')).toContain('バッテリー');
    const r = review(3, 4, 'バッテリーの持ちが良いです。充電器も付属。', { lang: 'ja' });
    expect(mentions(r, ['バッテリー'], 'ja')).toBe(true);
    expect(mentions(r, ['充電器'], 'ja')).toBe(true);
    // 充電 ("charging") is a word of its own; 充電器 ("charger") is another word, so it does not mention it.
    expect(mentions(r, ['充電'], 'ja')).toBe(false);
    expect(mentions(review(4, 4, '充電が速い', { lang: 'ja' }), ['充電'], 'ja')).toBe(true);
  });
});

describe('countTopics', () => {
  it('counts the reviews that mention each topic, split into positive (4–5) and critical (1–2)', () => {
    const reviews = [
      review(1, 5, 'Battery lasts two days.'),
      review(2, 4, 'Charge is quick; battery fine.'),
      review(3, 3, 'The battery is average.'),
      review(4, 1, 'Battery died. Bass is muddy.'),
      review(5, 2, 'Nothing about it.'),
      review(6, 5, 'Der Akku hält lange.', { lang: 'de' }),
      review(7, 9, 'Superb battery', { best: 10 }), // 9 of 10: 5 of 5, positive
    ];
    const [battery, sound] = countTopics(reviews, topics(), 'en');
    expect([...battery!.reviews].map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r6', 'r7']);
    expect([battery!.positive, battery!.critical]).toEqual([4, 1]);
    expect([...sound!.reviews].map((r) => r.id)).toEqual(['r4']);
    expect([sound!.positive, sound!.critical]).toEqual([0, 1]);
    // On a German page only the German terms count (and the English reviews say nothing of their language).
    const [akku] = countTopics(reviews, topics(), 'de');
    expect([...akku!.reviews].map((r) => r.id)).toEqual(['r6']);
  });
});

describe('suggestTerms', () => {
  it('lists the words most reviews use, without stop words, numbers and short words', () => {
    const reviews = [
      review(1, 5, 'The battery lasts 2 days and the screen is bright.'),
      review(2, 4, 'Battery is good, screen is sharp.'),
      review(3, 2, 'The battery drains fast.'),
      review(4, 3, 'Screen cracked, battery ok.'),
      review(5, 5, 'Great strap.'),
    ];
    expect(suggestTerms(reviews, 'en', { limit: 5 })).toEqual([
      { term: 'battery', reviews: 4 },
      { term: 'screen', reviews: 3 },
    ]);
    const ja = ['バッテリーの持ちが良い', 'バッテリーがすぐ切れる', '画面がきれいです', '画面が割れた'].map((b, i) =>
      review(i, 3, b, { lang: 'ja' }),
    );
    expect(suggestTerms(ja, 'ja').map((s) => s.term)).toEqual(['バッテリー', '画面']);
  });
});

describe('wordsOf', () => {
  it('finds in spaced scripts the same words as Intl.Segmenter', () => {
    const samples: [string, string][] = [
      ['en', "Don't buy it: the battery-life is 3.5 hours, e.g. on Wi-Fi (foo_bar) — really!"],
      ['de', 'Der Akku hält 2,5 Tage; „Top“-Qualität, z.B. beim Laden.'],
      ['fr', "L'appareil s’allume vite ; très bien aujourd’hui."],
      ['ru', 'Батарея держит 2 дня, зарядка — быстрая.'],
      ['ko', '배터리 수명이 길어요. 충전도 빨라요!'],
      ['ar', 'البطارية تدوم طويلاً، والشحن سريع.'],
    ];
    for (const [lang, text] of samples) {
      const segmented = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)]
        .filter((s) => s.isWordLike)
        .map((s) => normalizeForSearch(s.segment, lang));
      expect(wordsOf(text, lang), text).toEqual(segmented);
    }
  });
});
