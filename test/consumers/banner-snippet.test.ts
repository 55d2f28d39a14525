// The donation banner builder's snippet (stories/tools/banner-snippet.ts, what "Copy snippet" copies) pasted into a
// plain page served with the strict policy of the consumer tests (server.mjs: `default-src 'self'; script-src 'self';
// style-src 'self'`), its files taken from the build: the snippet's CDN folder is mapped to packages/elements/dist,
// and its `integrity` attributes are kept, so the browser checks them (each is compared with the served file's
// sha384 first, and a wrong one is shown to be refused). The banner it renders must be the one the builder's preview
// shows for the same values: the preview (`applyBannerMarkup`, the builder's own code) is rendered in the same page
// and compared part by part. Run `npm run build` first.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent } from '@trust-signals/core';
import de from '@trust-signals/core/locales/de.js';
import {
  applyBannerMarkup,
  bannerMarkup,
  bannerSnippet,
  cdnFolder,
  exampleBanner,
  type BannerValues,
  type IntegrityManifest,
  type SnippetOptions,
} from '../../stories/tools/banner-snippet.js';
import { setupHarness } from './harness.js';
import { POLICY } from './server.mjs';

const ROOT = join(import.meta.dirname, '../..');
const DIST = 'packages/elements/dist/';
const version = (JSON.parse(readFileSync(join(ROOT, 'packages/elements/package.json'), 'utf8')) as { version: string }).version;
const integrity = JSON.parse(readFileSync(join(ROOT, DIST, 'integrity.json'), 'utf8')) as IntegrityManifest;
const sha384 = (file: string) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(join(ROOT, DIST, file)))
    .digest('base64')}`;

let h: Awaited<ReturnType<typeof setupHarness>>;
beforeAll(async () => {
  h = await setupHarness();
});
afterAll(async () => h?.close());

const FILLED: BannerValues = exampleBanner();

/** What a person sees of a rendered banner: headline, scope, the table's cells, the chart's name, the facts, the links. */
interface Seen {
  headline: string;
  scope: string;
  caption: string;
  cells: string[][];
  chart: string;
  facts: string;
  links: string[][];
}

/** Opens `el`'s details when it is a banner (its button), then reads what it shows. Runs in the page. */
async function seen(page: Page, selector: string): Promise<Seen> {
  return page.evaluate(async (selector) => {
    const el = document.querySelector(selector) as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const root = el.shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('[part="toggle"]');
    if (toggle?.getAttribute('aria-expanded') === 'false') {
      toggle.click();
      await el.updateComplete;
    }
    const text = (s: string) => root.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return {
      headline: text('[part="headline"]'),
      scope: text('[part="scope"]'),
      caption: text('caption'),
      cells: [...root.querySelectorAll('tr')].map((tr) => [...tr.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())),
      chart: root.querySelector('[part="chart"]')?.getAttribute('aria-label') ?? '',
      facts: text('[part="facts"]'),
      links: [...root.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.getAttribute('href')!]),
    };
  }, selector);
}

/**
 * Pastes the snippet for `values` into a plain page under the strict policy (the CDN folder mapped to the build),
 * renders the builder's preview of the same values beside it, and returns both as seen.
 */
async function pasted(values: BannerValues, options: SnippetOptions, tamper: (snippet: string) => string = (s) => s) {
  const snippet = bannerSnippet(values, options);
  const local = tamper(snippet.replaceAll(cdnFolder(version), `/${DIST}`));
  const path = '/__banner-builder/donate.html';
  const body = `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Donate</title>\n</head>\n<body>\n<h1>Donate</h1>\n<div id="pasted">\n${local}\n</div>\n<div id="preview"><trust-donation-use></trust-donation-use></div>\n</body>\n</html>\n`;
  const opened = await h.open(path, {
    before: (page) =>
      page.route(`${h.origin}${path}`, (route) =>
        route.fulfill({
          body,
          headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': `${POLICY}; report-uri /__csp-report` },
        }),
      ),
  });
  await opened.page.waitForLoadState('networkidle');
  return { ...opened, snippet, local };
}

/** Gives the page's preview element the builder's markup with the builder's own function (run by the test, not the page). */
async function renderPreview(page: Page, values: BannerValues, options: SnippetOptions): Promise<void> {
  const markup = bannerMarkup(values, options);
  await page.evaluate(
    `(${applyBannerMarkup.toString()})(document.querySelector('#preview trust-donation-use'), ${JSON.stringify(markup)})`,
  );
}

describe("the banner builder's snippet, pasted into a plain page under the strict CSP", () => {
  it('has the integrity of the files the build serves', () => {
    const snippet = bannerSnippet({ ...FILLED, lang: 'de' }, { version, integrity, language: de });
    const tags = [...snippet.matchAll(/<script type="module" src="([^"]+)"\s+integrity="([^"]+)" crossorigin="anonymous">/g)];
    expect(tags.map((t) => t[1])).toEqual([
      `${cdnFolder(version)}trust-signals.bundle.js`,
      `${cdnFolder(version)}trust-signals.bundle.de.js`,
    ]);
    for (const [, src, hash] of tags) expect(hash, `${src}: run \`npm run build\``).toBe(sha384(src!.slice(cdnFolder(version).length)));
  });

  it('renders the banner the builder previews (English, banner, one report link as attributes)', async () => {
    const options = { version, integrity };
    const { page, csp, errors, local } = await pasted(FILLED, options);
    expect(local).toContain(`src="/${DIST}trust-signals.bundle.js"\n  integrity="${sha384('trust-signals.bundle.js')}"`);
    await page.waitForFunction(() => customElements.get('trust-donation-use') !== undefined, undefined, { timeout: 5000 });
    await renderPreview(page, FILLED, options);
    const fromSnippet = await seen(page, '#pasted trust-donation-use');
    expect(fromSnippet).toEqual(await seen(page, '#preview trust-donation-use'));
    expect(fromSnippet.headline).toBe('100% of your donation funds clean-water projects');
    expect(fromSnippet.scope).toBe(FILLED.scope);
    expect(fromSnippet.caption).toBe('How Clear Water Fund spent its money in fiscal year Jul 2023 – Jun 2024');
    expect(fromSnippet.cells.slice(1, 4).map((row) => row[2])).toEqual(['82%', '11%', '7%']);
    expect(fromSnippet.links).toEqual([['Audited financial statements 2024 (PDF)', '/reports/audit-2024.pdf']]);
    expect(fromSnippet.facts).toContain('Example & Partners LLP');
    expect(await csp()).toEqual([]);
    expect(errors).toEqual([]);
    // The policy is in force on this page: an inline script is refused (and reported).
    await page.addScriptTag({ content: 'window.inlineRan = true;' }).catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    expect((await csp()).join('\n')).toMatch(/script-src/);
  });

  it('renders the same in another language, with its file, and report links as child JSON (full variant)', async () => {
    const values: BannerValues = {
      ...FILLED,
      lang: 'de',
      variant: 'full',
      purpose: 'sauberes Trinkwasser',
      scope: 'Unsere Betriebskosten trägt ein eigener Kreis privater Spender.',
      reports: [
        { label: 'Geprüfter Jahresabschluss 2024 <PDF>', url: '/reports/audit-2024.pdf' },
        { label: 'Form 990 & Anlagen', url: 'https://example.org/reports/form-990-2024.pdf' },
      ],
    };
    const options = { version, integrity, language: de };
    const { page, csp, errors, local } = await pasted(values, options);
    expect(local).toContain(`src="/${DIST}trust-signals.bundle.de.js"\n  integrity="${sha384('trust-signals.bundle.de.js')}"`);
    expect(local).toContain('<script type="application/json">');
    const headline = de.donationHeadline(formatPercent('de', 1, { maximumFractionDigits: 1 }), values.purpose);
    await page.waitForFunction(
      (headline) =>
        document.querySelector('#pasted trust-donation-use')?.shadowRoot?.querySelector('[part="headline"]')?.textContent === headline,
      headline,
      { timeout: 5000 },
    );
    await renderPreview(page, values, options);
    const fromSnippet = await seen(page, '#pasted trust-donation-use');
    expect(fromSnippet).toEqual(await seen(page, '#preview trust-donation-use'));
    expect(fromSnippet.scope).toBe(values.scope);
    expect(fromSnippet.links).toEqual(values.reports.map((r) => [r.label, r.url]));
    expect(fromSnippet.cells.length).toBeGreaterThanOrEqual(5); // header, three columns, total
    expect(await csp()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is refused by the browser when a file does not match its integrity (the check is real)', async () => {
    const forged = `sha384-${Buffer.alloc(48).toString('base64')}`;
    const { page, errors } = await pasted(FILLED, { version, integrity }, (s) => s.replace(sha384('trust-signals.bundle.js'), forged));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => customElements.get('trust-donation-use'))).toBeUndefined();
    expect(errors.join('\n')).toMatch(/integrity/i);
  });
});
