/**
 * The nonprofit docs snippet (docs/snippets/donation-use-banner.html, shown verbatim by
 * docs/donation-use-banner.mdx) works in a plain HTML page served as a static file: no build step, no import map,
 * only the self-contained bundle of our build. The page is written to disk and served like any static file; the
 * only change made to the snippet is the one the docs ask of the reader: the bundle's path on their site.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import snippet from '../../docs/snippets/donation-use-banner.html?raw';

/** Where the docs tell the reader to put the bundle, and where our build writes it. */
const DOCS_SRC = '/assets/trust-signals.bundle.js';
const BUILD_SRC = '/packages/elements/dist/trust-signals.bundle.js';
/** Written under node_modules/.cache (never committed), served by the test server as a static file. */
const PAGE_DIR = 'node_modules/.cache/trust-signals-test';

const frames: HTMLIFrameElement[] = [];
const written: string[] = [];
afterEach(async () => {
  for (const f of frames.splice(0)) f.remove();
  for (const file of written.splice(0)) await commands.removeFile(file);
});

/** Writes a plain page whose body is `body`, and loads it in an iframe of the given width. */
async function servePage(name: string, body: string, head = '', width = 720): Promise<HTMLIFrameElement> {
  const file = `${PAGE_DIR}/${name}-${Date.now()}.html`;
  await commands.writeFile(
    file,
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Donate</title>\n<style>body { font: 16px/1.5 sans-serif; margin: 8px; }</style>\n${head}</head>\n<body>\n<h1>Donate</h1>\n${body}\n<p id="below">Choose an amount.</p>\n</body>\n</html>\n`,
  );
  written.push(file);
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/${file}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

async function defined(win: Window, tag: string): Promise<void> {
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`<${tag}> not defined: run \`npm run build\` first (the bundle is build output)`)), 5000),
  );
  await Promise.race([win.customElements.whenDefined(tag), timeout]);
}

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

describe('docs: "Add a donation-use banner to your donation page"', () => {
  it('the snippet is one module script tag and one element, pointing where the docs say', () => {
    expect(snippet.match(/<script\b/g)).toHaveLength(1);
    expect(snippet).toContain(`<script type="module" src="${DOCS_SRC}"></script>`);
    expect(snippet.match(/<trust-donation-use\b/g)).toHaveLength(1);
  });

  it('works pasted into a plain static page with no build step', async () => {
    const frame = await servePage('snippet', snippet.replace(DOCS_SRC, BUILD_SRC));
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    await defined(win, 'trust-donation-use');
    const el = doc.querySelector('trust-donation-use') as Upgraded;
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="headline"]')?.textContent).toBe('100% of your donation funds clean-water projects');
    expect(root.querySelector('[part="scope"]')?.textContent).toBe('Our operating costs are paid by a separate group of private donors.');
    const toggle = root.querySelector('button')!;
    expect(toggle.textContent?.trim()).toBe('How your donation is used');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = root.querySelector('table')!;
    expect(table.caption?.textContent).toBe('How Clear Water Fund spent its money in fiscal year Jul 2023 – Jun 2024');
    const shares = [...table.tBodies[0]!.rows].map((r) => r.cells[2]!.textContent);
    expect(shares).toEqual(['82%', '11%', '7%']);
    expect(root.querySelector('[part="chart"]')?.getAttribute('aria-label')).toBe(
      'Chart: Programs 82%, Management and general 11%, Fundraising 7%',
    );
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/reports/form-990-2024.pdf');
    // The loader brought the banner's chunk and the shared chunk (Lit and core) from its own folder, once each,
    // and nothing else: no other element's chunk.
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js') && !p.startsWith('/@') && !p.includes('/node_modules/vite/'));
    const chunks = BUILD_SRC.replace(/[^/]+$/, 'chunks/');
    expect(scripts.map((p) => p.replace(/^.*\/chunks\/shared-[\w-]+\.js$/, `${chunks}shared-<hash>.js`)).sort()).toEqual(
      [BUILD_SRC, `${chunks}shared-<hash>.js`, `${chunks}trust-donation-use.js`].sort(),
    );
  });

  it('with reserve.css, nothing moves when the banner upgrades', async () => {
    const element = snippet.replace(/<script[^>]*><\/script>\s*/, '');
    const frame = await servePage('reserve', element, '<link rel="stylesheet" href="/packages/elements/src/reserve.css">\n');
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    expect(win.customElements.get('trust-donation-use')).toBeUndefined();
    const el = doc.querySelector('trust-donation-use') as Upgraded;
    const below = doc.getElementById('below')!;
    const before = { el: el.getBoundingClientRect(), below: below.getBoundingClientRect() };
    const shifts: number[] = [];
    new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: false });
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = BUILD_SRC;
    doc.head.append(script);
    await defined(win, 'trust-donation-use');
    await el.updateComplete;
    await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
    expect(el.shadowRoot?.querySelector('[part="headline"]')).toBeTruthy();
    const after = { el: el.getBoundingClientRect(), below: below.getBoundingClientRect() };
    expect(after.el.height).toBeCloseTo(before.el.height, 0);
    expect(after.below.top).toBeCloseTo(before.below.top, 0);
    expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
  });
});
