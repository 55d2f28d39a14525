// `npm run bench`: read-only ratings, ours against the peers people would otherwise choose, in one run on one
// machine (Playwright + Debian Chromium; never a downloaded browser). Not part of `npm test`.
//
//   node scripts/bench/run.mjs            5 runs per candidate and scenario (about 5–8 minutes on 2 cores)
//   node scripts/bench/run.mjs --quick    2 runs (figures noisier; for a smoke check)
//   node scripts/bench/run.mjs --runs=8   any number of runs
//
// For 24, 100 and 1,000 ratings rendered in one batch, per candidate: time until rendered (elements updated / React
// flushed), time until the next frame was painted after that, JS heap delta after GC (CDP HeapProfiler
// .collectGarbage + Runtime.getHeapUsage), DOM nodes (shadow roots included). Candidates are interleaved (each run
// visits them in a new shuffled order, each measurement in a fresh page), and min / median / max are reported with
// ratios of medians against the plain-DOM control and against each peer. One reference row is not a peer: a bare
// LitElement with the same shadow DOM and none of our work (the floor of Lit), printed with ours against it.
// Also: bundle weight of each (esbuild minify; gzip -9, brotli q11; with and without its framework); a
// product-grid page (48 rated cards, a rating
// summary and a badge; cold page load) against the same page with the control's ratings; and, when the element
// exists, the review list: first screen with 10 vs 10,000 reviews, the longest frame while scrolling to the end of
// 10,000 shown at once (with the main thread's busy time during the scroll), and the time per keystroke of a search
// over 10,000. Every target of issue 17 is printed as met or missed with its ratio. Prints Markdown; writes
// reports/bench.json. Run `npm run build` first. The browser and the ratings, grid and scroll scenarios are in
// pages.mjs, which ab.mjs (an interleaved A/B of two trees, to tell whether a change is faster) and profile.mjs (where
// the time goes) use too.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import * as esbuild from 'esbuild';
import { BADGE, CANDIDATES, GRID, REVIEW_LIST } from './entries.mjs';
import { freshPage, launch, measureGrid, measureRatings, measureReviewScroll, median, PAGE_BUILD, routeShop } from './pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.find((a) => a.startsWith('--runs='));
const RUNS = runsArg ? Math.max(1, Number(runsArg.slice(7))) : quick ? 2 : 5;
const SIZES = [24, 100, 1000];
// Issue 17's targets (ratios of medians in one run), and issue 16's bound on the review list's DOM.
const TARGETS = {
  readyVsControl: { 24: 1.5, 100: 1.5, 1000: 1.3 },
  fasterThanShoelace: 10,
  heapPer1000: 1024 * 1024,
  gridVsControl: 1.5,
  reviewFirstScreen: 3,
  longestFrame: 50,
  starBrotli: 7 * 1024,
  reviewNodes: 200,
};

if (!existsSync(join(root, 'packages/elements/dist/trust-star-rating.js'))) {
  console.error('bench: packages/elements/dist is missing. Run `npm run build` first.');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------------
// Bundles

const work = join(root, 'reports/bench-build');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const measure = (code) => {
  const buf = Buffer.from(code);
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
  };
};

async function bundle(id, source, external = []) {
  const entry = join(work, `${id}.entry.mjs`);
  writeFileSync(entry, source);
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    ...PAGE_BUILD,
    external,
    tsconfigRaw: '{}',
    loader: { '.css': 'text' },
  });
  return result.outputFiles[0].text;
}

const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;

const built = {};
const weights = {};
for (const c of CANDIDATES) {
  const css = c.css ? readFileSync(join(root, 'node_modules', c.css), 'utf8') : '';
  built[c.id] = { js: await bundle(c.id, c.source), css };
  if (c.reference) continue; // the floor of Lit: its page code is not a candidate's weight
  weights[c.id] = {
    withFramework: measure(built[c.id].js + css),
    withoutFramework: c.framework.length ? measure((await bundle(`${c.id}-nofw`, c.source, c.framework)) + css) : null,
    framework: c.frameworkName,
  };
}
const skipped = [];
/** Bundles an optional scenario's page code; when that fails (an element's build in progress), skips it with a note. */
async function optional(what, id, source) {
  try {
    built[id] = { js: await bundle(id, source), css: '' };
    return true;
  } catch (error) {
    skipped.push(`${what} (its bundle failed: ${String(error.message).split('\n').slice(0, 2).join(' ')})`);
    return false;
  }
}
const reviewListExists =
  existsSync(join(root, 'packages/elements/src/reviews/review-list')) &&
  existsSync(join(root, 'packages/elements/dist/trust-review-list.js')) &&
  (await optional('review list', 'reviewList', REVIEW_LIST.source));
// One badge verification, cold and cached: the committed ES256 fixture (issued for https://shop.example, with a
// revocation entry), checked on a page at https://shop.example against the certifier's key set and status list.
const badgeFixture = JSON.parse(readFileSync(join(root, 'test/fixtures/badge/valid-es256.json'), 'utf8'));
const badgeExists = existsSync(join(root, 'packages/elements/dist/trust-badge.js')) && (await optional('badge', 'badge', BADGE.source));
// The product grid: both pages need the summary and the badge.
const gridExists =
  badgeExists &&
  existsSync(join(root, 'packages/elements/dist/trust-rating-summary.js')) &&
  (await optional('product grid', 'grid-ours', GRID.source('ours'))) &&
  (await optional('product grid', 'grid-control', GRID.source('control')));

/**
 * The star rating's weight as `npm run size` measures it: its module alone, Lit and core bundled, the code a page
 * loads up front (modules it imports on demand, such as the author's note, are left out and shown apart).
 */
async function upFront(module) {
  const result = await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: `import '${module}';`, resolveDir: root, loader: 'js' },
    bundle: true,
    splitting: true,
    outdir: join(work, 'split'),
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    tsconfigRaw: '{}',
  });
  const outputs = result.metafile.outputs;
  const text = new Map(result.outputFiles.map((f) => [f.path, f.text]));
  const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint !== undefined);
  const loaded = new Set([entry]);
  for (const o of loaded) for (const i of outputs[o].imports) if (!i.external && i.kind === 'import-statement') loaded.add(i.path);
  const code = (set) => [...set].map((o) => text.get(join(root, o))).join('\n');
  const onDemand = Object.keys(outputs).filter((o) => !loaded.has(o) && o.endsWith('.js'));
  return { ...measure(code(loaded)), onDemand: onDemand.reduce((sum, o) => sum + measure(text.get(join(root, o))).brotli, 0) };
}
const starSize = await upFront('trust-signals/trust-star-rating.js');

// ---------------------------------------------------------------------------------------------------------
// Browser

const { browser, context } = await launch();
const chromiumVersion = browser.version();

async function measureReviewList(n) {
  const { page, cdp } = await freshPage(context, built.reviewList.js);
  try {
    return await page.evaluate(async (count) => {
      const root = document.getElementById('root');
      const t0 = performance.now();
      const el = await globalThis.benchList.render(root, count);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const firstScreen = performance.now() - t0;
      const shadow = el.shadowRoot;
      // One node per shown review: its part="review" wrapper (or, failing that, its <article>).
      const reviews = shadow ? shadow.querySelectorAll('[part~="review"]').length || shadow.querySelectorAll('article').length : 0;
      return { firstScreen, reviewNodes: reviews, nodes: globalThis.countNodes(el) };
    }, n);
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/**
 * The first badge on a fresh page (cold: key set fetched and imported, signature, status list fetched, checked and
 * decompressed) and then a second one (cached: the page's reads are reused). The shop's page and the certifier's
 * files are answered by Playwright routes from memory, so the figures are the verifier's work, not a network's.
 */
async function measureBadge() {
  const page = await context.newPage();
  await routeShop(page, { fixture: badgeFixture });
  try {
    await page.goto('https://shop.example/');
    await page.addScriptTag({ content: built.badge.js, type: 'module' });
    await page.waitForFunction(() => globalThis.benchBadge);
    return await page.evaluate(
      async (jws) => ({ cold: await globalThis.benchBadge.verify(jws), cached: await globalThis.benchBadge.verify(jws) }),
      badgeFixture.jws,
    );
  } finally {
    await page.close();
  }
}

const SEARCH_WORD = 'quiet';

/**
 * A reader types a five-letter word into the search field of a list of 10,000 reviews, one key at a time (real key
 * presses). Per key: from its keydown to the frame after the list updated (the element's update done, then the
 * next animation frame and the task after it). `null` when the list has no field with role searchbox named
 * "Search reviews" (the `searchable` attribute is not there yet).
 */
async function measureReviewSearch() {
  const { page, cdp } = await freshPage(context, built.reviewList.js);
  try {
    await page.evaluate(async () => {
      globalThis.benchListEl = await globalThis.benchList.render(document.getElementById('root'), 10_000, {
        searchable: true,
        words: true,
      });
    });
    const field = page.locator('trust-review-list').getByRole('searchbox', { name: 'Search reviews' });
    try {
      await field.waitFor({ timeout: 5000 });
    } catch {
      return null;
    }
    await field.focus();
    await page.evaluate(() => {
      const el = globalThis.benchListEl;
      globalThis.keyTimes = [];
      let t0 = 0;
      addEventListener('keydown', () => (t0 = performance.now()), { capture: true });
      // Playwright sends the key down and its character apart: the measure starts at keydown and ends after the
      // update that the character's input event asked for (input events are composed: seen here first).
      addEventListener(
        'input',
        () => {
          const start = t0;
          setTimeout(async () => {
            while (el.isUpdatePending) await el.updateComplete;
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            globalThis.keyTimes.push(performance.now() - start);
          }, 0);
        },
        { capture: true },
      );
    });
    for (const [i, key] of [...SEARCH_WORD].entries()) {
      await page.keyboard.press(key);
      await page.waitForFunction((n) => globalThis.keyTimes.length === n, i + 1);
    }
    const value = await field.inputValue();
    if (value !== SEARCH_WORD) throw new Error(`review search: the field holds ${JSON.stringify(value)}, not ${SEARCH_WORD}`);
    const keyTimes = await page.evaluate(() => globalThis.keyTimes);
    const shown = await page.evaluate(
      () => globalThis.benchListEl.shadowRoot.querySelector('[part~="showing"]')?.textContent?.trim() ?? '',
    );
    return { keyTimes, shown };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

const shuffle = (list) => {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};

const started = performance.now();
const samples = {}; // samples[id][n] = [{ ready, frame, heap, nodes }]
for (let run = 0; run < RUNS; run++) {
  for (const c of shuffle(CANDIDATES)) {
    for (const n of SIZES) {
      samples[c.id] ??= {};
      (samples[c.id][n] ??= []).push(await measureRatings(context, built[c.id], n));
    }
  }
  process.stderr.write(`bench: run ${run + 1}/${RUNS} done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
}
const reviewList = {};
if (reviewListExists) {
  for (let run = 0; run < RUNS; run++) for (const n of shuffle([10, 10_000])) (reviewList[n] ??= []).push(await measureReviewList(n));
}
const grid = { ours: [], control: [] };
if (gridExists) {
  for (let run = 0; run < RUNS; run++)
    for (const kind of shuffle(['ours', 'control']))
      grid[kind].push(await measureGrid(context, { kind, js: built[`grid-${kind}`].js, fixture: badgeFixture }));
  process.stderr.write(`bench: grid done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
}
const scroll = [];
let search = [];
if (reviewListExists) {
  for (let run = 0; run < RUNS; run++) scroll.push(await measureReviewScroll(context, built.reviewList));
  for (let run = 0; run < RUNS && search; run++) {
    const result = await measureReviewSearch();
    if (result) search.push(result);
    else search = null; // no search field: skipped, with a note
  }
  process.stderr.write(`bench: review list done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
}
const badge = [];
if (badgeExists) for (let run = 0; run < RUNS; run++) badge.push(await measureBadge());
await browser.close();

// ---------------------------------------------------------------------------------------------------------
// Report

const stats = (values) => ({ min: Math.min(...values), median: median(values), max: Math.max(...values) });
const summary = {};
for (const c of CANDIDATES) {
  summary[c.id] = {};
  for (const n of SIZES) {
    const list = samples[c.id][n];
    summary[c.id][n] = {
      ready: stats(list.map((x) => x.ready)),
      frame: stats(list.map((x) => x.frame)),
      heap: stats(list.map((x) => x.heap)),
      nodes: stats(list.map((x) => x.nodes)),
    };
  }
}
const ratio = (a, b) => (b > 0 ? a / b : null);
const ours = 'trust-star-rating';
const ratios = {};
for (const n of SIZES) {
  ratios[n] = {};
  for (const c of CANDIDATES) {
    ratios[n][c.id] = {
      readyVsOurs: ratio(summary[c.id][n].ready.median, summary[ours][n].ready.median),
      frameVsOurs: ratio(summary[c.id][n].frame.median, summary[ours][n].frame.median),
      oursReadyVsThis: ratio(summary[ours][n].ready.median, summary[c.id][n].ready.median),
    };
  }
}
const r1000 = summary[ours][1000];
const gridStats = gridExists
  ? Object.fromEntries(
      Object.entries(grid).map(([kind, list]) => [
        kind,
        {
          ratingsReady: stats(list.map((x) => x.ratingsReady)),
          ready: stats(list.map((x) => x.ready)),
          blocking: stats(list.map((x) => x.blocking)),
          longestTask: stats(list.map((x) => x.longest)),
        },
      ]),
    )
  : null;
const searchTimes = search ? search.flatMap((r) => r.keyTimes) : [];

/**
 * Every target, in the order of issue 17, as { target, value, shown, met }: `value` is the figure the target reads
 * (a ratio of medians, bytes or ms), `shown` how it prints. A target whose scenario could not run is left out and
 * named in `skipped`.
 */
const targets = {};
const kib = (b) => `${(b / 1024).toFixed(2)} KiB`;
const times = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(2)}×`);
const target = (id, text, value, met, shown) =>
  (targets[id] = { target: text, value, shown: shown ?? times(value), met: value !== null && met(value) });
for (const n of SIZES) {
  const limit = TARGETS.readyVsControl[n];
  target(
    `readyVsControl${n}`,
    `${n.toLocaleString('en')} ratings: ready ≤ ${limit}× the plain-DOM control (median)`,
    ratio(summary[ours][n].ready.median, summary.control[n].ready.median),
    (v) => v <= limit,
  );
}
target(
  'fasterThanShoelace',
  `1,000 ratings: ≥ ${TARGETS.fasterThanShoelace}× faster than sl-rating (median ready)`,
  ratio(summary['sl-rating'][1000].ready.median, r1000.ready.median),
  (v) => v >= TARGETS.fasterThanShoelace,
);
target(
  'heapPer1000',
  `1,000 ratings: JS heap delta ≤ ${TARGETS.heapPer1000 / 1024 / 1024} MB (median)`,
  r1000.heap.median,
  (v) => v <= TARGETS.heapPer1000,
  kib(r1000.heap.median),
);
if (gridStats) {
  target(
    'gridVsControl',
    `Product grid (48 cards, summary, badge): all ready ≤ ${TARGETS.gridVsControl}× the same page with control ratings (median)`,
    ratio(gridStats.ours.ready.median, gridStats.control.ready.median),
    (v) => v <= TARGETS.gridVsControl,
  );
} else if (!skipped.some((w) => w.startsWith('product grid'))) skipped.push('product grid (the badge or rating summary build is missing)');
if (reviewListExists) {
  target(
    'reviewFirstScreen',
    `Review list: first screen with 10,000 reviews ≤ ${TARGETS.reviewFirstScreen}× with 10 (median)`,
    ratio(stats(reviewList[10_000].map((x) => x.firstScreen)).median, stats(reviewList[10].map((x) => x.firstScreen)).median),
    (v) => v <= TARGETS.reviewFirstScreen,
  );
  const longest = Math.max(...scroll.map((x) => x.longestFrame));
  const reached = scroll.every((x) => x.reachedEnd);
  targets.longestFrame = {
    target: `Review list: scrolling to the end of 10,000 keeps every frame < ${TARGETS.longestFrame} ms (longest of all runs)`,
    value: longest,
    shown: `${longest.toFixed(1)} ms${reached ? '' : ' (end not reached)'}`,
    met: reached && longest < TARGETS.longestFrame,
  };
  const big = reviewList[10_000].map((x) => x.reviewNodes);
  target(
    'reviewNodes',
    `Review list: ≤ ${TARGETS.reviewNodes} review nodes with 10,000 reviews (issue 16)`,
    Math.max(...big),
    (v) => v <= TARGETS.reviewNodes,
    String(Math.max(...big)),
  );
} else if (!skipped.some((w) => w.startsWith('review list')))
  skipped.push('review list (packages/elements/src/reviews/review-list or its build is missing)');
target(
  'starBrotli',
  `<trust-star-rating> with Lit and core, brotli: ≤ ${TARGETS.starBrotli.toLocaleString('en')} B`,
  starSize.brotli,
  (v) => v <= TARGETS.starBrotli,
  `${starSize.brotli.toLocaleString('en')} B (${kib(starSize.brotli)})`,
);
if (search === null)
  skipped.push('review search per keystroke (the list shows no "Search reviews" searchbox: `searchable` is not there yet)');

const versions = {
  chromium: chromiumVersion,
  node: process.version,
  esbuild: esbuild.version,
  lit: version('lit'),
  react: version('react'),
  'react-dom': version('react-dom'),
  'trust-signals': version('trust-signals'),
  '@shoelace-style/shoelace': version('@shoelace-style/shoelace'),
  '@awesome.me/webawesome': version('@awesome.me/webawesome'),
  '@smastrom/react-rating': version('@smastrom/react-rating'),
  '@fluentui/react-rating': version('@fluentui/react-rating'),
};
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, loadavg: loadavg().map((x) => Number(x.toFixed(2))) };

const report = {
  generatedAt: new Date().toISOString(),
  runs: RUNS,
  quick,
  sizes: SIZES,
  machine,
  versions,
  note: 'Medians over interleaved runs in fresh pages. Figures depend on machine load: compare ratios from one run, and re-run on a quiet machine before quoting them.',
  summary,
  ratios,
  targets,
  skipped,
  weights,
  starSize,
  grid: gridStats,
  reviewScroll: scroll.length ? { longestFrame: stats(scroll.map((x) => x.longestFrame)), runs: scroll } : null,
  reviewSearch: search ? { word: SEARCH_WORD, perKey: stats(searchTimes), runs: search } : null,
  badge: badgeExists ? { cold: stats(badge.map((b) => b.cold)), cached: stats(badge.map((b) => b.cached)) } : null,
  reviewList: reviewListExists
    ? Object.fromEntries(
        Object.entries(reviewList).map(([n, list]) => [
          n,
          {
            firstScreen: stats(list.map((x) => x.firstScreen)),
            reviewNodes: stats(list.map((x) => x.reviewNodes)),
            nodes: stats(list.map((x) => x.nodes)),
          },
        ]),
      )
    : null,
  samples,
  gridSamples: grid,
};
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });

const ms = (s) => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const kb = (b) => `${(b / 1024).toFixed(1)}`;
const x = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(2)}×`);
const out = [];
out.push(
  `## Read-only ratings: ${RUNS} interleaved runs, median (min–max); Chromium ${versions.chromium ?? ''}, ${machine.cpus} cores, load ${machine.loadavg.join(' / ')}\n`,
);
for (const n of SIZES) {
  out.push(`### ${n.toLocaleString('en')} ratings in one batch\n`);
  out.push('| candidate | version | ready ms | next frame ms | heap Δ KiB | DOM nodes | ready vs control | ready vs ours |');
  out.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of CANDIDATES) {
    const s = summary[c.id][n];
    out.push(
      `| ${c.label} | ${c.package ? versions[c.package] : '–'} | ${ms(s.ready)} | ${ms(s.frame)} | ${kb(s.heap.median)} (${kb(s.heap.min)}–${kb(s.heap.max)}) | ${s.nodes.median} | ${x(ratio(s.ready.median, summary.control[n].ready.median))} | ${x(ratios[n][c.id].readyVsOurs)} |`,
    );
  }
  out.push('');
}
out.push('### Targets (issue 17; ratios of medians in this run)\n');
out.push('| target | measured | met |');
out.push('| --- | ---: | --- |');
for (const t of Object.values(targets)) out.push(`| ${t.target} | ${t.shown} | ${t.met ? 'met' : '**missed**'} |`);
for (const what of skipped) out.push(`| ${what} | skipped | – |`);
out.push('');
out.push(
  `Not a target: the floor of Lit (a bare LitElement with the same shadow DOM and none of our work), ready vs the control: ${SIZES.map((n) => `${n.toLocaleString('en')}: ${x(ratio(summary['lit-floor'][n].ready.median, summary.control[n].ready.median))}`).join(' · ')}; ours vs that floor: ${SIZES.map((n) => `${n.toLocaleString('en')}: ${x(ratio(summary[ours][n].ready.median, summary['lit-floor'][n].ready.median))}`).join(' · ')}.\n`,
);
out.push('### Bundle weight (esbuild minify, es2022; gzip -9 / brotli q11; bytes)\n');
out.push('| candidate | with framework: min / gzip / brotli | without framework: min / gzip / brotli | framework |');
out.push('| --- | ---: | ---: | --- |');
for (const c of CANDIDATES.filter((c) => !c.reference)) {
  const w = weights[c.id];
  const f = (m) => (m ? `${m.min.toLocaleString('en')} / ${m.gzip.toLocaleString('en')} / ${m.brotli.toLocaleString('en')}` : '–');
  out.push(`| ${c.label} | ${f(w.withFramework)} | ${f(w.withoutFramework)} | ${w.framework ?? 'none'} |`);
}
out.push('');
out.push(
  `\`trust-signals/trust-star-rating.js\` alone, as \`npm run size\` measures it (up front, Lit and core bundled): ${starSize.min.toLocaleString('en')} / ${starSize.gzip.toLocaleString('en')} / ${starSize.brotli.toLocaleString('en')} B; loaded on demand only (brotli): ${starSize.onDemand.toLocaleString('en')} B. The table above also counts the bench's own page code.\n`,
);
if (gridStats) {
  out.push('### Product grid: 48 rated cards, one rating summary, one badge (cold page; ms from navigation start)\n');
  out.push('| page | 48 ratings ready | all ready (summary rendered, badge verified, next frame) | total blocking time | longest task |');
  out.push('| --- | ---: | ---: | ---: | ---: |');
  for (const [kind, label] of [
    ['ours', '`<trust-star-rating>` ratings'],
    ['control', 'plain DOM + inline SVG ratings (control)'],
  ]) {
    const g = gridStats[kind];
    out.push(`| ${label} | ${ms(g.ratingsReady)} | ${ms(g.ready)} | ${ms(g.blocking)} | ${ms(g.longestTask)} |`);
  }
  out.push(
    `| ratio (ours / control) | ${x(ratio(gridStats.ours.ratingsReady.median, gridStats.control.ratingsReady.median))} | ${x(ratio(gridStats.ours.ready.median, gridStats.control.ready.median))} | ${x(ratio(gridStats.ours.blocking.median, gridStats.control.blocking.median))} | |`,
  );
  out.push('');
}
if (reviewListExists) {
  out.push('### Review list: first screen (render + next frame)\n');
  out.push('| reviews | first screen ms | review nodes in DOM | all nodes |');
  out.push('| ---: | ---: | ---: | ---: |');
  for (const n of [10, 10_000]) {
    const r = report.reviewList[n];
    out.push(`| ${n.toLocaleString('en')} | ${ms(r.firstScreen)} | ${r.reviewNodes.max} | ${r.nodes.median} |`);
  }
  out.push('');
  out.push('### Review list: scrolling to the end of 10,000 reviews shown at once (virtualized)\n');
  out.push(
    '| run | frames | median frame ms | longest frame ms | frames ≥ 50 ms | main thread busy ms (script / style / layout) | end reached |',
  );
  out.push('| ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const busy = ({ task, script, style, layout }) =>
    `${task.toFixed(0)} (${script.toFixed(0)} / ${style.toFixed(0)} / ${layout.toFixed(0)})`;
  scroll.forEach((r, i) =>
    out.push(
      `| ${i + 1} | ${r.frames} | ${r.medianFrame.toFixed(1)} | ${r.longestFrame.toFixed(1)} | ${r.over50} | ${busy(r.mainThread)} | ${r.reachedEnd ? 'yes' : '**no**'} |`,
    ),
  );
  out.push('');
  if (search) {
    out.push(`### Review list: search per keystroke at 10,000 reviews (typing "${SEARCH_WORD}" one key at a time)\n`);
    out.push('| keystrokes | median ms (keydown to the frame after the list updated) | max ms | list after the word |');
    out.push('| ---: | ---: | ---: | --- |');
    const k = stats(searchTimes);
    out.push(
      `| ${searchTimes.length} | ${k.median.toFixed(1)} | ${k.max.toFixed(1)} | ${search.at(-1).shown.replace(/\|/g, '\\|') || '–'} |`,
    );
  } else out.push('Review search per keystroke: skipped (no searchbox named "Search reviews" in the list: `searchable` is not there yet).');
} else {
  out.push(`Review list: skipped: ${skipped.find((w) => w.startsWith('review list')) ?? 'review list'}.`);
}
out.push('');
if (report.badge) {
  out.push('### Badge: one verification (ES256 credential with a revocation entry; files served from memory)\n');
  out.push('| badge on the page | ms to "Verified" |');
  out.push('| --- | ---: |');
  out.push(`| first (cold: key set and status list read, keys imported) | ${ms(report.badge.cold)} |`);
  out.push(`| second (cached reads) | ${ms(report.badge.cached)} |`);
  out.push('');
}
out.push(`${report.note} Total ${((performance.now() - started) / 1000).toFixed(0)} s. JSON: reports/bench.json.`);
console.log(out.join('\n'));
