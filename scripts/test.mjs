// `npm test`: everything, in order, failing fast. Prints a summary with test counts per project and timings.
//   1. a usable Chromium (installed with apt as root if missing; see scripts/ensure-chromium.mjs), and the
//      committed generated sources checked against the element folders and the data-format descriptions
//      (`npm run generate` rewrites them)
//   2. build (tsc, CSS minification, custom-elements.json)   3. type-check, ESLint, Prettier --check
//   4. lit-analyzer (template types)
//   5. Vitest: unit (Node), browser (Chromium), storybook (every story, axe at 'error'), storybook-matrix (every
//      story under every theme and direction, each element's main stories in every locale; test/storybook/)
//   6. the a11y gate: the deliberately inaccessible story must fail   7. size budgets
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const node = process.execPath;
mkdirSync('reports', { recursive: true });
// A report from an earlier run must never be counted as this run's.
for (const f of ['reports/vitest.json', 'reports/consumers.json']) rmSync(f, { force: true });

const steps = [
  ['chromium', node, ['scripts/ensure-chromium.mjs']],
  // Before the build, which rewrites them: the committed generated sources must match the element folders.
  ['generated sources', node, ['scripts/generate.mjs', 'sources', '--check']],
  // The data formats' JSON Schemas, input types and docs page match their description (`npm run generate` rewrites them).
  ['data formats', node, ['scripts/data-formats.mjs', '--check']],
  ['build', npm, ['run', '--silent', 'build']],
  ['typecheck', npm, ['run', '--silent', 'typecheck']],
  // ESLint (eslint.config.js) with zero warnings, then the formatting check (Prettier, .prettierrc.json).
  ['lint', npm, ['run', '--silent', 'lint']],
  ['format', npm, ['run', '--silent', 'format:check']],
  ['lit-analyzer', npm, ['run', '--silent', 'lint:lit']],
  [
    'vitest',
    node,
    ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'],
  ],
  ['a11y gate', node, ['test/a11y-gate.mjs']],
  // Package hygiene (publint, attw) of every published package; the editor/JSX typings checked by tsc (a wrong
  // attribute type must not compile); real consumers (plain, React 19, React 18, Vue, SSR) under a strict CSP.
  ['package check', node, ['scripts/package-check.mjs']],
  ['jsx types', node, ['node_modules/typescript/bin/tsc', '-p', 'test/consumers/types/tsconfig.json']],
  // Each event's detail, typed by importing one tag module alone (one program per element).
  ['event types', node, ['test/consumers/types/events.mjs']],
  [
    'consumers',
    node,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--config',
      'test/consumers/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=reports/consumers.json',
    ],
  ],
  ['size budgets', node, ['scripts/size-report.mjs']],
];

const started = performance.now();
const timings = [];
let failed = null;
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const t0 = performance.now();
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
  timings.push([name, (performance.now() - t0) / 1000]);
  if (run.status !== 0) {
    failed = name;
    break;
  }
}

// Test counts per Vitest project, from the JSON report.
const counts = {};
let passed = 0;
let failedTests = 0;
const reportFiles = ['reports/vitest.json', ...(timings.some(([n]) => n === 'consumers') ? ['reports/consumers.json'] : [])];
for (const reportFile of reportFiles.filter((f) => existsSync(f))) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  for (const file of report.testResults ?? []) {
    const path = file.name.replace(/\\/g, '/');
    const project = /\/test\/consumers\//.test(path)
      ? 'consumers'
      : /\/test\/storybook\//.test(path)
        ? 'storybook-matrix'
        : /\/stories\//.test(path)
          ? 'storybook'
          : /(packages\/(core|issuer)\/src\/|\/test\/unit\/)(?!.*\.browser\.test)/.test(path)
            ? 'unit'
            : 'browser';
    counts[project] ??= { passed: 0, failed: 0, skipped: 0 };
    for (const t of file.assertionResults ?? []) {
      const key = t.status === 'passed' ? 'passed' : t.status === 'failed' ? 'failed' : 'skipped';
      counts[project][key]++;
    }
  }
}
for (const c of Object.values(counts)) {
  passed += c.passed;
  failedTests += c.failed;
}
const gateRan = timings.some(([n]) => n === 'a11y gate');
if (gateRan) {
  counts['a11y gate'] = failed === 'a11y gate' ? { passed: 0, failed: 1, skipped: 0 } : { passed: 1, failed: 0, skipped: 0 };
  passed += counts['a11y gate'].passed;
  failedTests += counts['a11y gate'].failed;
}

console.log('\n## npm test summary\n');
console.log('| project | passed | failed | skipped |\n| --- | ---: | ---: | ---: |');
for (const [project, c] of Object.entries(counts)) console.log(`| ${project} | ${c.passed} | ${c.failed} | ${c.skipped} |`);
console.log('\n| step | seconds |\n| --- | ---: |');
for (const [name, s] of timings) console.log(`| ${name} | ${s.toFixed(1)} |`);
console.log(`| total | ${((performance.now() - started) / 1000).toFixed(1)} |`);
if (failed) console.log(`\nFAILED at step: ${failed}`);
if (failed && failedTests === 0) failedTests = 1; // a failed build, type-check or budget is a failure too
console.log(`\ntests: ${passed} passed, ${failedTests} failed`);
process.exit(failed ? 1 : 0);
