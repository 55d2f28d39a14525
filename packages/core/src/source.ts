/**
 * Where a data element's data comes from, besides a JS property: a `src` URL fetched once, or a child
 * `<script type="application/json">` or `<script type="application/ld+json">` (schema.org data the page already
 * publishes), kept current while the element is on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { issue, parseJsonText, type DataIssue, type ParseResult } from './errors.js';
import { isRecord, parseUrl } from './fields.js';

export type SourceState =
  /** No `src`: the element uses its property or JSON-LD data. */
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly src: string }
  | { readonly status: 'loaded'; readonly src: string; readonly json: unknown }
  /** Fetching or reading failed; `issues` say why (path `src`). It is not retried until `src` changes. */
  | { readonly status: 'failed'; readonly src: string; readonly issues: readonly DataIssue[] };

/**
 * Fetches JSON from `src`: once per URL (a failure is not retried, so a broken endpoint gets one request, not a
 * storm), aborting the previous request when `src` changes or the element leaves the page. Only http(s) and
 * relative URLs are fetched, without credentials across origins; the element makes no other request.
 */
export class JsonSource implements ReactiveController {
  state: SourceState = { status: 'idle' };
  #src: string | undefined;
  #abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchJson: (url: string, init: RequestInit) => Promise<Response> = (url, init) => fetch(url, init),
  ) {
    host.addController(this);
  }

  /** Points the source at `src` (or at nothing). Fetches only when the URL changed. */
  set(src: string | undefined | null): void {
    const next = src?.trim() || undefined;
    if (next === this.#src) return;
    this.#src = next;
    this.#abort?.abort();
    this.#abort = undefined;
    if (!next) {
      this.#update({ status: 'idle' });
      return;
    }
    const url = parseUrl(next, 'src', { mailto: false });
    if (!url.ok) {
      this.#update({ status: 'failed', src: next, issues: url.errors });
      return;
    }
    void this.#load(next);
  }

  /** Fetches again (for a "Try again" button); the only way a failed URL is requested twice. */
  retry(): void {
    const src = this.#src;
    this.#src = undefined;
    this.set(src);
  }

  hostDisconnected(): void {
    // Leaving the page cancels a request in flight; coming back fetches again.
    if (this.state.status === 'loading') {
      this.#abort?.abort();
      this.#src = undefined;
    }
  }

  async #load(src: string): Promise<void> {
    const abort = (this.#abort = new AbortController());
    this.#update({ status: 'loading', src });
    const failed = (message: string) => {
      if (!abort.signal.aborted) this.#update({ status: 'failed', src, issues: [issue('src', message)] });
    };
    let response: Response;
    try {
      response = await this.fetchJson(src, {
        signal: abort.signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json, application/ld+json' },
      });
    } catch (error) {
      failed(`could not be fetched (${(error as Error).name === 'AbortError' ? 'aborted' : 'network error'}): ${src}`);
      return;
    }
    if (!response.ok) {
      failed(`answered HTTP ${response.status}: ${src}`);
      return;
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      failed(`did not return valid JSON: ${src}`);
      return;
    }
    if (!abort.signal.aborted) this.#update({ status: 'loaded', src, json });
  }

  #update(state: SourceState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

/**
 * The first child `<script>` of `host` (its light DOM, where crawlers read it too) whose type is `type`, and that
 * `accept` accepts when given.
 */
export function scriptChild(host: Element, type: string, accept?: (script: HTMLScriptElement) => boolean): HTMLScriptElement | undefined {
  return [...host.children].find(
    (c): c is HTMLScriptElement =>
      c.localName === 'script' &&
      (c as HTMLScriptElement).type.trim().toLowerCase() === type &&
      (!accept || accept(c as HTMLScriptElement)),
  );
}

/**
 * Keeps the JSON of an element's child `<script type="…">` current: the first direct child script of `type`
 * (that `accept` accepts, when given; e.g. not the element's own JSON-LD output) is read when the host connects,
 * and again whenever the host's light DOM changes while it is connected, so a script that a CMS, an htmx swap or
 * a framework adds, rewrites, replaces or removes after the element connected is shown like one that was there
 * from the start. The text is parsed again only when it changed (other light-DOM changes are not news), and the
 * host is then asked to update.
 *
 * `value` is `undefined` without such a script (and on the server, where there is no light DOM to read), the
 * JSON otherwise, or an issue at path `script[type=…]` when the text is not JSON. It is a new object only when
 * the text changed, so an element may compare it by identity.
 */
export class ChildJson implements ReactiveController {
  value: ParseResult<unknown> | undefined;
  #text: string | null = null;
  #observer: MutationObserver | undefined;
  #parsed: { data: unknown; child: ParseResult<unknown> | undefined; result: ParseResult<unknown> } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly type: 'application/json' | 'application/ld+json',
    private readonly accept?: (script: HTMLScriptElement) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Server rendering has neither a light DOM nor MutationObserver: the element renders its other data there.
    if (typeof MutationObserver === 'undefined') return;
    this.#read();
    this.#observer ??= new MutationObserver(() => this.#read());
    this.#observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    // Changes made while the element is away are read when it comes back.
    this.#observer?.disconnect();
  }

  /**
   * For an element whose `data` property replaces the child script: `data` parsed with `parser` unless it is
   * `undefined`, else the child's JSON parsed with `parser` (`parser(undefined)` without a child), or the child's
   * own issue when its text is not JSON. Parsed again only when `data` (by identity) or the child changed, so the
   * same result comes back until then.
   */
  parse<T>(data: unknown, parser: (input: unknown) => ParseResult<T>): ParseResult<T> {
    const child = data === undefined ? this.value : undefined;
    const last = this.#parsed;
    if (last && last.data === data && last.child === child) return last.result as ParseResult<T>;
    const result: ParseResult<T> = child && !child.ok ? child : parser(data ?? child?.value);
    this.#parsed = { data, child, result };
    return result;
  }

  /**
   * For an element that lays its attributes over `data` or the child script, field by field: the object to start
   * from (`data` unless it is `undefined`, else the child's JSON; `{}` when that is not an object) with every
   * field of `over` that is set laid on top (a removed attribute reads as `null` and no longer overrides the
   * data), and the child's issue when its text is not JSON.
   */
  base(data: unknown, over: object = {}): { base: Record<string, unknown>; issues: readonly DataIssue[] } {
    const child = data === undefined ? this.value : undefined;
    if (child && !child.ok) return { base: { ...layer(over) }, issues: child.errors };
    const json = data === undefined ? child?.value : data;
    return { base: { ...(isRecord(json) ? json : {}), ...layer(over) }, issues: [] };
  }

  /**
   * Whether the element has been given any data: `data` (neither `undefined` nor `null`), a set field of `over`
   * (its data attributes and properties), or a child script, even one that is not JSON. An element given none is
   * waiting for its data, not wrong (see `TrustElement.awaitData()`).
   */
  given(data: unknown, over: object = {}): boolean {
    return (data !== undefined && data !== null) || this.value !== undefined || Object.keys(layer(over)).length > 0;
  }

  #read(): void {
    const script = scriptChild(this.host, this.type, this.accept);
    const text = script ? (script.textContent ?? '') : null;
    if (text === this.#text) return;
    this.#text = text;
    this.value = text === null ? undefined : parseJsonText(text, `script[type=${this.type}]`);
    this.host.requestUpdate();
  }
}

/** The fields of `over` that are set (neither `undefined` nor `null`). */
function layer(over: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(over).filter(([, v]) => v !== undefined && v !== null));
}
