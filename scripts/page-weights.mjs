// Page weights of the no-build files (issue 15): what a plain HTML page that loads `trust-signals.bundle.js` really
// downloads. Three pages are opened in Chromium (Debian's, through playwright-core), served from
// packages/elements/dist under the strict policy the consumer tests use, and every JavaScript response the page
// received is compressed with brotli at quality 11 (as scripts/size-report.mjs does); the page's weight is the sum.
//
//   donation-use   the nonprofit snippet of the docs (docs/snippets/donation-use-banner.html), as a reader pastes it
//   star-rating    one `<trust-star-rating>`
//   every-element  every tag the loader knows, once each (generated from the autoloader's map: a new element is in it)
//
// A page counts only when every tag on it is defined and rendered, and nothing failed (page error, console error, CSP
// violation); each file must be fetched once. Budgets are below (bytes, brotli).
//
//   node scripts/page-weights.mjs          a table, exit 1 when a page is over budget
//   node scripts/page-weights.mjs --json   the figures as JSON (same exit code)
//
// scripts/size-report.mjs runs it too (`pageWeights()`), and writes the figures into reports/size.json.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(root, 'packages/elements/dist');
const LOADER = 'trust-signals.bundle.js';

/** The targets of issue 15, in bytes of brotli (KB = 1,000 bytes, the stricter reading): printed as met or missed. */
export const PAGE_TARGETS = {
  'donation-use': 15_000,
  'star-rating': 9_000,
  'every-element': 45_000,
};

/**
 * What fails the size report: the weights measured when the loader landed (17,046, 11,582 and 67,313 B), with
 * about 2 % of room; every-element raised to 75,520 when it gained a 17th element (`<trust-questions>`, issue 18)
 * and the review data its aspects, fit and recommend (measured 74,062); all three lowered when the formatters only
 * some elements use left the shared chunk (measured 16,736, 11,298 and 73,750; then 16,857, 11,429 and 74,173 with
 * a short parse for ratings and the data's names isolated in RTL sentences). The targets are not met yet (the
 * elements and core themselves must shrink: even one file of every element without a loader is over 61 KB), so
 * these budgets only keep the pages from growing back; lower them as the pages shrink, until they are the targets.
 */
export const PAGE_BUDGETS = {
  'donation-use': 17_152,
  'star-rating': 11_520,
  'every-element': 75_264,
};

/** The same flags as `chromiumArgs` in vite.config.ts (test/unit/page-weights.test.ts keeps them equal). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** The consumer tests' policy (test/consumers/server.mjs): module scripts and their imports from the page's origin. */
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Brotli bytes at quality 11, as the size report measures. */
export function brotli(buffer) {
  return brotliCompressSync(buffer, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;
}

/** The tags the loader knows, from the built autoloader map (dist/generated/autoload-map.js). */
async function knownTags(dist) {
  const { loaders } = await import(pathToFileURL(join(dist, 'generated/autoload-map.js')).href);
  return Object.keys(loaders).sort();
}

/** The three pages: name → body HTML (the loader's script tag is part of each, as a reader writes it). */
async function pages(dist) {
  const script = `<script type="module" src="/${LOADER}"></script>`;
  const snippet = readFileSync(join(root, 'docs/snippets/donation-use-banner.html'), 'utf8');
  if (!snippet.includes(`src="/assets/${LOADER}"`)) throw new Error(`page-weights: the docs snippet no longer loads /assets/${LOADER}`);
  const tags = await knownTags(dist);
  return {
    'donation-use': snippet.replace(`/assets/${LOADER}`, `/${LOADER}`),
    'star-rating': `${script}\n<trust-star-rating value="4.3" count="1234">4.3 out of 5</trust-star-rating>`,
    'every-element': `${script}\n${tags.map((t) => `<${t}>${t}</${t}>`).join('\n')}`,
  };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A static server for `dist` (and the pages at /<name>.html), sending the strict policy with every response. */
function serve(dist, html) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    res.setHeader('Content-Security-Policy', POLICY);
    res.setHeader('Cache-Control', 'no-store');
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const page = /^\/([a-z-]+)\.html$/.exec(path)?.[1];
    if (page && html[page]) return void res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(html[page]);
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) }),
    ),
  );
}

/**
 * Opens each page in Chromium and returns, per page, the JavaScript files it fetched (path, bytes, brotli bytes,
 * times fetched), their brotli sum, the budget and what went wrong (`problems`, empty when the page worked).
 */
export async function pageWeights({ dist = DIST } = {}) {
  if (!existsSync(join(dist, LOADER)))
    throw new Error(`page-weights: no ${relative(root, join(dist, LOADER))}: run \`npm run build\` first`);
  const { chromium } = await import('playwright-core');
  const html = Object.fromEntries(
    Object.entries(await pages(dist)).map(([name, body]) => [
      name,
      `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${name}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`,
    ]),
  );
  const server = await serve(dist, html);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const name of Object.keys(html)) {
      const page = await browser.newPage();
      const problems = [];
      const bodies = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        // A bare element reports its missing data; that is the page's content, not a failure of the files.
        if (m.type() === 'error' && !m.text().startsWith('[trust-signals]')) problems.push(`console error: ${m.text()}`);
      });
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (path.endsWith('.js')) bodies.push(response.body().then((body) => ({ path, status: response.status(), body })));
      });
      await page.goto(`${server.origin}/${name}.html`, { waitUntil: 'load' });
      const undefinedTags = await page.evaluate(async () => {
        const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((t) => t.startsWith('trust-')))];
        const defined = await Promise.all(
          tags.map((t) =>
            Promise.race([customElements.whenDefined(t).then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))]),
          ),
        );
        const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('trust-'));
        await Promise.all(els.map((el) => el.updateComplete));
        return tags.filter((t, i) => !defined[i] || [...document.querySelectorAll(t)].some((el) => !el.shadowRoot?.childNodes.length));
      });
      if (undefinedTags.length) problems.push(`not defined or not rendered: ${undefinedTags.join(', ')}`);
      // Let anything the elements load afterwards (a chunk imported on first use) arrive, then count.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      const fetched = await Promise.all(bodies);
      await page.close();
      const files = new Map();
      for (const { path, status, body } of fetched) {
        if (status !== 200) problems.push(`${path}: HTTP ${status}`);
        const file = files.get(path) ?? { path, bytes: body.length, brotli: brotli(body), fetches: 0 };
        file.fetches++;
        files.set(path, file);
      }
      for (const f of files.values()) if (f.fetches > 1) problems.push(`${f.path} fetched ${f.fetches} times`);
      const list = [...files.values()].sort((a, b) => a.path.localeCompare(b.path));
      const total = list.reduce((sum, f) => sum + f.brotli, 0);
      const budget = PAGE_BUDGETS[name];
      results.push({
        page: name,
        files: list,
        brotli: total,
        bytes: list.reduce((s, f) => s + f.bytes, 0),
        budget,
        target: PAGE_TARGETS[name],
        ok: total <= budget,
        problems,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

/** The figures as Markdown lines, and one line per page over budget or broken. */
export function formatPageWeights(results) {
  const nf = new Intl.NumberFormat('en-US');
  const lines = [
    `## Page weights (Chromium: every JavaScript file the page fetched, brotli q11)\n`,
    '| page | files | bytes | brotli | budget | status | target (issue 15) |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.page} | ${r.files.length} | ${nf.format(r.bytes)} B | ${nf.format(r.brotli)} B | ${nf.format(r.budget)} B | ` +
        `${r.ok && !r.problems.length ? 'pass' : '**FAIL**'} | ${nf.format(r.target)} B: ${r.brotli <= r.target ? 'met' : `missed by ${nf.format(r.brotli - r.target)} B`} |`,
    ),
    '',
    ...results.map((r) => `${r.page}: ${r.files.map((f) => `${f.path.slice(1)} ${nf.format(f.brotli)}`).join(', ')}`),
  ];
  for (const r of results) {
    if (!r.ok) lines.push(`Page over budget: ${r.page} fetches ${nf.format(r.brotli)} B brotli; budget ${nf.format(r.budget)} B.`);
    for (const p of r.problems) lines.push(`Page broken: ${r.page}: ${p}`);
  }
  return lines.join('\n');
}

/** True when every page worked and is within its budget. */
export const pageWeightsOk = (results) => results.every((r) => r.ok && r.problems.length === 0);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const json = process.argv.includes('--json');
  const results = await pageWeights();
  console.log(json ? JSON.stringify(results, null, 2) : formatPageWeights(results));
  process.exitCode = pageWeightsOk(results) ? 0 : 1;
}
