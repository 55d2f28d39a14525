// The element folder is the unit: the registering modules (src/trust-<name>.ts), src/all.ts, the class exports
// (src/generated/elements.ts) and the autoloader map are written by `npm run generate` from the folders and
// committed. This checks that what is committed is what the generator would write now, that each registering
// module defines its own tag (and only the tags it declares it uses), and that the package's wildcard `exports`
// and `sideEffects` reach every registering module.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// @ts-expect-error -- plain ESM script without typings
import { checkSources, elementSources } from '../../scripts/generate.mjs';

interface ElementSource {
  tag: string;
  className: string;
  module: string;
  dependencies: string[];
  types: string[];
}

const dir = join(import.meta.dirname, '../../packages/elements');
const elements = (elementSources as () => ElementSource[])();
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  sideEffects: string[];
  files: string[];
};

describe('generated sources of trust-signals', () => {
  it('finds the element folders', () => {
    expect(elements.map((e) => e.tag)).toContain('trust-star-rating');
    expect(elements.find((e) => e.tag === 'trust-review-form')).toMatchObject({
      className: 'TrustReviewForm',
      module: './reviews/review-form/trust-review-form.js',
      dependencies: ['trust-rating-input'],
    });
  });

  it('are committed as the generator writes them', () => {
    const problems = (checkSources as () => { path: string; problem: string }[])();
    const message = `Generated sources are stale; run \`npm run generate\` (and commit the result):\n${problems.map((p) => `  ${p.path}: ${p.problem}`).join('\n')}`;
    expect(problems, message).toEqual([]);
  });
});

describe('each registering module', () => {
  // A registry that records definitions: lit's Node build has no customElements, and core's defineElement reads
  // globalThis.customElements when it runs. Each module is imported into a fresh module graph.
  let defined: Map<string, CustomElementConstructor>;
  const saved = globalThis.customElements;

  beforeEach(() => {
    defined = new Map();
    vi.resetModules();
    globalThis.customElements = {
      define: (tag: string, ctor: CustomElementConstructor) => void defined.set(tag, ctor),
      get: (tag: string) => defined.get(tag),
    } as unknown as CustomElementRegistry;
  });
  afterEach(() => {
    globalThis.customElements = saved;
  });

  it.each(elements.map((e) => [e.tag, e] as const))('%s defines its tag with its class, and only the tags it uses', async (tag, e) => {
    const mod = (await import(`../../packages/elements/src/${tag}.ts`)) as Record<string, unknown>;
    expect(defined.get(tag)).toBe(mod.default);
    expect(mod[e.className]).toBe(mod.default);
    expect((mod.default as { name: string }).name).toBe(e.className);
    expect([...defined.keys()].sort()).toEqual([tag, ...e.dependencies].sort());
  });

  it('importing a class module registers nothing that it does not render', async () => {
    const e = elements.find((x) => x.tag === 'trust-star-rating')!;
    const classModule = `../../packages/elements/src/${e.module.slice(2).replace(/\.js$/, '.ts')}`;
    await import(/* @vite-ignore */ classModule);
    expect([...defined.keys()]).toEqual([]);
  });
});

describe('package.json of trust-signals', () => {
  /** Node's export pattern match: the key with the longest prefix before `*` wins; an exact key first. */
  const resolveExport = (subpath: string): unknown => {
    if (subpath in pkg.exports) return pkg.exports[subpath];
    const keys = Object.keys(pkg.exports)
      .filter((k) => k.includes('*'))
      .filter((k) => {
        const [prefix, suffix] = k.split('*') as [string, string];
        return subpath.length >= k.length && subpath.startsWith(prefix) && subpath.endsWith(suffix);
      })
      .sort((a, b) => b.indexOf('*') - a.indexOf('*'));
    if (!keys[0]) return undefined;
    const [prefix, suffix] = keys[0].split('*') as [string, string];
    const stem = subpath.slice(prefix.length, subpath.length - suffix.length);
    return JSON.parse(JSON.stringify(pkg.exports[keys[0]]).replaceAll('*', stem));
  };
  const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`);
  const sideEffect = (path: string) => pkg.sideEffects.some((p) => glob(p).test(path));

  it.each(elements.map((e) => e.tag))('exports and marks as side effect %s.js', (tag) => {
    expect(resolveExport(`./${tag}.js`)).toEqual({ types: `./dist/${tag}.d.ts`, default: `./dist/${tag}.js` });
    expect(sideEffect(`./dist/${tag}.js`)).toBe(true);
    expect(sideEffect(`./src/${tag}.ts`)).toBe(true);
  });

  it('keeps the bundle entries apart from the tag pattern', () => {
    expect(resolveExport('./trust-signals.bundle.js')).toEqual({ types: './dist/bundle.d.ts', default: './dist/trust-signals.bundle.js' });
    expect(resolveExport('./trust-signals.bundle.de.js')).toEqual({
      types: './dist/locales/de.d.ts',
      default: './dist/trust-signals.bundle.de.js',
    });
  });

  it('has no side effects in class modules, so bundlers may drop an unused class', () => {
    for (const e of elements) {
      expect(sideEffect(`./dist/${e.module.slice(2)}`), e.module).toBe(false);
      expect(sideEffect(`./src/${e.module.slice(2).replace(/\.js$/, '.ts')}`), e.module).toBe(false);
    }
    expect(sideEffect('./dist/index.js')).toBe(false);
  });

  it('publishes custom-elements.json and points tools at it', () => {
    expect(pkg.files).toContain('custom-elements.json');
    expect(pkg.exports['./custom-elements.json']).toBe('./custom-elements.json');
  });
});
