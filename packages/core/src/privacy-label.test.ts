import { describe, expect, it } from 'vitest';
import type { ParseResult } from './errors.js';
import { groupByUse, parsePrivacyLabel } from './privacy-label.js';

const paths = (r: ParseResult<unknown>) => (r.ok ? [] : r.errors.map((e) => e.path));

describe('parsePrivacyLabel', () => {
  const entries = [
    { category: 'location', use: 'not-collected' },
    { category: 'identifiers', use: 'tracking', purposes: ['analytics', 'analytics', 'third-party-advertising'] },
    { category: 'contact-info', use: 'linked', purposes: ['functionality'] },
  ];

  it('groups by use, most revealing first, keeping the author’s order and dropping repeated purposes', () => {
    const r = parsePrivacyLabel({ categories: entries });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.entries[1]!.purposes).toEqual(['analytics', 'third-party-advertising']);
    expect(groupByUse(r.value).map((g) => [g.use, g.entries.map((e) => e.category)])).toEqual([
      ['tracking', ['identifiers']],
      ['linked', ['contact-info']],
      ['not-collected', ['location']],
    ]);
  });

  it('treats an unknown category, use or purpose and a repeated category as errors, never as dropped rows', () => {
    expect(paths(parsePrivacyLabel({ categories: [...entries, { category: 'dreams', use: 'linked', purposes: ['other'] }] }))).toEqual([
      'categories[3].category',
    ]);
    expect(paths(parsePrivacyLabel({ categories: [{ category: 'location', use: 'sometimes', purposes: ['x'] }] }))).toEqual([
      'categories[0].use',
      'categories[0].purposes[0]',
    ]);
    expect(paths(parsePrivacyLabel({ categories: [...entries, { category: 'location', use: 'linked', purposes: ['other'] }] }))).toEqual([
      'categories[3].category',
    ]);
    expect(paths(parsePrivacyLabel({ categories: 'location' }))).toEqual(['categories']);
    expect(paths(parsePrivacyLabel({ categories: [] }))).toEqual(['categories']);
  });
});
