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

  it('does not treat a leading "-" as a prefix separator', () => {
    expect(resolveTranslation('-pt')).toBe(builtIn);
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
