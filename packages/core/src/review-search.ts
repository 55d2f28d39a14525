/**
 * Search within reviews: text normalised so that a reader's query finds what they mean whatever its case and
 * accents ("cafe" finds "Café", "KETTLE" finds "kettle"), in the language's own rules (Turkish "I" lower-cases to
 * "ı"), and the places of the matches in the original text, so an element can mark them as text (never HTML).
 */

/**
 * Combining marks that are accents on a letter and may be ignored in a search: the shared (Inherited) diacritics of
 * Latin, Greek and Cyrillic, Arabic harakat and Hebrew niqqud. Marks that are part of the letter in other scripts
 * stay: Japanese voicing marks (バ is not ハ), Indic vowel signs and viramas, Thai vowels and tones.
 */
const ACCENTS = /(?!\u3099|\u309a)(?=\p{M})[\p{Script=Inherited}\p{Script=Hebrew}\p{Script=Arabic}]/gu;
const ASCII = /^[\t\n\r\x20-\x7e]*$/;

/** Lower case in `lang`'s rules (Greek final sigma reads as sigma, so a word matches wherever it ends). */
const lower = (text: string, lang: string): string => {
  let result: string;
  try {
    result = text.toLocaleLowerCase(lang);
  } catch {
    result = text.toLowerCase(); // an invalid tag
  }
  return result.replace(/ς/g, 'σ');
};

/**
 * `text` as search compares it: lower-cased in `lang`'s rules, decomposed (NFD), accents dropped (see above),
 * composed again (NFC, so Hangul and kana are whole). "Crème Brûlée" → "creme brulee".
 */
export function normalizeForSearch(text: string, lang: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return lower(text, lang).normalize('NFD').replace(ACCENTS, '').normalize('NFC');
}

/** The words of a reader's query, normalised, without repeats: every one must occur for a review to match. */
export function searchTerms(query: string, lang: string): string[] {
  return [...new Set(normalizeForSearch(query, lang).split(/\s+/u).filter(Boolean))];
}

/** Whether every term occurs in `normalized` (a text already passed through {@link normalizeForSearch}). */
export const containsAll = (normalized: string, terms: readonly string[]): boolean => terms.every((t) => normalized.includes(t));

/**
 * Where the terms occur in `text`: `[start, end)` ranges of the original text (UTF-16 indices), sorted, with
 * overlapping or touching ones merged. Each character is normalised on its own and mapped back, so a match
 * never starts or ends inside a character, and an accent that was dropped is marked with its letter.
 */
export function matchRanges(text: string, terms: readonly string[], lang: string): [number, number][] {
  if (!terms.length || !text) return [];
  let normalized = text.toLowerCase();
  // Where each character of `normalized` comes from in `text`: [start, end) of its character, an accent dropped
  // after it included (identity when the text is ASCII).
  let starts: number[] | undefined;
  let ends: number[] | undefined;
  if (!ASCII.test(text)) {
    normalized = '';
    starts = [];
    ends = [];
    let index = 0;
    for (const char of text) {
      const piece = normalizeForSearch(char, lang);
      const end = index + char.length;
      if (!piece && ends.length) ends[ends.length - 1] = end;
      for (let i = 0; i < piece.length; i++) {
        starts.push(index);
        ends.push(end);
      }
      normalized += piece;
      index = end;
    }
  }
  const range = (i: number, length: number): [number, number] => (starts && ends ? [starts[i]!, ends[i + length - 1]!] : [i, i + length]);
  const found: [number, number][] = [];
  for (const term of terms)
    for (let i = normalized.indexOf(term); i !== -1; i = normalized.indexOf(term, i + term.length)) found.push(range(i, term.length));
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** One piece of a text split at its matches: `mark` pieces are the matches (an element wraps them in `<mark>`). */
export interface TextPart {
  readonly text: string;
  readonly mark: boolean;
}

/** `text` cut into plain and marked pieces at `ranges` (as {@link matchRanges} returns them). */
export function splitAtRanges(text: string, ranges: readonly (readonly [number, number])[]): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    if (start > from) parts.push({ text: text.slice(from, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    from = end;
  }
  if (from < text.length || !parts.length) parts.push({ text: text.slice(from), mark: false });
  return parts;
}
