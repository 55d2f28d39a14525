import { describe, expect, it } from 'vitest';
import { containsAll, matchRanges, normalizeForSearch, searchTerms, splitAtRanges } from './review-search.js';

const marked = (text: string, query: string, lang = 'en') =>
  splitAtRanges(text, matchRanges(text, searchTerms(query, lang), lang))
    .map((p) => (p.mark ? `[${p.text}]` : p.text))
    .join('');

describe('normalizeForSearch', () => {
  it('ignores case and accents, in the language’s rules', () => {
    expect(normalizeForSearch('Crème Brûlée', 'fr')).toBe('creme brulee');
    expect(normalizeForSearch('KETTLE', 'en')).toBe('kettle');
    expect(normalizeForSearch('Ärger über Öl', 'de')).toBe('arger uber ol');
    // Turkish: dotted and dotless i stay apart.
    expect(normalizeForSearch('IŞIK', 'tr')).toBe('ışık'.normalize('NFD').replace(/\u0327/g, ''));
    expect(normalizeForSearch('İyi', 'tr')).toBe('iyi');
    // Greek final sigma reads as sigma.
    expect(normalizeForSearch('ΟΔΟΣ', 'el')).toBe('οδοσ');
  });

  it('keeps marks that are part of the letter: Japanese voicing, Hangul, Devanagari', () => {
    expect(normalizeForSearch('バッテリー', 'ja')).toBe('バッテリー');
    expect(normalizeForSearch('バ', 'ja')).not.toBe(normalizeForSearch('ハ', 'ja'));
    expect(normalizeForSearch('배터리', 'ko')).toBe('배터리');
    expect(normalizeForSearch('बैटरी', 'hi')).toBe('बैटरी');
  });

  it('drops Arabic harakat and Hebrew niqqud', () => {
    expect(normalizeForSearch('كِتَاب', 'ar')).toBe('كتاب');
    expect(normalizeForSearch('שָׁלוֹם', 'he')).toBe('שלום');
  });
});

describe('searchTerms and containsAll', () => {
  it('splits the query into normalised words that must all occur', () => {
    expect(searchTerms('  Café   LID café ', 'fr')).toEqual(['cafe', 'lid']);
    expect(searchTerms('   ', 'en')).toEqual([]);
    const text = normalizeForSearch('The café lid is dented', 'en');
    expect(containsAll(text, searchTerms('lid cafe', 'en'))).toBe(true);
    expect(containsAll(text, searchTerms('lid handle', 'en'))).toBe(false);
  });
});

describe('matchRanges and splitAtRanges', () => {
  it('marks every match in the original text, accents included', () => {
    expect(marked('Lid, LID and lid.', 'lid')).toBe('[Lid], [LID] and [lid].');
    expect(marked('Un café crème', 'cafe creme', 'fr')).toBe('Un [café] [crème]');
    // A decomposed accent stays with its letter.
    expect(marked('cafe\u0301 noir', 'cafe', 'fr')).toBe('[cafe\u0301] noir');
    expect(marked('🙂 Café', 'café', 'fr')).toBe('🙂 [Café]');
  });

  it('merges overlapping and touching matches, and finds substrings in Japanese', () => {
    expect(marked('batterybattery', 'battery')).toBe('[batterybattery]');
    expect(marked('kettle', 'ket ttle')).toBe('[kettle]');
    expect(marked('バッテリーの持ちが良い', 'バッテリー', 'ja')).toBe('[バッテリー]の持ちが良い');
  });

  it('returns the text whole when nothing matches', () => {
    expect(splitAtRanges('plain', [])).toEqual([{ text: 'plain', mark: false }]);
    expect(splitAtRanges('', [])).toEqual([{ text: '', mark: false }]);
    expect(matchRanges('plain', [], 'en')).toEqual([]);
  });
});
