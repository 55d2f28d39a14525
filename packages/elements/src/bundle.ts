/**
 * Entry of the no-build loader `trust-signals/trust-signals.bundle.js` (built from this module's output by
 * scripts/bundle.mjs). A plain `<script type="module">` of it defines the `trust-*` tags present on the page, and
 * those added later (also inside open shadow roots), by importing their chunks from its own folder (`chunks/`);
 * Lit and the core every element shares are one chunk, loaded once. When a page uses many different elements, one
 * file of them all costs fewer bytes than their own chunks: the loader then defines them from that file (see
 * `plan.dense`). It registers nothing else.
 *
 * It also exports the translation registry of that shared chunk: a page adds a language with the locale files
 * (`trust-signals.bundle.<lang>.js`, which import `registerTranslation` from here, in either order) or registers a
 * table of its own: `import { registerTranslation } from './trust-signals.bundle.js'`. `reportedIssues()` lists the
 * bad data the page's elements report, for a script that runs after they reported it; `load`, `discover`,
 * `observe` and `knownTags` are the autoloader's (`trust-signals/autoloader.js`).
 */
import { createAutoloader, type Loaders } from './autoload-core.js';
import { loaders } from './generated/autoload-map.js';
import { plan, type NoBuildPlan } from './no-build-plan.js';

export { registerTranslation, reportedIssues } from '@trust-signals/core';
export type { DataIssue, ReportedIssues, Translation } from '@trust-signals/core';

interface DenseModule {
  define(tag: string): void;
}

/**
 * `loaders`, with the requests of one task decided together: the tags they need (with the tags their files define
 * too) that were not requested before are loaded from their own files, or from the dense file when that is smaller;
 * once the dense file is chosen, every tag it holds comes from it.
 */
function planned(loaders: Loaders, plan: NoBuildPlan): Loaders {
  const started = new Set<string>();
  const inDense = (tag: string) => !plan.dense.without.includes(tag);
  let dense: Promise<DenseModule> | undefined;
  let queue: Array<{ tag: string; done: (loading: Promise<unknown>) => void }> = [];
  const weight = (tags: string[]) => tags.reduce((sum, t) => sum + (plan.weights[t] ?? 0), 0);
  const withNeeds = (tag: string, into: Set<string>): Set<string> => {
    if (!into.has(tag)) {
      into.add(tag);
      for (const t of plan.needs[tag] ?? []) withNeeds(t, into);
    }
    return into;
  };
  function flush(): void {
    const batch = queue;
    queue = [];
    const needed = new Set<string>();
    for (const { tag } of batch) withNeeds(tag, needed);
    const fresh = [...needed].filter((t) => !started.has(t));
    for (const t of fresh) started.add(t);
    if (!dense && plan.dense.weight + weight(fresh.filter((t) => !inDense(t))) < weight(fresh))
      dense = import(plan.dense.url) as Promise<DenseModule>;
    for (const { tag, done } of batch) done(dense && inDense(tag) ? dense.then((m) => m.define(tag)) : loaders[tag]!());
  }
  return Object.fromEntries(
    Object.keys(loaders).map((tag) => [
      tag,
      () =>
        new Promise<unknown>((resolve, reject) => {
          if (queue.length === 0) queueMicrotask(flush);
          queue.push({ tag, done: (loading) => loading.then(resolve, reject) });
        }),
    ]),
  );
}

const autoloader = createAutoloader(plan ? planned(loaders, plan) : loaders);

/** Imports the chunk of `tag` once (if it is a trust-signals tag) and resolves when the tag is defined. */
export const load = autoloader.load;

/** Loads every undefined `trust-*` element in `root` (and in `root` itself when it is one), open shadow roots included. */
export const discover = autoloader.discover;

/** Starts watching `root` for new `trust-*` tags (the document is watched from the start). */
export const observe = autoloader.observe;

/** The tags the loader knows. */
export const knownTags: readonly string[] = autoloader.knownTags;

if (typeof document !== 'undefined') observe(document);
