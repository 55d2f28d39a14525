// `npm run bench`: read-only ratings, ours against the peers people would otherwise choose, in one run on one
// machine (Playwright + Debian Chromium; never a downloaded browser). Not part of `npm test`.
//
//   node scripts/bench/run.mjs            5 runs per candidate and size (about 3–5 minutes on 2 cores)
//   node scripts/bench/run.mjs --quick    2 runs (figures noisier; for a smoke check)
//   node scripts/bench/run.mjs --runs=8   any number of runs
//
// For 100 and 1,000 ratings rendered in one batch, per candidate: time until rendered (elements updated / React
// flushed), time until the next frame was painted after that, JS heap delta after GC (CDP HeapProfiler
// .collectGarbage + Runtime.getHeapUsage), DOM nodes (shadow roots included). Candidates are interleaved (each run
// visits them in a new shuffled order, each measurement in a fresh page), and min / median / max are reported with
// ratios of medians against the plain-DOM control and against each peer. Also: bundle weight of each (esbuild
// minify; gzip -9, brotli q11; with and without its framework), and the review list with 10 vs 10,000 reviews
// when the element exists. Prints Markdown; writes reports/bench.json. Run `npm run build` first.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright';
import { BADGE, CANDIDATES, REVIEW_LIST } from './entries.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.find((a) => a.startsWith('--runs='));
const RUNS = runsArg ? Math.max(1, Number(runsArg.slice(7))) : quick ? 2 : 5;
const SIZES = [100, 1000];
const TARGETS = { readyVsControl: 1.5, fasterThanShoelace: 10, heapPer1000: 2 * 1024 * 1024, reviewNodes: 200 };

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
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    write: false,
    external,
    logLevel: 'silent',
    tsconfigRaw: '{}',
    define: { 'process.env.NODE_ENV': '"production"' },
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
  weights[c.id] = {
    withFramework: measure(built[c.id].js + css),
    withoutFramework: c.framework.length ? measure((await bundle(`${c.id}-nofw`, c.source, c.framework)) + css) : null,
    framework: c.frameworkName,
  };
}
const reviewListExists =
  existsSync(join(root, 'packages/elements/src/reviews/review-list')) &&
  existsSync(join(root, 'packages/elements/dist/trust-review-list.js'));
if (reviewListExists) built.reviewList = { js: await bundle('review-list', REVIEW_LIST.source), css: '' };
// One badge verification, cold and cached: the committed ES256 fixture (issued for https://shop.example, with a
// revocation entry), checked on a page at https://shop.example against the certifier's key set and status list.
const badgeExists = existsSync(join(root, 'packages/elements/dist/trust-badge.js'));
const badgeFixture = JSON.parse(readFileSync(join(root, 'test/fixtures/badge/valid-es256.json'), 'utf8'));
if (badgeExists) built.badge = { js: await bundle('badge', BADGE.source), css: '' };

// ---------------------------------------------------------------------------------------------------------
// Browser

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
const chromiumVersion = browser.version();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });

/** Nodes under `root`, shadow trees included. Installed in each page as `globalThis.countNodes`. */
function countNodes(root) {
  let nodes = 0;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    for (const child of node.childNodes) {
      nodes++;
      stack.push(child);
    }
    if (node.shadowRoot) stack.push(node.shadowRoot);
  }
  return nodes;
}

async function freshPage(code, css) {
  const page = await context.newPage();
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body><div id="root"></div></body></html>`,
  );
  await page.addScriptTag({ content: `globalThis.countNodes = ${countNodes};` });
  await page.addScriptTag({ content: code, type: 'module' });
  await page.waitForFunction(() => globalThis.bench || globalThis.benchList);
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function measureRatings(id, n) {
  const { page, cdp } = await freshPage(built[id].js, built[id].css);
  try {
    // A warm-up of one element: the element's definition, styles and first template are not what is measured.
    await page.evaluate(async () => {
      const warm = document.createElement('div');
      document.body.append(warm);
      globalThis.bench.render(warm, 1);
      await globalThis.bench.ready(warm);
      warm.remove();
    });
    const before = await heap(cdp);
    const t = await page.evaluate(async (count) => {
      const root = document.getElementById('root');
      const t0 = performance.now();
      globalThis.bench.render(root, count);
      await globalThis.bench.ready(root);
      const ready = performance.now() - t0;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const frame = performance.now() - t0;
      return { ready, frame };
    }, n);
    // The heap before the nodes are counted: walking every node gives each one a JavaScript wrapper, which is the
    // benchmark's allocation, not the candidate's.
    const after = await heap(cdp);
    const nodes = await page.evaluate(() => globalThis.countNodes(document.getElementById('root')));
    return { ...t, nodes, heap: after - before };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

async function measureReviewList(n) {
  const { page, cdp } = await freshPage(built.reviewList.js, '');
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
  await page.route('https://shop.example/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>',
    }),
  );
  await page.route('https://certifier.example/**', (route) => {
    const url = route.request().url();
    const body = url.endsWith('/.well-known/trust-badge/jwks.json') ? JSON.stringify(badgeFixture.keys) : badgeFixture.statusLists[url];
    return body === undefined
      ? route.fulfill({ status: 404, body: '' })
      : route.fulfill({ body, headers: { 'access-control-allow-origin': '*' } });
  });
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
      (samples[c.id][n] ??= []).push(await measureRatings(c.id, n));
    }
  }
  process.stderr.write(`bench: run ${run + 1}/${RUNS} done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
}
const reviewList = {};
if (reviewListExists) {
  for (let run = 0; run < RUNS; run++) for (const n of shuffle([10, 10_000])) (reviewList[n] ??= []).push(await measureReviewList(n));
}
const badge = [];
if (badgeExists) for (let run = 0; run < RUNS; run++) badge.push(await measureBadge());
await browser.close();

// ---------------------------------------------------------------------------------------------------------
// Report

const stats = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return { min: s[0], median: s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2, max: s[s.length - 1] };
};
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
const targets = {
  readyVsControl: {
    target: `≤ ${TARGETS.readyVsControl}× control (1,000, median)`,
    value: ratio(r1000.ready.median, summary.control[1000].ready.median),
  },
  fasterThanShoelace: {
    target: `≥ ${TARGETS.fasterThanShoelace}× faster than sl-rating (1,000, median ready)`,
    value: ratio(summary['sl-rating'][1000].ready.median, r1000.ready.median),
  },
  heapPer1000: { target: `≤ ${TARGETS.heapPer1000 / 1024 / 1024} MB heap per 1,000 (median)`, value: r1000.heap.median },
};
targets.readyVsControl.met = targets.readyVsControl.value <= TARGETS.readyVsControl;
targets.fasterThanShoelace.met = targets.fasterThanShoelace.value >= TARGETS.fasterThanShoelace;
targets.heapPer1000.met = targets.heapPer1000.value <= TARGETS.heapPer1000;
if (reviewListExists) {
  const big = reviewList[10_000].map((x) => x.reviewNodes);
  targets.reviewNodes = {
    target: `≤ ${TARGETS.reviewNodes} review nodes with 10,000 reviews`,
    value: Math.max(...big),
    met: Math.max(...big) <= TARGETS.reviewNodes,
  };
}

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
  weights,
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
out.push('### Targets (1,000 ratings)\n');
out.push('| target | measured | met |');
out.push('| --- | ---: | --- |');
out.push(
  `| ${targets.readyVsControl.target} | ${x(targets.readyVsControl.value)} | ${targets.readyVsControl.met ? 'met' : '**missed**'} |`,
);
out.push(
  `| ${targets.fasterThanShoelace.target} | ${x(targets.fasterThanShoelace.value)} | ${targets.fasterThanShoelace.met ? 'met' : '**missed**'} |`,
);
out.push(`| ${targets.heapPer1000.target} | ${kb(targets.heapPer1000.value)} KiB | ${targets.heapPer1000.met ? 'met' : '**missed**'} |`);
if (targets.reviewNodes)
  out.push(`| ${targets.reviewNodes.target} | ${targets.reviewNodes.value} | ${targets.reviewNodes.met ? 'met' : '**missed**'} |`);
out.push('');
out.push('### Bundle weight (esbuild minify, es2022; gzip -9 / brotli q11; bytes)\n');
out.push('| candidate | with framework: min / gzip / brotli | without framework: min / gzip / brotli | framework |');
out.push('| --- | ---: | ---: | --- |');
for (const c of CANDIDATES) {
  const w = weights[c.id];
  const f = (m) => (m ? `${m.min.toLocaleString('en')} / ${m.gzip.toLocaleString('en')} / ${m.brotli.toLocaleString('en')}` : '–');
  out.push(`| ${c.label} | ${f(w.withFramework)} | ${f(w.withoutFramework)} | ${w.framework ?? 'none'} |`);
}
out.push('');
if (reviewListExists) {
  out.push('### Review list: first screen (render + next frame)\n');
  out.push('| reviews | first screen ms | review nodes in DOM | all nodes |');
  out.push('| ---: | ---: | ---: | ---: |');
  for (const n of [10, 10_000]) {
    const r = report.reviewList[n];
    out.push(`| ${n.toLocaleString('en')} | ${ms(r.firstScreen)} | ${r.reviewNodes.max} | ${r.nodes.median} |`);
  }
} else {
  out.push('Review list: skipped (packages/elements/src/reviews/review-list or its build is not there yet).');
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
