// After tsc has compiled a workspace package: copies its CSS assets next to the output and minifies the CSS
// inside Lit `css` templates of the compiled JavaScript (tsc keeps template text as written, indentation and
// comments included, and esbuild/terser never touch template contents).
//
//   node scripts/postbuild.mjs core|elements
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Minifies plain CSS text: comments, then white space that carries no meaning. Keeps spaces inside calc(). */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

function* jsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* jsFiles(path);
    else if (name.endsWith('.js')) yield path;
  }
}

const dist = join(root, which.dist);
for (const [from, to] of which.assets) {
  mkdirSync(dirname(join(dist, to)), { recursive: true });
  copyFileSync(join(root, from), join(dist, to));
}
let saved = 0;
for (const file of jsFiles(dist)) {
  const source = readFileSync(file, 'utf8');
  // Only templates without interpolations: `${…}` inside CSS is left exactly as written.
  const out = source.replace(/\bcss\s*`([^`$]*)`/g, (_, body) => `css\`${minifyCss(body)}\``);
  if (out !== source) {
    saved += source.length - out.length;
    writeFileSync(file, out);
  }
}
console.log(`postbuild ${process.argv[2]}: assets copied, ${saved} bytes of CSS white space and comments removed`);
