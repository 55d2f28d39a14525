import type { PluralForms } from '../format.js';

/** A message that depends on a count: one template per CLDR plural category, chosen with Intl.PluralRules. */
export type Plural<Args extends unknown[] = [n: string]> = PluralForms<(...args: Args) => string>;

/** Strings every element may use, and the table's identity. */
export interface CommonStrings {
  /** BCP 47 language code of this table, e.g. `en`, `es`, `ar`. */
  readonly $code: string;
  /** The language's own name, e.g. `Español`. */
  readonly $name: string;
  /** Writing direction of the language (a hint for docs and stories; the page's `dir` wins). */
  readonly $dir: 'ltr' | 'rtl';

  /** Puts an author's label before a text: "Quality: Rated 4 out of 5". */
  labelled(label: string, text: string): string;
}

/** English common strings: always bundled (core's fallback table starts from them). */
export const enCommon: CommonStrings = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  labelled: (label, text) => `${label}: ${text}`,
};
