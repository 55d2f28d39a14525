// `node scripts/bench/profile.mjs [n]`: where the time of n read-only <trust-star-rating> goes (default 100), from a
// cold page: module evaluation, the first element and each further one. Chromium's sampling profiler (CDP
// `Profiler`, 50 µs) gives JavaScript self time by function; a trace (CDP `Tracing`, devtools.timeline) gives the
// browser's own work (style recalculation, layout, paint, parsing and compiling the script). The bundle is built
// unminified so that functions keep their names (Lit's stay minified: it ships so).
//
// `node scripts/bench/profile.mjs --heap [n]`: where the JS heap of n ratings goes (default 1,000): two heap snapshots
// (CDP HeapProfiler), one with a single rating and one with n + 1, compared by object kind and constructor.
//
// `node scripts/bench/profile.mjs --vs-lit [n]`: the update work of n ratings (default 1,000; after one warm-up) against
// a bare LitElement with the same template, styles and bindings and none of core (no locale, parsing, formatting or
// issue reporting): the main thread's CPU time in microtasks (trace `RunMicrotasks`, thread time, so that other
// processes on a busy machine count less than in wall time), 6 alternating fresh pages each. What is above Lit's
// floor is ours.
//
// `node scripts/bench/profile.mjs --scroll [runs]`: the bench's review-list scroll (10,000 reviews, to the end; see
// measureReviewScroll in pages.mjs), traced and sampled frame by frame (default 3 runs): the slow frames (≥ 50 ms),
// with the main thread's work in each (script, style, layout, paint, GC), and JavaScript self time by function in the
// slow frames and in the others.
//
// Not part of `npm test` or `npm run bench`; run `npm run build` first. Prints Markdown. Flags as in run.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright';
import { BARE_RATING, GRID, REVIEW_LIST } from './entries.mjs';
import { launch, measureGrid, measureReviewScroll, median, PAGE_BUILD } from './pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const heapMode = process.argv.includes('--heap');
const litMode = process.argv.includes('--vs-lit');
const scrollMode = process.argv.includes('--scroll');
const gridMode = process.argv.includes('--grid');
const nArg = process.argv.slice(2).find((a) => /^\d+$/.test(a));
const N = Number(nArg ?? (heapMode || litMode ? 1000 : scrollMode || gridMode ? 3 : 100));

/** The page code of `source` (module source), bundled as the bench does but unminified, so functions keep their names. */
const unminified = async (source) =>
  (await esbuild.build({ ...PAGE_BUILD, minify: false, absWorkingDir: root, stdin: { contents: source, resolveDir: root, loader: 'js' } }))
    .outputFiles[0].text;

const source = litMode ? BARE_RATING : scrollMode ? REVIEW_LIST.source : "import 'trust-signals/trust-star-rating.js';";
const code = await unminified(source);

// JavaScript self time by function (file:line), from the samples (of those taken at a time `keep` accepts: µs, the
// trace's clock). `linesOf(url)`: the source lines of a script, to name functions by the start of their line.
const lines = code.split('\n');
const inlineLines = (url) => (url === '' || url === 'about:blank' ? lines : undefined);
function selfTimes(profile, keep = () => true, linesOf = inlineLines) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (!keep(at)) return;
    const { callFrame } = byId.get(id);
    // Functions of the bundle are named with the start of their line, to tell Lit's from ours.
    const line = callFrame.lineNumber >= 0 ? (linesOf(callFrame.url)?.[callFrame.lineNumber]?.trim().slice(0, 50) ?? '') : '';
    const key = `${callFrame.functionName || '(anonymous)'}${line ? ` \`${line.replace(/`/g, "'")}\`` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  self.delete('(idle)');
  return self;
}

/** A Markdown table of the `top` largest entries of `self` (from selfTimes), with their share of the total. */
function selfTable(title, self, top = Number(process.env.TOP ?? 20)) {
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const out = [`| JavaScript self time (sampled), ${title} | ms | share |`, '| --- | ---: | ---: |'];
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    out.push(`| ${k.replace(/\|/g, '\\|')} | ${v.toFixed(1)} | ${((v / total) * 100).toFixed(1)} % |`);
  return [...out, ''];
}

/**
 * The page's main thread in a trace: of the renderers' main threads (a browser may run more than one, as when a page
 * navigates to another site), the one that did the most page work (script, HTML parsing, style and layout).
 */
const PAGE_WORK = new Set([
  'FunctionCall',
  'RunMicrotasks',
  'EvaluateScript',
  'v8.evaluateModule',
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
]);
function mainThread(events) {
  const busy = new Map();
  for (const e of events)
    if (e.ph === 'X' && PAGE_WORK.has(e.name)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  return events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .sort((a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0))[0];
}

/**
 * Hooks for the scenarios of pages.mjs (`during`) that trace (devtools timeline, top-level tasks, V8, plus `more`
 * categories) and sample JavaScript (100 µs) between `start` and `stop`; `taken()` gives `{ events, profile }`.
 */
function recorder(more = '') {
  const events = [];
  let profile;
  let traced;
  return {
    during: {
      async start(cdp) {
        cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
        traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Tracing.start', { categories: `toplevel,devtools.timeline,v8.execute${more}`, transferMode: 'ReportEvents' });
        await cdp.send('Profiler.start');
      },
      async stop(cdp) {
        profile = (await cdp.send('Profiler.stop')).profile;
        await cdp.send('Tracing.end');
        await traced;
      },
    },
    taken: () => ({ events, profile }),
  };
}

if (gridMode) {
  const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/badge/valid-es256.json'), 'utf8'));
  const pages = { ours: await unminified(GRID.source('ours')), control: await unminified(GRID.source('control')) };
  const linesByKind = Object.fromEntries(Object.entries(pages).map(([kind, js]) => [kind, js.split('\n')]));
  const { browser, context } = await launch();
  const runs = { ours: [], control: [] };
  for (let run = 0; run < N; run++) {
    for (const kind of run % 2 ? ['control', 'ours'] : ['ours', 'control']) {
      const recorded = recorder();
      const result = await measureGrid(context, { kind, js: pages[kind], fixture }, recorded.during);
      runs[kind].push({ result, ...recorded.taken() });
    }
    process.stderr.write(`profile: grid run ${run + 1}/${N} done\n`);
  }
  await browser.close();

  const out = [`## Product grid (48 rated cards, a rating summary, a badge), cold page load traced (${N} runs each, unminified)\n`];
  out.push('Medians, ms from navigation start; main-thread trace events until the page was ready (inclusive, so nested');
  out.push('events count in each: script events hold the style and layout they force).\n');
  const TRACE = [
    'EvaluateScript',
    'v8.compileModule',
    'v8.evaluateModule',
    'FunctionCall',
    'RunMicrotasks',
    'ParseHTML',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'MinorGC',
    'MajorGC',
  ];
  const perRun = (kind) =>
    runs[kind].map(({ events }) => {
      const main = mainThread(events);
      const sums = Object.fromEntries(TRACE.map((name) => [name, 0]));
      for (const e of events)
        if (e.ph === 'X' && e.dur && e.pid === main.pid && e.tid === main.tid && e.name in sums) sums[e.name] += e.dur / 1000;
      return sums;
    });
  const traced = { ours: perRun('ours'), control: perRun('control') };
  out.push('| | ours | control | ours − control |');
  out.push('| --- | ---: | ---: | ---: |');
  for (const [label, key] of [
    ['48 ratings ready', 'ratingsReady'],
    ['all ready', 'ready'],
    ['total blocking time', 'blocking'],
  ]) {
    const [a, b] = ['ours', 'control'].map((kind) => median(runs[kind].map((r) => r.result[key])));
    out.push(`| ${label} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a - b).toFixed(1)} |`);
  }
  for (const name of TRACE) {
    const [a, b] = ['ours', 'control'].map((kind) => median(traced[kind].map((t) => t[name])));
    if (a || b) out.push(`| trace: ${name} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a - b).toFixed(1)} |`);
  }
  out.push('');
  for (const kind of ['ours', 'control']) {
    const self = new Map();
    const linesOf = (url) => (url.endsWith(`/grid-${kind}.js`) ? linesByKind[kind] : undefined);
    for (const { profile } of runs[kind])
      for (const [k, v] of selfTimes(profile, undefined, linesOf)) self.set(k, (self.get(k) ?? 0) + v / N);
    out.push(...selfTable(`the ${kind === 'ours' ? '`<trust-star-rating>`' : 'control'} page, per run`, self));
  }
  console.log(out.join('\n'));
  process.exit(0);
}

if (scrollMode) {
  const { browser, context } = await launch();
  const runs = [];
  for (let run = 0; run < N; run++) {
    const recorded = recorder(',blink.user_timing');
    const result = await measureReviewScroll(context, { js: code }, recorded.during);
    runs.push({ result, ...recorded.taken() });
    process.stderr.write(`profile: scroll run ${run + 1}/${N} done\n`);
  }
  await browser.close();

  // Each frame: its interval between two frame marks, and the main thread's work in it (trace events clipped to it;
  // JavaScript and GC from the samples).
  const KINDS = { style: ['UpdateLayoutTree'], layout: ['Layout'], paint: ['PrePaint', 'Paint', 'Layerize'] };
  const frames = [];
  for (const [r, { result, events, profile }] of runs.entries()) {
    const main = mainThread(events);
    const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
    const marks = onMain
      .filter((e) => e.name === 'scroll-frame')
      .map((e) => e.ts)
      .sort((a, b) => a - b);
    if (marks.length !== result.frameTimes.length + 1)
      throw new Error(`run ${r + 1}: ${marks.length} frame marks for ${result.frameTimes.length} frames`);
    const samples = [];
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      at += profile.timeDeltas[i] ?? 0;
      samples.push({ at, ms: (profile.timeDeltas[i + 1] ?? 0) / 1000, fn: byId.get(id).callFrame.functionName });
    });
    const clipped = (names, from, to) =>
      onMain
        .filter((e) => e.ph === 'X' && names.includes(e.name))
        .reduce((sum, e) => sum + Math.max(0, Math.min(e.ts + e.dur, to) - Math.max(e.ts, from)) / 1000, 0);
    result.frameTimes.forEach((ms, i) => {
      const [from, to] = [marks[i], marks[i + 1]];
      const inside = samples.filter((x) => x.at >= from && x.at < to);
      const sum = (list) => list.reduce((a, x) => a + x.ms, 0);
      frames.push({
        run: r + 1,
        index: i,
        ms,
        from,
        to,
        task: clipped(['ThreadControllerImpl::RunTask'], from, to),
        js: sum(inside.filter((x) => !['(idle)', '(program)', '(garbage collector)'].includes(x.fn))),
        gc: sum(inside.filter((x) => x.fn === '(garbage collector)')),
        ...Object.fromEntries(Object.entries(KINDS).map(([kind, names]) => [kind, clipped(names, from, to)])),
      });
    });
  }

  const slow = frames.filter((f) => f.ms >= 50);
  const rest = frames.filter((f) => f.ms < 50);
  const cols = ['ms', 'task', 'js', 'gc', 'style', 'layout', 'paint'];
  const avg = (list, k) => (list.length ? list.reduce((a, f) => a + f[k], 0) / list.length : 0);
  const out = [`## Review list: scrolling to the end of 10,000 reviews, frame by frame (${N} runs, unminified bundle)\n`];
  out.push("Per frame: its length, the main thread's tasks in it, and within them JavaScript and GC (sampled, 100 µs), style,");
  out.push('layout and paint (trace), in ms. The style and layout that JavaScript forces (by reading a size or a scroll');
  out.push('position after a change) count in its column and in theirs, so the columns overlap.\n');
  out.push(`| frames | count | ${cols.join(' | ')} |`);
  out.push(`| --- | ---: | ${cols.map(() => '---:').join(' | ')} |`);
  for (const [label, list] of [
    ['≥ 50 ms, average', slow],
    ['< 50 ms, average', rest],
  ])
    out.push(`| ${label} | ${list.length} | ${cols.map((k) => avg(list, k).toFixed(1)).join(' | ')} |`);
  out.push('\n| run | frame | ' + cols.join(' | ') + ' |');
  out.push(`| ---: | ---: | ${cols.map(() => '---:').join(' | ')} |`);
  for (const f of slow) out.push(`| ${f.run} | ${f.index + 1} | ${cols.map((k) => f[k].toFixed(1)).join(' | ')} |`);
  out.push('');
  const within = (list) => (t) => list.some((f) => t >= f.from && t < f.to);
  for (const [title, list] of [
    [`the ${slow.length} frames of ≥ 50 ms`, slow],
    [`the ${rest.length} other frames`, rest],
  ]) {
    const self = new Map();
    for (const { profile } of runs) for (const [k, v] of selfTimes(profile, within(list))) self.set(k, (self.get(k) ?? 0) + v);
    for (const k of ['(program)', '(garbage collector)']) self.delete(k);
    out.push(...selfTable(title, self));
  }
  console.log(out.join('\n'));
  process.exit(0);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});

/** Self size by kind (`object:<constructor>` for objects and DOM wrappers' native parts) in a heap snapshot. */
async function heapByKind(count) {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><body><div id="root"></div></body></html>');
  await page.addScriptTag({ content: code, type: 'module' });
  await page.waitForFunction(() => customElements.get('trust-star-rating'));
  await page.evaluate(async (n) => {
    const VALUES = [4.3, 3.7, 5, 2.5, 4.8, 1, 3, 4.1, 0.5, 4.6];
    const rootEl = document.getElementById('root');
    for (let i = 0; i < n; i++) {
      const el = document.createElement('trust-star-rating');
      el.setAttribute('value', String(VALUES[i % 10]));
      el.setAttribute('count', String(100 + i));
      rootEl.append(el);
    }
    await Promise.all([...rootEl.children].map((el) => el.updateComplete));
  }, count);
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const chunks = [];
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await page.close();
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const kinds = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const t = types[snapshot.nodes[i + type]];
    const key = t === 'object' || t === 'native' ? `${t}:${snapshot.strings[snapshot.nodes[i + name]].slice(0, 50)}` : t;
    const entry = kinds.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += snapshot.nodes[i + size];
    entry.count++;
    kinds.set(key, entry);
  }
  return kinds;
}

if (litMode) {
  const cpu = { 'bare-rating': [], 'trust-star-rating': [] };
  for (let rep = 0; rep < 6; rep++) {
    for (const tag of rep % 2 ? ['bare-rating', 'trust-star-rating'] : ['trust-star-rating', 'bare-rating']) {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html lang="en"><body><div id="root"></div></body></html>');
      await page.addScriptTag({ content: code, type: 'module' });
      await page.waitForFunction(() => customElements.get('bare-rating'));
      const make = (tag, n) =>
        page.evaluate(
          async ({ tag, n }) => {
            const VALUES = [4.3, 3.7, 5, 2.5, 4.8, 1, 3, 4.1, 0.5, 4.6];
            const frag = document.createDocumentFragment();
            for (let i = 0; i < n; i++) {
              const el = document.createElement(tag);
              el.setAttribute('value', String(VALUES[i % 10]));
              el.setAttribute('count', String(100 + i));
              frag.append(el);
            }
            const rootEl = document.getElementById('root');
            rootEl.append(frag);
            await Promise.all([...rootEl.children].map((el) => el.updateComplete));
            rootEl.textContent = '';
          },
          { tag, n },
        );
      await make(tag, 1);
      const session = await page.context().newCDPSession(page);
      const events = [];
      session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
      const done = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
      await session.send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
      await make(tag, N);
      await session.send('Tracing.end');
      await done;
      cpu[tag].push(events.filter((e) => e.name === 'RunMicrotasks' && e.ph === 'X').reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000);
      await page.close();
    }
  }
  await browser.close();
  const [bare, ours] = [median(cpu['bare-rating']), median(cpu['trust-star-rating'])];
  console.log(`## Update work of ${N.toLocaleString('en')} ratings: CPU ms in microtasks (median of 6; all runs in brackets)\n`);
  console.log('| element | CPU ms | per rating µs |');
  console.log('| --- | ---: | ---: |');
  for (const [label, tag, m] of [
    ['bare LitElement, same template (the floor of Lit)', 'bare-rating', bare],
    ['<trust-star-rating>', 'trust-star-rating', ours],
  ])
    console.log(`| ${label} | ${m.toFixed(1)} [${cpu[tag].map((v) => v.toFixed(0)).join(', ')}] | ${((m / N) * 1000).toFixed(1)} |`);
  console.log(`\nAbove Lit's floor: ${(ours - bare).toFixed(1)} ms (${(((ours - bare) / N) * 1000).toFixed(1)} µs a rating).`);
  process.exit(0);
}

if (heapMode) {
  const [one, many] = [await heapByKind(1), await heapByKind(N + 1)];
  await browser.close();
  const rows = [...many]
    .map(([k, v]) => [k, v.bytes - (one.get(k)?.bytes ?? 0), v.count - (one.get(k)?.count ?? 0)])
    .filter(([, bytes]) => bytes > 1000);
  const js = rows.filter(([k]) => !k.startsWith('native:'));
  const out = [`## JS heap of ${N.toLocaleString('en')} more <trust-star-rating> (heap snapshots; V8's JS heap, not Blink's)\n`];
  out.push(`${(js.reduce((a, [, b]) => a + b, 0) / N).toFixed(0)} B per rating in all (what the bench's heap delta counts).`);
  out.push('Lit ships minified: in lit-html 3.3 `H` is an AttributePart, `k` (here `_k`) a ChildPart, `R` a TemplateInstance.\n');
  out.push('| kind | bytes | per rating | objects per rating |');
  out.push('| --- | ---: | ---: | ---: |');
  for (const [k, bytes, count] of js.sort((a, b) => b[1] - a[1]).slice(0, 20))
    out.push(`| ${k} | ${bytes.toLocaleString('en')} | ${(bytes / N).toFixed(0)} | ${(count / N).toFixed(1)} |`);
  console.log(out.join('\n'));
  process.exit(0);
}

const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><div id="root"></div></body></html>');
const cdp = await page.context().newCDPSession(page);

const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));

// Phase 1 (profiled apart): the module and the first element. Phase 2: the further elements, until the next frame.
await cdp.send('Profiler.start');
const cold = await page.evaluate(async (code) => {
  globalThis.VALUES = [4.3, 3.7, 5, 2.5, 4.8, 1, 3, 4.1, 0.5, 4.6];
  globalThis.make = (i) => {
    const el = document.createElement('trust-star-rating');
    el.setAttribute('value', String(globalThis.VALUES[i % 10]));
    el.setAttribute('count', String(100 + i));
    return el;
  };
  const t0 = performance.now();
  const script = document.createElement('script');
  script.type = 'module';
  script.textContent = code;
  document.head.append(script);
  while (!customElements.get('trust-star-rating')) await new Promise((resolve) => setTimeout(resolve, 0));
  const t1 = performance.now();
  const first = globalThis.make(0);
  document.getElementById('root').append(first);
  await first.updateComplete;
  return { module: t1 - t0, first: performance.now() - t1 };
}, code);
const coldProfile = (await cdp.send('Profiler.stop')).profile;
await cdp.send('Profiler.start');
const warm = await page.evaluate(async (n) => {
  const rootEl = document.getElementById('root');
  const t2 = performance.now();
  const frag = document.createDocumentFragment();
  for (let i = 1; i < n; i++) frag.append(globalThis.make(i));
  rootEl.append(frag);
  await Promise.all([...rootEl.children].map((el) => el.updateComplete));
  const t3 = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { rest: t3 - t2, frame: performance.now() - t3 };
}, N);
const warmProfile = (await cdp.send('Profiler.stop')).profile;
const marks = { ...cold, ...warm };
await cdp.send('Tracing.end');
await traced;
await browser.close();

const main = mainThread(events);
const durations = new Map();
for (const e of events) {
  if (e.ph !== 'X' || !e.dur || (main && (e.pid !== main.pid || e.tid !== main.tid))) continue;
  durations.set(e.name, (durations.get(e.name) ?? 0) + e.dur / 1000);
}

const out = [];
out.push(`## ${N} <trust-star-rating> from a cold page (unminified bundle)\n`);
out.push(
  `module load ${marks.module.toFixed(1)} ms · first element ${marks.first.toFixed(1)} ms · ${N - 1} more ${marks.rest.toFixed(1)} ms · next frame ${marks.frame.toFixed(1)} ms\n`,
);
for (const [title, profile] of [
  ['module and first element', coldProfile],
  ['further elements', warmProfile],
])
  out.push(...selfTable(title, selfTimes(profile)));
out.push('| trace event (main thread, inclusive) | ms |');
out.push('| --- | ---: |');
const wanted = [
  'FunctionCall',
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'RunMicrotasks',
  'ParseAuthorStyleSheet',
  'v8.compile',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'ScheduleStyleRecalculation',
];
for (const [k, v] of [...durations].filter(([k]) => wanted.includes(k)).sort((a, b) => b[1] - a[1])) out.push(`| ${k} | ${v.toFixed(1)} |`);
console.log(out.join('\n'));
