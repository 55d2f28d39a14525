// Shared by the consumer tests: one Chromium, one strict-CSP server, and a page opener that records every CSP
// violation (event, console message and posted report), page error and console error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { startServer } from './server.mjs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Opened {
  page: Page;
  /** CSP violations seen so far (securitypolicyviolation events, console messages, posted reports). */
  csp: () => Promise<string[]>;
  /** Uncaught errors and console errors; `[trust-signals]` data messages too unless `allowDataErrors`. */
  errors: string[];
}

export async function setupHarness(): Promise<{
  browser: Browser;
  origin: string;
  open: (path: string, opts?: { allowDataErrors?: boolean; before?: (page: Page) => Promise<unknown> }) => Promise<Opened>;
  close: () => Promise<void>;
}> {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args });
  const pages: Page[] = [];
  return {
    browser,
    origin: server.origin,
    async open(path, opts = {}) {
      const page = await browser.newPage({ viewport: { width: 800, height: 1200 } });
      pages.push(page);
      // Runs before any page script, outside the page's CSP (it is injected by the browser, not by the page).
      await page.addInitScript(() => {
        const w = window as unknown as { cspViolations: string[]; layoutShifts: number[] };
        w.cspViolations = [];
        document.addEventListener(
          'securitypolicyviolation',
          (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
          true,
        );
      });
      const errors: string[] = [];
      const consoleCsp: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        const text = m.text();
        if (/Content.Security.Policy/i.test(text)) consoleCsp.push(text);
        else if (m.type() === 'error' && !(opts.allowDataErrors && text.startsWith('[trust-signals]')))
          errors.push(`console.error: ${text}`);
      });
      const reportsBefore = server.reports.length;
      await opts.before?.(page);
      await page.goto(server.origin + path, { waitUntil: opts.before ? 'commit' : 'load' });
      return {
        page,
        errors,
        async csp() {
          await page.waitForTimeout(150); // reports are posted asynchronously
          const events = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
          // axe-core (test tooling, injected by the test) may add a <style> of its own: not the page's violation.
          return [...events, ...consoleCsp, ...server.reports.slice(reportsBefore)].filter(
            (v) => !v.includes('axe-core/axe.min.js') && !v.includes('axe.min.js'),
          );
        },
      };
    },
    async close() {
      await Promise.all(pages.map((p) => p.close()));
      await browser.close();
      await server.close();
    },
  };
}

/** Runs axe-core (served from the same origin, so the policy allows it) and returns the violations. */
export async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: '/node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (c: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
      }
    ).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

/** The scene every consumer renders (same module the pages use), read in Node. */
export async function scene(): Promise<Array<{ tag: string; props: Record<string, unknown>; expect: string }>> {
  const root = join(import.meta.dirname, '../..');
  const { loadScene } = await import('./shared/scene.js');
  return loadScene(async (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')));
}

/** Shadow text and ARIA labels of each scene element, once it is defined and updated. */
export async function rendered(
  page: Page,
  tags: string[],
): Promise<Record<string, { defined: boolean; text: string; attributes: string[] }>> {
  return page.evaluate(async (tags) => {
    const out: Record<string, { defined: boolean; text: string; attributes: string[] }> = {};
    for (const tag of tags) {
      const el = document.querySelector(`#scene ${tag}`) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
      if (!el) {
        out[tag] = { defined: false, text: '(missing)', attributes: [] };
        continue;
      }
      await Promise.race([customElements.whenDefined(tag), new Promise((r) => setTimeout(r, 3000))]);
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      const root = el.shadowRoot;
      const labels = root ? [...root.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')) : [];
      out[tag] = {
        defined: !!customElements.get(tag),
        text: `${root?.textContent ?? ''} ${labels.join(' ')}`.replace(/\s+/g, ' '),
        attributes: el.getAttributeNames(),
      };
    }
    return out;
  }, tags);
}
