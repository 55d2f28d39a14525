/**
 * How to feed each element valid data: the one table the cross-cutting browser tests read (fuzz-elements, xss,
 * memory, child-script and waiting in test/browser/). Those tests discover the registered tags by themselves
 * (every `packages/elements/src/trust-*.ts` registering module) and FAIL for a tag without feeds, so a new element
 * is covered as soon as its folder has them.
 *
 * The feeds live in the element folders: `packages/elements/src/<family>/<name>/feeds.ts` exports
 * `feeds: Feed[]` for `<trust-<name>>`, built from test/helpers/feed-kit.ts (the `Feed` type, the shared review data
 * and `reviewWidget`). They are collected here with Vite's `import.meta.glob` (the tests run in Vitest), so nothing
 * lists the elements by hand. A feeds file is test data: tsconfig.build.json, the manifest's `analyze` globs and
 * lint:lit leave it out, and it is never shipped.
 *
 * An entry is one or more ways to feed the element (attributes, properties, a child script). Every string in an
 * entry is a field the XSS test injects its payloads into; every value is a place the fuzz test puts near-misses.
 * Each way must render without a `trust-error` of severity `error`: a wrong entry fails loudly, not silently.
 */
import type { Feed } from './feed-kit.js';

export { asAttribute, build, type Feed, REVIEW_DATA, REVIEW_JSON_LD, reviewWidget } from './feed-kit.js';

const modules = import.meta.glob<{ feeds?: unknown }>('../../packages/elements/src/*/*/feeds.ts', { eager: true });

/** Every element folder with a feeds file: `trust-<folder name>` → the ways to feed it. */
export const FEEDS: Record<string, Feed[]> = {};
for (const [path, module] of Object.entries(modules)) {
  const name = /\/src\/[^/]+\/([^/]+)\/feeds\.ts$/.exec(path)?.[1];
  if (!name) throw new Error(`element-feeds: unexpected feeds file ${path}`);
  if (!Array.isArray(module.feeds) || module.feeds.length === 0)
    throw new Error(`element-feeds: ${path} must export \`feeds\`, a non-empty Feed[]`);
  FEEDS[`trust-${name}`] = module.feeds as Feed[];
}
