import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { DataIssue } from './errors.js';
import { emit, type TrustEventDetailMap } from './events.js';
import { formatNumber, selectPlural, type PluralForms } from './format.js';
import { defineElement } from './internal/define.js';
import { VERSION } from './internal/version.js';
import { onTranslationsChanged, resolveTranslation } from './locale.js';
import type { Translation } from './translation.js';

const connected = new Set<TrustElement>();
let observer: MutationObserver | undefined;

function refreshAll(): void {
  for (const el of connected) el.refreshLocale();
}

const WATCHED: MutationObserverInit = { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] };

/**
 * Watches `lang`/`dir` anywhere in the document (one observer for all elements) while any element is connected,
 * and in every shadow root between `el` and the document, which a document-wide `subtree` observation skips.
 */
function watchDocument(el: Element): void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  if (!observer) {
    observer = new MutationObserver(refreshAll);
    observer.observe(document.documentElement, WATCHED);
    onTranslationsChanged(refreshAll);
  }
  // Observing a root again only renews the same registration; the observer holds its targets weakly.
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, WATCHED);
}

/** The nearest `attr` on `el` or an ancestor, crossing shadow roots to their hosts. */
export function closestAttribute(el: Element, attr: string): string | null {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest(`[${attr}]`);
    if (found) return found.getAttribute(attr);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Base class of every trust-signals element.
 *
 * - `define(tag)` registers the class safely and idempotently (importing a class never registers it).
 * - `lang` and `dir` are resolved from the nearest ancestor that sets them, across shadow roots, and stay live:
 *   changing `lang` anywhere above re-renders in the new language.
 * - `t` is the translation table for the resolved language; format numbers and dates with the functions of
 *   format.ts, passing `resolvedLang`.
 * - `emit()` dispatches typed `trust-*` events; `reportIssues()` is the one way to report bad data: it logs one
 *   console error per distinct failure and dispatches `trust-error`.
 * - Waiting, not wrong: a data-bearing element that has been given no data yet (no data property or attribute, no
 *   child script, no `src`) is waiting for it, as when the page sets `data` after a fetch. It calls
 *   `awaitData(given)` in `willUpdate()`; while it waits it reports nothing and renders `renderWaiting()` (the
 *   page's light-DOM fallback), and `waiting` tells the page so. Only data that was given and is invalid is reported.
 */
export abstract class TrustElement extends LitElement {
  /** Version of the library that defined this class; compared on registration. */
  static readonly version: string = VERSION;

  /** Registers this class as `tag` unless the tag is already defined. Never throws. */
  static define(tag: string): void {
    defineElement(tag, this as unknown as CustomElementConstructor & { version: string });
  }

  static override properties: PropertyDeclarations = {
    resolvedLang: { state: true },
    resolvedDir: { state: true },
  };

  /** The language this element renders in, resolved from the nearest `lang` attribute (default `en`). */
  protected resolvedLang = 'en';
  /** The writing direction resolved from the nearest `dir` attribute (default `ltr`). */
  protected resolvedDir: 'ltr' | 'rtl' = 'ltr';

  #lastReported = '';
  #waiting = false;

  /**
   * `true` while this element waits for its data: it has been given none yet (no data property or attribute, no
   * child script, no `src`). It then shows the page's fallback (the content inside its tag) and reports nothing.
   * Always `false` for elements that need no data.
   */
  get waiting(): boolean {
    return this.#waiting;
  }

  /**
   * For data-bearing elements, in `willUpdate()` before they report: records whether any data has been given.
   * Returns `true` while the element waits (render `renderWaiting()` then).
   */
  protected awaitData(given: boolean): boolean {
    this.#waiting = !given;
    return this.#waiting;
  }

  /** What a waiting element shows: the page's fallback, the content inside its tag. */
  protected renderWaiting(): TemplateResult {
    return html`<slot></slot>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchDocument(this);
    this.refreshLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** Re-reads `lang`/`dir` from the ancestors; re-renders when either changed or a translation arrived. */
  refreshLocale(): void {
    const lang = closestAttribute(this, 'lang') || 'en';
    const dir = closestAttribute(this, 'dir') === 'rtl' ? 'rtl' : 'ltr';
    this.resolvedLang = lang;
    this.resolvedDir = dir;
    // Also re-render when only the set of translations changed (same lang, a table arrived).
    this.requestUpdate();
  }

  /** Translation table for the resolved language (English when the language is not registered). */
  protected get t(): Translation {
    return resolveTranslation(this.resolvedLang);
  }

  /** Formats a number for the resolved language. */
  protected num(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.resolvedLang, value, options);
  }

  /** Picks a plural message for `count` and fills it with `count` formatted for the locale. */
  protected plural(forms: PluralForms<(n: string) => string>, count: number): string {
    return selectPlural(this.resolvedLang, count, forms)(this.num(count));
  }

  /** Dispatches a typed `trust-*` event (bubbling, composed). */
  protected emit<K extends keyof TrustEventDetailMap>(type: K, detail: TrustEventDetailMap[K]): boolean {
    return emit(this, type, detail);
  }

  /**
   * Reports bad data: one `console.error` naming the element, each field path and what was wrong, and a
   * `trust-error` event. The same failure is reported once, however often the element re-renders. Nothing is
   * reported while the element waits for its data (see `awaitData()`).
   */
  protected reportIssues(issues: readonly DataIssue[]): void {
    if (issues.length === 0 || this.#waiting) {
      this.#lastReported = '';
      return;
    }
    const key = JSON.stringify(issues);
    if (key === this.#lastReported) return;
    this.#lastReported = key;
    const tag = this.localName;
    const error = issues.some((i) => i.severity === 'error');
    (error ? console.error : console.warn)(
      `[trust-signals] <${tag}> ${error ? 'cannot show its data' : 'corrected its data'}: ` +
        issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; '),
    );
    this.emit('trust-error', { element: tag, issues });
  }
}
