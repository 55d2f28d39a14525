// What the bench measures in Chromium, shared by `npm run bench` (run.mjs), the A/B comparison of two trees (ab.mjs)
// and the profiler (profile.mjs): the browser, a fresh page per measurement, and the ratings, product-grid and
// review-list scroll scenarios. Each scenario takes a page code bundle (`{ js, css }`: the candidate's entry from
// entries.mjs, bundled).
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../page-weights.mjs';
import { GRID } from './entries.mjs';

/** How the bench bundles a page's code with esbuild (entry, externals and resolution are the caller's). */
export const PAGE_BUILD = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  write: false,
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** The median of `values` (the mean of the middle two when their number is even). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Debian's Chromium (never a downloaded browser), with the flags of the tests, and a 1280 × 800 context. */
export async function launch() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return { browser, context: await browser.newContext({ viewport: { width: 1280, height: 800 } }) };
}

/** Nodes under `root`, shadow trees included. Installed in each page as `globalThis.countNodes`. */
export function countNodes(root) {
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

/** A new page in `context` with `css` and the page code `code` (a module that defines `globalThis.bench` or `benchList`). */
export async function freshPage(context, code, css = '') {
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

/** The JS heap in use after two full garbage collections. */
export async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * n read-only ratings of one candidate (its page code and CSS) in one batch, after a warm-up of one, in a fresh page:
 * time until ready and until the next frame, JS heap delta after GC, DOM nodes.
 */
export async function measureRatings(context, { js, css }, n) {
  const { page, cdp } = await freshPage(context, js, css);
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

/** Main-thread time so far (CDP `Performance` metrics, ms): all tasks, script, style and layout. */
async function busy(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value * 1000]));
  return { task: m.TaskDuration, script: m.ScriptDuration, style: m.RecalcStyleDuration, layout: m.LayoutDuration };
}

/**
 * 10,000 reviews shown at once (`show-all`: the list is virtualized), then the page scrolled to its end as a reader
 * who drags the scrollbar does: one step a frame, a 300th of the page (at least two viewports), until the last review
 * is in the DOM. The frames are the intervals between animation frames (requestAnimationFrame timestamps, 16.7 ms
 * when nothing is late); their longest is reported, with how many reached 50 ms. Frames come in steps of 16.7 ms, so
 * the main thread's busy time during the scroll is reported too (all tasks, and script, style and layout within
 * them): it shows a change of work that does not move a frame past a step.
 *
 * `during` (profile.mjs): `start(cdp)` and `stop(cdp)` run just before and after the scroll, and each frame's start
 * is marked (User Timing `scroll-frame`, which a trace records) so that the work can be told frame by frame.
 */
export async function measureReviewScroll(context, { js }, during) {
  const { page, cdp } = await freshPage(context, js);
  try {
    await cdp.send('Performance.enable');
    await page.evaluate(async () => {
      const el = await globalThis.benchList.render(document.getElementById('root'), 10_000, { showAll: true });
      globalThis.benchScrolled = el;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      // The virtualizer loads on demand, then lays out: wait until reviews are there (at most 5 s).
      for (let i = 0; i < 300 && !el.shadowRoot?.querySelector('[data-index]'); i++) await frame();
    });
    await during?.start(cdp);
    const before = await busy(cdp);
    const result = await page.evaluate(async (mark) => {
      const el = globalThis.benchScrolled;
      const frame = () =>
        new Promise((resolve) =>
          requestAnimationFrame((now) => {
            if (mark) performance.mark('scroll-frame');
            resolve(now);
          }),
        );
      const last = () => el.shadowRoot?.querySelector('[data-index="9999"]');
      const frames = [];
      let previous = await frame();
      for (let i = 0; i < 2000 && !last(); i++) {
        const step = Math.max(2 * innerHeight, document.documentElement.scrollHeight / 300);
        scrollBy(0, step);
        const now = await frame();
        frames.push(now - previous);
        previous = now;
      }
      // The frame that shows the last review.
      const now = await frame();
      frames.push(now - previous);
      return {
        reachedEnd: Boolean(last()),
        // Where the page was and how tall it had become (the virtualizer measures reviews as they come).
        scrolledTo: Math.round(scrollY + innerHeight),
        pageHeight: document.documentElement.scrollHeight,
        frames: frames.length,
        longestFrame: Math.max(...frames),
        longestAt: frames.indexOf(Math.max(...frames)),
        over50: frames.filter((f) => f >= 50).length,
        medianFrame: [...frames].sort((a, b) => a - b)[Math.floor(frames.length / 2)],
        ...(mark && { frameTimes: frames }),
      };
    }, Boolean(during));
    const after = await busy(cdp);
    await during?.stop(cdp);
    const mainThread = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
    return { ...result, mainThread };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/**
 * Answers the shop's pages and scripts and the certifier's files from memory, so that the figures are the page's work,
 * not a network's: `https://shop.example/grid-<kind>.html` and `.js` (the product grid, when `grid` holds its page
 * code `{ kind, js }`), any other shop page as an empty document, and the certifier's key set and status lists of
 * `fixture` (the committed ES256 badge fixture, issued for https://shop.example).
 */
export async function routeShop(page, { fixture, grid }) {
  await page.route('https://shop.example/**', (route) => {
    const { pathname } = new URL(route.request().url());
    if (grid && pathname === `/grid-${grid.kind}.js`)
      return route.fulfill({ contentType: 'text/javascript', body: grid.js, headers: { 'cache-control': 'no-store' } });
    if (grid && pathname === `/grid-${grid.kind}.html`)
      return route.fulfill({ contentType: 'text/html', body: GRID.html(grid.kind, fixture.jws), headers: { 'cache-control': 'no-store' } });
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>',
    });
  });
  await page.route('https://certifier.example/**', (route) => {
    const url = route.request().url();
    const body = url.endsWith('/.well-known/trust-badge/jwks.json') ? JSON.stringify(fixture.keys) : fixture.statusLists[url];
    return body === undefined
      ? route.fulfill({ status: 404, body: '' })
      : route.fulfill({ body, headers: { 'access-control-allow-origin': '*' } });
  });
}

/**
 * The product-grid page of `kind` (`ours` or `control`, with its page code `js`), loaded cold in a fresh page: ms from
 * navigation start until the 48 ratings are rendered and until every element is ready (ratings and summary rendered,
 * badge verified), and the total blocking time until then (see GRID in entries.mjs). Console errors fail the run: a
 * page that reports bad data is no benchmark. `during` (profile.mjs): `start(cdp)` runs before the navigation and
 * `stop(cdp)` once the page is ready.
 */
export async function measureGrid(context, { kind, js, fixture }, during) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await routeShop(page, { fixture, grid: { kind, js } });
  const cdp = during && (await context.newCDPSession(page));
  try {
    await during?.start(cdp);
    await page.goto(`https://shop.example/grid-${kind}.html`);
    const result = await page.evaluate(() => globalThis.benchGrid);
    await during?.stop(cdp);
    if (errors.length) throw new Error(`grid-${kind}: ${errors.join('; ')}`);
    return result;
  } finally {
    await cdp?.detach().catch(() => {});
    await page.close();
  }
}
