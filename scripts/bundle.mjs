// Builds the self-contained bundle for a plain <script type="module"> (no build step on the page):
// every element registered, Lit included, minified. Output: packages/elements/dist/trust-signals.bundle.js.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  absWorkingDir: root,
  entryPoints: ['packages/elements/dist/all.js'],
  outfile: 'packages/elements/dist/trust-signals.bundle.js',
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  legalComments: 'eof',
  // Resolve @trust-signals/core through node_modules to its dist, not through the root tsconfig paths.
  tsconfigRaw: '{}',
  logLevel: 'warning',
});
console.log('bundle: packages/elements/dist/trust-signals.bundle.js');
