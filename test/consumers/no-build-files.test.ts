// The no-build files as built (issue 15): the web distribution folder and its zip, the version and licence banner
// of each file, their integrity hashes, the licences, and the three page weights measured in Chromium from what each
// page actually fetched (scripts/page-weights.mjs; the size report checks them against their budgets). Run
// `npm run build` first.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brotli, pageWeights } from '../../scripts/page-weights.mjs';
import { unzip } from '../../scripts/zip.mjs';

const ROOT = join(import.meta.dirname, '../..');
const ELEMENTS = join(ROOT, 'packages/elements');
const DIST = join(ELEMENTS, 'dist');
const { version } = JSON.parse(readFileSync(join(ELEMENTS, 'package.json'), 'utf8')) as { version: string };
const WEB = join(ELEMENTS, 'web', `trust-signals-web-${version}`);
const ZIP = join(ELEMENTS, 'web', `trust-signals-web-${version}.zip`);

/** Files under `dir`, relative, `/`-separated, sorted. */
const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();

/** The no-build files in dist: the loader, its locale files, every chunk, and the two stylesheets. */
const noBuildFiles = () =>
  [
    ...readdirSync(DIST).filter((f) => /^trust-signals\.bundle(\.[^.]+)?\.js$/.test(f)),
    ...filesIn(join(DIST, 'chunks')).map((f) => `chunks/${f}`),
    'reserve.css',
    'themes.css',
  ].sort();

describe('the no-build files', () => {
  it('each carries the version and the licence in a banner comment', () => {
    const files = noBuildFiles();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const first = readFileSync(join(DIST, file), 'utf8').split('\n')[0];
      expect(first, file).toMatch(new RegExp(`^/\\*! trust-signals ${version.replace(/\./g, '\\.')} \\| MIT License( \\| .*)? \\*/$`));
    }
    // A chunk that includes a library names it and its licence.
    const shared = files.find((f) => /^chunks\/shared-/.test(f))!;
    expect(readFileSync(join(DIST, shared), 'utf8').split('\n')[0]).toMatch(
      /includes .*lit-html \S+ \(BSD-3-Clause\).*THIRD-PARTY-LICENSES\.txt/,
    );
    expect(readFileSync(join(DIST, 'chunks/trust-badge.js'), 'utf8').split('\n')[0]).toMatch(/jose \S+ \(MIT\)/);
  });

  it('integrity.json holds the sha384 of exactly these files', () => {
    const { version: listed, files } = JSON.parse(readFileSync(join(DIST, 'integrity.json'), 'utf8')) as {
      version: string;
      files: Record<string, string>;
    };
    expect(listed).toBe(version);
    expect(Object.keys(files).sort()).toEqual(noBuildFiles());
    for (const [file, hash] of Object.entries(files))
      expect(hash, file).toBe(
        `sha384-${createHash('sha384')
          .update(readFileSync(join(DIST, file)))
          .digest('base64')}`,
      );
  });

  it('THIRD-PARTY-LICENSES.txt carries the licence of each bundled library', () => {
    const text = readFileSync(join(DIST, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/virtualizer', 'jose'])
      expect(text, name).toMatch(new RegExp(`^${name.replace('/', '\\/')} \\S+ \\((BSD-3-Clause|MIT)\\)$`, 'm'));
    expect(text).toContain('Copyright (c) 2017 Google LLC');
    expect(text).toContain('Copyright (c) 2018 Filip Skokan');
  });

  it('every package, and the repository, has its LICENSE, and publishes it', () => {
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    for (const dir of readdirSync(join(ROOT, 'packages'))) {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8')) as { license: string; files?: string[] };
      expect(pkg.license, dir).toBe('MIT');
      expect(readFileSync(join(ROOT, 'packages', dir, 'LICENSE'), 'utf8'), dir).toMatch(/^MIT License/);
      if (pkg.files) expect(pkg.files, dir).toContain('LICENSE');
    }
  });
});

describe('the web distribution folder and its zip', () => {
  it('holds every no-build file as built, the README, the licences and the hashes', () => {
    const files = filesIn(WEB);
    expect(files).toEqual([...noBuildFiles(), 'integrity.json', 'THIRD-PARTY-LICENSES.txt', 'LICENSE', 'README.txt'].sort());
    for (const file of [...noBuildFiles(), 'integrity.json', 'THIRD-PARTY-LICENSES.txt'])
      expect(readFileSync(join(WEB, file)).equals(readFileSync(join(DIST, file))), file).toBe(true);
    expect(readFileSync(join(WEB, 'LICENSE'), 'utf8')).toBe(readFileSync(join(ELEMENTS, 'LICENSE'), 'utf8'));
    const readme = readFileSync(join(WEB, 'README.txt'), 'utf8');
    const { files: hashes } = JSON.parse(readFileSync(join(DIST, 'integrity.json'), 'utf8')) as { files: Record<string, string> };
    expect(readme).toContain(`Version ${version}, under the MIT licence`);
    expect(readme).toContain('<script type="module" src="/assets/trust-signals.bundle.js"></script>');
    expect(readme).toContain(hashes['trust-signals.bundle.js']);
    expect(readme).not.toMatch(/\{\{\w+\}\}/);
  });

  it('the zip is the folder, read back entry by entry', () => {
    const entries = unzip(readFileSync(ZIP));
    const prefix = `trust-signals-web-${version}/`;
    expect(entries.map((e) => e.name)).toEqual(filesIn(WEB).map((f) => prefix + f));
    for (const { name, data } of entries) expect(data.equals(readFileSync(join(WEB, name.slice(prefix.length)))), name).toBe(true);
  });
});

describe('page weights, measured in Chromium from what each page fetched', () => {
  it('a page with one element fetches the loader, the shared chunk and its chunk; with every element, one file of them', async () => {
    const results = await pageWeights();
    const byPage = Object.fromEntries(results.map((r) => [r.page, r]));
    for (const r of results) {
      expect(r.problems, r.page).toEqual([]);
      // The weight is that of the files as built (the page fetched them unchanged), each counted once.
      for (const f of r.files) {
        expect(f.fetches, f.path).toBe(1);
        expect(f.brotli, f.path).toBe(brotli(readFileSync(join(DIST, f.path))));
      }
      expect(r.brotli).toBe(r.files.reduce((sum, f) => sum + f.brotli, 0));
      console.log(`[measure] page weight ${r.page}: ${r.brotli} B brotli in ${r.files.length} files (budget ${r.budget} B)`);
    }
    const names = (page: string) => byPage[page]!.files.map((f) => f.path.replace(/shared-[\w-]+\.js$/, 'shared.js'));
    expect(names('donation-use')).toEqual(['/chunks/shared.js', '/chunks/trust-donation-use.js', '/trust-signals.bundle.js']);
    expect(names('star-rating')).toEqual(['/chunks/shared.js', '/chunks/trust-star-rating.js', '/trust-signals.bundle.js']);
    expect(names('every-element').filter((f) => /^\/chunks\/elements-/.test(f))).toHaveLength(1);
    expect(existsSync(join(DIST, 'trust-signals.bundle.js'))).toBe(true);
  });
});
