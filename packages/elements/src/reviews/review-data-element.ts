import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ChildJson, JsonSource, provideEnglish, TrustElement, type DataIssue } from '@trust-signals/core';
import {
  enReviewData,
  jsonLdText,
  readReviewInput,
  toJsonLd,
  type ReviewData,
  type ReviewDataInput,
  type ReviewJsonLdInput,
} from '@trust-signals/core/reviews';

provideEnglish(enReviewData);

/** `detail` of `trust-data`: the review data an element now shows (after parsing and honesty checks). */
export interface TrustDataDetail {
  readonly data: ReviewData;
}

declare module '@trust-signals/core' {
  interface TrustEventDetailMap {
    'trust-data': TrustDataDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'trust-data': CustomEvent<TrustDataDetail>;
  }
}

/** Where the shown data came from. */
export type ReviewDataOrigin = 'none' | 'property' | 'src' | 'json-ld';

/** What a review widget can show right now. */
export type ReviewDataStatus = 'idle' | 'loading' | 'error' | 'empty' | 'ready';

/** Marks the JSON-LD script an element writes, so it finds (and replaces) its own and never another's. */
const OUTPUT_ATTR = 'data-trust-signals-output';

/**
 * Base of the review widgets that show review data (`<trust-rating-summary>`, `<trust-review-list>`,
 * `<trust-testimonials>`). Data arrives, in this order of precedence:
 *
 * 1. the `data` property: the library's JSON (`{ subject?, aggregate?, reviews? }` or an array of reviews) or a
 *    schema.org JSON-LD document (a Product with `aggregateRating` and `review`);
 * 2. `src`: a URL returning either format, fetched once per URL (aborted when `src` changes or the element leaves);
 * 3. a child `<script type="application/ld+json">` (the markup the page already publishes for search engines),
 *    followed when the page adds, changes or removes it later (core's `ChildJson`; the element's own output is
 *    never read back).
 *
 * Bad data is reported once (`trust-error`, one console line) and shown as an accessible "unavailable" state;
 * warnings (e.g. an average the distribution contradicts) are reported and the corrected data is shown. Each new
 * data set is announced with `trust-data` on the element, which linked elements (a summary's `for`) listen to.
 *
 * With the `jsonld` attribute the element writes schema.org markup for its data into its light DOM (a
 * `<script type="application/ld+json">` child, `<` escaped), unless the data came from JSON-LD (never a second
 * copy) or `toJsonLd` declines (no item name, no ratings, self-serving reviews of an Organization/LocalBusiness).
 *
 * Subclasses render `this.reviewData` when `this.dataStatus` is `ready`, and `renderDataState()` otherwise (while
 * `idle`, i.e. before any data, `src` or JSON-LD child was given, the element is waiting: it renders the page's
 * fallback, `renderWaiting()`, and reports nothing). Assign a new object to
 * `data` to change it: the element re-reads `data` when its identity changes, not when it is mutated in place.
 */
export abstract class ReviewDataElement extends TrustElement {
  static override properties: PropertyDeclarations = {
    ...TrustElement.properties,
    data: { attribute: false },
    src: { type: String },
    jsonld: { type: Boolean },
  };

  /**
   * Review data by property: the library's format (`ReviewDataInput`, the JSON Schema
   * `trust-signals/schemas/<tag>.json`, docs page "Data formats") or a schema.org JSON-LD document. Wins over `src`
   * and JSON-LD. Anything else is reported (`trust-error`) and shown as unavailable.
   */
  data: ReviewDataInput | ReviewJsonLdInput | undefined = undefined;
  /** URL of review data (either format), fetched once; http(s) or relative only. */
  src?: string;
  /** Write schema.org JSON-LD for the data into the light DOM (for pages that do not publish it themselves). */
  jsonld = false;

  /** The data shown: parsed, checked and corrected; `undefined` while loading, on error, or without data. */
  protected reviewData: ReviewData | undefined;
  protected dataStatus: ReviewDataStatus = 'idle';
  protected dataOrigin: ReviewDataOrigin = 'none';
  /** Why the data could not be shown (field paths), when `dataStatus` is `error`. */
  protected dataIssues: readonly DataIssue[] = [];

  readonly #source = new JsonSource(this);
  // Our own output is not input: reading it back would make the data its own source.
  readonly #child = new ChildJson(this, 'application/ld+json', (script) => !script.hasAttribute(OUTPUT_ATTR));
  #parsedInput: unknown = Symbol('none');

  /** The data this element shows (read-only), for linked elements and for the page. */
  get shownData(): ReviewData | undefined {
    return this.reviewData;
  }

  /** Loads `src` again after a failure (the retry button of `renderDataState()`). */
  retry(): void {
    this.#source.retry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) this.#source.set(this.src);
    this.#resolveData();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#writeJsonLd();
  }

  /** Picks the input by precedence, parses it when it changed, and sets status, data, origin and issues. */
  #resolveData(): void {
    let origin: ReviewDataOrigin = 'none';
    let input: unknown;
    const state = this.#source.state;
    const child = this.#child.value;
    if (this.data !== undefined && this.data !== null) {
      origin = 'property';
      input = this.data;
    } else if (state.status !== 'idle') {
      origin = 'src';
      input = state;
    } else if (child) {
      origin = 'json-ld';
      input = child;
    }
    this.awaitData(origin !== 'none');
    if (input === this.#parsedInput && origin === this.dataOrigin) return;
    this.#parsedInput = input;
    this.dataOrigin = origin;

    let raw: unknown;
    let issues: readonly DataIssue[] = [];
    if (origin === 'none') {
      this.#set('idle', undefined, []);
      this.reportIssues([]);
      return;
    }
    if (origin === 'src') {
      if (state.status === 'loading') {
        this.#set('loading', undefined, []);
        return;
      }
      if (state.status === 'failed') issues = state.issues;
      else if (state.status === 'loaded') raw = state.json;
    } else if (origin === 'json-ld') {
      if (!child!.ok) issues = child!.errors;
      else raw = child!.value;
    } else {
      raw = input;
    }
    if (issues.length) {
      this.#set('error', undefined, issues);
      this.reportIssues(issues);
      return;
    }
    const { result, fromJsonLd } = readReviewInput(raw);
    // JSON-LD by property or src is the page's markup too: it is never echoed as a second copy.
    this.#fromJsonLd = fromJsonLd;
    if (!result.ok) {
      this.#set('error', undefined, result.errors);
      this.reportIssues(result.errors);
      return;
    }
    this.reportIssues(result.warnings);
    const data = result.value;
    const empty = data.reviews.length === 0 && !data.aggregate?.count;
    this.#set(empty ? 'empty' : 'ready', data, []);
    this.emit('trust-data', { data });
  }

  #fromJsonLd = false;

  #set(status: ReviewDataStatus, data: ReviewData | undefined, issues: readonly DataIssue[]): void {
    this.dataStatus = status;
    this.reviewData = data;
    this.dataIssues = issues;
  }

  /** Writes (or removes) the element's own JSON-LD output child. */
  #writeJsonLd(): void {
    const existing = [...this.children].find((c) => c.hasAttribute(OUTPUT_ATTR)) as HTMLScriptElement | undefined;
    const data = this.reviewData;
    const out = this.jsonld && data && this.dataOrigin !== 'json-ld' && !this.#fromJsonLd ? toJsonLd(data).value : null;
    if (!out) {
      existing?.remove();
      return;
    }
    const text = jsonLdText(out);
    if (existing?.textContent === text) return;
    const script = existing ?? document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(OUTPUT_ATTR, '');
    script.textContent = text;
    if (!existing) this.append(script);
  }

  /**
   * The loading, error and empty states, for subclasses to render in place of their content:
   * loading is a polite status, an error says the reviews are unavailable (with "Try again" when `src` failed),
   * empty says there are no reviews yet. `nothing` when the data is ready.
   */
  protected renderDataState(): TemplateResult | typeof nothing {
    const t = this.t;
    switch (this.dataStatus) {
      case 'loading':
        return html`<p part="status" class="data-state" role="status">${t.reviewsLoading}</p>`;
      case 'error':
        return html`<p part="status" class="data-state unavailable" role="status">
          ${t.reviewsUnavailable}
          ${
            this.dataOrigin === 'src'
              ? html`<button part="retry" class="retry" type="button" @click=${() => this.retry()}>${t.reviewsRetry}</button>`
              : nothing
          }
        </p>`;
      case 'empty':
        return html`<p part="status" class="data-state empty">${t.reviewsEmpty}</p>`;
      case 'idle':
        return this.renderWaiting();
      default:
        return nothing;
    }
  }

  /** "2 reviews could not be shown.": subclasses render it whenever `reviewData.dropped` is above 0. */
  protected renderDropped(): TemplateResult | typeof nothing {
    const dropped = this.reviewData?.dropped ?? 0;
    return dropped ? html`<p part="dropped" class="dropped">${this.plural(this.t.reviewsDropped, dropped)}</p>` : nothing;
  }
}

/** Styles of `renderDataState()` and `renderDropped()`: add to a subclass's `styles`. */
export const reviewDataStyles = css`
  .data-state,
  .dropped {
    margin: 0;
    color: var(--trust-color-text-muted, inherit);
  }
  .unavailable {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .retry {
    min-block-size: 24px;
    min-inline-size: 24px;
    font: inherit;
  }
`;
