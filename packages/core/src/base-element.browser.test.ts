import { html, type PropertyDeclarations } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '../../../test/helpers/fixture.js';
import corePkg from '../package.json' with { type: 'json' };
import { closestAttribute, reportedIssues, TrustElement } from './base-element.js';
import { numberAttribute } from './converters.js';
import { issue, parseNumber, type DataIssue } from './errors.js';
import { emit, type TrustErrorDetail } from './events.js';
import { defineElement } from './internal/define.js';
import { provideEnglish, registerTranslation } from './locale.js';
import de from './locales/de.js';
import en from './locales/en.js';
import es from './locales/es.js';
import { enRating } from './strings/rating.js';

// As an element module does: the test element shows rating strings.
provideEnglish(enRating);

const TAG = 'core-test-element';
const FED = 'core-attribute-fed';

/** A minimal element: shows what the base class resolved, and exposes its protected helpers to the tests. */
class CoreTestElement extends TrustElement {
  static override properties: PropertyDeclarations = { label: {} };
  label = '';

  override render() {
    return html`<p part="text">${this.t.ratingUnavailable}</p>
      <p part="count">${this.plural(this.t.reviewCount, 1234)}</p>
      <p part="lang">${this.resolvedLang}</p>
      <p part="dir">${this.resolvedDir}</p>`;
  }

  report(issues: readonly DataIssue[]): void {
    this.reportIssues(issues);
  }

  fireError(detail: TrustErrorDetail): boolean {
    return this.emit('trust-error', detail);
  }
}
CoreTestElement.define(TAG);

/**
 * Fields fed by attributes, as a transparency element's: `total` (attribute `total`) fills the path `total`,
 * `perDay` (attribute `per-day`) the path `per-day`, and `amount` (attribute `amount`) the nested `money.amount`;
 * `json` is data the page gives by property, whose issues keep their JSON paths.
 */
class AttributeFed extends TrustElement {
  static override properties: PropertyDeclarations = {
    total: { converter: numberAttribute },
    perDay: { attribute: 'per-day', converter: numberAttribute },
    amount: { converter: numberAttribute },
    json: { attribute: false },
  };
  protected static override fieldPaths = { amount: 'money.amount' };
  total: number | string | undefined;
  perDay: number | string | undefined;
  amount: number | string | undefined;
  json: { total?: unknown; money?: { amount?: unknown } } | undefined;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const issues: DataIssue[] = [];
    const number = (raw: unknown, path: string) => {
      const n = parseNumber(raw, path, { min: 0, optional: true });
      if (!n.ok) issues.push(...n.errors);
    };
    number(this.total ?? this.json?.total, 'total');
    number(this.perDay, 'per-day');
    number(this.amount ?? this.json?.money?.amount, 'money.amount');
    this.reportIssues(issues);
  }

  override render() {
    return html`<p>${this.issues.length ? 'unavailable' : 'ok'}</p>`;
  }
}
AttributeFed.define(FED);

// Spanish is available from the start; German is registered by the test of late registration.
registerTranslation(es);

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`)!.textContent;
const shown = (el: Element) => ({ text: part(el, 'text'), lang: part(el, 'lang'), dir: part(el, 'dir') });

/** Lets the MutationObserver callback run, then waits for the resulting render. */
async function afterMutation(el: CoreTestElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** A `<div>` in the document with an open shadow root; returns the host and the root. */
async function shadowHost(hostAttrs: Record<string, string>, inner: string): Promise<{ host: HTMLElement; root: ShadowRoot }> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  for (const [k, v] of Object.entries(hostAttrs)) host.setAttribute(k, v);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = inner;
  await Promise.all([...root.querySelectorAll(TAG)].map((el) => (el as CoreTestElement).updateComplete));
  return { host, root };
}

/**
 * Class modules that still import a registering module, so that importing them defines a tag they use: fixed in the
 * review-list split (trust-review-list.ts imports trust-star-rating.js instead of only its type).
 */
const NOT_YET: string[] = [];

describe('TrustElement.define', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());

  it('registers the class under the tag', () => {
    expect(customElements.get(TAG)).toBe(CoreTestElement);
    expect(document.createElement(TAG)).toBeInstanceOf(CoreTestElement);
  });

  it('is a no-op, without warnings, the second time', () => {
    expect(() => CoreTestElement.define(TAG)).not.toThrow();
    CoreTestElement.define(TAG);
    expect(customElements.get(TAG)).toBe(CoreTestElement);
    expect(warn).not.toHaveBeenCalled();
  });

  it('never registers a class just because it was imported', async () => {
    // Every element class module of trust-signals (not its registering src/trust-*.ts modules, not tests or styles).
    const modules = import.meta.glob('../../elements/src/*/*/trust-*.ts');
    const classModules = Object.keys(modules).filter((path) => !/\.(test|styles)\.ts$/.test(path) && !NOT_YET.includes(path));
    expect(classModules).toContain('../../elements/src/reviews/star-rating/trust-star-rating.ts');
    const classes = (await Promise.all(classModules.map((path) => modules[path]!())))
      .flatMap((module) => Object.values(module as Record<string, unknown>))
      .filter((value): value is CustomElementConstructor => typeof value === 'function' && value.prototype instanceof HTMLElement);
    expect(classes.map((c) => c.name)).toEqual(
      expect.arrayContaining(['TrustStarRating', 'TrustRatingSummary', 'TrustReviewForm', 'TrustRatingInput']),
    );
    expect(classes.filter((c) => customElements.getName(c) !== null).map((c) => c.name)).toEqual([]);
    expect(document.createElement('trust-star-rating').matches(':defined')).toBe(false);
    // Importing the registering module is what defines the tag.
    await import('../../elements/src/trust-star-rating.js');
    expect(customElements.getName(classes.find((c) => c.name === 'TrustStarRating')!)).toBe('trust-star-rating');
  });

  it('keeps the first class and warns once, naming both versions, when another version claims the tag', () => {
    class OtherVersion extends TrustElement {
      static override readonly version = '9.9.9';
    }
    expect(() => OtherVersion.define(TAG)).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    // The registered class is this copy of core: its version is the one package.json declares.
    expect(warn).toHaveBeenCalledWith(
      `[trust-signals] <${TAG}> is already defined by version ${corePkg.version}; this copy (9.9.9) was not registered. Load trust-signals once.`,
    );
    expect(customElements.get(TAG)).toBe(CoreTestElement);
    expect(document.createElement(TAG)).not.toBeInstanceOf(OtherVersion);
  });

  it('warns about a second copy of the same version', () => {
    class SameVersionCopy extends TrustElement {}
    SameVersionCopy.define(TAG);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      `[trust-signals] <${TAG}> is already defined by version ${corePkg.version}; this copy (${corePkg.version}) was not registered. Load trust-signals once.`,
    );
    expect(customElements.get(TAG)).toBe(CoreTestElement);
  });
});

describe('defineElement', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());

  it('defines a tag and returns the class', () => {
    class Plain extends HTMLElement {}
    expect(defineElement('core-plain-a', Plain)).toBe(Plain);
    expect(customElements.get('core-plain-a')).toBe(Plain);
    expect(defineElement('core-plain-a', Plain)).toBe(Plain);
    expect(warn).not.toHaveBeenCalled();
  });

  it('never throws: a registration the browser refuses is logged instead', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      class NoHyphen extends HTMLElement {}
      expect(() => defineElement('nohyphen', NoHyphen)).not.toThrow();
      expect(customElements.get('nohyphen')).toBeUndefined();
      class Twice extends HTMLElement {}
      defineElement('core-plain-twice-a', Twice);
      expect(() => defineElement('core-plain-twice-b', Twice)).not.toThrow();
      expect(customElements.get('core-plain-twice-b')).toBeUndefined();
      expect(error).toHaveBeenCalledTimes(2);
      expect(String(error.mock.calls[0]![0])).toMatch(/^\[trust-signals\] could not register <nohyphen>: /);
    } finally {
      error.mockRestore();
    }
  });

  it('returns the registered class and warns when another class without a version claims the tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('core-plain-b', First);
    let result: CustomElementConstructor | undefined;
    expect(() => (result = defineElement('core-plain-b', Second))).not.toThrow();
    expect(result).toBe(First);
    expect(customElements.get('core-plain-b')).toBe(First);
    expect(warn).toHaveBeenCalledTimes(1);
    // Neither class says which version it is: the registered one is unknown ("?"), the newcomer is this copy's.
    expect(warn).toHaveBeenCalledWith(
      `[trust-signals] <core-plain-b> is already defined by version ?; this copy (${corePkg.version}) was not registered. Load trust-signals once.`,
    );
  });

  it('compares the versions the classes declare', () => {
    class Old extends HTMLElement {
      static readonly version = '0.0.9';
    }
    class New extends HTMLElement {
      static readonly version = '0.2.0';
    }
    defineElement('core-plain-c', Old);
    defineElement('core-plain-c', New);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      '[trust-signals] <core-plain-c> is already defined by version 0.0.9; this copy (0.2.0) was not registered. Load trust-signals once.',
    );
  });
});

describe('closestAttribute', () => {
  it('finds the attribute on the element, an ancestor, or a shadow host further out, else null', async () => {
    const outer = await fixture<HTMLElement>(html`<section lang="de"><div><span></span></div></section>`);
    const span = outer.querySelector('span')!;
    expect(closestAttribute(span, 'lang')).toBe('de');
    span.setAttribute('lang', 'fr');
    expect(closestAttribute(span, 'lang')).toBe('fr');
    const root = span.attachShadow({ mode: 'open' });
    root.innerHTML = '<b><i></i></b>';
    expect(closestAttribute(root.querySelector('i')!, 'lang')).toBe('fr');
    expect(closestAttribute(root.querySelector('i')!, 'data-nowhere')).toBeNull();
  });
});

describe('TrustElement language and direction', () => {
  it('defaults to the document language and left to right', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    expect(shown(el)).toEqual({ text: 'Rating unavailable', lang: 'en', dir: 'ltr' });
    expect(part(el, 'count')).toBe('1,234 reviews');
  });

  it('is English when no ancestor sets a language', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    expect(shown(el)).toEqual({ text: 'Rating unavailable', lang: 'en', dir: 'ltr' });
  });

  it('reads lang and dir from the nearest ancestors that set them', async () => {
    const el = await fixture<CoreTestElement>(html`<div lang="fr" dir="ltr"><span><core-test-element></core-test-element></span></div>`, {
      lang: 'es',
      dir: 'rtl',
    });
    const inner = el.querySelector<CoreTestElement>(TAG)!;
    expect(shown(inner)).toEqual({ text: 'Rating unavailable', lang: 'fr', dir: 'ltr' });
    const outer = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`, { lang: 'es', dir: 'rtl' });
    expect(shown(outer)).toEqual({ text: 'Valoración no disponible', lang: 'es', dir: 'rtl' });
    expect(part(outer, 'count')).toBe('1234 reseñas');
  });

  it('treats any dir other than rtl as ltr', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`, { dir: 'auto' });
    expect(shown(el).dir).toBe('ltr');
  });

  it('reads lang and dir across a shadow root boundary', async () => {
    const { root } = await shadowHost({ lang: 'es', dir: 'rtl' }, `<div><core-test-element></core-test-element></div>`);
    const el = root.querySelector<CoreTestElement>(TAG)!;
    expect(shown(el)).toEqual({ text: 'Valoración no disponible', lang: 'es', dir: 'rtl' });
  });

  it('prefers an ancestor inside the shadow root to the host', async () => {
    const { root } = await shadowHost({ lang: 'es', dir: 'rtl' }, `<div lang="de" dir="ltr"><core-test-element></core-test-element></div>`);
    const el = root.querySelector<CoreTestElement>(TAG)!;
    expect(shown(el)).toMatchObject({ lang: 'de', dir: 'ltr' });
  });

  it('re-renders when an ancestor changes lang or dir', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`, { lang: 'en' });
    const container = el.parentElement!;
    container.lang = 'es';
    await afterMutation(el);
    expect(shown(el)).toEqual({ text: 'Valoración no disponible', lang: 'es', dir: 'ltr' });
    expect(part(el, 'count')).toBe('1234 reseñas');
    container.dir = 'rtl';
    await afterMutation(el);
    expect(shown(el).dir).toBe('rtl');
    container.removeAttribute('lang');
    container.removeAttribute('dir');
    await afterMutation(el);
    expect(shown(el)).toEqual({ text: 'Rating unavailable', lang: 'en', dir: 'ltr' });
  });

  it('re-renders when the document language changes', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    document.documentElement.lang = 'es';
    await afterMutation(el);
    expect(shown(el).lang).toBe('es');
    expect(shown(el).text).toBe('Valoración no disponible');
  });

  it('re-renders when a shadow host outside changes lang or dir', async () => {
    const { host, root } = await shadowHost({ lang: 'de' }, `<core-test-element></core-test-element>`);
    const el = root.querySelector<CoreTestElement>(TAG)!;
    expect(shown(el)).toMatchObject({ lang: 'de', dir: 'ltr' });
    host.setAttribute('lang', 'es');
    host.setAttribute('dir', 'rtl');
    await afterMutation(el);
    expect(shown(el)).toEqual({ text: 'Valoración no disponible', lang: 'es', dir: 'rtl' });
  });

  it('re-renders when an ancestor inside the same shadow root changes lang', async () => {
    const { root } = await shadowHost({ lang: 'en' }, `<div lang="en"><core-test-element></core-test-element></div>`);
    const el = root.querySelector<CoreTestElement>(TAG)!;
    expect(shown(el).lang).toBe('en');
    root.querySelector('div')!.lang = 'es';
    await afterMutation(el);
    expect(shown(el)).toMatchObject({ text: 'Valoración no disponible', lang: 'es' });
  });

  it('re-renders when an ancestor two shadow roots out changes lang', async () => {
    const { root: outer } = await shadowHost({}, `<div lang="en"><section></section></div>`);
    const inner = outer.querySelector('section')!.attachShadow({ mode: 'open' });
    inner.innerHTML = `<core-test-element></core-test-element>`;
    const el = inner.querySelector<CoreTestElement>(TAG)!;
    await el.updateComplete;
    expect(shown(el).lang).toBe('en');
    outer.querySelector('div')!.setAttribute('dir', 'rtl');
    outer.querySelector('div')!.lang = 'es';
    await afterMutation(el);
    expect(shown(el)).toEqual({ text: 'Valoración no disponible', lang: 'es', dir: 'rtl' });
  });

  it('follows lang changes in a shadow root it was moved into', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    const { root } = await shadowHost({}, `<div lang="en"></div>`);
    const wrapper = root.querySelector('div')!;
    wrapper.append(el);
    await el.updateComplete;
    wrapper.lang = 'es';
    await afterMutation(el);
    expect(shown(el)).toMatchObject({ text: 'Valoración no disponible', lang: 'es' });
  });

  it('stops following the document once disconnected', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`, { lang: 'es' });
    expect(shown(el).lang).toBe('es');
    el.remove();
    // Were it still watched, the detached element would re-resolve to no language, i.e. English.
    document.documentElement.lang = 'de';
    await afterMutation(el);
    expect(shown(el)).toMatchObject({ text: 'Valoración no disponible', lang: 'es' });
  });

  it('re-reads its language when moved elsewhere', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`, { lang: 'en' });
    const other = await fixture<HTMLElement>(html`<div lang="es" dir="rtl"></div>`);
    other.append(el);
    await el.updateComplete;
    expect(shown(el)).toEqual({ text: 'Valoración no disponible', lang: 'es', dir: 'rtl' });
  });

  it('re-renders in a language whose table arrives after the first render', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`, { lang: 'de' });
    // German numbers at once (Intl), English words until the German table is registered.
    expect(shown(el)).toEqual({ text: 'Rating unavailable', lang: 'de', dir: 'ltr' });
    expect(part(el, 'count')).toBe('1.234 reviews');
    registerTranslation(de);
    await el.updateComplete;
    expect(shown(el).text).toBe('Bewertung nicht verfügbar');
    expect(part(el, 'count')).toBe('1.234 Bewertungen');
  });

  it('takes a replacement table for its language after first render', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`, { lang: 'en-GB' });
    expect(shown(el).text).toBe('Rating unavailable');
    registerTranslation({ ...en, $code: 'en-GB', ratingUnavailable: 'Rating not available' });
    await el.updateComplete;
    expect(shown(el)).toEqual({ text: 'Rating not available', lang: 'en-GB', dir: 'ltr' });
  });
});

describe('TrustElement.reportIssues', () => {
  let error: ReturnType<typeof vi.spyOn>;
  let warn: ReturnType<typeof vi.spyOn>;
  let events: CustomEvent<TrustErrorDetail>[];
  const listener = (e: CustomEvent<TrustErrorDetail>) => events.push(e);

  beforeEach(() => {
    error = vi.spyOn(console, 'error').mockImplementation(() => {});
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    events = [];
    document.addEventListener('trust-error', listener);
  });
  afterEach(() => {
    document.removeEventListener('trust-error', listener);
    error.mockRestore();
    warn.mockRestore();
  });

  const badValue = [issue('value', 'must be a number, got "abc"')];

  it('logs one console.error naming the element, each path and message, and dispatches trust-error', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    const issues = [issue('value', 'must be a number, got "abc"'), issue('count', 'must be at least 0, got -4')];
    el.report(issues);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith(
      '[trust-signals] <core-test-element> cannot show its data: value: must be a number, got "abc"; count: must be at least 0, got -4',
    );
    expect(warn).not.toHaveBeenCalled();
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toBeInstanceOf(CustomEvent);
    expect(event.type).toBe('trust-error');
    expect(event.bubbles).toBe(true);
    expect(event.composed).toBe(true);
    expect(event.target).toBe(el);
    expect(event.detail).toEqual({ element: 'core-test-element', issues });
    expect(event.detail.issues).toBe(el.issues); // what the event said stays readable on the element
  });

  it('reports the same failure once, however often it is reported', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    el.report(badValue);
    el.report(badValue);
    el.report([issue('value', 'must be a number, got "abc"')]);
    el.label = 're-render';
    await el.updateComplete;
    el.report(badValue);
    expect(error).toHaveBeenCalledTimes(1);
    expect(events).toHaveLength(1);
  });

  it('reports a different failure again', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    el.report(badValue);
    el.report([issue('value', 'must be between 0 and 5, got 7')]);
    expect(error).toHaveBeenCalledTimes(2);
    expect(String(error.mock.calls[1]![0])).toBe(
      '[trust-signals] <core-test-element> cannot show its data: value: must be between 0 and 5, got 7',
    );
    expect(events.map((e) => e.detail.issues[0]!.message)).toEqual(['must be a number, got "abc"', 'must be between 0 and 5, got 7']);
  });

  it('reports a failure again after the data was fixed in between', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    el.report(badValue);
    el.report([]);
    expect(error).toHaveBeenCalledTimes(1);
    expect(events).toHaveLength(1);
    el.report(badValue);
    expect(error).toHaveBeenCalledTimes(2);
    expect(events).toHaveLength(2);
  });

  it('keeps the failures of different elements apart', async () => {
    const el = await fixture<CoreTestElement>(
      html`<div><core-test-element></core-test-element><core-test-element></core-test-element></div>`,
    );
    const [a, b] = el.querySelectorAll<CoreTestElement>(TAG);
    a!.report(badValue);
    b!.report(badValue);
    expect(error).toHaveBeenCalledTimes(2);
    expect(events.map((e) => e.target)).toEqual([a, b]);
  });

  it('logs a warning-only list with console.warn', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    const issues = [issue('count', 'was rounded to 12', 'warning'), issue('', 'has an unknown field "foo"', 'warning')];
    el.report(issues);
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      '[trust-signals] <core-test-element> corrected its data: count: was rounded to 12; (root): has an unknown field "foo"',
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toEqual({ element: 'core-test-element', issues });
  });

  it('logs a mixed list with console.error', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    el.report([issue('count', 'was rounded to 12', 'warning'), issue('value', 'is required but missing')]);
    expect(warn).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledWith(
      '[trust-signals] <core-test-element> cannot show its data: count: was rounded to 12; value: is required but missing',
    );
  });

  it('does nothing for an empty list', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    el.report([]);
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(events).toHaveLength(0);
  });

  it('reaches the document from inside a shadow root, retargeted to the host', async () => {
    const { host, root } = await shadowHost({}, `<core-test-element></core-test-element>`);
    const el = root.querySelector<CoreTestElement>(TAG)!;
    el.report(badValue);
    expect(events).toHaveLength(1);
    expect(events[0]!.target).toBe(host);
    expect(events[0]!.detail.element).toBe('core-test-element');
  });
});

describe('emit', () => {
  const detail: TrustErrorDetail = { element: 'core-test-element', issues: [issue('value', 'is required but missing')] };

  it('dispatches a bubbling, composed, uncancelable event from the element', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    const seen = vi.fn((e: Event) => e);
    document.body.addEventListener('trust-error', seen);
    try {
      expect(el.fireError(detail)).toBe(true);
    } finally {
      document.body.removeEventListener('trust-error', seen);
    }
    expect(seen).toHaveBeenCalledTimes(1);
    const event = seen.mock.calls[0]![0] as CustomEvent<TrustErrorDetail>;
    expect(event.bubbles).toBe(true);
    expect(event.composed).toBe(true);
    expect(event.cancelable).toBe(false);
    expect(event.target).toBe(el);
    expect(event.detail).toBe(detail);
  });

  it('crosses shadow roots', async () => {
    const { host, root } = await shadowHost({}, `<span></span>`);
    const span = root.querySelector('span')!;
    const seen: Array<{ target: EventTarget | null; origin: EventTarget | undefined }> = [];
    const listener = (e: Event) => seen.push({ target: e.target, origin: e.composedPath()[0] });
    document.addEventListener('trust-error', listener);
    try {
      emit(span, 'trust-error', detail);
    } finally {
      document.removeEventListener('trust-error', listener);
    }
    expect(seen).toEqual([{ target: host, origin: span }]);
  });

  it('takes extra event options and returns false when a listener cancels', async () => {
    const target = await fixture<HTMLElement>(html`<div></div>`);
    target.addEventListener('trust-error', (e) => e.preventDefault(), { once: true });
    expect(emit(target, 'trust-error', detail, { cancelable: true })).toBe(false);
    expect(emit(target, 'trust-error', detail)).toBe(true);
  });

  it('can be kept from bubbling', async () => {
    const parent = await fixture<HTMLElement>(html`<div><span></span></div>`);
    const seen = vi.fn();
    parent.addEventListener('trust-error', seen);
    emit(parent.querySelector('span')!, 'trust-error', detail, { bubbles: false });
    expect(seen).not.toHaveBeenCalled();
    emit(parent.querySelector('span')!, 'trust-error', detail);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('TrustElement.issues and reportedIssues(): what was reported, readable after the event', () => {
  let error: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    error = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => error.mockRestore());

  const badValue = [issue('value', 'must be a number, got "abc"')];

  it('holds the issues last reported, and none once the data is fixed', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    expect(el.issues).toEqual([]);
    el.report(badValue);
    expect(el.issues).toEqual(badValue);
    el.report(badValue); // reported once, still there
    expect(el.issues).toEqual(badValue);
    el.report([]);
    expect(el.issues).toEqual([]);
  });

  it('is one shared, frozen empty list for every element without issues (a page may hold 1,000 ratings)', async () => {
    const a = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    const b = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    b.report(badValue);
    b.report([]);
    expect(a.issues).toBe(b.issues);
    expect(Object.isFrozen(a.issues)).toBe(true);
  });

  it('is read-only', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    el.report(badValue);
    expect(() => ((el as unknown as { issues: unknown }).issues = [])).toThrow(TypeError);
    expect(el.issues).toEqual(badValue);
  });

  it('lets a listener that comes after the report read it, from the element and for the whole document', async () => {
    const box = await fixture<HTMLElement>(
      html`<div><core-test-element id="a"></core-test-element><core-test-element id="b"></core-test-element></div>`,
    );
    const [a, b] = box.querySelectorAll<CoreTestElement>(TAG);
    a!.report(badValue);
    b!.report([issue('count', 'was rounded to 12', 'warning')]);
    // The page's own script starts listening only now: the events are gone, the issues are not.
    const late: TrustErrorDetail[] = [];
    document.addEventListener('trust-error', (e) => late.push(e.detail), { once: true });
    await new Promise((r) => setTimeout(r, 0));
    expect(late).toEqual([]);
    expect(reportedIssues()).toEqual([
      { target: a, element: TAG, issues: badValue },
      { target: b, element: TAG, issues: [issue('count', 'was rounded to 12', 'warning')] },
    ]);
    b!.report([]);
    expect(reportedIssues().map((r) => r.target)).toEqual([a]);
  });

  it('finds elements inside shadow roots, and only those under the root it is given', async () => {
    const { host, root } = await shadowHost({}, `<core-test-element></core-test-element>`);
    const inner = root.querySelector<CoreTestElement>(TAG)!;
    const outer = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    inner.report(badValue);
    outer.report(badValue);
    expect(reportedIssues().map((r) => r.target)).toEqual(expect.arrayContaining([inner, outer]));
    expect(reportedIssues(host).map((r) => r.target)).toEqual([inner]);
    expect(reportedIssues(root).map((r) => r.target)).toEqual([inner]);
    expect(reportedIssues(outer.parentElement!).map((r) => r.target)).toEqual([outer]);
  });

  it('lists no element that has left the page', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    el.report(badValue);
    expect(reportedIssues().map((r) => r.target)).toContain(el);
    el.remove();
    expect(reportedIssues().map((r) => r.target)).not.toContain(el);
    expect(el.issues).toEqual(badValue); // the element itself still says what it reported
  });
});

describe('TrustElement.reportIssues names the attribute a bad value was written in', () => {
  let error: ReturnType<typeof vi.spyOn>;
  let events: TrustErrorDetail[];
  const listener = (e: CustomEvent<TrustErrorDetail>) => events.push(e.detail);
  beforeEach(() => {
    error = vi.spyOn(console, 'error').mockImplementation(() => {});
    events = [];
    document.addEventListener('trust-error', listener);
  });
  afterEach(() => {
    document.removeEventListener('trust-error', listener);
    error.mockRestore();
  });
  const logged = () => error.mock.calls.map((c: unknown[]) => String(c[0]));
  const PLAIN = 'must be a plain number like 4120000 or 4.5 (digits and a decimal point; no currency sign, commas, spaces or %)';

  it('by the property name, the attribute name or fieldPaths, when the value came from the attribute', async () => {
    const el = await fixture<AttributeFed>(html`<core-attribute-fed total="-1" per-day="lots" amount="$812,000"></core-attribute-fed>`);
    expect(logged()).toEqual([
      `[trust-signals] <${FED}> cannot show its data: total attribute: must be at least 0, got -1; ` +
        `per-day attribute: must be a number, got "lots"; amount attribute: ${PLAIN}, got "$812,000"`,
    ]);
    expect(el.issues).toEqual([
      { path: 'total', message: 'must be at least 0, got -1', severity: 'error', attribute: 'total' },
      { path: 'per-day', message: 'must be a number, got "lots"', severity: 'error', attribute: 'per-day' },
      { path: 'money.amount', message: `${PLAIN}, got "$812,000"`, severity: 'error', attribute: 'amount' },
    ]);
    expect(events.map((d) => d.issues)).toEqual([el.issues]);
  });

  it('keeps the JSON path when the value came from data', async () => {
    const el = await fixture<AttributeFed>(
      html`<core-attribute-fed .json=${{ total: -1, money: { amount: '$812,000' } }}></core-attribute-fed>`,
    );
    expect(logged()).toEqual([
      `[trust-signals] <${FED}> cannot show its data: total: must be at least 0, got -1; money.amount: ${PLAIN}, got "$812,000"`,
    ]);
    expect(el.issues.map((i) => i.attribute)).toEqual([undefined, undefined]);
  });

  it('keeps the path for a value a script set after the attribute', async () => {
    const el = await fixture<AttributeFed>(html`<core-attribute-fed amount="5"></core-attribute-fed>`);
    expect(el.issues).toEqual([]);
    el.amount = '$5';
    await el.updateComplete;
    expect(el.issues).toEqual([{ path: 'money.amount', message: `${PLAIN}, got "$5"`, severity: 'error' }]);
    expect(logged().at(-1)).toContain(': money.amount: ');
    el.setAttribute('amount', '5 $');
    await el.updateComplete;
    expect(el.issues).toEqual([{ path: 'money.amount', message: `${PLAIN}, got "5 $"`, severity: 'error', attribute: 'amount' }]);
    expect(logged().at(-1)).toContain(': amount attribute: ');
  });
});
