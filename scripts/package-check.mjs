// Package hygiene for every published workspace package (those not marked private): publint (strict: warnings
// fail too) and @arethetypeswrong/cli (ESM-only profile: require() from CommonJS and node10 are out of scope).
// Wildcard exports are expanded to the real files so that each one is checked; CSS entries are not modules.
// Then what `npm pack` would publish: every file an `exports` entry points at (wildcards expanded against the
// package folder; the data formats' JSON Schemas, `trust-signals/schemas/<tag>.json`, among them) must be in it.
//
//   node scripts/package-check.mjs
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const packages = readdirSync('packages')
  .map((dir) => join('packages', dir))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

function run(cmd, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** Subpaths to hand to attw: CSS is skipped, `./x/*.js` becomes each matching file. */
function entrypoints(dir, pkg) {
  const include = [];
  const exclude = [];
  for (const [key, target] of Object.entries(pkg.exports ?? {})) {
    if (key.endsWith('.css')) exclude.push(key.slice(2));
    if (!key.includes('*')) continue;
    const js = typeof target === 'string' ? target : target.default;
    const [prefix, suffix] = js.split('*');
    const folder = join(dir, prefix.slice(0, prefix.lastIndexOf('/')));
    const stem = prefix.slice(prefix.lastIndexOf('/') + 1);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)) {
      // `*` stands for at least one character (as in Node): `trust-signals.bundle.*.js` is not `trust-signals.bundle.js`.
      if (file.length > stem.length + suffix.length && file.startsWith(stem) && file.endsWith(suffix) && !file.endsWith('.d.ts')) {
        include.push(key.slice(2).replace('*', file.slice(stem.length, file.length - suffix.length)));
      }
    }
  }
  return { include, exclude };
}

/** The paths `npm pack` would put in the tarball (relative to the package folder). */
async function packedFiles(dir) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const { code, out } = await run(npm, ['pack', '--dry-run', '--json', '--ignore-scripts', '--silent'], dir);
  if (code !== 0) throw new Error(`npm pack --dry-run failed in ${dir}:\n${out}`);
  const report = JSON.parse(out.slice(out.indexOf('[')));
  return new Set(report[0].files.map((f) => f.path));
}

/** Files that an `exports` target names (each condition, wildcards expanded) but `npm pack` leaves out. */
function unpacked(dir, pkg, packed) {
  const targets = Object.values(pkg.exports ?? {}).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  const missing = [];
  for (const target of targets) {
    const path = target.replace(/^\.\//, '');
    if (!path.includes('*')) {
      if (existsSync(join(dir, path)) && !packed.has(path)) missing.push(path);
      continue;
    }
    const [prefix, suffix] = path.split('*');
    const folder = prefix.slice(0, prefix.lastIndexOf('/') + 1);
    if (!existsSync(join(dir, folder))) continue;
    for (const file of readdirSync(join(dir, folder))) {
      const rel = folder + file;
      if (rel.length > prefix.length + suffix.length && rel.startsWith(prefix) && rel.endsWith(suffix) && !packed.has(rel))
        missing.push(rel);
    }
  }
  return missing;
}

let failed = false;
const results = await Promise.all(
  packages.map(async ({ dir, pkg }) => {
    const { include, exclude } = entrypoints(dir, pkg);
    const [lint, types] = await Promise.all([
      run(bin('publint'), ['run', dir, '--strict']),
      run(bin('attw'), [
        '--pack',
        dir,
        '--profile',
        'esm-only',
        '--format',
        'ascii',
        '--no-color',
        '--no-emoji',
        ...(include.length ? ['--include-entrypoints', ...include] : []),
        ...(exclude.length ? ['--exclude-entrypoints', ...exclude] : []),
      ]),
    ]);
    const missing = unpacked(dir, pkg, await packedFiles(dir));
    return { name: pkg.name, lint, types, checked: include.length, missing };
  }),
);
for (const { name, lint, types, checked, missing } of results) {
  const ok = lint.code === 0 && types.code === 0 && missing.length === 0;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: publint ${lint.code === 0 ? 'clean' : 'problems'}, attw ${types.code === 0 ? 'clean' : 'problems'} (${checked} wildcard entries expanded), ` +
      `${missing.length ? `${missing.length} exported files not packed` : 'every exported file packed'}`,
  );
  if (lint.code !== 0) console.log(lint.out);
  if (types.code !== 0) console.log(types.out);
  if (missing.length) console.log(`  not in \`npm pack\` (add them to "files"): ${missing.join(', ')}`);
}
process.exit(failed ? 1 : 0);
