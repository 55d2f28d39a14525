// Copies the non-TypeScript assets of a workspace package (CSS) next to its compiled output.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const assets = {
  core: [['packages/core/src/themes.css', 'packages/core/dist/themes.css']],
  elements: [
    ['packages/elements/src/reserve.css', 'packages/elements/dist/reserve.css'],
    ['packages/core/src/themes.css', 'packages/elements/dist/themes.css'],
  ],
};
const which = process.argv[2];
if (!(which in assets)) throw new Error(`copy-assets: unknown package ${which}`);
for (const [from, to] of assets[which]) {
  mkdirSync(dirname(join(root, to)), { recursive: true });
  copyFileSync(join(root, from), join(root, to));
}
