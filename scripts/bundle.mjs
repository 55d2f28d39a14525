// Builds the files for a page without a build step (plain <script type="module"> tags, no import map) into
// packages/elements/dist, and the web distribution folder and zip into packages/elements/web (issue 15):
//
//   trust-signals.bundle.js          the loader (entry: dist/bundle.js). It defines the tags present on the page,
//                                    and those added later (also in open shadow roots), by importing their chunks
//                                    from chunks/ beside it; it exports the translation registry and the
//                                    autoloader's functions. A page names only this file.
//   chunks/shared-<hash>.js          Lit and the core that every element uses (the translation registry among it):
//                                    one chunk, loaded once, by every page that shows an element.
//   chunks/trust-<tag>.js            one per tag: that element with everything it needs beyond the shared chunk
//                                    (jose inside the badge's; the tags it renders imported from their own chunks),
//                                    plus chunks/<name>-<hash>.js for code it imports on demand (the virtualizer).
//   chunks/author-note.js            the note for the page author (core's author-note-view), which the shared chunk
//                                    imports on demand: only where the author is looking (a loopback or file: page,
//                                    or a `debug` attribute) and an element cannot show its data.
//   chunks/elements-<hash>.js        every element class but those that bring a library of their own (the badge),
//                                    in one file, defining nothing: the loader defines the page's tags from it when
//                                    that costs fewer bytes than their own chunks (a page with many elements).
//   trust-signals.bundle.<lang>.js   one per shipped language: that language's table and a single import,
//                                    `import { registerTranslation } from './trust-signals.bundle.js'`.
//   integrity.json, THIRD-PARTY-LICENSES.txt   the sha384 of every no-build file; the licences of bundled packages.
//
// Names: the loader, the locale files and the per-tag chunks keep stable names (a reader can tell which file is
// the donation banner's); the shared, dense and on-demand chunks carry a content hash. The whole folder is one
// release: copy or replace it as a whole, never mix files of two versions.
//
// Why this shape (measured in issue 15). With esbuild's code splitting, or Rolldown's automatic chunking, a page
// with one rating fetched 7 to 18 files: each file is compressed on its own, which costs about 480 bytes of brotli
// per file, and esbuild's file-level chunking pulled whole core modules (every review parser) into a rating page.
// Here a page with one element fetches three files (loader, shared chunk, its chunk), each tree-shaken exactly,
// and a page with every element five (loader, shared, the dense file instead of 15 chunks, the badge's, and a small
// chunk the dense file shares with the virtualizer). The price is code repeated between per-tag chunks (two review
// elements on one page carry the review parser twice) and between them and the dense file (on disk only). Measured
// (scripts/page-weights.mjs): the three pages of the size report, with one rating, with the donation banner and
// with every element, fetch 16 %, 24 % and 93 % of what the single self-contained bundle weighed for every page.
//
// How. Rolldown (the bundler of Vite 8, resolved through the vite devDependency) builds each per-tag chunk, the
// dense file and the loader on their own, with the shared modules (those every element bundle contains) external.
// Their imports from the shared modules are collected, and the shared chunk is built to export exactly those
// bindings, under short aliases; the imports are then pointed at it. Locale files are built with esbuild as before.
//
// Why a locale file imports the loader. Translations live in a module-level registry in core (the tables and the
// listeners that re-render connected elements); an element sees only the tables registered in the copy of core it
// was bundled with. The npm locale modules import `@trust-signals/core` by bare name, which a browser cannot resolve
// without an import map; bundling core into a locale file would fill a second registry that no element reads. So
// each locale file is the npm locale module with `@trust-signals/core` rewritten to the loader's relative URL,
// whose `registerTranslation` is the shared chunk's. All sit in one folder, so the browser resolves that import to
// the same URL as the page's own loader tag and evaluates it once: one registry, and the table lands where the
// elements look. The order of the tags does not matter: a locale file that runs first makes the loader run before
// it (it is an import), and one that arrives after the elements have rendered re-renders them.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { elementSources } from './generate.mjs';
import { zip } from './zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const elementsDir = join(root, 'packages/elements');
const dist = join(elementsDir, 'dist');
const LOADER = 'trust-signals.bundle.js';
const CHUNKS = 'chunks';
const pkg = JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8'));
const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url?.replace(/^git\+|\.git$/g, '');
const rel = (path) => relative(root, path);

/** Rolldown, the one Vite 8 bundles with (a dependency of the vite devDependency, so its version is Vite's). */
async function loadRolldown() {
  const fromVite = createRequire(createRequire(import.meta.url).resolve('vite/package.json'));
  return import(pathToFileURL(fromVite.resolve('rolldown')).href);
}
const { rolldown } = await loadRolldown();

const brotli = (data) =>
  brotliCompressSync(data, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;

// ---------------------------------------------------------------------------------------------------------------
// Clean: every earlier no-build file (content-hashed names accumulate otherwise).

rmSync(join(dist, CHUNKS), { recursive: true, force: true });
for (const f of readdirSync(dist)) if (/^trust-signals\.bundle(\.[^.]+)?\.js$/.test(f)) rmSync(join(dist, f));
const webRoot = join(elementsDir, 'web');
rmSync(webRoot, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------------------------
// The elements, and the modules every element's bundle contains: the shared chunk.

const elements = elementSources(); // { tag, className, module: './<family>/<name>/trust-<name>.js', dependencies }
const registering = (id) => dirname(id) === dist && /^trust-(?!signals\.).*\.js$/.test(basename(id));
const thirdParty = (id) => id.split(/[\\/]node_modules[\\/]/)[1];
const isLit = (id) => /^(lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(thirdParty(id) ?? '');

const inputOptions = {
  cwd: root,
  platform: 'browser',
  logLevel: 'warn',
  tsconfig: false,
  treeshake: true,
  transform: { target: 'es2022' },
};
const outputOptions = { format: 'es', minify: true, comments: false, entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' };

/** Every module (id) in the static graph of each tag's registering module, bundled alone. */
const graphs = new Map();
for (const { tag } of elements) {
  const bundle = await rolldown({ ...inputOptions, input: join(dist, `${tag}.js`) });
  const { output } = await bundle.generate(outputOptions);
  await bundle.close();
  const chunks = output.filter((c) => c.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry);
  // The entry and what it imports statically (code shared with an on-demand chunk lands in a chunk of its own).
  // Pure re-export modules are shared only when they are third-party (lit's `index.js`): core's barrels stay in
  // each chunk, so that its imports from shared modules are precise (an external barrel would bring all of core).
  const ids = new Set();
  for (const c of [entry, ...chunks.filter((c) => entry.imports.includes(c.fileName))])
    for (const id of c.moduleIds) if (c.modules[id]?.renderedLength > 0 || thirdParty(id)) ids.add(id);
  graphs.set(tag, ids);
}
const shared = [...graphs.get(elements[0].tag)].filter(
  (id) => !id.startsWith(`${dist}/`) && elements.every(({ tag }) => graphs.get(tag).has(id)),
);

const sharedIndex = new Map(shared.map((id, i) => [id, i]));

// ---------------------------------------------------------------------------------------------------------------
// Per-tag chunks, the dense file and the loader, each built on its own with the shared modules external. Their
// imports of a shared module read `<prefix>shared.js#<index>` until the shared chunk exists (linkShared below).

const placeholder = (prefix) => (id) =>
  sharedIndex.has(id) ? `${prefix}shared.js#${sharedIndex.get(id)}` : registering(id) ? `${prefix}${basename(id)}` : id;

/** Builds `input` with shared modules (and other tags' registering modules) external; returns the output chunks. */
async function buildPart(input, { prefix = './', plugins = [], self, entryFileNames = '[name].js' } = {}) {
  const bundle = await rolldown({
    ...inputOptions,
    input,
    plugins,
    preserveEntrySignatures: 'strict',
    external: (id, _importer, resolved) => resolved && (sharedIndex.has(id) || (registering(id) && id !== self)),
  });
  const { output } = await bundle.generate({ ...outputOptions, entryFileNames, paths: placeholder(prefix) });
  await bundle.close();
  return output.filter((c) => c.type === 'chunk');
}

const parts = new Map(); // tag → chunks (the entry first)
for (const { tag } of elements) {
  const self = join(dist, `${tag}.js`);
  parts.set(tag, await buildPart({ [tag]: self }, { self }));
}

// A tag stays out of the dense file when its chunk brings a library of its own (jose with the badge): that
// library then loads only with that tag.
const ownLibraries = (tag) => {
  const [entry, ...rest] = parts.get(tag);
  const statics = new Set(entry.imports);
  return [entry, ...rest.filter((c) => statics.has(c.fileName))].flatMap((c) => c.moduleIds).filter((id) => thirdParty(id) && !isLit(id));
};
/** Every tag a tag's chunk defines too (the tags it renders), transitively. */
const needs = (tag, into = new Set()) => {
  for (const dep of elements.find((e) => e.tag === tag).dependencies) if (!into.has(dep)) needs(dep, into.add(dep));
  return into;
};
// ...and so does a tag that renders such a tag: the dense file defines a tag together with the tags it renders.
const denseTags = elements.map((e) => e.tag).filter((tag) => [tag, ...needs(tag)].every((t) => ownLibraries(t).length === 0));
const DENSE_ID = '\0trust-signals:dense';
const denseSource = [
  ...elements
    .filter((e) => denseTags.includes(e.tag))
    .map((e) => `import { ${e.className} } from ${JSON.stringify(join(dist, e.module))};`),
  `const classes = { ${denseTags.map((t) => `'${t}': ${elements.find((e) => e.tag === t).className}`).join(', ')} };`,
  `const needs = ${JSON.stringify(Object.fromEntries(denseTags.map((t) => [t, [...needs(t)]]).filter(([, n]) => n.length)))};`,
  '/** Defines `tag` and the tags it renders, each unless the page already has it. */',
  'export function define(tag) {',
  '  for (const t of [tag, ...(needs[tag] ?? [])]) if (!customElements.get(t)) classes[t].define(t);',
  '}',
].join('\n');
const virtual = (id, code) => ({
  name: 'virtual',
  resolveId: (source) => (source === id ? id : null),
  load: (source) => (source === id ? code : null),
});
const dense = await buildPart({ elements: DENSE_ID }, { plugins: [virtual(DENSE_ID, denseSource)], entryFileNames: '[name]-[hash].js' });

// The loader, first with an empty plan, to learn which shared bindings it imports (built again below).
const PLAN_MODULE = join(dist, 'no-build-plan.js');
const withPlan = (plan) => ({
  name: 'no-build-plan',
  load: (id) => (id === PLAN_MODULE ? `export const plan = ${JSON.stringify(plan)};` : null),
});
const loaderInput = { 'trust-signals.bundle': join(dist, 'bundle.js') };
const loaderOptions = (plan) => ({ prefix: `./${CHUNKS}/`, plugins: [withPlan(plan)] });
const draftLoader = await buildPart(loaderInput, loaderOptions(undefined));

// ---------------------------------------------------------------------------------------------------------------
// The shared chunk: exactly the bindings the others import, each under a short alias.

const SHARED_IMPORT = /(import|export)\s*\{([^}]*)\}\s*from\s*"([^"]*)shared\.js#(\d+)";?/g;
const specifiers = (list) =>
  list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [name, local = name] = s.split(/\s+as\s+/);
      return { name, local };
    });
const aliases = new Map(); // `${index}:${name}` → alias
const aliasName = (n) =>
  n < 52 ? 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'[n] : `${aliasName(Math.floor(n / 52) - 1)}${aliasName(n % 52)}`;
// The note for the page author (core's author-note-view.js), which the shared chunk imports on demand: a chunk of
// its own, built like a tag's, so that it imports Lit and core from the shared chunk (shown on the author's pages only).
const NOTE_VIEW = join(root, 'packages/core/dist/author-note-view.js');
const NOTE_FILE = 'author-note.js';
if (!existsSync(NOTE_VIEW)) throw new Error(`bundle: ${rel(NOTE_VIEW)} is missing (build core first)`);
const noteView = await buildPart({ 'author-note': NOTE_VIEW });
if (noteView.length !== 1) throw new Error(`bundle: the author note split into ${noteView.length} files`);
const allParts = [...[...parts.values()].flat(), ...dense, ...draftLoader, ...noteView];
for (const chunk of allParts)
  for (const [, , list, , index] of chunk.code.matchAll(SHARED_IMPORT))
    for (const { name } of specifiers(list)) {
      const key = `${index}:${name}`;
      if (!aliases.has(key)) aliases.set(key, aliasName(aliases.size));
    }
const SHARED_ID = '\0trust-signals:shared';
const sharedSource = [...aliases]
  .map(([key, alias]) => {
    const [index, name] = key.split(/:(.*)/);
    return `export { ${name} as ${alias} } from ${JSON.stringify(shared[Number(index)])};`;
  })
  .join('\n');
const sharedBundle = await rolldown({
  ...inputOptions,
  input: { shared: SHARED_ID },
  plugins: [virtual(SHARED_ID, sharedSource)],
  preserveEntrySignatures: 'strict',
  external: (id, _importer, resolved) => resolved && id === NOTE_VIEW,
});
const sharedOutput = (
  await sharedBundle.generate({
    ...outputOptions,
    entryFileNames: '[name]-[hash].js',
    paths: (id) => (id === NOTE_VIEW ? `./${NOTE_FILE}` : id),
  })
).output.filter((c) => c.type === 'chunk');
await sharedBundle.close();
if (sharedOutput.length !== 1) throw new Error(`bundle: the shared chunk split into ${sharedOutput.length} files`);
const sharedChunk = sharedOutput[0];
if (!sharedChunk.code.includes(`./${NOTE_FILE}`)) throw new Error(`bundle: the shared chunk does not import ./${NOTE_FILE}`);

/**
 * `code` with its imports of shared modules pointed at the shared chunk, under the aliases: one import statement
 * (imports are hoisted, so where it stands does not matter), and re-exports each as they were.
 */
function linkShared(code, where) {
  const imported = [];
  let prefix;
  const linked = code
    .replace(SHARED_IMPORT, (_, keyword, list, from, index) => {
      const names = specifiers(list).map(({ name, local }) => `${aliases.get(`${index}:${name}`)} as ${local}`);
      if (keyword === 'export') return `export{${names.join(',')}}from"${from}${sharedChunk.fileName}";`;
      prefix = from;
      imported.push(...names);
      return '';
    })
    .replace(/import\s*"([^"]*)shared\.js#\d+";?/g, (_, from) => {
      prefix = from;
      return '';
    });
  if (linked.includes('shared.js#')) throw new Error(`bundle: ${where} imports a shared module in a way this build cannot link`);
  if (prefix === undefined) return linked;
  const statement = imported.length
    ? `import{${imported.join(',')}}from"${prefix}${sharedChunk.fileName}";`
    : `import"${prefix}${sharedChunk.fileName}";`;
  return statement + linked;
}

// ---------------------------------------------------------------------------------------------------------------
// The plan (measured weights) and the loader.

/** The chunks a chunk loads with it (its static imports within the same build), itself first. */
const withStatics = (chunks, first) => {
  const names = new Set(first.imports);
  return [first, ...chunks.filter((c) => c !== first && names.has(c.fileName))];
};
const weightOf = (chunks, first) =>
  withStatics(chunks, first).reduce((sum, c) => sum + brotli(Buffer.from(linkShared(c.code, c.fileName))), 0);
const hundreds = (bytes) => Math.max(1, Math.round(bytes / 100));
const plan = {
  weights: Object.fromEntries(elements.map(({ tag }) => [tag, hundreds(weightOf(parts.get(tag), parts.get(tag)[0]))])),
  needs: Object.fromEntries(elements.filter((e) => e.dependencies.length).map((e) => [e.tag, e.dependencies])),
  dense: {
    url: `./${CHUNKS}/${dense[0].fileName}`,
    weight: hundreds(weightOf(dense, dense[0])),
    without: elements.map((e) => e.tag).filter((t) => !denseTags.includes(t)),
  },
};
const loader = await buildPart(loaderInput, loaderOptions(plan));
if (loader.length !== 1) throw new Error(`bundle: the loader split into ${loader.length} files`);
for (const name of ['registerTranslation', 'reportedIssues', 'load', 'observe', 'discover', 'knownTags'])
  if (!loader[0].exports.includes(name)) throw new Error(`bundle: ${LOADER} does not export ${name}`);
for (const [, , list, , index] of loader[0].code.matchAll(SHARED_IMPORT))
  for (const { name } of specifiers(list))
    if (!aliases.has(`${index}:${name}`)) throw new Error(`bundle: ${LOADER} imports ${name}, which the shared chunk lacks`);

// ---------------------------------------------------------------------------------------------------------------
// Banners, and the files written.

/** The bundled packages of some modules: name → { version, license, dir }. */
function packagesOf(moduleIds) {
  const found = new Map();
  for (const id of moduleIds) {
    const inner = thirdParty(id);
    if (!inner) continue;
    const parts = inner.split(/[\\/]/);
    const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    if (found.has(name)) continue;
    const dir = join(id.slice(0, id.length - inner.length), name);
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    found.set(name, { version, license, dir });
  }
  return found;
}
const bannerFor = (moduleIds = []) => {
  const bundled = [...packagesOf(moduleIds)].map(([name, p]) => `${name} ${p.version} (${p.license})`);
  const also = bundled.length ? ` | includes ${bundled.join(', ')}: see THIRD-PARTY-LICENSES.txt` : '';
  return `/*! trust-signals ${pkg.version} | ${pkg.license} License${repository ? ` | ${repository}` : ''}${also} */\n`;
};

const written = []; // paths relative to dist
function emit(file, code, moduleIds) {
  const path = join(dist, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bannerFor(moduleIds) + code);
  written.push(file);
}
const allModules = new Set(sharedChunk.moduleIds);
emit(`${CHUNKS}/${sharedChunk.fileName}`, sharedChunk.code, sharedChunk.moduleIds);
emit(`${CHUNKS}/${NOTE_FILE}`, linkShared(noteView[0].code, NOTE_FILE), noteView[0].moduleIds);
for (const chunk of [...[...parts.values()].flat(), ...dense]) {
  const file = `${CHUNKS}/${chunk.fileName}`;
  if (written.includes(file)) continue; // the same on-demand chunk from two builds: same content, same name
  emit(file, linkShared(chunk.code, chunk.fileName), chunk.moduleIds);
  for (const id of chunk.moduleIds) allModules.add(id);
}
emit(LOADER, linkShared(loader[0].code, LOADER), loader[0].moduleIds);
console.log(
  `bundle: ${rel(join(dist, LOADER))} and ${written.length - 1} chunks in ${rel(join(dist, CHUNKS))} (shared: ${shared.length} modules; ` +
    `dense file for ${denseTags.length} of ${elements.length} tags)`,
);

// ---------------------------------------------------------------------------------------------------------------
// Locale files (esbuild, as before): the npm locale module with `@trust-signals/core` pointed at the loader.

const coreFromLoader = {
  name: 'core-from-loader',
  setup(b) {
    b.onResolve({ filter: /^@trust-signals\/core$/ }, () => ({ path: `./${LOADER}`, external: true }));
    b.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'entry-point' || args.path.startsWith('.') || args.path.startsWith('@trust-signals/core/locales/')
        ? undefined
        : { errors: [{ text: `${args.path} would be a second copy beside the loader's: a locale file may import only the loader` }] },
    );
  },
};
const languages = readdirSync(join(dist, 'locales'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => f.slice(0, -3))
  .sort();
const locales = await esbuild({
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  // Resolve @trust-signals/core through node_modules to its dist, not through the root tsconfig paths.
  tsconfigRaw: '{}',
  logLevel: 'warning',
  metafile: true,
  entryPoints: languages.map((lang) => `${rel(dist)}/locales/${lang}.js`),
  outdir: rel(dist),
  entryNames: 'trust-signals.bundle.[name]',
  legalComments: 'none',
  banner: { js: bannerFor().trimEnd() },
  // Words as UTF-8, not \u escapes (Arabic and Japanese are half the size): a module script is always decoded as UTF-8.
  charset: 'utf8',
  plugins: [coreFromLoader],
});
for (const [file, output] of Object.entries(locales.metafile.outputs)) {
  const imports = output.imports.map((i) => i.path);
  if (imports.join() !== `./${LOADER}`)
    throw new Error(`bundle: ${file} imports ${imports.join(', ') || 'nothing'}; it must import ./${LOADER} alone`);
  written.push(basename(file));
}
console.log(`bundle: ${languages.length} locale files, ${rel(dist)}/trust-signals.bundle.<lang>.js (${languages.join(', ')})`);

// The stylesheets a plain page links, with the same banner (once).
for (const css of ['reserve.css', 'themes.css']) {
  const path = join(dist, css);
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith('/*! trust-signals')) writeFileSync(path, bannerFor() + text);
  written.push(css);
}

// ---------------------------------------------------------------------------------------------------------------
// Third-party licences, and the integrity of every no-build file.

const licences = [...packagesOf(allModules)].sort(([a], [b]) => a.localeCompare(b));
const licenceText = (dir) => {
  const file = readdirSync(dir).find((f) => /^licen[sc]e(\.md|\.txt)?$/i.test(f));
  if (!file) throw new Error(`bundle: no licence file in ${rel(dir)}`);
  return readFileSync(join(dir, file), 'utf8').trim();
};
writeFileSync(
  join(dist, 'THIRD-PARTY-LICENSES.txt'),
  `The no-build files of trust-signals ${pkg.version} (trust-signals.bundle.js and chunks/) include these packages.\n\n` +
    licences.map(([name, p]) => `${'-'.repeat(78)}\n${name} ${p.version} (${p.license})\n\n${licenceText(p.dir)}\n`).join('\n'),
);

const sri = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
const hashes = Object.fromEntries(written.sort().map((file) => [file, sri(join(dist, file))]));
// The CDN that serves every published npm version (jsDelivr): the files at a versioned URL, and an import map whose
// `integrity` entries make the browser check every chunk the loader imports, not just the loader.
const cdn = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/`;
const integrity = {
  package: pkg.name,
  version: pkg.version,
  note: 'sha384 of each no-build file (paths relative to this file), for integrity="…" and import map "integrity" entries',
  files: hashes,
  cdn: {
    loader: `${cdn}${LOADER}`,
    importMap: {
      integrity: Object.fromEntries(
        Object.entries(hashes)
          .filter(([f]) => f.endsWith('.js'))
          .map(([f, h]) => [cdn + f, h]),
      ),
    },
  },
};
writeFileSync(join(dist, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`bundle: integrity (sha384) of ${written.length} files, in ${rel(dist)}/integrity.json:`);
for (const [file, hash] of Object.entries(integrity.files)) console.log(`  ${hash}  ${file}`);

// ---------------------------------------------------------------------------------------------------------------
// The web distribution: a folder to upload as it is, and a zip of it.

const folderName = `trust-signals-web-${pkg.version}`;
const folder = join(webRoot, folderName);
const copies = [...written, 'integrity.json', 'THIRD-PARTY-LICENSES.txt'];
for (const file of copies) {
  mkdirSync(dirname(join(folder, file)), { recursive: true });
  copyFileSync(join(dist, file), join(folder, file));
}
copyFileSync(join(elementsDir, 'LICENSE'), join(folder, 'LICENSE'));
const readme = readFileSync(join(root, 'scripts/web-readme.txt'), 'utf8')
  .replaceAll('{{version}}', pkg.version)
  .replaceAll('{{languages}}', languages.join(', '))
  .replaceAll('{{loaderIntegrity}}', integrity.files[LOADER]);
writeFileSync(join(folder, 'README.txt'), readme);

const files = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
const archive = zip(files(folder).map((f) => ({ name: `${folderName}/${f}`, data: readFileSync(join(folder, f)) })));
const zipFile = join(webRoot, `${folderName}.zip`);
writeFileSync(zipFile, archive);
if (!existsSync(zipFile)) throw new Error('bundle: the zip was not written');
console.log(
  `bundle: web folder ${rel(folder)} (${files(folder).length} files), zip ${rel(zipFile)} (${archive.length.toLocaleString('en')} bytes)`,
);
