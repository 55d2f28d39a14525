// Size report for the published `trust-signals` entry points.
//
// Bundles every entry point of packages/elements/dist with esbuild (minified, ESM, es2022, browser) twice:
// without Lit (lit, lit/*, @lit/* external; lit-html / lit-element too, should anything import them directly)
// and with everything bundled. Prints minified, gzip (level 9) and brotli (quality 11) sizes as a Markdown
// table, checks the brotli budgets (each element folder's size-budget.json, the other entries' below) against
// the "without Lit" build, and writes reports/size.json. The no-build loader and its locale files
// (trust-signals.bundle[.<lang>].js) are measured as built; what a plain page using them downloads is measured in
// Chromium by scripts/page-weights.mjs (three pages, each with its budget), run at the end.
//
//   node scripts/size-report.mjs          Markdown table + budget failures; exit 1 if a budget fails
//   node scripts/size-report.mjs --json   only the JSON (same exit code)
//
// Run `npm run build` first: this measures the compiled dist, not the TypeScript sources.
//
// Why not size-limit (considered in issue 16): size-limit checks one static list of entries, each with one limit
// and one set of externals. Here every tag has two budgets over two different externals sets (`own`: Lit and
// core external; `withoutLit`: only Lit external), the entry list is read from dist so that a new element without
// a budget fails instead of going unmeasured, the self-contained bundle's locale files are measured with the
// bundle they import left out, and the result is written to reports/size.json for the consumers' checks. Doing
// that with size-limit would mean generating its config and still post-processing its output, i.e. this script
// plus two dependencies (size-limit, @size-limit/esbuild). esbuild, which it would call anyway, is used directly.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import * as esbuild from 'esbuild';
import { elementSources } from './generate.mjs';

/**
 * Brotli budgets in bytes, keyed by entry path relative to packages/elements/dist. Two figures can be budgeted:
 *   own         what the entry adds on a page that already loads Lit and @trust-signals/core (both external):
 *               the per-element cost once core, shared by every element, is there
 *   withoutLit  the entry with @trust-signals/core bundled in and only Lit external: the cost of a page that
 *               uses this one element and nothing else of ours
 *
 * An element's budget lives in its folder: packages/elements/src/<family>/<name>/size-budget.json,
 * `{ "own": …, "withoutLit": …, "note": "…" }` (the note says what the figures carry and the measured figures),
 * read for the entry `trust-<name>.js`. The folders are found as scripts/generate.mjs finds them
 * (elementSources()); an element folder without the file, or a dist entry without a budget, fails the report.
 * The entries that are no element's are budgeted here. Measured figures (esbuild 0.28.2, Node 20) in comments.
 */
const ENTRY_BUDGETS = {
  // Every class (and so jose for the badge): 61,988 (58,548 before issues 13, 16 and 20 added the badge's reason
  // texts, the waiting state and the review list's controllers). Pages should import the tag modules they use.
  'index.js': { withoutLit: 64512 },
};

/**
 * One budget for every locale module, `locales/<tag>.js`, whatever languages ship: a new locale is measured and
 * checked without a line here, and the report prints the range. A locale holds every family's words (16
 * elements); issue 13 added the badge's 20 reason sentences to each (≈ 350–450 B). Splitting locales by family
 * would let a page carry only its elements' words, as English already is. Issue 18 added about 35 keys (questions
 * and answers, aspects, fit, recommend, topics, search: ≈ 600–800 B each), so the budget went from 7,168 to 7,680.
 * Measured range in the comment.
 */
const LOCALE_BUDGET = { withoutLit: 7680 }; // 28 locales (issue 18): 5,252 (id) to 7,434 (ru)
const isLocaleModule = (entry) => /^locales\/[^/]+\.js$/.test(entry);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const elementsSrc = join(root, 'packages/elements/src');
const BUDGET_FILE = 'size-budget.json';

/**
 * Each element folder's size-budget.json, keyed by its dist entry (`trust-<name>.js`). Exits with a list when a
 * folder has no budget file or a file is not `{ own, withoutLit[, note] }` with positive whole numbers of bytes.
 */
function elementBudgets() {
  const budgets = {};
  const problems = [];
  for (const { tag, module } of elementSources()) {
    const folder = join(elementsSrc, dirname(module));
    const file = relative(root, join(folder, BUDGET_FILE));
    if (!existsSync(join(folder, BUDGET_FILE))) {
      problems.push(`<${tag}> has no size budget: add ${file} ({ "own": …, "withoutLit": …, "note": "…" }, brotli bytes)`);
      continue;
    }
    let budget;
    try {
      budget = JSON.parse(readFileSync(join(folder, BUDGET_FILE), 'utf8'));
    } catch (error) {
      problems.push(`${file} is not JSON: ${error.message}`);
      continue;
    }
    const { own, withoutLit, note, ...extra } = budget ?? {};
    const bytes = (n) => Number.isInteger(n) && n > 0;
    if (!bytes(own) || !bytes(withoutLit) || (note !== undefined && typeof note !== 'string') || Object.keys(extra).length) {
      problems.push(`${file} must be { "own": <bytes>, "withoutLit": <bytes>, "note": "…" } with positive whole numbers`);
      continue;
    }
    budgets[`${tag}.js`] = { own, withoutLit };
  }
  if (problems.length) {
    console.error(`size-report:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  return budgets;
}

const BUDGETS = { ...elementBudgets(), ...ENTRY_BUDGETS };

const distDir = join(root, 'packages/elements/dist');
const reportFile = join(root, 'reports/size.json');

// Everything that counts as "Lit" for the "without Lit" build.
const LIT_EXTERNALS = ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'];
const CORE_EXTERNALS = ['@trust-signals/core', '@trust-signals/core/*'];

const BASE_OPTIONS = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  write: false,
  metafile: true,
  logLevel: 'silent',
  // Ignore tsconfig.json: the root one maps `@trust-signals/core` to packages/core/src (for the editor and
  // Storybook), which esbuild would otherwise apply to the dist files too. Measure the compiled output, resolved
  // the way a consumer's bundler resolves it (node_modules symlink -> package.json exports -> dist).
  tsconfigRaw: '{}',
};

// ---------------------------------------------------------------------------------------------------------

const args = process.argv.slice(2);
const jsonOnly = args.includes('--json');
const unknown = args.filter((a) => a !== '--json');
if (unknown.length) {
  console.error(`size-report: unknown argument(s): ${unknown.join(' ')}\nUsage: node scripts/size-report.mjs [--json]`);
  process.exit(2);
}

if (!existsSync(distDir)) {
  console.error(`size-report: ${relative(root, distDir)} does not exist. Run \`npm run build\` first (from the repository root).`);
  process.exit(1);
}

function listEntries() {
  // Every registering entry (one per tag: dist/trust-*.js, but not the self-contained bundle), then the index.
  const entries = readdirSync(distDir)
    .filter((f) => /^trust-(?!signals\.).*\.js$/.test(f))
    .sort();
  entries.push('index.js');
  const unbudgeted = entries.filter((e) => !BUDGETS[e]);
  if (unbudgeted.length) {
    console.error(
      `size-report: no budget for ${unbudgeted.join(', ')}: an element's budget is its folder's ${BUDGET_FILE}; other entries go into ENTRY_BUDGETS in scripts/size-report.mjs.`,
    );
    process.exitCode = 1;
  }
  const localesDir = join(distDir, 'locales');
  if (existsSync(localesDir)) {
    for (const f of readdirSync(localesDir)
      .filter((f) => f.endsWith('.js'))
      .sort())
      entries.push(`locales/${f}`);
  }
  const missing = entries.filter((e) => !existsSync(join(distDir, e)));
  if (missing.length) {
    console.error(`size-report: missing in ${relative(root, distDir)}: ${missing.join(', ')}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  return entries;
}

function measure(code) {
  const buf = Buffer.from(code);
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

async function bundle(options) {
  try {
    // Split as a consumer's bundler splits: what the entry imports on demand (the virtualizer of long lists, the
    // note for the page author) is a chunk of its own that a page fetches only when it needs it. The figures are the
    // entry and the chunks it imports statically; `onDemand` is the brotli of the rest, for the record.
    const result = await esbuild.build({ ...BASE_OPTIONS, splitting: true, outdir: join(root, 'reports/size-out'), ...options });
    const outputs = result.metafile.outputs;
    const text = new Map(result.outputFiles.map((f) => [relative(root, f.path).split('\\').join('/'), f.text]));
    const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint !== undefined || options.stdin);
    const upFront = new Set([entry]);
    for (const o of upFront) for (const i of outputs[o].imports) if (!i.external && i.kind === 'import-statement') upFront.add(i.path);
    const code = [...upFront].map((o) => text.get(o)).join('\n');
    const output = {
      imports: [...upFront].flatMap((o) => outputs[o].imports),
      inputs: Object.assign({}, ...[...upFront].map((o) => outputs[o].inputs)),
    };
    const externals = [...new Set(output.imports.filter((i) => i.external).map((i) => i.path))].sort();
    const fromSource = Object.keys(output.inputs).filter((f) => /(^|\/)packages\/[^/]+\/src\//.test(f));
    if (fromSource.length) throw new Error(`bundled TypeScript sources instead of dist: ${fromSource.join(', ')}`);
    const rest = Object.keys(outputs).filter((o) => !upFront.has(o) && o.endsWith('.js'));
    const onDemand = rest.reduce((sum, o) => sum + measure(text.get(o)).brotli, 0);
    return { ...measure(code), externals, onDemand, metafile: result.metafile };
  } catch (error) {
    const label = options.entryPoints?.[0] ?? options.stdin?.sourcefile ?? 'bundle';
    console.error(`size-report: esbuild failed for ${relative(root, label) || label}:\n${error.message ?? error}`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------------------

const entries = listEntries();
const results = [];
for (const entry of entries) {
  const entryPoints = [join(distDir, entry)];
  const own = await bundle({ entryPoints, external: [...LIT_EXTERNALS, ...CORE_EXTERNALS] });
  const withoutLit = await bundle({ entryPoints, external: LIT_EXTERNALS });
  const withLit = await bundle({ entryPoints });
  const budget = BUDGETS[entry] ?? (isLocaleModule(entry) ? LOCALE_BUDGET : {});
  const over = Object.entries(budget)
    .filter(([kind, bytes]) => ({ own, withoutLit })[kind].brotli > bytes)
    .map(([kind, bytes]) => ({ kind, bytes, brotli: { own, withoutLit }[kind].brotli }));
  const status = Object.keys(budget).length === 0 ? 'unchecked' : over.length ? 'fail' : 'pass';
  results.push({ entry, own, withoutLit, withLit, budget, over, status });
}

// Lit alone: the whole `lit` module plus every other Lit module the entries import (decorators, directives).
const litSpecifiers = [...new Set(results.flatMap((r) => r.withoutLit.externals))].filter((s) => s !== 'lit').sort();
const litSource = [
  `import 'lit';`,
  `export * from 'lit';`,
  ...litSpecifiers.map((s, i) => `export * as m${i} from ${JSON.stringify(s)};`),
].join('\n');
const litAlone = await bundle({
  stdin: { contents: litSource, resolveDir: root, sourcefile: 'lit-alone.js', loader: 'js' },
});

// The no-build loader (dist/trust-signals.bundle.js, built by scripts/bundle.mjs): a plain page names only it, and
// it imports the chunks of the page's tags (measured with them by the page weights below). Its budget keeps it small:
// the tag → chunk map, the page's plan, and the autoloader. Measured 1,286 (issue 15; the self-contained bundle it
// replaced was 69,008 for every page).
const BUNDLE = 'trust-signals.bundle.js';
const BUNDLE_BUDGET = 2048; // brotli
{
  const file = join(distDir, BUNDLE);
  if (!existsSync(file)) {
    console.error(`size-report: missing ${relative(root, file)}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const m = { ...measure(readFileSync(file)), externals: [] };
  const over = m.brotli > BUNDLE_BUDGET ? [{ kind: 'bundle', bytes: BUNDLE_BUDGET, brotli: m.brotli }] : [];
  results.push({
    entry: BUNDLE,
    own: m,
    withoutLit: m,
    withLit: m,
    budget: { bundle: BUNDLE_BUDGET },
    over,
    status: over.length ? 'fail' : 'pass',
  });
}

// The bundle's locale files for pages without a build step (dist/trust-signals.bundle.<lang>.js, built by
// scripts/bundle.mjs): one language's table and one import, of the bundle itself. Measured as built and alone: a
// page that uses one already loads the bundle (counted above), so bundling the import in would count it twice.
// One budget for all of them, as for the npm modules; measured range in the comment. Each is below its npm
// module's withoutLit figure above (locales/<lang>.js): no registry of its own (it uses the bundle's), and words
// written as UTF-8, not \u escapes.
const BUNDLE_LOCALE_BUDGET = 6656; // 28 locales (issue 18, was 6,144): 4,939 (zh-Hans) to 6,412 (uk)
{
  const files = readdirSync(distDir)
    .filter((f) => /^trust-signals\.bundle\.[^.]+\.js$/.test(f))
    .sort();
  if (files.length === 0) {
    console.error(`size-report: no trust-signals.bundle.<lang>.js in ${relative(root, distDir)}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  for (const file of files) {
    const code = readFileSync(join(distDir, file), 'utf8');
    // What the file imports, read by esbuild without bundling anything: the bundle, and nothing else.
    const { metafile } = await esbuild.build({
      ...BASE_OPTIONS,
      stdin: { contents: code, resolveDir: distDir, sourcefile: file, loader: 'js' },
      external: ['*'],
      minify: false,
    });
    const externals = [...new Set(Object.values(metafile.outputs).flatMap((o) => o.imports.map((i) => i.path)))];
    if (externals.join() !== `./${BUNDLE}`) {
      console.error(
        `size-report: ${file} imports ${externals.join(', ') || 'nothing'}; a locale file of the bundle must import ./${BUNDLE} alone.`,
      );
      process.exit(1);
    }
    const m = { ...measure(code), externals };
    const budget = BUNDLE_LOCALE_BUDGET;
    const over = m.brotli > budget ? [{ kind: 'asBuilt', bytes: budget, brotli: m.brotli }] : [];
    results.push({
      entry: file,
      own: m,
      withoutLit: m,
      withLit: m,
      budget: { asBuilt: budget },
      over,
      status: over.length ? 'fail' : 'pass',
    });
  }
}

const failures = results.filter((r) => r.status === 'fail');

/** The locales measured, and the smallest and largest of each kind of locale file (brotli bytes). */
function range(kind, pattern) {
  const sizes = results
    .filter((r) => pattern.test(r.entry))
    .map((r) => ({ tag: r.entry.match(pattern)[1], brotli: r[kind].brotli }))
    .sort((a, b) => a.brotli - b.brotli);
  return sizes.length ? { count: sizes.length, smallest: sizes[0], largest: sizes.at(-1) } : { count: 0 };
}
const localeRanges = {
  modules: { ...range('withoutLit', /^locales\/([^/]+)\.js$/), budget: LOCALE_BUDGET.withoutLit, measured: 'withoutLit' },
  bundleFiles: { ...range('own', /^trust-signals\.bundle\.([^.]+)\.js$/), budget: BUNDLE_LOCALE_BUDGET, measured: 'as built' },
};

const report = {
  generatedAt: new Date().toISOString(),
  esbuild: esbuild.version,
  node: process.version,
  settings: {
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    litExternals: LIT_EXTERNALS,
    gzipLevel: 9,
    brotliQuality: 11,
    budgetsApplyTo: 'own.brotli (Lit and core external) and withoutLit.brotli (core bundled); the bundle and its locale files as built',
  },
  entries: results.map(({ entry, own, withoutLit, withLit, budget, status }) => ({
    entry,
    own: { min: own.min, gzip: own.gzip, brotli: own.brotli },
    withoutLit: { min: withoutLit.min, gzip: withoutLit.gzip, brotli: withoutLit.brotli },
    withLit: { min: withLit.min, gzip: withLit.gzip, brotli: withLit.brotli },
    litImports: withoutLit.externals,
    budget,
    status,
  })),
  litAlone: {
    modules: ['lit', ...litSpecifiers],
    min: litAlone.min,
    gzip: litAlone.gzip,
    brotli: litAlone.brotli,
  },
  locales: localeRanges,
  failures: failures.flatMap((r) => r.over.map((o) => ({ entry: r.entry, ...o }))),
  ok: failures.length === 0,
};

// Page weights (issue 15): scripts/page-weights.mjs, in Chromium; over budget or broken fails the report too.
const { formatPageWeights, pageWeights, pageWeightsOk } = await import('./page-weights.mjs');
report.pageWeights = await pageWeights();
report.ok &&= pageWeightsOk(report.pageWeights);

mkdirSync(dirname(reportFile), { recursive: true });
writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);

// ---------------------------------------------------------------------------------------------------------

const nf = new Intl.NumberFormat('en-US');
const fmt = (bytes) => `${nf.format(bytes)} B (${(bytes / 1024).toFixed(1)} KiB)`;
const STATUS = { pass: 'pass', fail: '**FAIL**', unchecked: 'not checked' };

if (jsonOnly) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const header = [
    'entry',
    'brotli (own: Lit + core external)',
    'min (without Lit)',
    'gzip (without Lit)',
    'brotli (without Lit)',
    'min (with Lit)',
    'gzip (with Lit)',
    'brotli (with Lit)',
    'budgets (brotli: own / without Lit)',
    'status',
  ];
  const rows = results.map((r) => [
    `\`${r.entry}\``,
    fmt(r.own.brotli),
    fmt(r.withoutLit.min),
    fmt(r.withoutLit.gzip),
    fmt(r.withoutLit.brotli),
    fmt(r.withLit.min),
    fmt(r.withLit.gzip),
    fmt(r.withLit.brotli),
    [r.budget.own, r.budget.withoutLit ?? r.budget.bundle ?? r.budget.asBuilt].map((b) => (b === undefined ? '–' : fmt(b))).join(' / '),
    STATUS[r.status],
  ]);
  rows.push([
    `_Lit alone_ (${report.litAlone.modules.map((m) => `\`${m}\``).join(', ')})`,
    '–',
    '–',
    '–',
    '–',
    fmt(litAlone.min),
    fmt(litAlone.gzip),
    fmt(litAlone.brotli),
    '–',
    '',
  ]);
  const right = [false, true, true, true, true, true, true, true, true, false];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${right.map((r) => (r ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
  console.log(`## Bundle sizes (esbuild ${esbuild.version}, minified, es2022; gzip -9, brotli q11)\n`);
  console.log(lines.join('\n'));
  console.log('');
  for (const [label, r] of [
    ['Locale modules (locales/<tag>.js, without Lit)', localeRanges.modules],
    ['Locale files of the bundle (trust-signals.bundle.<tag>.js, as built)', localeRanges.bundleFiles],
  ]) {
    if (r.count)
      console.log(
        `${label}: ${r.count} locales, ${fmt(r.smallest.brotli)} (${r.smallest.tag}) to ` +
          `${fmt(r.largest.brotli)} (${r.largest.tag}) brotli; budget ${fmt(r.budget)} each.`,
      );
  }
  console.log('');
  for (const f of report.failures) {
    console.log(`Budget exceeded: ${f.entry} is ${fmt(f.brotli)} brotli (${f.kind}); budget ${fmt(f.bytes)}.`);
  }
  console.log(
    failures.length
      ? `${report.failures.length} budget(s) exceeded. Figures written to ${relative(root, reportFile)}.`
      : `All budgets met. Figures written to ${relative(root, reportFile)}.`,
  );
}

if (!jsonOnly) console.log(`\n${formatPageWeights(report.pageWeights)}`);
process.exitCode = report.ok ? 0 : 1;
