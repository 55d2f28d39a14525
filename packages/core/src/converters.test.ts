import { describe, expect, it } from 'vitest';
import { isNumericString, numberAttribute } from './converters.js';

describe('isNumericString', () => {
  it.each(['4', '-3.5', '+2', '.5', '5.', '1e3', '1E-3', '  4.3  ', '0'])('accepts %j', (raw) => {
    expect(isNumericString(raw)).toBe(true);
  });

  it.each(['', ' ', 'abc', '0x10', '4 stars', '1,5', 'Infinity', 'NaN', '.', '-', 'e3', '1e', '1.2.3', '--1'])('rejects %j', (raw) => {
    expect(isNumericString(raw)).toBe(false);
  });
});

describe('numberAttribute', () => {
  const from = (raw: string | null) => numberAttribute.fromAttribute!(raw, Number);
  const to = (value: number | string | undefined) => numberAttribute.toAttribute!(value, Number);

  it('reads a missing attribute as undefined', () => {
    expect(from(null)).toBeUndefined();
  });

  it('reads decimal numbers as numbers', () => {
    expect(from('4.3')).toBe(4.3);
    expect(from(' 7 ')).toBe(7);
    expect(from('-0.5')).toBe(-0.5);
    expect(from('1e3')).toBe(1000);
  });

  it('keeps anything else as the author wrote it, never 0 or NaN', () => {
    expect(from('')).toBe('');
    expect(from('abc')).toBe('abc');
    expect(from('0x10')).toBe('0x10');
    expect(from('4 stars')).toBe('4 stars');
  });

  it('writes numbers and strings back as strings and removes the attribute for undefined', () => {
    expect(to(4.3)).toBe('4.3');
    expect(to(0)).toBe('0');
    expect(to('abc')).toBe('abc');
    expect(to(undefined)).toBeNull();
  });
});
