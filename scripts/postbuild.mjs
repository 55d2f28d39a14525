// After tsc has compiled a workspace package: copies its CSS assets next to the output and minifies the CSS
// inside Lit `css` templates of the compiled JavaScript (tsc keeps template text as written, indentation and
// comments included, and esbuild/terser never touch template contents) with esbuild's CSS minifier, which parses
// the CSS: strings, url() and custom-property values stay as written.
//
// What sits between the backticks is template-literal source, not CSS: Lit reads the cooked string, so the text
// is cooked first (`\\2014` in the source is the CSS escape `\2014`), minified, then escaped back for a
// template literal. Only templates without `${…}` are touched; a template esbuild cannot parse is left as is.
//
//   node scripts/postbuild.mjs core|elements
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packages = {
  core: { dist: 'packages/core/dist', assets: [['packages/core/src/themes.css', 'themes.css']] },
  elements: {
    dist: 'packages/elements/dist',
    assets: [
      ['packages/elements/src/reserve.css', 'reserve.css'],
      ['packages/core/src/themes.css', 'themes.css'],
    ],
  },
};
const which = packages[process.argv[2]];
if (!which) throw new Error(`postbuild: unknown package ${process.argv[2]} (expected core or elements)`);

/** The string a template literal's source text stands for (the text has no `${`, so nothing is evaluated). */
const cook = (source) => new Function(`return \`${source}\`;`)();
/** Template-literal source for `text`: backslashes, backticks and `${` escaped. */
const uncook = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** Minifies CSS text with esbuild; `undefined` if esbuild reports anything (the template is then left alone). */
export function minifyCss(text) {
  try {
    const { code, warnings } = transformSync(text, { loader: 'css', minify: true, logLevel: 'silent' });
    return warnings.length ? undefined : code.trim();
  } catch {
    return undefined;
  }
}

function* jsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    // dist/chunks holds the no-build files of the last build (scripts/bundle.mjs rewrites them after this step).
    if (statSync(path).isDirectory()) {
      if (name !== 'chunks') yield* jsFiles(path);
    } else if (name.endsWith('.js')) yield path;
  }
}

const dist = join(root, which.dist);
for (const [from, to] of which.assets) {
  mkdirSync(dirname(join(dist, to)), { recursive: true });
  copyFileSync(join(root, from), join(dist, to));
}
let saved = 0;
const skipped = [];
for (const file of jsFiles(dist)) {
  const source = readFileSync(file, 'utf8');
  // Only templates without interpolations: `${…}` inside CSS is left exactly as written.
  const out = source.replace(/\bcss\s*`([^`$]*)`/g, (whole, body) => {
    const min = minifyCss(cook(body));
    if (min === undefined) skipped.push(file);
    return min === undefined ? whole : `css\`${uncook(min)}\``;
  });
  if (out !== source) {
    saved += source.length - out.length;
    writeFileSync(file, out);
  }
}
console.log(`postbuild ${process.argv[2]}: assets copied, CSS in Lit templates minified by esbuild (${saved} bytes saved)`);
if (skipped.length)
  console.warn(`postbuild: esbuild could not minify a css template in ${[...new Set(skipped)].join(', ')}; left as written`);
