// A badge's certified claim joins the certifier's scheme and level (`badgeClaim`), which certifiers write in their
// own language, often English. In a right-to-left table the join must not put that script's punctuation inside
// them: the Arabic badge read "Example Secure Checkout، Gold" (an Arabic comma inside English text).
import { describe, expect, it } from 'vitest';
import type { Translation } from '@trust-signals/core';

const tables = import.meta.glob<Translation>('../../packages/core/src/locales/*.ts', { eager: true, import: 'default' });
const rtl = Object.values(tables).filter((t) => t.$dir === 'rtl');
/** Arabic, Hebrew, Syriac, Thaana, NKo… (U+0590–U+08FF) and their presentation forms. */
const RTL_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

describe('right-to-left tables', () => {
  it('include Arabic', () => expect(rtl.map((t) => t.$code)).toContain('ar'));

  it.each(rtl.map((t) => [t.$code, t] as const))('%s joins a Latin scheme and level without its own punctuation', (_code, t) => {
    const claim = t.badgeClaim('Example Secure Checkout', 'Gold');
    expect(claim).toContain('Example Secure Checkout');
    expect(claim).toContain('Gold');
    expect(claim).not.toMatch(RTL_SCRIPT);
    expect(t.badgeClaim('Example Secure Checkout', undefined)).toBe('Example Secure Checkout');
  });
});
