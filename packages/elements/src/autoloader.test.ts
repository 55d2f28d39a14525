/**
 * `trust-signals/autoloader.js` in Chromium: tags already in the page, tags added later (also inside a shadow root
 * handed to `observe()`), only the modules of tags that appear, and unknown `trust-*` tags left alone.
 *
 * The autoloader watches the document as soon as it is imported, so this file imports it dynamically, after the
 * first tags are in the page. Each test file runs in its own frame, so the registry starts empty here.
 */
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';

type Autoloader = typeof import('./autoloader.js');

/** Resolves when `tag` is defined; rejects after `ms` (a missing definition fails the test instead of hanging). */
function definedWithin(tag: string, ms = 5000): Promise<CustomElementConstructor> {
  return Promise.race([
    customElements.whenDefined(tag),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`<${tag}> was not defined within ${ms} ms`)), ms)),
  ]);
}

/** Waits for mutation observers and any import they might have started. */
const quiet = () => new Promise((resolve) => setTimeout(resolve, 300));

/** Whether a fetched URL is the registering module of `tag` (its source file, as the Vite dev server serves it). */
const isEntryOf = (tag: string) => (url: string) => new URL(url).pathname.endsWith(`/packages/elements/src/${tag}.ts`);

/** What this frame fetched since the start (Resource Timing is per document: other test frames do not count). */
const fetched = () => performance.getEntriesByType('resource').map((entry) => entry.name);

const definedTrustTags = (known: readonly string[]) => known.filter((tag) => customElements.get(tag)).sort();

describe('trust-signals/autoloader.js', () => {
  let autoloader: Autoloader;
  let errorSpy: MockInstance<typeof console.error>;
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const container = document.createElement('div');

  beforeAll(async () => {
    window.addEventListener('error', onError);
    errorSpy = vi.spyOn(console, 'error');
    // Room for every module the dev server serves, so that no entry is dropped; the log starts here.
    performance.setResourceTimingBufferSize(100_000);
    performance.clearResourceTimings();
    container.innerHTML = '<trust-star-rating value="4" count="12"></trust-star-rating><trust-nonexistent></trust-nonexistent>';
    document.body.append(container);
    autoloader = await import('./autoloader.js');
  });

  afterAll(() => {
    window.removeEventListener('error', onError);
    errorSpy.mockRestore();
    container.remove();
  });

  it('defines a tag that was in the page before it ran', async () => {
    const el = container.querySelector('trust-star-rating')!;
    const ctor = await definedWithin('trust-star-rating');
    expect(el).toBeInstanceOf(ctor);
    await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot?.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Rated 4 out of 5, 12 reviews');
  });

  it('defines a tag added later, also deep inside an added subtree', async () => {
    expect(customElements.get('trust-nps-survey')).toBeUndefined();
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<div><p><trust-nps-survey subject="Acme"></trust-nps-survey></p></div>';
    container.append(wrapper);
    const ctor = await definedWithin('trust-nps-survey');
    expect(wrapper.querySelector('trust-nps-survey')).toBeInstanceOf(ctor);
  });

  it('defines a tag added inside a shadow root handed to observe()', async () => {
    expect(customElements.get('trust-guarantee')).toBeUndefined();
    const host = document.createElement('div');
    container.append(host);
    const root = host.attachShadow({ mode: 'open' });
    autoloader.observe(root);
    const inner = document.createElement('div');
    inner.innerHTML = '<trust-guarantee></trust-guarantee>';
    root.append(inner);
    const ctor = await definedWithin('trust-guarantee');
    expect(root.querySelector('trust-guarantee')).toBeInstanceOf(ctor);
  });

  it('imports only the modules of tags that appeared: every other tag stays undefined', async () => {
    await quiet();
    expect(definedTrustTags(autoloader.knownTags)).toEqual(['trust-guarantee', 'trust-nps-survey', 'trust-star-rating']);
    const requests = fetched();
    for (const tag of ['trust-star-rating', 'trust-nps-survey', 'trust-guarantee']) expect(requests.some(isEntryOf(tag)), tag).toBe(true);
    const others = autoloader.knownTags.filter((tag) => !['trust-star-rating', 'trust-nps-survey', 'trust-guarantee'].includes(tag));
    expect(others.length).toBeGreaterThan(0);
    for (const tag of others) expect(requests.some(isEntryOf(tag)), tag).toBe(false);
  });

  it('ignores an unknown trust-* tag, before and after it ran, without throwing or logging', async () => {
    expect(autoloader.knownTags).not.toContain('trust-nonexistent');
    expect(autoloader.load('trust-nonexistent')).toBeUndefined();
    container.append(document.createElement('trust-nonexistent'));
    expect(() => autoloader.discover(container)).not.toThrow();
    await quiet();
    expect(customElements.get('trust-nonexistent')).toBeUndefined();
    expect(container.querySelector('trust-nonexistent')?.matches(':defined')).toBe(false);
    expect(uncaught).toEqual([]);
    expect(errorSpy).not.toHaveBeenCalled();
  });

  it('sees tags in the open shadow root of a component defined after it ran, without observe(); never in a closed one', async () => {
    expect(customElements.get('trust-price-breakdown')).toBeUndefined();
    expect(customElements.get('trust-incident-notice')).toBeUndefined();
    // Inserted first, upgraded later: the shadow roots are attached during the upgrade, which no observer reports.
    container.append(document.createElement('x-autoload-open'), document.createElement('x-autoload-closed'));
    await quiet(); // the autoloader has seen them, without shadow roots
    customElements.define(
      'x-autoload-open',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<p>Price</p>';
        }
        connectedCallback() {
          this.shadowRoot!.append(document.createElement('trust-price-breakdown'));
        }
      },
    );
    customElements.define(
      'x-autoload-closed',
      class extends HTMLElement {
        // eslint-disable-next-line wc/no-closed-shadow-root -- a closed root is what this test is about
        readonly #root = this.attachShadow({ mode: 'closed' });
        connectedCallback() {
          this.#root.append(document.createElement('trust-incident-notice'));
        }
      },
    );
    const ctor = await definedWithin('trust-price-breakdown');
    expect(container.querySelector('x-autoload-open')!.shadowRoot!.querySelector('trust-price-breakdown')).toBeInstanceOf(ctor);
    await quiet();
    expect(customElements.get('trust-incident-notice')).toBeUndefined();
    expect(fetched().some(isEntryOf('trust-incident-notice'))).toBe(false);
  });
});
