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
// Not part of `npm test` or `npm run bench`; run `npm run build` first. Prints Markdown. Flags as in run.mjs.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright';
import { BARE_RATING } from './entries.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const heapMode = process.argv.includes('--heap');
const litMode = process.argv.includes('--vs-lit');
const nArg = process.argv.slice(2).find((a) => /^\d+$/.test(a));
const N = Number(nArg ?? (heapMode || litMode ? 1000 : 100));

const code = (
  await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: litMode ? BARE_RATING : "import 'trust-signals/trust-star-rating.js';", resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: false,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
).outputFiles[0].text;

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
  const median = (list) => {
    const s = [...list].sort((a, b) => a - b);
    return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
  };
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

// JavaScript self time by function (file:line), from the samples.
const lines = code.split('\n');
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { callFrame } = byId.get(id);
    // Functions of the bundle (an inline script, no URL) are named with the start of their line, to tell Lit's from ours.
    const line = callFrame.url === '' && callFrame.lineNumber >= 0 ? lines[callFrame.lineNumber]?.trim().slice(0, 50) : '';
    const key = `${callFrame.functionName || '(anonymous)'}${line ? ` \`${line.replace(/`/g, "'")}\`` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  self.delete('(idle)');
  return self;
}

// Browser work by trace event name (complete events on the renderer's main thread), top level only.
// The page's main thread: of the renderers' main threads (a browser may run more than one), the busiest.
const busy = new Map();
for (const e of events) if (e.ph === 'X') busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
const main = events
  .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  .sort((a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0))[0];
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
]) {
  const self = selfTimes(profile);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  out.push(`| JavaScript self time (sampled), ${title} | ms | share |`);
  out.push('| --- | ---: | ---: |');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 20)))
    out.push(`| ${k.replace(/\|/g, '\\|')} | ${v.toFixed(1)} | ${((v / total) * 100).toFixed(1)} % |`);
  out.push('');
}
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
