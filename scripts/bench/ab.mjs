// `node scripts/bench/ab.mjs <rev-a> [<rev-b>] [--runs=N] [--ratings=N] [--only=ratings|scroll]`
//
// Does a change make us faster? Two trees of this repository, A (a git revision) and B (another revision, or the
// working tree when left out), measured side by side with the bench's own scenarios (pages.mjs): n read-only
// <trust-star-rating> in one batch (default 1,000) and the review list's scroll to the end of 10,000 reviews. Each tree is
// bundled from its TypeScript sources with esbuild (no `npm run build`; the same settings for both, so the comparison
// is fair even though the CSS is not minified as in dist), and the runs are interleaved: each run visits A and B in a
// new random order, each measurement in a fresh page. Prints medians (min–max) and B ÷ A.
//
// Why: a single bench run cannot tell a small change from the machine's mood (the control's median moved from 3 to 7 ms
// between runs of one day), and frame times come in steps of 16.7 ms. Interleaving removes the drift between runs,
// and the main thread's busy time shows a change of work that does not move a frame past a step.
//
// Know the noise before believing a ratio: run it with the same tree on both sides (`ab.mjs HEAD` with a clean
// working tree). In one such A/A check (3 runs, 2 cores), identical code differed by 1.30× in 100 ratings' ready time
// and 0.57× in the longest frame, but by 1.05× in the scroll's main-thread busy time, the steadiest figure here; in
// another (16 runs, ratings only), by 1.05× in 1,000 ratings' ready time. A few percent is noise.
//
// Not part of `npm test` or `npm run bench`. Default 6 runs (a few minutes on 2 cores); ratings alone run fast.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { CANDIDATES, REVIEW_LIST } from './entries.mjs';
import { launch, measureRatings, measureReviewScroll, median, PAGE_BUILD } from './pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const revs = args.filter((a) => !a.startsWith('--'));
if (revs.length < 1 || revs.length > 2) {
  console.error('usage: node scripts/bench/ab.mjs <rev-a> [<rev-b>] [--runs=N] [--ratings=N] [--only=ratings|scroll]');
  process.exit(2);
}
const RUNS = Math.max(1, flag('runs', 6));
const RATINGS = Math.max(1, flag('ratings', 1000));
const only = args.find((a) => a.startsWith('--only='))?.split('=')[1]; // 'ratings' or 'scroll'
if (only !== undefined && only !== 'ratings' && only !== 'scroll') {
  console.error(`ab: --only takes ratings or scroll, not ${JSON.stringify(only)}`);
  process.exit(2);
}
const temporary = [];

/** The root of a tree holding `packages/` at `rev` (extracted with `git archive`), or this working tree. */
function tree(rev) {
  if (rev === undefined) return { label: 'working tree', dir: root };
  const commit = execFileSync('git', ['rev-parse', '--short', `${rev}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'trust-signals-ab-'));
  temporary.push(dir);
  execFileSync('tar', ['-x', '-C', dir], {
    input: execFileSync('git', ['archive', commit, 'packages'], { cwd: root, maxBuffer: 1 << 28 }),
  });
  return { label: `${rev} (${commit})`, dir };
}

// The project's TypeScript settings (class fields as assignments, as Lit's reactive properties need), for both trees.
const tsconfigRaw = readFileSync(join(root, 'tsconfig.base.json'), 'utf8');

/** Bundles a bench entry against a tree's sources: the package names resolve to its `packages/*\/src`. */
async function bundle(source, dir) {
  const sources = {
    name: 'tree-sources',
    setup(build) {
      build.onResolve({ filter: /^@trust-signals\/core(\/[a-z-]+)?$/ }, ({ path }) => ({
        path: join(dir, 'packages/core/src', path === '@trust-signals/core' ? 'index.ts' : `api/${path.split('/')[2]}.ts`),
      }));
      build.onResolve({ filter: /^trust-signals\/[a-z-]+\.js$/ }, ({ path }) => ({
        path: join(dir, 'packages/elements/src', path.slice('trust-signals/'.length).replace(/\.js$/, '.ts')),
      }));
    },
  };
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    ...PAGE_BUILD,
    nodePaths: [join(root, 'node_modules')],
    tsconfigRaw,
    plugins: [sources],
  });
  return { js: result.outputFiles[0].text, css: '' };
}

const ratingsSource = CANDIDATES.find((c) => c.id === 'trust-star-rating').source;
const sides = [];
for (const rev of [revs[0], revs[1]]) {
  const { label, dir } = tree(rev);
  sides.push({ label, ratings: await bundle(ratingsSource, dir), list: await bundle(REVIEW_LIST.source, dir), samples: [] });
}

const { browser, context } = await launch();
try {
  // Not counted: one of each first. The browser's first pages run slower (in one check, the same tree's 100 ratings
  // took 41 ms in the first page and 16 ms in the second).
  for (const side of sides) await measureRatings(context, side.ratings, RATINGS);
  for (let run = 0; run < RUNS; run++) {
    for (const side of Math.random() < 0.5 ? sides : [...sides].reverse()) {
      const ratings = only === 'scroll' ? undefined : await measureRatings(context, side.ratings, RATINGS);
      const scroll = only === 'ratings' ? undefined : await measureReviewScroll(context, side.list);
      side.samples.push({ ratings, scroll });
    }
    process.stderr.write(`ab: run ${run + 1}/${RUNS} done\n`);
  }
} finally {
  await browser.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
}

const rows = [
  [`${RATINGS.toLocaleString('en')} ratings: ready ms`, (s) => s.ratings.ready],
  [`${RATINGS.toLocaleString('en')} ratings: heap Δ KiB`, (s) => s.ratings.heap / 1024],
  ['scroll: longest frame ms', (s) => s.scroll.longestFrame],
  ['scroll: frames ≥ 50 ms', (s) => s.scroll.over50],
  ['scroll: main thread busy ms', (s) => s.scroll.mainThread.task],
  ['scroll: script ms', (s) => s.scroll.mainThread.script],
  ['scroll: style ms', (s) => s.scroll.mainThread.style],
  ['scroll: layout ms', (s) => s.scroll.mainThread.layout],
];
const cell = (values) => `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
const [a, b] = sides;
console.log(`## A/B: ${RUNS} interleaved runs, median (min–max)\n\nA: ${a.label} · B: ${b.label}\n`);
console.log('| measure | A | B | B ÷ A |\n| --- | ---: | ---: | ---: |');
for (const [name, pick] of rows) {
  if (!a.samples[0][name.startsWith('scroll') ? 'scroll' : 'ratings']) continue;
  const va = a.samples.map(pick);
  const vb = b.samples.map(pick);
  const ratio = median(va) > 0 ? `${(median(vb) / median(va)).toFixed(2)}×` : '–';
  console.log(`| ${name} | ${cell(va)} | ${cell(vb)} | ${ratio} |`);
}
