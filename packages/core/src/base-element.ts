import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { defineElement } from './define.js';
import type { DataIssue } from './errors.js';
import { emit, type TrustEventDetailMap } from './events.js';
import { formatter, type Formatter, type PluralForms } from './format.js';
import { onTranslationsChanged, resolveTranslation } from './locale.js';
import type { Translation } from './translation.js';
import { VERSION } from './version.js';

const connected = new Set<TrustElement>();
let observer: MutationObserver | undefined;

function refreshAll(): void {
  for (const el of connected) el.refreshLocale();
}

/** Watches `lang`/`dir` anywhere in the document (one observer for all elements) while any element is connected. */
function watchDocument(): void {
  if (observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
  onTranslationsChanged(refreshAll);
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
 * - `t` is the translation table and `f` the Intl formatter for the resolved language.
 * - `emit()` dispatches typed `trust-*` events; `reportIssues()` is the one way to report bad data: it logs one
 *   console error per distinct failure and dispatches `trust-error`.
 */
export abstract class TrustElement extends LitElement {
  /** Version of the library that defined this class; compared on registration. */
  static readonly version: string = VERSION;

  /** Registers this class as `tag` unless the tag is already defined. Never throws. */
  static define(tag: string): void {
    defineElement(tag, this as unknown as CustomElementConstructor & { version: string });
  }

  /** The language this element renders in, resolved from the nearest `lang` attribute (default `en`). */
  @state() protected resolvedLang = 'en';
  /** The writing direction resolved from the nearest `dir` attribute (default `ltr`). */
  @state() protected resolvedDir: 'ltr' | 'rtl' = 'ltr';

  #lastReported = '';

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchDocument();
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
    this.requestUpdate();
  }

  /** Translation table for the resolved language (English when the language is not registered). */
  protected get t(): Translation {
    return resolveTranslation(this.resolvedLang);
  }

  /** Intl formatter for the resolved language. */
  protected get f(): Formatter {
    return formatter(this.resolvedLang);
  }

  /** Picks a plural message for `count` and fills it with `count` formatted for the locale. */
  protected plural(forms: PluralForms<(n: string) => string>, count: number): string {
    return this.f.select(count, forms)(this.f.number(count));
  }

  /** Dispatches a typed `trust-*` event (bubbling, composed). */
  protected emit<K extends keyof TrustEventDetailMap>(type: K, detail: TrustEventDetailMap[K]): boolean {
    return emit(this, type, detail);
  }

  /**
   * Reports bad data: one `console.error` naming the element, each field path and what was wrong, and a
   * `trust-error` event. The same failure is reported once, however often the element re-renders.
   */
  protected reportIssues(issues: readonly DataIssue[]): void {
    if (issues.length === 0) {
      this.#lastReported = '';
      return;
    }
    const key = JSON.stringify(issues);
    if (key === this.#lastReported) return;
    this.#lastReported = key;
    const tag = this.localName;
    const lines = issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n');
    const hasError = issues.some((i) => i.severity === 'error');
    (hasError ? console.error : console.warn)(`[trust-signals] <${tag}> ${hasError ? 'cannot show its data' : 'corrected its data'}:\n${lines}`);
    this.emit('trust-error', { element: tag, issues });
  }
}
