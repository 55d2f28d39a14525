// Event type tests of the published typings: each file in events/ is compiled as a program of its own, so that it
// sees only the declarations of the one tag module it imports (global event maps merge across a whole program;
// one program for all files would let one element's declarations type another's events). Source files are shared
// between the programs, so lib.dom is parsed once. Run by npm test after the build (dist, through `exports`).
//
//   node test/consumers/types/events.mjs
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'events');
const options = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};
const host = ts.createCompilerHost(options);
const cache = new Map();
const read = host.getSourceFile.bind(host);
host.getSourceFile = (name, ...rest) => {
  if (!cache.has(name)) cache.set(name, read(name, ...rest));
  return cache.get(name);
};
const format = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' };

let failed = 0;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();
for (const file of files) {
  const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram([join(dir, file)], options, host));
  if (diagnostics.length) {
    failed++;
    console.log(`FAIL ${file}\n${ts.formatDiagnostics(diagnostics, format)}`);
  }
}
console.log(`event types: ${files.length - failed} of ${files.length} programs compile`);
process.exit(failed ? 1 : 0);
