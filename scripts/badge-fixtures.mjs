// `npm run fixtures:badge`: writes the badge credential fixtures to test/fixtures/badge/ for browser tests and
// stories. The fixtures are made by test/helpers/badge-fixtures.ts with the issuer CLI's own functions; this
// script bundles that TypeScript with esbuild (no build step needed) and writes one JSON file per case.
//
// Deterministic: the test keys are kept in test/fixtures/badge/test-keys.private.json (made once, reused), dates
// are fixed, and EdDSA signatures are deterministic. ES256 signatures are randomized by nature (ECDSA), so a file
// whose header and payload are unchanged keeps its existing JWS: re-running the script changes nothing.
//
//   node scripts/badge-fixtures.mjs            write (or keep) the fixtures
//   node scripts/badge-fixtures.mjs --new-keys make new test keys first (every JWS changes)
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test/fixtures/badge');
const keysFile = join(outDir, 'test-keys.private.json');
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--new-keys');
if (unknown.length) {
  console.error(`badge-fixtures: unknown argument(s): ${unknown.join(' ')}\nUsage: node scripts/badge-fixtures.mjs [--new-keys]`);
  process.exit(2);
}

// Bundle the TypeScript helper (and the issuer and core sources it imports) into a temporary module.
const bundled = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['test/helpers/badge-fixtures.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  write: false,
  logLevel: 'silent',
});
const tmp = mkdtempSync(join(tmpdir(), 'badge-fixtures-'));
let helper;
try {
  const file = join(tmp, 'badge-fixtures.mjs');
  writeFileSync(file, bundled.outputFiles[0].text);
  helper = await import(pathToFileURL(file).href);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

mkdirSync(outDir, { recursive: true });
let keys;
if (existsSync(keysFile) && !args.includes('--new-keys')) {
  keys = JSON.parse(readFileSync(keysFile, 'utf8')).keys;
} else {
  keys = await helper.makeFixtureKeys();
}
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const written = [];
const kept = [];
function put(name, value, sameAs = (old) => isDeepStrictEqual(old, value)) {
  const path = join(outDir, name);
  if (existsSync(path)) {
    let old;
    try {
      old = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      old = undefined;
    }
    if (old !== undefined && sameAs(old)) {
      kept.push(name);
      return;
    }
  }
  writeFileSync(path, json(value));
  written.push(name);
}

put('test-keys.private.json', {
  comment: 'TEST KEYS ONLY, made by scripts/badge-fixtures.mjs. Never trust them for anything real.',
  keys,
});
const fixtures = await helper.makeBadgeFixtures(keys);
put('issuer.jwks.json', fixtures[0].keys);
/** Same header and payload (the signed content) as an existing JWS: keep the old signature. */
const signedPart = (jws) => jws.split('.').slice(0, 2).join('.');
for (const fixture of fixtures) {
  const value = {
    name: fixture.name,
    description: fixture.description,
    expected: fixture.expected,
    origin: fixture.origin,
    jws: fixture.jws,
    keys: fixture.keys,
    trustedIssuers: fixture.trustedIssuers,
    statusLists: fixture.statusLists,
  };
  put(`${fixture.name}.json`, value, (old) => {
    const { jws: oldJws, statusLists: oldLists, ...oldRest } = old;
    const { jws: newJws, statusLists: newLists, ...newRest } = value;
    const listsSame =
      isDeepStrictEqual(Object.keys(oldLists ?? {}), Object.keys(newLists)) &&
      Object.keys(newLists).every((url) => signedPart(oldLists[url]) === signedPart(newLists[url]));
    return isDeepStrictEqual(oldRest, newRest) && typeof oldJws === 'string' && signedPart(oldJws) === signedPart(newJws) && listsSame;
  });
}
const expectedFiles = new Set(['README.md', 'test-keys.private.json', 'issuer.jwks.json', ...fixtures.map((f) => `${f.name}.json`)]);
const stale = readdirSync(outDir).filter((f) => !expectedFiles.has(f));
console.log(`badge fixtures in ${relative(root, outDir)}: ${written.length} written, ${kept.length} unchanged`);
if (written.length) console.log(`  written: ${written.join(', ')}`);
if (stale.length) console.log(`  not made by this script (remove them if they are stale): ${stale.join(', ')}`);
