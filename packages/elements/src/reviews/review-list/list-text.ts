import type { PluralForms, Translation } from '@trust-signals/core';

/** What the list's parts render words and numbers with, in the list's language (the element's `t`, `num`, `plural`). */
export interface ListText {
  readonly t: Translation;
  readonly lang: string;
  readonly num: (n: number) => string;
  readonly plural: (forms: PluralForms<(n: string) => string>, n: number) => string;
}
