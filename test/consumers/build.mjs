// Builds every consumer with its own toolchain: each folder with a vite.config.mjs is built by Vite (React 19,
// React 18, Vue 3, the SSR client), then the SSR page is rendered in Node by @lit-labs/ssr. React 18 comes from the
// react18 folder's own lockfile (`npm ci --prefix`), installed only when missing or stale.
//
//   node test/consumers/build.mjs            (the consumer tests run it first, through their globalSetup)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const here = import.meta.dirname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export function ensureReact18() {
  const dir = join(here, 'react18');
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  const want = lock.packages['node_modules/react'].version;
  const installed = join(dir, 'node_modules/react/package.json');
  if (existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === want) return;
  const run = spawnSync(npm, ['ci', '--prefix', dir, '--workspaces=false', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('consumers: npm ci of test/consumers/react18 failed');
}

export async function buildConsumers() {
  const t0 = performance.now();
  if (!existsSync(join(here, '../../packages/elements/dist/all.js'))) throw new Error('consumers: run `npm run build` first');
  ensureReact18();
  const built = [];
  for (const name of readdirSync(here).sort()) {
    const configFile = join(here, name, 'vite.config.mjs');
    if (!existsSync(configFile)) continue;
    await build({ configFile, logLevel: 'warn' });
    built.push(name);
  }
  const ssr = spawnSync(process.execPath, [join(here, 'ssr/render.mjs')], { stdio: 'inherit' });
  if (ssr.status !== 0) throw new Error('consumers: server rendering failed');
  console.log(`consumers built (${built.join(', ')} with Vite; ssr rendered) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildConsumers();
