// Builds the files for a page without a build step (plain <script type="module"> tags, no import map), into
// packages/elements/dist:
//
//   trust-signals.bundle.js          every element registered, Lit and jose included, minified: ONE file, all that
//                                    an English-only page loads. Entry: dist/bundle.js (all.js, plus the
//                                    `registerTranslation` of the translation registry the bundle carries).
//   trust-signals.bundle.<lang>.js   one per shipped language (dist/locales/<lang>.js): that language's table and a
//                                    single import, `import { registerTranslation } from './trust-signals.bundle.js'`.
//
// Why a locale file imports the bundle itself. Translations live in a module-level registry in core (the tables and
// the listeners that re-render connected elements); an element sees only the tables registered in the copy of core
// it was bundled with, and the bundle inlines its own copy. The npm locale modules import `@trust-signals/core` by
// bare name, which a browser cannot resolve without an import map; bundling core into a locale file would fill a
// second registry that no element reads. So each locale file is the npm locale module with `@trust-signals/core`
// rewritten to the bundle's relative URL. Both files sit in one folder, so the browser resolves that import to the
// same URL as the page's own bundle tag and evaluates the bundle once: one module instance, one registry, and the
// table lands where the elements look. The order of the two tags does not matter: a locale file that runs first
// makes the bundle run before it (it is an import), and one that arrives after the elements have rendered re-renders
// them (`registerTranslation` notifies the registry's listeners; every connected element re-reads its table).
//
// Not chosen: esbuild code splitting with the bundle and the locales as entries sharing a core chunk. It shares one
// registry too, but the bundle would become an entry that imports chunks, so every page, English-only ones included,
// would load several files with content-hashed names that nobody can copy to a site by hand.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = 'packages/elements/dist';
const BUNDLE = 'trust-signals.bundle.js';

const common = {
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
};

const main = await build({
  ...common,
  entryPoints: [`${dist}/bundle.js`],
  outfile: `${dist}/${BUNDLE}`,
  legalComments: 'eof',
});
const exported = Object.values(main.metafile.outputs).flatMap((o) => o.exports);
if (!exported.includes('registerTranslation'))
  throw new Error(`bundle: ${BUNDLE} does not export registerTranslation, which its locale files import`);
console.log(`bundle: ${dist}/${BUNDLE}`);

/** `@trust-signals/core` becomes the bundle; the locale's own table is bundled in; any other module is refused. */
const coreFromBundle = {
  name: 'core-from-bundle',
  setup(b) {
    b.onResolve({ filter: /^@trust-signals\/core$/ }, () => ({ path: `./${BUNDLE}`, external: true }));
    b.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'entry-point' || args.path.startsWith('.') || args.path.startsWith('@trust-signals/core/locales/')
        ? undefined
        : { errors: [{ text: `${args.path} would be a second copy beside the bundle's: a locale file may import only the bundle` }] },
    );
  },
};
const languages = readdirSync(join(root, dist, 'locales'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => f.slice(0, -3))
  .sort();
const locales = await build({
  ...common,
  entryPoints: languages.map((lang) => `${dist}/locales/${lang}.js`),
  outdir: dist,
  entryNames: 'trust-signals.bundle.[name]',
  legalComments: 'none',
  // Words as UTF-8, not \u escapes (Arabic and Japanese are half the size): a module script is always decoded as UTF-8.
  charset: 'utf8',
  plugins: [coreFromBundle],
});
for (const [file, output] of Object.entries(locales.metafile.outputs)) {
  const imports = output.imports.map((i) => i.path);
  if (imports.join() !== `./${BUNDLE}`)
    throw new Error(`bundle: ${file} imports ${imports.join(', ') || 'nothing'}; it must import ./${BUNDLE} alone`);
}
console.log(`bundle: ${languages.map((lang) => `${dist}/trust-signals.bundle.${lang}.js`).join(', ')}`);
