import { enCommon } from './strings/common.js';
import type { Translation } from './translation.js';

/**
 * The built-in English table. It starts with the common strings and grows as element modules load: each calls
 * `provideEnglish()` with its family's English, so a page carries the English only of the elements it uses.
 */
const english = { ...enCommon } as Translation;
const tables = new Map<string, Translation>([['en', english]]);
// The table found for each tag asked for, until the set of tables changes: elements ask on every render.
const resolved = new Map<string, Translation>();

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
  for (const t of translations) {
    const code = t.$code.toLowerCase();
    tables.set(code, t);
    // Also under the canonical tag, so that a page asking for the canonical one finds it (`tl` is also `fil`).
    const canonical = parse(code)?.baseName.toLowerCase();
    if (canonical && canonical !== code) tables.set(canonical, t);
  }
  resolved.clear();
  for (const listener of listeners) listener();
}

/** Called whenever the set of tables changes. Returns an unsubscribe function. */
export function onTranslationsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Region variants that CLDR (its `parentLocales`) reads as European Portuguese rather than the language's default,
 * Brazilian Portuguese: the Portuguese of Africa, Asia and Europe outside Portugal. `Intl` has no API for parent
 * locales, so this one is a pattern.
 */
const PT_PT = /^pt-(ao|ch|cv|gq|gw|lu|mo|mz|st|tl)$/;

/**
 * Languages a reader of another language reads as well. Norwegian: `no` is the macrolanguage, Bokmål (`nb`) its
 * usual written form, and every reader of Nynorsk (`nn`) reads Bokmål too, which is better for them than English.
 */
const RELATED: Readonly<Record<string, readonly string[]>> = { no: ['nb'], nb: ['no'], nn: ['no', 'nb'] };

function parse(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag);
  } catch {
    return undefined;
  }
}

/** `tag` lower-cased and each shorter prefix of it: `pt-br-x-private`, `pt-br-x`, `pt-br`, `pt`. */
function prefixes(tag: string): string[] {
  const out: string[] = [];
  for (tag = tag.toLowerCase(); tag; tag = tag.slice(0, Math.max(tag.lastIndexOf('-'), 0))) out.push(tag);
  return out;
}

/**
 * The tags to try for `lang`, best first (see {@link resolveTranslation}), each followed by its prefixes. The
 * ones after the tag itself come from `Intl.Locale`: its canonical form (`iw` is `he`), its likely script and
 * region (`maximize()`: `zh-HK` is `zh-Hant-HK`, `pt` is `pt-Latn-BR`), CLDR's parent of the region variant, and
 * the language's usual variant when that is written in the same script (`pt-US` reads `pt-BR`; `zh-Latn` does
 * not read `zh-Hans`).
 */
function candidates(lang: string): string[] {
  const tag = lang.replace(/_/g, '-');
  const tags = [tag];
  const locale = parse(tag);
  if (locale) {
    const likely = locale.maximize();
    const { language, script, region } = likely;
    const languageRegion = `${language}-${region}`.toLowerCase();
    tags.push(locale.baseName, likely.baseName);
    if (region) tags.push(languageRegion);
    if (PT_PT.test(languageRegion)) tags.push('pt-pt');
    const usual = parse(language)?.maximize();
    if (usual?.script === script && usual?.region) tags.push(`${language}-${usual.script}`, `${language}-${usual.region}`);
    tags.push(...(RELATED[language] ?? []));
  }
  return tags.flatMap(prefixes);
}

/**
 * The best table for a language tag (case-insensitive, `_` read as `-`), English if none fits:
 *
 * 1. the exact tag, then each shorter prefix: `pt-BR-x-private`, `pt-BR`, `pt`; `de-CH` finds `de`;
 * 2. the same for the canonical tag (`iw` → `he`, `in` → `id`, `tl` → `fil`);
 * 3. the tag with its likely script and region added (`Intl.Locale.prototype.maximize`), then each prefix: so
 *    `zh`, `zh-CN`, `zh-SG` and `zh-Hans-*` find `zh-Hans`, and `zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant-*` find
 *    `zh-Hant`; then language and region: `pt` finds `pt-BR` (Brazil is where most Portuguese readers are);
 * 4. the region's parent in CLDR: `pt-AO`, `pt-MZ`, `pt-CV`, `pt-GW`, `pt-ST`, `pt-TL`, `pt-MO`, `pt-GQ`, `pt-CH`
 *    and `pt-LU` find `pt-PT`;
 * 5. the language's default variant, if it is written in the same script: `pt-US` finds `pt-BR`;
 * 6. a related language: `no` and `nn` find `nb` (Bokmål).
 *
 * A sibling region is never used for another (`fr` does not find `fr-CA`), nor another script (`zh-Hans` does not
 * find `zh-Hant`). A table a page registers for the bare language (`pt`) wins over steps 3 to 6 for every region.
 */
export function resolveTranslation(lang: string | null | undefined): Translation {
  const key = lang ?? '';
  let found = resolved.get(key);
  if (!found) {
    // Steps 1 and 3 to 6 start with the tag's own prefixes: when one of them has a table (`en`, `de-CH` → `de`), that is
    // the answer, found without `Intl.Locale`, whose first use on a page costs tens of milliseconds.
    const find = (tags: string[]) => tags.map((tag) => tables.get(tag)).find(Boolean);
    found = find(prefixes(key.replace(/_/g, '-'))) ?? find(candidates(key));
    // English is the fallback: the built-in table, or the page's own if it registered one.
    found ??= tables.get('en') ?? english;
    resolved.set(key, found);
  }
  return found;
}
