/**
 * Where a data element's data comes from, besides a JS property: a `src` URL fetched once, or a child
 * `<script type="application/ld+json">` holding schema.org data the page already publishes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { issue, parseJsonText, type DataIssue, type ParseResult } from './errors.js';
import { parseUrl } from './fields.js';

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
      response = await this.fetchJson(src, { signal: abort.signal, credentials: 'same-origin', headers: { accept: 'application/json, application/ld+json' } });
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

/** The first child `<script>` of `host` (its light DOM, where crawlers read it too) whose type is `type`. */
export function scriptChild(host: Element, type: string): HTMLScriptElement | undefined {
  return [...host.children].find((c): c is HTMLScriptElement => c.localName === 'script' && (c as HTMLScriptElement).type.trim().toLowerCase() === type);
}

/**
 * Reads the JSON of the first child `<script type="application/ld+json">` of `host`. `undefined` when there is
 * none; an issue at path `script[type=application/ld+json]` when its text is not JSON.
 */
export function readJsonLdChild(host: Element): { json: unknown } | { issues: DataIssue[] } | undefined {
  const script = scriptChild(host, 'application/ld+json');
  if (!script) return undefined;
  const result = parseJsonText(script.textContent ?? '', 'script[type=application/ld+json]');
  return result.ok ? { json: result.value } : { issues: [...result.errors] };
}

/**
 * The data of the first child `<script type="application/json">` of `host`, or `undefined` when there is none;
 * an issue at path `script[type=application/json]` when its text is not JSON. Elements read it when they connect;
 * set their `data` property to change the data later.
 */
export function readJsonChild(host: Element): ParseResult<unknown> | undefined {
  const script = scriptChild(host, 'application/json');
  return script ? parseJsonText(script.textContent ?? '', 'script[type=application/json]') : undefined;
}
