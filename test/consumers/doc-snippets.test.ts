// Every HTML snippet of the docs (test/helpers/doc-snippets.ts finds them), run in Chromium exactly as written.
//
// The page is the snippet itself (a snippet that starts with <html> or <head> is the whole document, anything else is
// the body of a plain page; a `fragment` comes after the bundle's script tag). Its requests are answered as the
// reader's site would answer them:
//   /assets/<file>  → packages/elements/dist/<file>: where the docs tell the reader to copy the files of our build
//   /<path>         → test/consumers/doc-snippets/site/<path>: the data a snippet's own site serves (its `src`, fetch)
//   another host    → refused as unreachable when the snippet itself names that host (a certifier's address, say);
//                     a script or stylesheet from another host, or any other host, fails the test.
// Then: no page error, no request the page did not configure, every trust-* tag of the snippet defined and every
// such element rendered (a shadow root with content), and no console error, unless the fence says `expect-error`:
// then at least one `[trust-signals]` data report and no other error.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docSnippets, ROOT, SNIPPET_META, type DocSnippet } from '../helpers/doc-snippets.js';
import { setupHarness } from './harness.js';

const DIST = join(ROOT, 'packages/elements/dist');
const SITE = join(import.meta.dirname, 'doc-snippets/site');
const BUNDLE_TAG = '<script type="module" src="/assets/trust-signals.bundle.js"></script>';

let h: Awaited<ReturnType<typeof setupHarness>>;
beforeAll(async () => {
  h = await setupHarness();
});
afterAll(async () => h?.close());

/** The newest modification time of the shipped sources (tests, feeds and budgets aside), in ms. */
function newestSource(): { file: string; time: number } {
  let newest = { file: '', time: 0 };
  for (const dir of ['packages/core/src', 'packages/elements/src']) {
    for (const f of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(ts|css)$/.test(f) || /\.test\.ts$|[\\/]feeds\.ts$/.test(f)) continue;
      const time = statSync(join(ROOT, dir, f)).mtimeMs;
      if (time > newest.time) newest = { file: `${dir}/${f}`, time };
    }
  }
  return newest;
}

/** The document a snippet makes, as a reader pasting it would have it. */
function pageOf(snippet: DocSnippet): string {
  const head = snippet.meta.includes('fragment') ? `${BUNDLE_TAG}\n` : '';
  if (/^\s*<(html|head)\b/i.test(snippet.code)) return `<!doctype html>\n${head}${snippet.code}\n`;
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${snippet.id}</title>\n${head}</head>\n<body>\n${snippet.code}\n</body>\n</html>\n`;
}

/** Hosts the snippet names in an absolute URL (attributes such as `trusted-issuers` or `test-keys`). */
const namedHosts = (code: string) => new Set([...code.matchAll(/https?:\/\/([a-z0-9.-]+(?::\d+)?)/gi)].map((m) => m[1]!.toLowerCase()));

interface Run {
  page: Page;
  errors: string[];
  dataReports: string[];
  /** Requests nothing answers: a same-origin path that is neither an asset nor site data, or a host not named. */
  unexpected: string[];
  /** Requests to a host the snippet names, refused as unreachable. */
  offline: string[];
}

async function run(snippet: DocSnippet): Promise<Run> {
  const page = await h.browser.newPage({ viewport: { width: 800, height: 1000 } });
  const path = `/__doc-snippets/${encodeURIComponent(snippet.id.replace(/[/:]/g, '_'))}.html`;
  const html = pageOf(snippet);
  const hosts = namedHosts(snippet.code);
  const result: Run = { page, errors: [], dataReports: [], unexpected: [], offline: [] };
  await page.route('**/*', async (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin === h.origin) {
      if (url.pathname === path) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
      if (url.pathname === '/favicon.ico') return route.fulfill({ status: 204 });
      const file = url.pathname.startsWith('/assets/')
        ? join(DIST, decodeURIComponent(url.pathname.slice('/assets/'.length)))
        : join(SITE, decodeURIComponent(url.pathname));
      if (file.startsWith(DIST) || file.startsWith(SITE)) {
        if (existsSync(file) && statSync(file).isFile()) return route.fulfill({ path: file });
      }
      result.unexpected.push(`${request.resourceType()} ${url.pathname}`);
      return route.fulfill({ status: 404, body: 'not found' });
    }
    const scriptOrStyle = request.resourceType() === 'script' || request.resourceType() === 'stylesheet';
    if (hosts.has(url.host) && !scriptOrStyle) {
      result.offline.push(url.href);
      return route.abort('internetdisconnected');
    }
    result.unexpected.push(`${request.resourceType()} ${url.href}`);
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (e) => result.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (text.startsWith('[trust-signals]')) result.dataReports.push(text);
    // The browser's own line for a request refused above (a certifier the snippet names, offline here).
    else if (/^Failed to load resource/.test(text) && result.offline.includes(m.location().url)) return;
    else result.errors.push(`console.error: ${text}`);
  });
  await page.goto(h.origin + path, { waitUntil: 'load' });
  return result;
}

/** For each trust-* tag the snippet writes: defined, and each such element in the page rendered. */
async function renderedTags(page: Page, tags: string[]): Promise<Record<string, string>> {
  return page.evaluate(async (tags) => {
    const out: Record<string, string> = {};
    for (const tag of tags) {
      const defined = await Promise.race([
        customElements.whenDefined(tag).then(() => true),
        new Promise<false>((r) => setTimeout(() => r(false), 5000)),
      ]);
      if (!defined) {
        out[tag] = 'not defined';
        continue;
      }
      const els = [...document.querySelectorAll(tag)] as Array<HTMLElement & { updateComplete?: Promise<unknown> }>;
      await Promise.all(els.map((el) => el.updateComplete));
      const bare = els.filter((el) => ![...(el.shadowRoot?.children ?? [])].some((c) => c.localName !== 'style' && c.localName !== 'link'));
      out[tag] = els.length === 0 ? 'not in the page' : bare.length ? `${bare.length} of ${els.length} without shadow content` : 'rendered';
    }
    return out;
  }, tags);
}

const snippets = docSnippets();

describe('HTML snippets of the docs, run as written', () => {
  it('finds them, and the build they load is newer than the sources', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(15);
    const bundle = statSync(join(DIST, 'trust-signals.bundle.js')).mtimeMs;
    const newest = newestSource();
    expect(bundle, `packages/elements/dist is older than ${newest.file}: run \`npm run build\` first`).toBeGreaterThanOrEqual(newest.time);
  });

  it.each(snippets.map((s) => [s.id, s] as const))('%s', async (_, snippet) => {
    const unknown = snippet.meta.filter((m) => !(m in SNIPPET_META));
    expect(unknown, 'fence meta words (CONTRIBUTING.md, "HTML snippets in the docs")').toEqual([]);
    const r = await run(snippet);
    try {
      const tags = [...new Set([...snippet.code.matchAll(/<(trust-[a-z0-9-]+)/g)].map((m) => m[1]!))];
      const rendered = await renderedTags(r.page, tags);
      // Let requests the elements start (src, fetch, a certifier's keys) settle, and their reports arrive.
      await r.page.waitForLoadState('networkidle');
      await r.page.waitForTimeout(200);
      expect(r.errors).toEqual([]);
      expect(r.unexpected, 'requests the page did not configure (or an asset the build lacks)').toEqual([]);
      expect(rendered).toEqual(Object.fromEntries(tags.map((t) => [t, 'rendered'])));
      if (snippet.meta.includes('expect-error'))
        expect(r.dataReports.length, 'an `expect-error` snippet reports its data').toBeGreaterThan(0);
      else expect(r.dataReports).toEqual([]);
    } finally {
      await r.page.close();
    }
  });
});
