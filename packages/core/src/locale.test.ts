import { describe, expect, it, vi } from 'vitest';
import { onTranslationsChanged, provideEnglish, registerTranslation, resolveTranslation } from './locale.js';
import en from './locales/en.js';
import { enCommon } from './strings/common.js';
import { enRating } from './strings/rating.js';
import { enSurvey } from './strings/survey.js';
import type { Translation } from './translation.js';

// Module state persists between the tests of this file: tests only ever add tables, each with its own codes.
// The built-in English table, before any element module has provided its family's strings.
const builtIn = resolveTranslation(undefined);
const table = (code: string, ratingUnavailable: string): Translation => ({ ...en, $code: code, $name: code, ratingUnavailable });

describe('resolveTranslation', () => {
  it('is English before anything is registered, and for no language', () => {
    expect(resolveTranslation('en')).toBe(builtIn);
    expect(resolveTranslation('de')).toBe(builtIn);
    expect(resolveTranslation('')).toBe(builtIn);
    expect(resolveTranslation(null)).toBe(builtIn);
    expect(resolveTranslation(undefined)).toBe(builtIn);
  });

  it('falls back from the exact tag to each shorter prefix, then to English', () => {
    const pt = table('pt', 'Avaliação indisponível');
    const ptBR = table('pt-BR', 'Avaliação não disponível');
    registerTranslation(pt, ptBR);
    expect(resolveTranslation('pt-BR')).toBe(ptBR);
    expect(resolveTranslation('pt-PT')).toBe(pt);
    expect(resolveTranslation('pt')).toBe(pt);
    expect(resolveTranslation('pt-BR-x-private')).toBe(ptBR);
    expect(resolveTranslation('pt-Latn-PT')).toBe(pt);
    expect(resolveTranslation('pl')).toBe(builtIn);
    expect(resolveTranslation('ptx')).toBe(builtIn);
  });

  it('is case-insensitive and reads "_" as "-"', () => {
    const zhHant = table('zh-Hant', '無法顯示評分');
    registerTranslation(zhHant);
    expect(resolveTranslation('zh-hant')).toBe(zhHant);
    expect(resolveTranslation('ZH-HANT-TW')).toBe(zhHant);
    expect(resolveTranslation('zh_Hant_TW')).toBe(zhHant);
    expect(resolveTranslation('zh')).toBe(builtIn);
    const frCA = table('fr-CA', 'Évaluation non disponible');
    registerTranslation(frCA);
    expect(resolveTranslation('FR_ca')).toBe(frCA);
    expect(resolveTranslation('fr')).toBe(builtIn);
  });

  it('finds a table among the tag and its prefixes without Intl.Locale (costly on first use)', () => {
    const eo = table('eo', 'Takso ne disponebla');
    registerTranslation(eo);
    const { Locale } = Intl;
    const intl = Intl as { Locale: typeof Intl.Locale };
    let made = 0;
    intl.Locale = class extends Locale {
      constructor(...args: ConstructorParameters<typeof Locale>) {
        super(...args);
        made++;
      }
    };
    try {
      expect(resolveTranslation('eo_Latn_001')).toBe(eo);
      expect(resolveTranslation('EN-gb')).toBe(builtIn);
      expect(made).toBe(0);
      // A tag with no table among its prefixes still goes through Intl.Locale (here: to English).
      expect(resolveTranslation('xx-Latn')).toBe(builtIn);
      expect(made).toBeGreaterThan(0);
    } finally {
      intl.Locale = Locale;
    }
  });

  it('does not treat a leading "-" as a prefix separator', () => {
    expect(resolveTranslation('-pt')).toBe(builtIn);
  });
});

describe('resolveTranslation for region variants, scripts and related languages', () => {
  // A registry of its own (a fresh copy of the module) holding only the tables the shipped locales register, so
  // that the tables the other tests add (a page's own `pt`, `zh-Hant` or `nn-NO`) do not answer for these.
  type Locale = typeof import('./locale.js');
  const fresh = async (...codes: string[]): Promise<{ resolve: (lang: string) => string }> => {
    vi.resetModules();
    const locale: Locale = await import('./locale.js');
    locale.registerTranslation(...codes.map((code) => table(code, code)));
    return { resolve: (lang) => locale.resolveTranslation(lang).$code };
  };
  const SHIPPED = ['de', 'fr', 'he', 'id', 'tl', 'pt-BR', 'pt-PT', 'zh-Hans', 'zh-Hant', 'nb'];

  it.each([
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['pt_br', 'pt-BR'],
    ['pt-Latn-BR', 'pt-BR'],
    ['pt-PT', 'pt-PT'],
    ['PT-pt', 'pt-PT'],
    ['pt-Latn-PT', 'pt-PT'],
    // CLDR's parent of the Portuguese of Africa, Asia and Europe outside Portugal is pt-PT.
    ['pt-AO', 'pt-PT'],
    ['pt-MZ', 'pt-PT'],
    ['pt-CV', 'pt-PT'],
    ['pt-MO', 'pt-PT'],
    ['pt-CH', 'pt-PT'],
    ['pt-Latn-AO', 'pt-PT'],
    // …and of any other region the language's default, Brazilian Portuguese.
    ['pt-US', 'pt-BR'],
    ['pt-419', 'pt-BR'],
  ])('reads %s as %s', async (lang, code) => {
    expect((await fresh(...SHIPPED)).resolve(lang)).toBe(code);
  });

  it.each([
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-MY', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh_hans_sg', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['ZH_hk', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
  ])('reads %s as %s (the script Intl.Locale gives it)', async (lang, code) => {
    expect((await fresh(...SHIPPED)).resolve(lang)).toBe(code);
  });

  it.each([
    ['no', 'nb'],
    ['no-NO', 'nb'],
    ['nb-NO', 'nb'],
    ['nn', 'nb'],
    ['nn-NO', 'nb'],
    ['de-CH', 'de'],
    ['de-AT', 'de'],
    ['fr-CA', 'fr'],
    // Deprecated codes, read in their canonical form: Hebrew, Indonesian; and Filipino finds the Tagalog table.
    ['iw', 'he'],
    ['in', 'id'],
    ['fil', 'tl'],
    ['fil-PH', 'tl'],
  ])('reads %s as %s', async (lang, code) => {
    expect((await fresh(...SHIPPED)).resolve(lang)).toBe(code);
  });

  it('never uses a sibling region or another script, and falls back to English', async () => {
    const { resolve } = await fresh('fr-CA', 'pt-PT', 'zh-Hant', 'sr-Cyrl');
    expect(resolve('fr')).toBe('en');
    expect(resolve('fr-BE')).toBe('en');
    expect(resolve('pt')).toBe('en');
    expect(resolve('pt-BR')).toBe('en');
    expect(resolve('zh')).toBe('en');
    expect(resolve('zh-CN')).toBe('en');
    expect(resolve('zh-Hans-HK')).toBe('en');
    expect(resolve('sr-Latn')).toBe('en');
    expect(resolve('sr')).toBe('sr-Cyrl');
    const hans = await fresh('zh-Hans');
    expect(hans.resolve('zh-TW')).toBe('en');
    expect(hans.resolve('zh-HK')).toBe('en');
    expect(hans.resolve('zh-Latn')).toBe('en');
  });

  it("prefers a page's own table for the bare language over any variant", async () => {
    const { resolve } = await fresh(...SHIPPED, 'pt', 'zh');
    expect(resolve('pt-AO')).toBe('pt');
    expect(resolve('pt-US')).toBe('pt');
    expect(resolve('pt')).toBe('pt');
    expect(resolve('pt-BR')).toBe('pt-BR');
    expect(resolve('zh-HK')).toBe('zh');
  });

  it('reads tags Intl cannot parse by their prefixes alone, without throwing', async () => {
    const { resolve } = await fresh(...SHIPPED);
    expect(resolve('-pt')).toBe('en');
    expect(resolve('zh-min-nan')).toBe('en');
    expect(resolve('pt-BR-x-private')).toBe('pt-BR');
    expect(resolve('nonsense tag')).toBe('en');
    expect(resolve('')).toBe('en');
  });

  it('forgets an answer when the tables change', async () => {
    vi.resetModules();
    const locale: Locale = await import('./locale.js');
    expect(locale.resolveTranslation('pt-AO').$code).toBe('en');
    locale.registerTranslation(table('pt-BR', 'pt-BR'));
    expect(locale.resolveTranslation('pt-AO').$code).toBe('pt-BR');
    locale.registerTranslation(table('pt-PT', 'pt-PT'));
    expect(locale.resolveTranslation('pt-AO').$code).toBe('pt-PT');
    const custom = table('en', 'No rating yet');
    locale.registerTranslation(custom);
    expect(locale.resolveTranslation('ko')).toBe(custom);
  });
});

describe('the English fallback', () => {
  it('starts with the common strings only and grows by family as element modules provide them', () => {
    expect(builtIn).toEqual(enCommon);
    expect(builtIn.ratedOutOf).toBeUndefined();
    provideEnglish(enRating);
    expect(resolveTranslation('pl')).toBe(builtIn);
    expect(builtIn.ratedOutOf('4.3', '5')).toBe('Rated 4.3 out of 5');
    expect(builtIn.npsQuestionUs).toBeUndefined();
    provideEnglish(enSurvey, enSurvey);
    expect(builtIn).toEqual({ ...enCommon, ...enRating, ...enSurvey });
    expect(builtIn.reviewsEmpty).toBeUndefined();
  });

  it("is the page's own English table when it registered one", () => {
    const custom = { ...en, ratingUnavailable: 'No rating yet' };
    registerTranslation(custom);
    try {
      expect(resolveTranslation('pl').ratingUnavailable).toBe('No rating yet');
      expect(resolveTranslation('en-GB')).toBe(custom);
    } finally {
      registerTranslation(en);
    }
    expect(resolveTranslation('pl')).toBe(en);
  });
});

describe('registerTranslation', () => {
  it('registers under the lower-cased code, found whatever case the page writes', () => {
    const nb = table('NB', 'Vurdering utilgjengelig');
    const nn = table('nn-NO', 'Vurdering utilgjengeleg');
    registerTranslation(nb, nn);
    expect(resolveTranslation('nb').ratingUnavailable).toBe('Vurdering utilgjengelig');
    expect(resolveTranslation('NB-no').ratingUnavailable).toBe('Vurdering utilgjengelig');
    expect(resolveTranslation('nn-no').ratingUnavailable).toBe('Vurdering utilgjengeleg');
    expect(resolveTranslation('NN-NO').ratingUnavailable).toBe('Vurdering utilgjengeleg');
  });

  it('replaces a table registered again under the same code', () => {
    const first = table('sv', 'Betyg saknas');
    const second = table('SV', 'Betyg inte tillgängligt');
    registerTranslation(first);
    registerTranslation(second);
    expect(resolveTranslation('sv')).toBe(second);
    expect(resolveTranslation('sv').ratingUnavailable).toBe('Betyg inte tillgängligt');
  });
});

describe('onTranslationsChanged', () => {
  it('calls each listener once per registration, after the tables are in place', () => {
    const seen: string[] = [];
    const a = vi.fn(() => seen.push(resolveTranslation('da').ratingUnavailable));
    const b = vi.fn();
    const offA = onTranslationsChanged(a);
    const offB = onTranslationsChanged(b);
    registerTranslation(table('da', 'Bedømmelse ikke tilgængelig'), table('fi', 'Arvio ei saatavilla'));
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['Bedømmelse ikke tilgængelig']);
    offA();
    offB();
  });

  it('stops calling a listener after it unsubscribes, and keeps calling the others', () => {
    const gone = vi.fn();
    const stays = vi.fn();
    const off = onTranslationsChanged(gone);
    const offStays = onTranslationsChanged(stays);
    registerTranslation(table('is', 'Einkunn ekki tiltæk'));
    expect(gone).toHaveBeenCalledTimes(1);
    off();
    registerTranslation(table('et', 'Hinnang pole saadaval'));
    expect(gone).toHaveBeenCalledTimes(1);
    expect(stays).toHaveBeenCalledTimes(2);
    offStays();
    registerTranslation(table('lv', 'Vērtējums nav pieejams'));
    expect(stays).toHaveBeenCalledTimes(2);
  });
});
