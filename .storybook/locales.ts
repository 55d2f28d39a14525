/**
 * Every locale the package ships, found rather than listed: each module of packages/elements/src/locales/ registers
 * its table (importing it here is what makes the locale toolbar work) and exports the table, whose `$code`, `$name`
 * and `$dir` name it. A locale added there appears in the toolbar and in the story tests (test/storybook/) with no
 * edit here. English is the built-in fallback and always first.
 */
import en from '@trust-signals/core/locales/en.js';

interface Table {
  readonly $code: string;
  readonly $name: string;
  readonly $dir: 'ltr' | 'rtl';
}

export interface Locale {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

const modules = import.meta.glob<{ default: Table }>('../packages/elements/src/locales/*.ts', { eager: true });

const toLocale = (t: Table): Locale => ({ code: t.$code, name: t.$name, dir: t.$dir });

/** English first, then the shipped translations by language code. */
export const locales: readonly Locale[] = [
  toLocale(en),
  ...Object.values(modules)
    .map((m) => toLocale(m.default))
    .filter((l) => l.code !== en.$code)
    .sort((a, b) => a.code.localeCompare(b.code)),
];

/** The writing direction of a locale (its table's `$dir`); an unknown code is left to right. */
export function directionOf(code: string): 'ltr' | 'rtl' {
  return locales.find((l) => l.code === code)?.dir ?? 'ltr';
}
