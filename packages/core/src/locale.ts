import { enCommon } from './strings/common.js';
import type { Translation } from './translation.js';

/**
 * The built-in English table. It starts with the common strings and grows as element modules load: each calls
 * `provideEnglish()` with its family's English, so a page carries the English only of the elements it uses.
 */
const english = { ...enCommon } as Translation;
const tables = new Map<string, Translation>([['en', english]]);

/**
 * Adds one family's English strings to the built-in fallback table. Called once at the top of each element module
 * (`provideEnglish(enRating)`); calling it again with the same strings changes nothing. A page's own registered
 * `en` table, if any, still wins.
 */
export function provideEnglish(...parts: object[]): void {
  Object.assign(english, ...parts);
}
const listeners = new Set<() => void>();

/**
 * Makes translation tables available to every element, and re-renders connected elements so that a table that
 * arrives after first render (a lazily imported locale) takes effect without a reload.
 */
export function registerTranslation(...translations: Translation[]): void {
  for (const t of translations) tables.set(t.$code.toLowerCase(), t);
  for (const listener of listeners) listener();
}

/** Called whenever the set of tables changes. Returns an unsubscribe function. */
export function onTranslationsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The best table for a language tag: the exact tag (`pt-br`), then each shorter prefix (`pt`), then English.
 */
export function resolveTranslation(lang: string | null | undefined): Translation {
  let tag = (lang ?? '').toLowerCase().replace(/_/g, '-');
  while (tag) {
    const found = tables.get(tag);
    if (found) return found;
    const cut = tag.lastIndexOf('-');
    tag = cut > 0 ? tag.slice(0, cut) : '';
  }
  // English is the fallback: the built-in table, or the page's own if it registered one.
  return tables.get('en') ?? english;
}
