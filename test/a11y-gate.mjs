// Proves that the accessibility gate bites: runs only the deliberately inaccessible story (tag `a11y-broken`,
// stories/gate/a11y-gate.stories.ts) and passes only if that run FAILS with an axe colour-contrast violation.
// If someone turned the gate off (a11y.test 'todo' or 'off'), this script fails the suite.
import { spawnSync } from 'node:child_process';

const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'a11y-gate'], {
  env: { ...process.env, TRUST_A11Y_GATE: '1', FORCE_COLOR: '0' },
  encoding: 'utf8',
});
const output = `${run.stdout}\n${run.stderr}`;
const ranTheStory = /1 failed/.test(output) || /LowContrastCount|Low Contrast Count/.test(output);
const sawViolation = output.includes('color-contrast');
if (run.status !== 0 && ranTheStory && sawViolation) {
  console.log('a11y gate: the deliberately inaccessible story failed on axe (color-contrast), as it must.');
  console.log('a11y-gate: 1 passed, 0 failed');
  process.exit(0);
}
console.error(output.slice(-4000));
console.error(
  run.status === 0
    ? 'a11y gate: the inaccessible story PASSED: axe violations no longer fail story tests (check parameters.a11y.test).'
    : 'a11y gate: the run failed, but not with the expected axe colour-contrast violation (see output above).',
);
console.error('a11y-gate: 0 passed, 1 failed');
process.exit(1);
