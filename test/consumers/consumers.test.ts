// Every consumer, in Chromium, under `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src
// 'self'`: the scene's elements are defined and show the data they were given BY PROPERTY, a `trust-submit` reaches
// the app's own handler, axe finds nothing, and there is no CSP violation, page error or console error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, rendered, scene, setupHarness } from './harness.js';
import { samples } from './shared/samples.js';

let h: Awaited<ReturnType<typeof setupHarness>>;
beforeAll(async () => {
  h = await setupHarness();
});
afterAll(async () => h?.close());

const consumers = [
  { name: 'plain HTML, the no-build loader, no build step', path: '/test/consumers/plain/' },
  { name: 'React 19, tags directly', path: '/test/consumers/react19/dist/', react: '19.' },
  { name: 'React 18, @trust-signals/react wrappers', path: '/test/consumers/react18/dist/', react: '18.' },
  { name: 'Vue 3, isCustomElement', path: '/test/consumers/vue/dist/' },
  { name: 'server-rendered with @lit-labs/ssr, hydrated', path: '/test/consumers/ssr/dist/' },
];

/** Property names as attributes would be spelled (`trustedIssuers` → `trusted-issuers`), and as written. */
const attributeNames = (key: string) => [key.toLowerCase(), key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)];

describe.each(consumers)('$name', ({ path, react }) => {
  it('renders every scene element from properties, receives trust-submit, passes axe, and violates no CSP', async () => {
    const items = await scene();
    // The badge's credential is for another origin, so it logs why it is not verified: data errors are expected.
    const { page, csp, errors } = await h.open(path, { allowDataErrors: true });
    await page.waitForSelector('[data-ready="true"]', { timeout: 20_000 });
    if (react)
      expect(await page.getAttribute('[data-react-version]', 'data-react-version')).toMatch(new RegExp(`^${react.replace('.', '\\.')}`));

    const seen = await rendered(
      page,
      items.map((i) => i.tag),
    );
    for (const { tag, props, expect: text } of items) {
      expect(seen[tag]!.defined, `<${tag}> defined`).toBe(true);
      expect(seen[tag]!.text, `<${tag}> shows its data`).toContain(text);
      // Data went in as properties: none of them turned into an attribute on the host.
      for (const key of Object.keys(props))
        expect(seen[tag]!.attributes, `<${tag}> ${key} set as a property`).not.toEqual(expect.arrayContaining([attributeNames(key)[1]]));
    }
    // The badge really verified under the policy (jose and WebCrypto ran): this page's origin is not the
    // credential's, so the verdict is `wrong-origin`, not `checking` or an error.
    if (items.some((i) => i.tag === 'trust-badge')) {
      await page.waitForFunction(
        () => (document.querySelector('#scene trust-badge') as HTMLElement & { status?: string })?.status === 'wrong-origin',
      );
    }

    const survey = page.locator('#scene trust-nps-survey');
    await survey.getByRole('radio', { name: '9' }).click();
    await survey.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.locator('#events').textContent()).toContain('trust-submit:9');

    // CSP first: axe itself applies inline styles while it checks colour contrast inside declarative shadow roots,
    // which the policy reports; that is the checker's doing, not the page's.
    expect(await csp()).toEqual([]);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('plain HTML in other languages: the loader plus its locale files, no build step', () => {
  // Passes only if a locale file registers into the loader's registry: a file carrying its own copy of core
  // would fill a registry no element reads, and every section would stay English.
  it('renders German, switches to Arabic (rtl) when its file arrives after rendering, loads the bundle once, passes axe and violates no CSP', async () => {
    const { page, csp, errors } = await h.open('/test/consumers/plain-locales/');
    /** Shadow text and ARIA labels of each section's elements, once they are defined and updated. */
    const texts = () =>
      page.evaluate(async () => {
        const out: Record<string, { text: string; direction: string[] }> = {};
        for (const section of document.querySelectorAll('section')) {
          const els = [...section.querySelectorAll('trust-star-rating, trust-nps-survey')] as Array<
            HTMLElement & { updateComplete: Promise<unknown> }
          >;
          for (const el of els) {
            await customElements.whenDefined(el.localName);
            await el.updateComplete;
          }
          const text = els.map(
            (el) =>
              `${el.shadowRoot!.textContent} ${[...el.shadowRoot!.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')).join(' ')}`,
          );
          out[section.id] = {
            text: text.join(' ').replace(/\s+/g, ' '),
            direction: els.map((el) => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).direction),
          };
        }
        return out;
      });
    const english = ['Rated 4.3 out of 5, 1,234 reviews', 'How likely is it that you would recommend Acme to a friend or colleague?'];
    const german = [
      'Mit 4,3 von 5 bewertet, 1.234 Bewertungen',
      'Wie wahrscheinlich ist es, dass Sie Acme einem Freund oder Kollegen weiterempfehlen?',
    ];

    const before = await texts();
    for (const words of german) expect(before.de!.text).toContain(words);
    expect(before.de!.direction).toEqual(['ltr', 'ltr']);
    expect(before.en!.text).toContain(english[0]);
    // No Arabic table yet: English words (Arabic numbers), right to left from the page's dir.
    expect(before.ar!.text).toContain('Rated');
    expect(before.ar!.text).toContain('How likely is it that you would recommend Acme');
    expect(before.ar!.direction).toEqual(['rtl', 'rtl']);

    // The Arabic file arrives after the elements have rendered: the same nodes re-render in Arabic.
    await page.evaluate(
      () =>
        ((window as unknown as { marks: Element[] }).marks = [
          ...document.querySelectorAll('#ar > trust-star-rating, #ar > trust-nps-survey'),
        ]),
    );
    await page.addScriptTag({ url: '/packages/elements/dist/trust-signals.bundle.ar.js', type: 'module' });
    await expect.poll(async () => (await texts()).ar!.text).toContain('التقييم');
    const after = await texts();
    // The subject's English name is isolated in the Arabic sentence (U+2068 … U+2069), so the sentence keeps its order.
    expect(after.ar!.text).toContain('ما مدى احتمال أن ترشّح \u2068Acme\u2069 لصديق أو زميل؟');
    expect(after.ar!.text).not.toContain('Rated');
    expect(after.ar!.direction).toEqual(['rtl', 'rtl']);
    expect(after.de).toEqual(before.de);
    expect(after.en).toEqual(before.en);
    const loaded = await page.evaluate(() => ({
      kept: (window as unknown as { marks: Element[] }).marks.every((el) => el.isConnected),
      // The bundle was fetched once although two files import it and the page names it: one module, one registry.
      bundleFetches: performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('/trust-signals.bundle.js'))
        .length,
    }));
    expect(loaded).toEqual({ kept: true, bundleFetches: 1 });

    expect(await csp()).toEqual([]);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('server-rendered page', () => {
  it('arrives as declarative shadow DOM and hydrates in place: same nodes, no layout shift', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const { page, csp, errors } = await h.open('/test/consumers/ssr/dist/', {
      allowDataErrors: true,
      before: (p) =>
        p.route('**/ssr/dist/client.js', async (route) => {
          await held;
          await route.continue();
        }),
    });
    await page.waitForSelector('#events', { state: 'attached' });
    const before = await page.evaluate(async () => {
      const w = window as unknown as { marks: Node[]; shifts: number[] };
      w.shifts = [];
      // From here on: hydration's shifts, not the page load's (the server HTML's stylesheets arrive first).
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.shifts.push((e as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: false });
      // Before any script: shifts while the server HTML and its stylesheets arrived (buffered entries).
      // (Layout shifts are not in the performance timeline: a buffered observer replays them.)
      const loadShift = await new Promise<number>((resolve) => {
        const replay = new PerformanceObserver((list) => {
          replay.disconnect();
          resolve(list.getEntries().reduce((a, e) => a + (e as PerformanceEntry & { value: number }).value, 0));
        });
        replay.observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500); // none buffered: no callback
      });
      const hosts = [...document.querySelectorAll('#scene > *')];
      // The top-level nodes of each shadow root: hydration keeps them; rendering again would replace them. (Nodes
      // deeper down may legitimately change after hydration, e.g. the badge's verdict once verification ran.)
      w.marks = hosts.flatMap((el) => [...(el.shadowRoot?.children ?? [])].filter((n) => n.localName !== 'link'));
      return {
        defined: hosts.filter((el) => customElements.get(el.localName)).length,
        shadowRoots: hosts.filter((el) => el.shadowRoot).length,
        hosts: hosts.length,
        label: document.querySelector('trust-star-rating')?.shadowRoot?.querySelector('[role="img"]')?.getAttribute('aria-label'),
        // The star fill is an attribute of the server HTML (the filled viewport's width, in the row's units), so it
        // is right before any script runs.
        fill: document.querySelector('trust-star-rating')?.shadowRoot?.querySelector<SVGSVGElement>('svg.fill')?.width.baseVal.value,
        row: document.querySelector('trust-star-rating')?.shadowRoot?.querySelector<SVGSVGElement>('svg[part="stars"]')?.viewBox.baseVal
          .width,
        marks: w.marks.length,
        loadShift,
      };
    });
    expect(before.defined).toBe(0); // no script has run yet…
    // The page load itself (shadow-root stylesheets applying after first paint) may nudge a box by a few pixels:
    // measured 0.000007 on this page; "good" cumulative layout shift is below 0.1.
    expect(before.loadShift).toBeLessThan(0.001);
    console.log(
      `[measure] server-rendered page: layout shift while loading ${before.loadShift.toFixed(6)}, during hydration (below) 0 asserted`,
    );
    expect(before.shadowRoots).toBe(before.hosts); // …yet every element has its shadow root, from the HTML
    expect(before.label).toBe('Rated 4.3 out of 5, 1,234 reviews');
    // 4.3 of 5 fills four stars with their gaps and 30 % of the fifth: (4 × 28 + 0.3 × 24) / 136 of the row.
    expect(before.fill! / before.row!).toBeCloseTo((4 * 28 + 0.3 * 24) / 136, 2);
    release();
    await page.waitForSelector('[data-ready="true"]', { timeout: 20_000 });
    const after = await page.evaluate(async () => {
      const w = window as unknown as { marks: Node[]; shifts: number[] };
      const hosts = [...document.querySelectorAll('#scene > *')] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
      await Promise.all(hosts.map((el) => el.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return {
        defined: hosts.filter((el) => customElements.get(el.localName)).length,
        kept: w.marks.filter((n) => n.isConnected).length,
        shift: w.shifts.reduce((a, b) => a + b, 0),
      };
    });
    expect(after.defined).toBe(before.hosts);
    expect(after.kept).toBe(before.marks); // hydration kept every server-rendered node
    expect(after.shift).toBe(0);
    expect(await csp()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('strict CSP', () => {
  it('the detector catches an inline <style>, an inline <script>, a style attribute and a scripted style attribute', async () => {
    const { page, csp } = await h.open('/test/consumers/csp-violation/');
    await page.waitForSelector('[data-ready="true"]');
    const found = await csp();
    expect(found.filter((v) => v.startsWith('style-src-elem')).length).toBeGreaterThanOrEqual(1);
    expect(found.filter((v) => v.startsWith('script-src-elem')).length).toBeGreaterThanOrEqual(1);
    expect(found.filter((v) => v.startsWith('style-src-attr')).length).toBeGreaterThanOrEqual(2);
    expect(await page.title()).not.toContain('inline script ran');
  });

  it('every registered element renders (bare and with data) without a violation', async () => {
    const { page, csp, errors } = await h.open('/test/consumers/every-element/', { allowDataErrors: true });
    await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
    const tags = (await page.getAttribute('body', 'data-ready'))!.split(' ');
    expect(tags.length).toBeGreaterThanOrEqual(4);
    const seen = await page.evaluate(async (tags) => {
      const els = [...document.querySelectorAll('#all > *')] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
      await Promise.all(els.map((el) => el.updateComplete));
      await new Promise((r) => setTimeout(r, 100));
      return tags.filter((t) => [...document.querySelectorAll(t)].every((el) => el.shadowRoot && el.shadowRoot.childNodes.length > 0));
    }, tags);
    expect(seen).toEqual(tags);
    expect(await csp()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('layout stability: the element script arrives after first paint', () => {
  const reserved = [
    ...readFileSync(join(import.meta.dirname, '../../packages/elements/src/reserve.css'), 'utf8').matchAll(
      /^(trust-[a-z-]+):not\(:defined\)/gm,
    ),
  ].map((m) => m[1]!);
  const tested = reserved.filter((t) => t in samples);

  it('covers the rating, the summary and the donation banner', () => {
    expect(tested).toEqual(expect.arrayContaining(['trust-star-rating', 'trust-rating-summary', 'trust-donation-use']));
  });

  async function shiftOf(tag: string, reserve: boolean): Promise<{ shift: number; defined: boolean }> {
    const { page, csp, errors } = await h.open(`/test/consumers/layout/?tag=${tag}${reserve ? '' : '&reserve=0'}`);
    await page.waitForSelector('[data-ready="true"]');
    await page.addScriptTag({ url: '/packages/elements/dist/trust-signals.bundle.js', type: 'module' });
    const result = await page.evaluate(async (tag) => {
      await customElements.whenDefined(tag);
      const el = document.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const shifts = (window as unknown as { layoutShifts: number[] }).layoutShifts;
      return { shift: shifts.reduce((a, b) => a + b, 0), defined: !!customElements.get(tag) };
    }, tag);
    expect(await csp()).toEqual([]);
    expect(errors).toEqual([]);
    return result;
  }

  it.each(tested)('%s: layout-shift sum is 0 with reserve.css', async (tag) => {
    expect(await shiftOf(tag, true)).toEqual({ shift: 0, defined: true });
  });

  it('control: without reserve.css the same pages do shift (the measurement can fail)', async () => {
    const shifts = await Promise.all(tested.map(async (tag) => (await shiftOf(tag, false)).shift));
    expect(Math.max(...shifts)).toBeGreaterThan(0);
  });
});
