// The no-build loader (packages/elements/dist/trust-signals.bundle.js, issue 15) in Chromium, served as static files
// under the strict policy (server.mjs): it defines only the tags on the page and those added later (in the document,
// in a declarative shadow root, in an open shadow root of a component defined after it ran; a closed root only when
// handed to `observe()`), fetches each file once and no chunk of a tag that is not there, and switches to the one
// file of many elements when a page uses many. Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupHarness } from './harness.js';

const ROOT = join(import.meta.dirname, '../..');
const DIST = '/packages/elements/dist/';

let h: Awaited<ReturnType<typeof setupHarness>>;
beforeAll(async () => {
  h = await setupHarness();
});
afterAll(async () => h?.close());

/** Every script the page requested, by path under dist (`chunks/shared-<hash>.js` for the shared chunk). */
function recordScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith(DIST) && path.endsWith('.js'))
      seen.push(path.slice(DIST.length).replace(/^chunks\/shared-[\w-]+\.js$/, 'chunks/shared-<hash>.js'));
  });
  return seen;
}

interface LoaderExports {
  knownTags: readonly string[];
  observe(root: ShadowRoot): void;
}
/** The loader's exports, as `window.trustSignals` (no-build/expose.js imports the loader, which runs it once). */
async function exposeLoader(page: Page): Promise<void> {
  await page.addScriptTag({ url: '/test/consumers/no-build/expose.js', type: 'module' });
  await page.waitForFunction(() => 'trustSignals' in window);
}

/** The trust-signals tags defined in the page, sorted. */
async function definedTags(page: Page): Promise<string[]> {
  await exposeLoader(page);
  return page.evaluate(() => {
    const { knownTags } = (window as unknown as { trustSignals: LoaderExports }).trustSignals;
    return knownTags.filter((t) => customElements.get(t)).sort();
  });
}

/** Resolves when `tag` is defined in the page, or fails after 5 s. */
const whenDefined = (page: Page, tag: string) =>
  page.waitForFunction((tag) => customElements.get(tag) !== undefined, tag, { timeout: 5000 });

/** Lets the loader's observers, and any import they started, settle. */
const settle = (page: Page) => page.waitForLoadState('networkidle').then(() => page.waitForTimeout(200));

describe('the no-build loader', () => {
  it('defines only the tags on the page, each from its own chunk, fetched once, without a CSP violation', async () => {
    let scripts: string[] = [];
    const { page, csp, errors } = await h.open('/test/consumers/no-build/', {
      allowDataErrors: true,
      before: async (page) => void (scripts = recordScripts(page)),
    });
    await page.waitForLoadState('load');
    await whenDefined(page, 'trust-star-rating');
    await whenDefined(page, 'trust-guarantee'); // inside the declarative shadow root
    await settle(page);
    expect(await definedTags(page)).toEqual(['trust-guarantee', 'trust-star-rating']);
    // The template's survey is not on the page: not defined, its chunk never fetched. The guarantee lacks its terms
    // and this is a loopback page, where the page's author is the one looking: the note for the author loads, on
    // demand (a visitor's page never fetches it; no-build-files.test.ts weighs such pages).
    expect(scripts.sort()).toEqual([
      'chunks/author-note.js',
      'chunks/shared-<hash>.js',
      'chunks/trust-guarantee.js',
      'chunks/trust-star-rating.js',
      'trust-signals.bundle.js',
    ]);
    const label = await page.evaluate(() =>
      document.querySelector('trust-star-rating')?.shadowRoot?.querySelector('[role="img"]')?.getAttribute('aria-label'),
    );
    expect(label).toBe('Rated 4.3 out of 5, 1,234 reviews');
    expect(await csp()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('defines tags added later: in the document, in an open shadow root of a component defined after it; a closed root only when handed to observe()', async () => {
    let scripts: string[] = [];
    const { page, csp, errors } = await h.open('/test/consumers/no-build/', {
      allowDataErrors: true,
      before: async (page) => void (scripts = recordScripts(page)),
    });
    await page.waitForLoadState('load');
    await whenDefined(page, 'trust-star-rating');

    // Added to the document later, deep in a subtree.
    await page.evaluate(() => {
      const section = document.createElement('section');
      section.innerHTML = '<div><p><trust-nps-survey subject="Acme"></trust-nps-survey></p></div>';
      document.body.append(section);
    });
    await whenDefined(page, 'trust-nps-survey');

    // A component of the page, defined after the loader ran, renders into an open shadow root: the loader sees it
    // without being told. One in a closed root is left alone.
    await page.evaluate(() => document.body.append(document.createElement('x-open-host'), document.createElement('x-closed-host')));
    await page.addScriptTag({ url: '/test/consumers/no-build/hosts.js', type: 'module' });
    await page.waitForSelector('body[data-hosts="defined"]');
    await whenDefined(page, 'trust-privacy-label');
    await settle(page);
    expect(await page.evaluate(() => customElements.get('trust-data-notice'))).toBeUndefined();

    // Its owner hands the closed root over.
    await exposeLoader(page);
    await page.evaluate(() => {
      const { observe } = (window as unknown as { trustSignals: LoaderExports }).trustSignals;
      observe((window as unknown as { closedRoot: ShadowRoot }).closedRoot);
    });
    await whenDefined(page, 'trust-data-notice');
    await settle(page);

    expect(await definedTags(page)).toEqual([
      'trust-data-notice',
      'trust-guarantee',
      'trust-nps-survey',
      'trust-privacy-label',
      'trust-star-rating',
    ]);
    // Each file once (the shared chunk too, although every chunk imports it), and no other element's chunk.
    expect(scripts.filter((s) => s.startsWith('chunks/') || s === 'trust-signals.bundle.js').sort()).toEqual([
      'chunks/author-note.js',
      'chunks/shared-<hash>.js',
      'chunks/trust-data-notice.js',
      'chunks/trust-guarantee.js',
      'chunks/trust-nps-survey.js',
      'chunks/trust-privacy-label.js',
      'chunks/trust-star-rating.js',
      'trust-signals.bundle.js',
    ]);
    expect(await csp()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a page with many elements loads them from one file (the badge, with jose, from its own), each file once', async () => {
    let scripts: string[] = [];
    const { page, csp, errors } = await h.open('/test/consumers/no-build/every.html', {
      allowDataErrors: true,
      before: async (page) => void (scripts = recordScripts(page)),
    });
    await page.waitForSelector('body[data-ready="true"]');
    await exposeLoader(page);
    const tags = await page.evaluate(() => [...(window as unknown as { trustSignals: LoaderExports }).trustSignals.knownTags]);
    for (const tag of tags) await whenDefined(page, tag);
    await settle(page);
    expect(await definedTags(page)).toEqual([...tags].sort());
    const chunks = scripts.filter((s) => s.startsWith('chunks/'));
    expect(new Set(chunks).size, 'each file once').toBe(chunks.length);
    expect(chunks.filter((c) => /^chunks\/elements-[\w-]+\.js$/.test(c))).toHaveLength(1);
    expect(chunks).toContain('chunks/trust-badge.js');
    expect(chunks.filter((c) => /^chunks\/trust-/.test(c))).toEqual(['chunks/trust-badge.js']);
    // Every element rendered.
    const bare = await page.evaluate(() =>
      [...document.querySelectorAll('#all > *')].filter((el) => !el.shadowRoot?.childNodes.length).map((el) => el.localName),
    );
    expect(bare).toEqual([]);
    expect(await csp()).toEqual([]);
    expect(errors).toEqual([]);
  });

  describe("from the CDN, with Subresource Integrity (the docs' first way; the CDN answered from dist)", () => {
    interface Integrity {
      files: Record<string, string>;
      cdn: { loader: string; importMap: { integrity: Record<string, string> } };
    }
    const integrity = JSON.parse(readFileSync(join(ROOT, 'packages/elements/dist/integrity.json'), 'utf8')) as Integrity;
    const cdnBase = integrity.cdn.loader.replace(/[^/]+$/, '');

    /** A page from another site that loads the loader from the CDN, with `integrity`, and the import map given. */
    async function cdnPage(importMap: object | undefined, loaderHash = integrity.files['trust-signals.bundle.js']!) {
      const page = await h.browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.route(`${cdnBase}**`, (route) =>
        route.fulfill({
          path: join(ROOT, 'packages/elements/dist', new URL(route.request().url()).pathname.slice(new URL(cdnBase).pathname.length)),
          headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/javascript' },
        }),
      );
      const map = importMap ? `<script type="importmap">${JSON.stringify(importMap)}</script>\n` : '';
      await page.route('https://nonprofit.example/donate', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Donate</title>\n${map}<script type="module" src="${integrity.cdn.loader}" integrity="${loaderHash}" crossorigin="anonymous"></script></head><body><trust-star-rating value="4" count="12"></trust-star-rating></body></html>`,
        }),
      );
      await page.goto('https://nonprofit.example/donate');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      const defined = await page.evaluate(() => customElements.get('trust-star-rating') !== undefined);
      await page.close();
      return { defined, errors };
    }

    it("loads with the hashes of integrity.json: the loader's on its tag, every chunk's in the import map", async () => {
      expect(await cdnPage(integrity.cdn.importMap)).toEqual({ defined: true, errors: [] });
    });

    it('refuses a changed loader, and a changed chunk that the import map lists', async () => {
      const forged = `sha384-${Buffer.alloc(48).toString('base64')}`;
      const loader = await cdnPage(integrity.cdn.importMap, forged);
      expect(loader.defined).toBe(false);
      expect(loader.errors.join('\n')).toMatch(/integrity/i);
      const chunk = `${cdnBase}chunks/trust-star-rating.js`;
      expect(integrity.cdn.importMap.integrity[chunk]).toBeDefined();
      const changed = await cdnPage({ integrity: { ...integrity.cdn.importMap.integrity, [chunk]: forged } });
      expect(changed.defined).toBe(false);
      expect(changed.errors.join('\n')).toMatch(/integrity/i);
      // Without the import map, only the loader is checked: a changed chunk would run (the limit the docs state).
      expect((await cdnPage(undefined)).defined).toBe(true);
    });
  });

  it('without a badge on the page, neither the badge chunk nor jose is fetched', async () => {
    let scripts: string[] = [];
    const { page, errors } = await h.open('/test/consumers/no-build/every.html?without=trust-badge', {
      allowDataErrors: true,
      before: async (page) => void (scripts = recordScripts(page)),
    });
    await page.waitForSelector('body[data-ready="true"]');
    await whenDefined(page, 'trust-badge-group');
    await settle(page);
    expect(await page.evaluate(() => customElements.get('trust-badge'))).toBeUndefined();
    expect(scripts.filter((s) => /trust-badge\.js$|jose/.test(s))).toEqual([]);
    expect(scripts.filter((s) => /^chunks\/elements-/.test(s))).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
