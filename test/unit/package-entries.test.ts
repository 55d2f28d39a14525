// The published surface of `trust-signals` follows from its registering modules: every `src/trust-*.ts` that
// defines a tag is listed in all.ts, in `exports` and in `sideEffects`, and `sideEffects` lists nothing that does
// not register (so bundlers may drop everything else). New elements are found by reading the folder, not a list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../packages/elements');
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  sideEffects: string[];
  files: string[];
};
const registering = readdirSync(join(dir, 'src'))
  .filter((f) => /^trust-[a-z0-9-]+\.ts$/.test(f) && !f.endsWith('.test.ts'))
  .filter((f) => /\.define\(\s*['"]trust-/.test(readFileSync(join(dir, 'src', f), 'utf8')))
  .map((f) => f.slice(0, -3));
const all = readFileSync(join(dir, 'src/all.ts'), 'utf8');

describe('trust-signals package entries', () => {
  it('finds the registering modules', () => {
    expect(registering).toContain('trust-star-rating');
  });

  it.each(registering)('%s is in all.ts, exports and sideEffects', (tag) => {
    expect(all).toContain(`'./${tag}.js'`);
    expect(pkg.exports[`./${tag}.js`]).toEqual({ types: `./dist/${tag}.d.ts`, default: `./dist/${tag}.js` });
    expect(pkg.sideEffects).toContain(`./dist/${tag}.js`);
    expect(pkg.sideEffects).toContain(`./src/${tag}.ts`);
  });

  it('sideEffects lists only modules that register something', () => {
    const allowed = new Set([
      ...registering.flatMap((t) => [`./dist/${t}.js`, `./src/${t}.ts`]),
      './dist/all.js',
      './src/all.ts',
      './dist/trust-signals.bundle.js',
      './dist/trust-signals.bundle.*.js',
      './dist/bundle.js',
      './src/bundle.ts',
      './dist/autoloader.js',
      './src/autoloader.ts',
      './dist/locales/*.js',
      './src/locales/*.ts',
      '*.css',
    ]);
    expect(pkg.sideEffects.filter((entry) => !allowed.has(entry))).toEqual([]);
  });

  it('publishes custom-elements.json and points tools at it', () => {
    expect(pkg.files).toContain('custom-elements.json');
    expect(pkg.exports['./custom-elements.json']).toBe('./custom-elements.json');
  });
});
