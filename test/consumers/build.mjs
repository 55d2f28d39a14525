// Builds every consumer with its own toolchain: each folder with a vite.config.mjs is built by Vite (React 19,
// React 18, Vue 3, the SSR client), then the SSR page is rendered in Node by @lit-labs/ssr. React 18 comes from the
// react18 folder's own lockfile (`npm ci --prefix`), installed only when missing or stale. Every Storybook stories
// file is bundled by esbuild into the stories page (buildStories).
//
//   node test/consumers/build.mjs            (the consumer tests run it first, through their globalSetup)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';

const here = import.meta.dirname;
const root = join(here, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export function ensureReact18() {
  const dir = join(here, 'react18');
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  const want = lock.packages['node_modules/react'].version;
  const installed = join(dir, 'node_modules/react/package.json');
  if (existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === want) return;
  const run = spawnSync(npm, ['ci', '--prefix', dir, '--workspaces=false', '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: 'inherit',
  });
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
  const stories = await buildStories();
  console.log(
    `consumers built (${built.join(', ')} with Vite; ssr rendered; ${stories} stories files with esbuild) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

// Every stories file, as .storybook/main.ts finds them (`../stories/!(gate)/**/*.stories.ts`: not the a11y gate's
// deliberately inaccessible story): repository paths, sorted.
export function storyFiles() {
  return readdirSync(join(root, 'stories'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.stories.ts') && !/^gate[\\/]/.test(f))
    .map((f) => `stories/${f.split('\\').join('/')}`)
    .sort();
}

/**
 * The stories page (test/consumers/stories/): its runner and every stories file, bundled with esbuild into
 * stories/dist/ (a chunk per stories file, loaded on demand; the preview's CSS as a stylesheet). Resolves what
 * Storybook's Vite resolves for the stories: the source aliases of vite.config.ts, `?raw`, `?no-inline` (a
 * same-origin URL, never a data: URL) and eager `import.meta.glob` of one folder. Returns the number of files.
 */
export async function buildStories() {
  const files = storyFiles();
  const aliases = [
    [/^@trust-signals\/core$/, () => 'packages/core/src/index.ts'],
    [/^@trust-signals\/core\/locales\/(.*)\.js$/, (m) => `packages/core/src/locales/${m[1]}.ts`],
    [/^@trust-signals\/core\/([a-z-]+)$/, (m) => `packages/core/src/api/${m[1]}.ts`],
    [/^trust-signals\/(.*)\.js$/, (m) => `packages/elements/src/${m[1]}.ts`],
  ];
  /** @type {import('esbuild').Plugin} */
  const storybookLike = {
    name: 'storybook-like',
    setup(b) {
      b.onResolve({ filter: /^virtual:story-files$/ }, () => ({ path: 'story-files', namespace: 'virtual' }));
      b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({
        resolveDir: root,
        loader: 'js',
        contents: `export const storyFiles = {\n${files.map((f) => `  ${JSON.stringify(f)}: () => import(${JSON.stringify(`./${f}`)}),`).join('\n')}\n};\n`,
      }));
      b.onResolve({ filter: /^(@trust-signals\/core|trust-signals\/)/ }, (args) => {
        for (const [re, to] of aliases) {
          const m = args.path.match(re);
          if (m) return { path: join(root, to(m)) };
        }
        return undefined;
      });
      b.onResolve({ filter: /\?(raw|no-inline)$/ }, (args) => {
        const [file, query] = args.path.split('?');
        return { path: resolve(args.resolveDir, file), namespace: query };
      });
      b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
      b.onLoad({ filter: /.*/, namespace: 'no-inline' }, (args) => ({
        contents: `export default ${JSON.stringify(`/${relative(root, args.path).split('\\').join('/')}`)};`,
        loader: 'js',
      }));
      // import.meta.glob('./dir/*.ext' or './dir/file.ext', { eager: true[, import: 'default'] }): the forms the stories use.
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes('node_modules')) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.glob')) return undefined;
        let n = 0;
        const imports = [];
        const contents = source.replace(
          /import\.meta\.glob(?:<[^>]*>)?\(\s*'([^']+)'\s*(?:,\s*\{([^}]*)\})?\s*\)/g,
          (call, pattern, options = '') => {
            const star = pattern.match(/^(\.{1,2}\/[^*]*)\*(\.[a-z]+)$/);
            // A pattern without `*` names one file: it, or none while it does not exist (a build output not built yet).
            const m = star ?? pattern.match(/^(\.{1,2}\/(?:[^*]*\/)?)([^*/]+)$/);
            if (!m || !/eager:\s*true/.test(options)) throw new Error(`${args.path}: unsupported ${call}`);
            const dir = resolve(dirname(args.path), m[1]);
            const entries = (star || existsSync(dir) ? readdirSync(dir) : [])
              .filter((f) => (star ? f.endsWith(m[2]) : f === m[2]))
              .sort()
              .map((f) => {
                const name = `__glob${n++}`;
                imports.push(
                  /import:\s*'default'/.test(options)
                    ? `import ${name} from ${JSON.stringify(m[1] + f)};`
                    : `import * as ${name} from ${JSON.stringify(m[1] + f)};`,
                );
                return `${JSON.stringify(m[1] + f)}: ${name}`;
              });
            return `{ ${entries.join(', ')} }`;
          },
        );
        return { contents: `${imports.join('\n')}\n${contents}`, loader: 'ts' };
      });
    },
  };
  const outdir = join(here, 'stories/dist');
  const { outputFiles } = await esbuild({
    absWorkingDir: root,
    entryPoints: { main: join(here, 'stories/main.ts') },
    outdir,
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true, // every page parses the bundle (Storybook's test library is most of it)
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [storybookLike],
    logLevel: 'warning',
  });
  // Each file replaced whole (written aside, then renamed), stale chunks removed last: a page that another run of
  // these tests has open in this tree never reads a half-written file.
  mkdirSync(outdir, { recursive: true });
  for (const { path, contents } of outputFiles) {
    writeFileSync(`${path}.${process.pid}.tmp`, contents);
    renameSync(`${path}.${process.pid}.tmp`, path);
  }
  const written = new Set(outputFiles.map((f) => f.path));
  for (const name of readdirSync(outdir)) if (!written.has(join(outdir, name)) && !name.endsWith('.tmp')) rmSync(join(outdir, name));
  return files.length;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildConsumers();
