import { describe, expect, it } from 'vitest';
import { parseGuarantee } from './guarantee.js';

const promise = { kind: 'delivery', promise: 'Ships in 24 h' };

describe('parseGuarantee', () => {
  it('reads a promise without a record', () => {
    const parsed = parseGuarantee(promise);
    expect(parsed.guarantee).toEqual({ ok: true, value: { kind: 'delivery', promise: 'Ships in 24 h' }, warnings: [] });
    expect(parsed.record).toBeUndefined();
    expect(parsed.issues).toEqual([]);
  });

  it('reads a full record from attribute strings', () => {
    const parsed = parseGuarantee({
      ...promise,
      percent: '98.7',
      periodDays: '90',
      count: '12480',
      source: ' Order system ',
      sourceUrl: '/delivery-record',
    });
    expect(parsed.record).toEqual({
      ok: true,
      value: { percent: 98.7, periodDays: 90, count: 12480, source: 'Order system', sourceUrl: '/delivery-record' },
      warnings: [],
    });
    expect(parsed.issues).toEqual([]);
  });

  it.each([
    ['no period', { percent: 98.7, source: 'Orders' }, ['period-days']],
    ['no source', { percent: 98.7, periodDays: 90 }, ['source']],
    ['neither', { percent: 98.7 }, ['period-days', 'source']],
    ['a count without a percent', { count: 12, periodDays: 90, source: 'Orders' }, ['percent']],
    ['a percent over 100', { percent: 120, periodDays: 90, source: 'Orders' }, ['percent']],
    ['a fractional period', { percent: 90, periodDays: 1.5, source: 'Orders' }, ['period-days']],
    ['a zero count', { percent: 90, periodDays: 30, source: 'Orders', count: 0 }, ['count']],
    ['a javascript: source URL', { percent: 90, periodDays: 30, source: 'Orders', sourceUrl: 'javascript:alert(1)' }, ['source-url']],
  ])('refuses a record with %s, but keeps the promise', (_, record, paths) => {
    const parsed = parseGuarantee({ ...promise, ...record });
    expect(parsed.guarantee.ok).toBe(true);
    expect(parsed.record?.ok).toBe(false);
    expect(parsed.issues.map((i) => i.path)).toEqual(paths);
    expect(parsed.issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('refuses an unknown kind and a missing promise, each with its path', () => {
    const parsed = parseGuarantee({ kind: 'shipping', promise: '  ' });
    expect(parsed.guarantee.ok).toBe(false);
    expect(parsed.issues.map((i) => i.path)).toEqual(['kind', 'promise']);
  });

  it('warns about a period or source given without a figure', () => {
    const parsed = parseGuarantee({ ...promise, periodDays: 90, source: 'Orders' });
    expect(parsed.record).toBeUndefined();
    expect(parsed.issues.map((i) => [i.path, i.severity])).toEqual([
      ['period-days', 'warning'],
      ['source', 'warning'],
    ]);
  });
});
