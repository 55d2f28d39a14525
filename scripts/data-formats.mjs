// The data formats of the data-bearing elements, written from one description (scripts/data-formats/formats.ts):
//   packages/elements/schemas/<tag>.json   a JSON Schema (draft 2020-12) per element, shipped as
//                                          trust-signals/schemas/<tag>.json (named after the tag)
//   packages/core/src/data-formats.ts      the TypeScript input types (what `data` accepts)
//   docs/data-formats.mdx                  the "Data formats" docs page
// All three are COMMITTED. test/unit/data-formats.test.ts fails while they differ from this output, and checks the
// schemas against core's parsers.
//
//   node scripts/data-formats.mjs          write them (also run by `npm run generate`)
//   node scripts/data-formats.mjs --check  write nothing; exit 1 and a list when a committed file is stale
//
// The description is TypeScript (it imports core's lists of allowed values), so it is bundled with esbuild first.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules/.cache/data-formats/render.mjs');
await build({
  entryPoints: [join(root, 'scripts/data-formats/render.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: out,
  logLevel: 'warning',
});
const { renderFiles } = await import(`${pathToFileURL(out).href}?${Date.now()}`);
const files = await renderFiles(root);

if (process.argv.includes('--check')) {
  const stale = [...files].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text);
  if (stale.length) {
    console.error(`data formats: stale; run \`npm run generate\` and commit:\n${stale.map(([p]) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`data formats: ${files.size} files match scripts/data-formats/formats.ts`);
} else {
  let changed = 0;
  for (const [path, text] of files) {
    const file = join(root, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    changed++;
  }
  console.log(`data formats: ${files.size} files, ${changed} written`);
}
