import { html, LitElement, render, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { authorMode, issuePlace } from './author-note.js';
import type { DataIssue } from './errors.js';
import { emit, type TrustEventDetailMap } from './events.js';
import { formatNumber, selectPlural, type PluralForms } from './format.js';
import { defineElement } from './internal/define.js';
import { NO_ISSUES } from './internal/no-issues.js';
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

/** What {@link reportedIssues} returns for each element: the element, its tag name and the issues it reported. */
export interface ReportedIssues {
  /** The element itself. */
  readonly target: TrustElement;
  /** Its tag name, as in the `trust-error` event's `detail.element`. */
  readonly element: string;
  /** What it reports now (see `TrustElement.issues`). */
  readonly issues: readonly DataIssue[];
}

/** True when `node` is `root` or inside it, also from inside shadow roots (host by host). */
function within(node: Node, root: Node): boolean {
  for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) if (n === root) return true;
  return false;
}

/**
 * The issues that elements in `root` (default: the document, shadow roots included) report now, one entry per
 * element that has any, in the order the elements were connected. For a script that starts listening for
 * `trust-error` after the page's elements have already reported: what the events said is still there to read.
 * Only connected elements are listed, and nothing is kept for an element once it has left the page.
 */
export function reportedIssues(root: Node = document): ReportedIssues[] {
  const found: ReportedIssues[] = [];
  for (const el of connected) {
    if (el.issues.length && within(el, root)) found.push({ target: el, element: el.localName, issues: el.issues });
  }
  return found;
}

/** The attribute a reactive property reads (Lit's rule: its `attribute` option, else its name in lower case). */
function attributeOf(name: PropertyKey, options: PropertyDeclaration): string | undefined {
  if (options.state || options.attribute === false || typeof name !== 'string') return undefined;
  return typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
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
 *   format.ts and format-more.ts, passing `resolvedLang`.
 * - `emit()` dispatches typed `trust-*` events; `reportIssues()` is the one way to report bad data: it logs one
 *   console error per distinct failure and dispatches `trust-error`. Where the page's author is the one looking (a
 *   `file:` or loopback page, or a `debug` attribute; author-note.ts), an element that cannot show its data also
 *   shows a note for the author after its own content: elements render only the visitor's unavailable state.
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

  // Not reactive properties: `refreshLocale()` asks for the update itself, and a rating page sets both on every
  // element (issue 17: each reactive property costs a setter call and a changed-properties entry per element).
  /** The language this element renders in, resolved from the nearest `lang` attribute (default `en`). */
  protected resolvedLang = 'en';
  /** The writing direction resolved from the nearest `dir` attribute (default `ltr`). */
  protected resolvedDir: 'ltr' | 'rtl' = 'ltr';

  /**
   * Data paths fed by a property whose path is neither the property's name nor its attribute's, as
   * `{ property: path }` (`{ program: 'expenses.program' }`). `reportIssues()` uses them to name the attribute an
   * author wrote a bad value in; a path equal to a property's name or to its attribute needs no entry.
   */
  protected static fieldPaths: Readonly<Record<string, string>> = {};

  #lastReported = '';
  #issues: readonly DataIssue[] = NO_ISSUES;
  #waiting = false;
  /** The note for the page author, last in the shadow root while it shows, and the issues it was dismissed for. */
  #note?: HTMLElement;
  #notePending?: Promise<void>;
  #dismissed?: string;

  /**
   * What this element reports now: the issues of its last `trust-error` (and console message), or an empty list
   * once its data is fixed, while it waits for data, and before any data was given. Read it any time, also after
   * the event has gone by; {@link reportedIssues} collects them for a whole page.
   */
  get issues(): readonly DataIssue[] {
    return this.#issues;
  }

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

  /**
   * After the element's own rendering: the note for the page author (author-note.ts), after the element's content
   * in the shadow root, while the element cannot show its data, author mode is on (a `debug` attribute, or a `file:`
   * or loopback page) and the author has not dismissed the note for these issues. Otherwise nothing of it is there.
   */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const key = this.#lastReported;
    if (
      this.#issues !== NO_ISSUES &&
      key !== this.#dismissed &&
      this.#issues.some((i) => i.severity === 'error') &&
      authorMode(closestAttribute(this, 'debug'))
    ) {
      // The note's look and content load on demand (a visitor's page never fetches them); `updateComplete` waits.
      this.#notePending = import('./author-note-view.js').then(
        ({ authorNote, authorNoteBox }) => {
          if (key !== this.#lastReported || key === this.#dismissed) return;
          const root = this.renderRoot as ShadowRoot;
          const note = (this.#note ??= authorNoteBox(root));
          // Last in the shadow root, also when the element's content was replaced; not moved when it is last already,
          // so that its button keeps focus.
          if (root.lastChild !== note) root.append(note);
          const dismiss = () => {
            this.#dismissed = key;
            note.remove();
          };
          render(authorNote(this.localName, this.#issues, dismiss), note);
        },
        () => undefined,
      ); // Not loaded (offline, a file missing from an upload): the console message still says it.
    } else this.#note?.remove();
  }

  /** Also waits for the note for the page author, when one is loading (no extra step for the elements without one). */
  protected override getUpdateComplete(): Promise<boolean> {
    return super.getUpdateComplete().then((done) => (this.#notePending ? this.#notePending.then(() => done) : done));
  }

  /** Re-reads `lang`/`dir` from the ancestors; re-renders when either changed or a translation arrived. */
  refreshLocale(): void {
    this.resolvedLang = closestAttribute(this, 'lang') || 'en';
    this.resolvedDir = closestAttribute(this, 'dir') === 'rtl' ? 'rtl' : 'ltr';
    // Always re-render: also when only the set of translations changed (same lang, a table arrived).
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
  protected reportIssues(reported: readonly DataIssue[]): void {
    if (reported.length === 0 || this.#waiting) {
      this.#lastReported = '';
      this.#issues = NO_ISSUES;
      return;
    }
    const issues = this.#nameAttributes(reported);
    this.#issues = issues;
    const key = JSON.stringify(issues);
    if (key === this.#lastReported) return;
    this.#lastReported = key;
    const tag = this.localName;
    const error = issues.some((i) => i.severity === 'error');
    (error ? console.error : console.warn)(
      `[trust-signals] <${tag}> ${error ? 'cannot show its data' : 'corrected its data'}: ` +
        issues.map((i) => `${issuePlace(i)}: ${i.message}`).join('; '),
    );
    this.emit('trust-error', { element: tag, issues });
  }

  /**
   * The issues, each with `attribute` set when the author wrote its value in an attribute: the path belongs to a
   * property (its name, its attribute's name or its `fieldPaths` entry), the element has that attribute, and the
   * property still holds what the attribute says (not a value a script set since).
   */
  #nameAttributes(issues: readonly DataIssue[]): readonly DataIssue[] {
    const ctor = this.constructor as typeof TrustElement;
    return issues.map((issue) => {
      for (const [name, options] of ctor.elementProperties) {
        const attribute = attributeOf(name, options);
        const raw =
          attribute && [name, attribute, ctor.fieldPaths[name as string]].includes(issue.path) ? this.getAttribute(attribute) : null;
        // The attribute's value as the property reads it (our string properties take it as it is).
        const read = (typeof options.converter === 'function' ? options.converter : options.converter?.fromAttribute) ?? String;
        if (raw !== null && read(raw, options.type) === (this as unknown as Record<PropertyKey, unknown>)[name])
          return { ...issue, attribute };
      }
      return issue;
    });
  }
}
