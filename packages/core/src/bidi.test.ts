import { describe, expect, it } from 'vitest';
import { isolate } from './bidi.js';

const FSI = '\u2068';
const PDI = '\u2069';

describe('isolate', () => {
  it.each([
    ['Fit', 'rtl'],
    ['Battery life', 'rtl'],
    ['Größe', 'rtl'],
    ['充電', 'rtl'],
    ['Ω', 'rtl'],
    ['المقاس', 'ltr'],
    ['מידה', 'ltr'],
    ['Store متجر', 'ltr'],
    ['Store متجر', 'rtl'],
    ['ﻻ', 'ltr'],
  ] as const)('wraps %j in a sentence running %s', (text, dir) => {
    expect(isolate(text, dir)).toBe(`${FSI}${text}${PDI}`);
  });

  it.each([
    ['Fit', 'ltr'],
    ['充電', 'ltr'],
    ['المقاس', 'rtl'],
    ['מידה', 'rtl'],
    ['4.5', 'rtl'],
    ['4.5', 'ltr'],
    ['(1,234)', 'rtl'],
    ['', 'rtl'],
    ['—', 'ltr'],
  ] as const)('leaves %j as it is in a sentence running %s', (text, dir) => {
    expect(isolate(text, dir)).toBe(text);
  });
});
