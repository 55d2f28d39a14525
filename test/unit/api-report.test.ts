// The public surface of @trust-signals/core is what packages/core/api-report.md records: every entry point of the
// package's `exports` with every exported name and its kind. A change to what an entry point exports fails here
// until the report is regenerated, so the change is reviewed (a name added to an entry is a promise to users).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without typings
import { apiSurface, renderReport, reportPath } from '../../scripts/api-report.mjs';

interface Entry {
  name: string;
  exports: Array<{ name: string; kind: string; runtime: boolean }>;
}

const surface = (apiSurface as () => Entry[])();

describe('API report of @trust-signals/core', () => {
  it('matches the sources (run npm run api-report and review the change)', () => {
    const recorded = readFileSync(reportPath as string, 'utf8');
    expect(
      (renderReport as (s: Entry[]) => string)(surface) === recorded,
      'packages/core/api-report.md is out of date: run npm run api-report and review the change',
    ).toBe(true);
  });

  it('has the root entry re-export the base entry and nothing else', () => {
    const names = (entry: string) => surface.find((e) => e.name === entry)?.exports.map((e) => `${e.name}: ${e.kind}`);
    expect(names('@trust-signals/core')).toEqual(names('@trust-signals/core/base'));
  });

  it('exports no name from two family entries', () => {
    const families = surface.filter((e) => !['@trust-signals/core', '@trust-signals/core/base'].includes(e.name));
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const entry of [surface.find((e) => e.name === '@trust-signals/core/base')!, ...families])
      for (const { name } of entry.exports) {
        if (seen.has(name)) twice.push(`${name} (${seen.get(name)} and ${entry.name})`);
        seen.set(name, entry.name);
      }
    expect(twice).toEqual([]);
  });
});
