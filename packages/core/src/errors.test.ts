import { describe, expect, it } from 'vitest';
import { describeValue, fail, issue, joinPath, ok, parseNumber, type ParseResult } from './errors.js';

/** The single issue of a failed result, or a test failure if the result was ok or had several issues. */
function onlyIssue<T>(result: ParseResult<T>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  expect(result.errors).toHaveLength(1);
  return result.errors[0]!;
}

describe('issue / ok / fail', () => {
  it('builds issues with error severity by default', () => {
    expect(issue('value', 'is wrong')).toEqual({ path: 'value', message: 'is wrong', severity: 'error' });
    expect(issue('count', 'was rounded', 'warning')).toEqual({ path: 'count', message: 'was rounded', severity: 'warning' });
  });

  it('builds results', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3, warnings: [] });
    const w = issue('a', 'b', 'warning');
    expect(ok('x', [w])).toEqual({ ok: true, value: 'x', warnings: [w] });
    expect(fail([issue('a', 'b')])).toEqual({ ok: false, errors: [{ path: 'a', message: 'b', severity: 'error' }] });
  });
});

describe('joinPath', () => {
  it.each([
    ['', 'value', 'value'],
    ['product', 'aggregateRating', 'product.aggregateRating'],
    ['product.aggregateRating', 'ratingValue', 'product.aggregateRating.ratingValue'],
    ['reviews', 3, 'reviews[3]'],
    ['reviews[3]', 'rating', 'reviews[3].rating'],
    ['', 0, '[0]'],
  ] as const)('joinPath(%j, %j) is %j', (parent, key, expected) => {
    expect(joinPath(parent, key)).toBe(expected);
  });
});

describe('describeValue', () => {
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [4.5, '4.5'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
    ['abc', '"abc"'],
    ['', '""'],
    ['say "hi"', '"say \\"hi\\""'],
    [[1, 2, 3], 'an array of 3'],
    [true, 'a boolean'],
    [{ a: 1 }, 'an object'],
  ])('describes %j as %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('shows a 40-character string whole', () => {
    const s = 'x'.repeat(40);
    expect(describeValue(s)).toBe(`"${s}"`);
  });

  it('truncates a 41-character string', () => {
    expect(describeValue(`${'x'.repeat(40)}y`)).toBe(`"${'x'.repeat(40)}…"`);
  });

  it('truncates a long string to its first 40 characters and an ellipsis', () => {
    const long = `${'a'.repeat(40)}${'b'.repeat(10_000)}`;
    const shown = describeValue(long);
    expect(shown).toBe(`"${'a'.repeat(40)}…"`);
    expect(shown).toHaveLength(43);
    expect(shown).not.toContain('b');
  });
});

describe('parseNumber', () => {
  it.each([
    [4.3, 4.3],
    [0, 0],
    [-2, -2],
    ['4.3', 4.3],
    ['  4  ', 4],
    ['-3.5', -3.5],
    ['+5', 5],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['2E-1', 0.2],
  ] as const)('reads %j as %s', (raw, expected) => {
    expect(parseNumber(raw, 'value')).toEqual({ ok: true, value: expected, warnings: [] });
  });

  const PLAIN = 'must be a plain number like 4120000 or 4.5 (digits and a decimal point; no currency sign, commas, spaces or %)';
  it.each([
    [undefined, 'is required but missing'],
    [null, 'is required but missing'],
    ['', 'is required but missing'],
    ['   ', 'is required but missing'],
    ['\t\n', 'is required but missing'],
    ['abc', 'must be a number, got "abc"'],
    ['0x10', 'must be a number, got "0x10"'],
    ['4 stars', 'must be a number, got "4 stars"'],
    // Numbers written for reading: the message says how to write them instead.
    ['1,5', `${PLAIN}, got "1,5"`],
    ['$812,000', `${PLAIN}, got "$812,000"`],
    ['4.120.000 €', `${PLAIN}, got "4.120.000 €"`],
    ['4 120 000', `${PLAIN}, got "4 120 000"`],
    ['82%', `${PLAIN}, got "82%"`],
    ['$', 'must be a number, got "$"'],
    ['Infinity', 'must be a number, got "Infinity"'],
    ['NaN', 'must be a number, got "NaN"'],
    [NaN, 'must be a finite number, got NaN'],
    [Infinity, 'must be a finite number, got Infinity'],
    [-Infinity, 'must be a finite number, got -Infinity'],
    ['1e999', 'must be a finite number, got Infinity'],
    [true, 'must be a number, got a boolean'],
    [[4], 'must be a number, got an array of 1'],
    [{ value: 4 }, 'must be a number, got an object'],
  ])('rejects %j: %s', (raw, message) => {
    expect(onlyIssue(parseNumber(raw, 'value'))).toEqual({ path: 'value', message, severity: 'error' });
  });

  it('puts the given field path on every failure', () => {
    const path = 'product.aggregateRating.ratingValue';
    for (const raw of [undefined, '', 'abc', NaN, Infinity, 2.5, -1, 99]) {
      const result = parseNumber(raw, path, { min: 0, max: 5, integer: true });
      expect(onlyIssue(result).path).toBe(path);
    }
  });

  it('quotes at most 40 characters of a long bad string', () => {
    const { message } = onlyIssue(parseNumber('z'.repeat(500), 'value'));
    expect(message).toBe(`must be a number, got "${'z'.repeat(40)}…"`);
  });

  describe('integer rule', () => {
    it('accepts whole numbers, including "3.0"', () => {
      expect(parseNumber(3, 'count', { integer: true })).toEqual(ok(3));
      expect(parseNumber('3.0', 'count', { integer: true })).toEqual(ok(3));
      expect(parseNumber('1e2', 'count', { integer: true })).toEqual(ok(100));
    });

    it('rejects fractions', () => {
      expect(onlyIssue(parseNumber(2.5, 'count', { integer: true })).message).toBe('must be a whole number, got 2.5');
      expect(onlyIssue(parseNumber('0.1', 'count', { integer: true })).message).toBe('must be a whole number, got 0.1');
    });
  });

  describe('range', () => {
    it('accepts the bounds themselves', () => {
      expect(parseNumber(0, 'v', { min: 0, max: 5 })).toEqual(ok(0));
      expect(parseNumber('5', 'v', { min: 0, max: 5 })).toEqual(ok(5));
    });

    it.each([
      [{ min: 0, max: 5 }, 5.2, 'must be between 0 and 5, got 5.2'],
      [{ min: 0, max: 5 }, -0.1, 'must be between 0 and 5, got -0.1'],
      [{ min: 1 }, 0, 'must be at least 1, got 0'],
      [{ max: 10 }, 11, 'must be at most 10, got 11'],
      [{ min: 0 }, '-4', 'must be at least 0, got -4'],
    ])('with %j rejects %j: %s', (rule, raw, message) => {
      expect(onlyIssue(parseNumber(raw, 'v', rule))).toEqual({ path: 'v', message, severity: 'error' });
    });

    it('checks the integer rule before the range', () => {
      expect(onlyIssue(parseNumber(7.5, 'v', { min: 1, max: 5, integer: true })).message).toBe('must be a whole number, got 7.5');
    });
  });

  describe('optional', () => {
    it.each([undefined, null, '', '  '])('turns %j into undefined', (raw) => {
      expect(parseNumber(raw, 'count', { optional: true })).toEqual({ ok: true, value: undefined, warnings: [] });
    });

    it('still validates a value that is present', () => {
      expect(parseNumber('12', 'count', { optional: true, min: 0 })).toEqual(ok(12));
      expect(onlyIssue(parseNumber('-1', 'count', { optional: true, min: 0 })).message).toBe('must be at least 0, got -1');
      expect(onlyIssue(parseNumber('many', 'count', { optional: true })).message).toBe('must be a number, got "many"');
    });
  });
});
