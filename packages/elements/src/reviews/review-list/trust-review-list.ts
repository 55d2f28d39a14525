import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { virtualize as Virtualize, VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import {
  baseStyles,
  controlStyles,
  dialogStyles,
  enRating,
  enReviewList,
  formatDate,
  formatRelativeTime,
  numberAttribute,
  provideEnglish,
  selectPlural,
  type Review,
  type ReviewData,
  type ReviewPhoto,
  closeOnBackdropClick,
} from '@trust-signals/core';
import { ReviewDataElement, reviewDataStyles } from '../review-data-element.js';
import { excerpt, levelOf, orderReviews, parseSort, parseStarFilter, type ReviewSort } from './review-order.js';
import { reviewListStyles } from './trust-review-list.styles.js';
import '../../trust-star-rating.js';

provideEnglish(enRating, enReviewList);

/** A reader's vote on one review. */
export type ReviewVote = 'helpful' | 'not-helpful';

/** `detail` of `trust-vote`: the page persists the vote (the element only counts it for this page view). */
export interface TrustVoteDetail {
  /** The review's `id`. */
  readonly reviewId: string;
  readonly vote: ReviewVote;
  /** The helpful count the element now shows (the data's count, plus one for a `helpful` vote). */
  readonly helpful: number;
}

/** `detail` of `trust-load-more`: the page fetches the next reviews and sets `data` with them appended. */
export interface TrustLoadMoreDetail {
  /** Reviews the element has now. */
  readonly loaded: number;
  /** Reviews there are in all (the aggregate's count). */
  readonly total: number;
}

/** `detail` of `trust-filter`: the star filter now applied (`null`: every rating). */
export interface TrustFilterDetail {
  readonly stars: number | null;
}

declare module '@trust-signals/core' {
  interface TrustEventDetailMap {
    'trust-vote': TrustVoteDetail;
    'trust-load-more': TrustLoadMoreDetail;
    'trust-filter': TrustFilterDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'trust-vote': CustomEvent<TrustVoteDetail>;
    'trust-load-more': CustomEvent<TrustLoadMoreDetail>;
    'trust-filter': CustomEvent<TrustFilterDetail>;
  }
}

export type { ReviewSort };

/** Above this many rendered reviews, the list is virtualized: only the reviews near the viewport are in the DOM. */
export const VIRTUALIZE_AT = 100;

const SORT_LABELS = {
  newest: 'listSortNewest',
  oldest: 'listSortOldest',
  highest: 'listSortHighest',
  lowest: 'listSortLowest',
  helpful: 'listSortHelpful',
} as const;

const ICON_CHECK = svg`<path d="M3 8.5l3.2 3L13 4.5"></path>`;
const ICON_INFO = svg`<circle cx="8" cy="8" r="6.25"></circle><path d="M8 7.25v4M8 4.75v.5"></path>`;
const ICON_CHEVRON = svg`<path d="M4 6l4 4 4-4"></path>`;
const icon = (paths: ReturnType<typeof svg>) => html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${paths}</svg>`;

type VirtualizerModule = { virtualize: typeof Virtualize; virtualizerRef: typeof import('@lit-labs/virtualizer/virtualize.js').virtualizerRef };
let virtualizer: VirtualizerModule | undefined;
let loadingVirtualizer: Promise<VirtualizerModule> | undefined;
/** Loads `@lit-labs/virtualizer` the first time a list needs it (paged lists, the default, never do). */
const loadVirtualizer = () => (loadingVirtualizer ??= import('@lit-labs/virtualizer/virtualize.js').then((m) => (virtualizer = m)));

interface OpenPhoto {
  readonly review: Review;
  readonly index: number;
}

/**
 * A list of reviews with everything a reader needs to judge them: each review's rating, title, body (long ones
 * collapse behind a "Read more" disclosure), author, date (absolute and relative, in a `<time datetime>`), its
 * labels (verified purchase, incentivized, employee, imported from another site: text, never colour alone),
 * the business's reply ("Response from …"), helpful votes and photos with an accessible zoom dialog.
 *
 * Readers sort (newest first by default; never highest-rated first) and filter by stars; how many reviews are
 * shown is always stated in a polite live region ("Showing 12 of 340 reviews"). Filters are the reader's only:
 * no attribute hides low ratings. The verification disclosure is always rendered: the site's `verification`
 * text (or slot) under "How we verify reviews", or, when there is none, a plain statement that the reviews are
 * not verified.
 *
 * Paging: `page-size` reviews at first (10), "Show more reviews" reveals the next page, and, once every loaded
 * review is shown while the aggregate count says there are more, emits `trust-load-more` so the page can append
 * the next reviews to `data`. "Show all" shows every loaded review. Either button moves focus to the first newly
 * shown review, which starts where the button was, so the reader's view does not move (virtualized too). Beyond 100 rendered reviews the list is
 * virtualized with `@lit-labs/virtualizer` (window scrolling): only the reviews near the viewport are in the DOM,
 * each with `aria-posinset`/`aria-setsize`. The virtualizer is imported on first need, so paged lists (the default)
 * never load it when the page's bundler splits code. If the review holding focus is dropped because the visitor
 * scrolled far away, focus moves to the list itself, so the next Tab goes on from the reviews on screen.
 *
 * Data arrives as for every review widget (`data`, `src`, or a child JSON-LD script; see `ReviewDataElement`).
 * A `<trust-rating-summary for="…">` pointing at this list reads its data and sets `starFilter`.
 *
 * @tagname trust-review-list
 * @summary Reviews with labels, replies, votes, photos, sort, star filter, paging and a verification disclosure.
 *
 * @slot verification - How the site verifies reviews (rich text); used instead of the `verification` attribute.
 *
 * @event trust-filter - The star filter changed, from any source (the control, `starFilter`, `star-filter`).
 * `detail: { stars: number | null }`.
 * @event trust-vote - The reader voted on a review (once per review per page view); the page persists it.
 * `detail: { reviewId, vote: 'helpful' | 'not-helpful', helpful }`.
 * @event trust-load-more - Every loaded review is shown and the aggregate count says there are more: the page
 * should append the next reviews to `data`. `detail: { loaded, total }`.
 * @event trust-data - New review data is shown. `detail: { data }`.
 * @event trust-error - The data given is invalid (or was corrected); nothing is reported while none is given (`waiting`). `detail: { element, issues }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart verification - The verification disclosure (or the "not verified" statement).
 * @csspart controls - The sort and filter controls.
 * @csspart sort - The sort `<select>`.
 * @csspart filter - The star filter `<select>`.
 * @csspart showing - The "Showing 12 of 340 reviews" status.
 * @csspart list - The list of reviews.
 * @csspart review - One review.
 * @csspart title - A review's title.
 * @csspart body - A review's text.
 * @csspart read-more - The "Read more" disclosure button.
 * @csspart meta - Author and date.
 * @csspart labels - A review's labels.
 * @csspart label - One label.
 * @csspart reply - The business's reply.
 * @csspart photos - A review's thumbnails.
 * @csspart thumbnail - One thumbnail button.
 * @csspart votes - The helpful-vote group.
 * @csspart vote - A vote button.
 * @csspart show-more - The "Show more reviews" button.
 * @csspart show-all - The "Show all" button.
 * @csspart dialog - The photo dialog.
 * @csspart status - Loading, error and empty states.
 * @csspart dropped - The note about reviews that could not be read.
 *
 * @cssproperty --trust-review-list-gap - Space between reviews (default `1.25rem`).
 * @cssproperty --trust-review-list-border-color - Separators, labels and reply rule (default `--trust-color-border`).
 * @cssproperty --trust-review-list-thumbnail-size - Size of a photo thumbnail (default `4rem`).
 */
export class TrustReviewList extends ReviewDataElement {
  static override styles = [baseStyles, controlStyles, reviewDataStyles, dialogStyles, reviewListStyles];
  static override properties: PropertyDeclarations = {
    ...ReviewDataElement.properties,
    starFilter: { attribute: 'star-filter', converter: { fromAttribute: (v: string | null) => parseStarFilter(v, 10), toAttribute: (v: number | null) => v } },
    sort: {},
    pageSize: { attribute: 'page-size', converter: numberAttribute },
    showAll: { type: Boolean, attribute: 'show-all' },
    verification: {},
    headingLevel: { attribute: 'heading-level', converter: numberAttribute },
    excerptLength: { attribute: 'excerpt-length', converter: numberAttribute },
    slottedVerification: { state: true },
  };

  /** Shows only reviews with this many stars; `null` (attribute absent) shows every rating. */
  starFilter: number | null = null;
  /** Order of the reviews: `newest` (default), `oldest`, `highest`, `lowest`, `helpful`. */
  sort: ReviewSort = 'newest';
  /** Reviews per page (default 10). */
  pageSize: number | string | undefined = 10;
  /** Shows every loaded review at once (virtualized past 100). The "Show all" button sets it. */
  showAll = false;
  /** How the site verifies reviews, shown under "How we verify reviews". When unset (and no slot), the list says that the reviews are not verified. */
  verification?: string;
  /** Heading level of review titles, 1 to 6 (default 3). */
  headingLevel: number | string | undefined = 3;
  /** Bodies longer than this many characters collapse behind "Read more" (default 300; 0 never collapses). */
  excerptLength: number | string | undefined = 300;

  protected slottedVerification = false;

  #ordered: Review[] = [];
  #orderKey: unknown[] = [];
  #filter: number | null = null;
  #emittedFilter: number | null = null;
  #limit = 10;
  #loadPending = false;
  #lastData: ReviewData | undefined;
  #focusIndex: number | undefined;
  /** Where the button the reader pressed was in the viewport (see #reveal). */
  #anchorTop = 0;
  readonly #expanded = new WeakSet<Review>();
  readonly #votes = new Map<string, ReviewVote>();
  #photo: OpenPhoto | undefined;
  #photoOpener: { review: Review; index: number } | undefined;

  get #pageSize(): number {
    const n = Number(this.pageSize);
    return Number.isInteger(n) && n >= 1 ? Math.min(n, 1000) : 10;
  }

  get #max(): number {
    return this.reviewData?.aggregate?.best ?? 5;
  }

  /** The star filter in effect (after validation against the data's scale). */
  get appliedStarFilter(): number | null {
    return this.#filter;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.reviewData;
    if (data !== this.#lastData) {
      this.#lastData = data;
      this.#loadPending = false;
    }
    this.#filter = parseStarFilter(this.starFilter, this.#max);
    const sort = parseSort(this.sort);
    const key = [data, sort, this.#filter];
    if (key.some((k, i) => k !== this.#orderKey[i])) {
      // A new order or filter starts again at the first page; new data (appended pages) keeps the reader's place.
      if (sort !== this.#orderKey[1] || this.#filter !== this.#orderKey[2]) this.#limit = this.#pageSize;
      this.#orderKey = key;
      this.#ordered = data ? orderReviews(data.reviews, sort, this.#filter, this.#max) : [];
    }
    if (changed.has('pageSize') && this.#limit < this.#pageSize) this.#limit = this.#pageSize;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#filter !== this.#emittedFilter) {
      this.#emittedFilter = this.#filter;
      this.emit('trust-filter', { stars: this.#filter });
    }
    // Past the threshold the review is only there once the virtualizer has loaded (its load asks for an update).
    const rendered = this.#rendered.length;
    if (this.#focusIndex !== undefined && this.#focusIndex < rendered && (rendered <= VIRTUALIZE_AT || virtualizer)) {
      const index = this.#focusIndex;
      this.#focusIndex = undefined;
      void this.#reveal(index, this.#anchorTop);
    }
  }

  /** The reviews rendered now (all of them when virtualized or `showAll`). */
  get #rendered(): Review[] {
    return this.showAll ? this.#ordered : this.#ordered.slice(0, this.#limit);
  }

  get #total(): number {
    const data = this.reviewData;
    return Math.max(data?.aggregate?.count ?? 0, data?.reviews.length ?? 0);
  }

  /**
   * After "Show more" or "Show all": moves focus to the first newly shown review (`index`) and keeps the reader's
   * place, so that review starts where the button was (`top`, in the viewport) instead of wherever the new render
   * left the page. A plain list has the review at once. A virtualized list (the one that replaced the plain list
   * at the threshold holds no reviews until it has laid out, and only the reviews near the viewport afterwards) is
   * first asked to bring the review in (pinned, so its estimated sizes cannot move it away), then the page is
   * scrolled by what is left; focus moves without scrolling again.
   */
  async #reveal(index: number, top: number): Promise<void> {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const list = this.renderRoot.querySelector<HTMLElement & VirtualizerHostElement>('.list');
    const virtual = virtualizer && list?.[virtualizer.virtualizerRef];
    const find = () => this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"] article`);
    // A virtualizer renders its first reviews once it has laid out; then it can bring the review in.
    for (let i = 0; virtual && !find() && i < 60; i++) {
      if (list!.querySelector('li.review')) virtual.element(index)?.scrollIntoView({ block: 'start' });
      await frame();
    }
    let article = find();
    if (!article) return;
    article.focus({ preventScroll: true });
    // Where the button was, but never above the viewport, nor so low that the review's start is not seen.
    const place = Math.max(0, Math.min(top, innerHeight - 3 * parseFloat(getComputedStyle(article).fontSize)));
    // The virtualizer measures the reviews it just rendered and places them again: follow until all is still.
    for (let still = 0, i = 0; still < 3 && i < 60 && article; i++) {
      const off = article.getBoundingClientRect().top - place;
      if (Math.abs(off) < 1) still++;
      else {
        still = 0;
        const y = scrollY;
        window.scrollBy(0, off);
        // The page cannot scroll (further), or the list sits in a scroller of its own: nothing more to follow.
        if (scrollY === y) break;
      }
      if (!virtual) break;
      await frame();
      article = find();
    }
  }

  /** The index of the virtualized review that holds focus (see #onRange). */
  #focusedReview: number | undefined;

  #onListFocus = (event: FocusEvent) => {
    const item = (event.target as Element).closest?.('li[data-index]');
    this.#focusedReview = item ? Number(item.getAttribute('data-index')) : undefined;
  };

  /**
   * A virtualized list drops the reviews far from the viewport. When the visitor scrolls (with the mouse, say) so
   * far that the review holding focus is dropped, focus would fall to the document's body and the next Tab would
   * start from the top of the page: it moves to the list instead, so the next Tab goes on from the reviews now on
   * screen.
   */
  #onRange = (event: Event & { first?: number; last?: number }) => {
    const index = this.#focusedReview;
    if (index === undefined || (index >= (event.first ?? 0) && index <= (event.last ?? Infinity))) return;
    const list = event.currentTarget as HTMLElement;
    requestAnimationFrame(() => {
      if (this.#focusedReview !== index || !list.isConnected) return;
      this.#focusedReview = undefined;
      // Only when focus was lost: nothing (or the body) has it, across shadow roots. Focus the visitor moved
      // elsewhere stays where it is.
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active || active === document.body) list.focus({ preventScroll: true });
    });
  };

  #onSort = (event: Event) => {
    this.sort = parseSort((event.target as HTMLSelectElement).value);
  };

  #onFilter = (event: Event) => {
    this.starFilter = parseStarFilter((event.target as HTMLSelectElement).value, this.#max);
  };

  #onSlotChange = (event: Event) => {
    this.slottedVerification = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).some(
      (n) => n.nodeType === Node.ELEMENT_NODE || !!n.textContent?.trim(),
    );
  };

  /** Notes where the reader is (the button pressed, in the viewport) before more reviews are shown. */
  #markPlace(event: Event): void {
    this.#anchorTop = (event.currentTarget as Element).getBoundingClientRect().top;
  }

  /**
   * The reader is about to page (focus or pointer on a paging button): when the press would take the list past
   * the threshold, the virtualizer is fetched now, so the press shows the reviews at once instead of after a
   * fetch. Lists that never come near the threshold still never load it.
   */
  #prefetch = (event: Event) => {
    const all = (event.currentTarget as Element).getAttribute('part') === 'show-all';
    const next = all ? this.#ordered.length : this.#rendered.length + this.#pageSize;
    if (next > VIRTUALIZE_AT) void loadVirtualizer();
  };

  #showMore = (event: Event) => {
    if (this.#loadPending) return;
    this.#markPlace(event);
    const shown = this.#rendered.length;
    this.#limit = shown + this.#pageSize;
    this.#focusIndex = shown;
    const loaded = this.reviewData?.reviews.length ?? 0;
    if (shown >= this.#ordered.length && this.#total > loaded) {
      this.#loadPending = true;
      this.emit('trust-load-more', { loaded, total: this.#total });
    }
    this.requestUpdate();
  };

  #showAll = (event: Event) => {
    this.#markPlace(event);
    this.#focusIndex = this.#rendered.length;
    this.showAll = true;
  };

  #toggle(review: Review): void {
    if (this.#expanded.has(review)) this.#expanded.delete(review);
    else this.#expanded.add(review);
    this.requestUpdate();
  }

  #vote(review: Review, vote: ReviewVote): void {
    if (this.#votes.has(review.id)) return; // one vote per review per page view
    this.#votes.set(review.id, vote);
    this.emit('trust-vote', { reviewId: review.id, vote, helpful: this.#helpful(review) });
    this.requestUpdate();
  }

  #helpful(review: Review): number {
    return review.helpful + (this.#votes.get(review.id) === 'helpful' ? 1 : 0);
  }

  #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  async #openPhoto(review: Review, index: number): Promise<void> {
    this.#photo = { review, index };
    this.#photoOpener = { review, index };
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.#dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  #stepPhoto(step: number): void {
    const photo = this.#photo;
    if (!photo) return;
    const count = photo.review.photos.length;
    this.#photo = { review: photo.review, index: (photo.index + step + count) % count };
    this.requestUpdate();
  }

  #onDialogClose = () => {
    const opener = this.#photoOpener;
    this.#photo = undefined;
    this.#photoOpener = undefined;
    this.requestUpdate();
    if (!opener) return;
    // The thumbnail that opened the dialog gets focus back (found again: a virtualized list may have re-rendered it).
    const position = this.#rendered.indexOf(opener.review);
    const thumb = this.renderRoot.querySelector<HTMLElement>(`[data-index="${position}"] [data-photo="${opener.index}"]`);
    thumb?.focus();
  };


  #photoAlt(review: Review, photo: ReviewPhoto, index: number): string {
    return photo.alt || this.t.listPhotoFrom(this.num(index + 1), review.author);
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base">
      ${this.#renderVerification()}
      ${this.dataStatus === 'ready' ? this.#renderReviews() : this.renderDataState()}
    </div>`;
  }

  #renderVerification(): TemplateResult {
    const { t } = this;
    const slot = html`<slot name="verification" @slotchange=${this.#onSlotChange}></slot>`;
    if (!this.verification && !this.slottedVerification) {
      return html`<p part="verification" class="verification not-verified">${icon(ICON_INFO)}<span>${t.listNotVerified}</span>${slot}</p>`;
    }
    return html`<details part="verification" class="verification">
      <summary>${icon(ICON_CHEVRON)}<span>${t.listVerifyTitle}</span></summary>
      <div class="verification-text">${this.verification ? html`<p>${this.verification}</p>` : nothing}${slot}</div>
    </details>`;
  }

  #renderReviews(): TemplateResult {
    const { t } = this;
    const sort = parseSort(this.sort);
    const filter = this.#filter;
    const rendered = this.#rendered;
    const total = this.#total;
    const max = this.#max;
    const loaded = this.reviewData?.reviews.length ?? 0;
    const hidden = this.#ordered.length - rendered.length;
    const canLoad = total > loaded;
    const starsText = (n: number) => this.plural(t.stars, n);
    const lang = this.resolvedLang;
    const showing =
      filter === null
        ? selectPlural(lang, total, t.listShowing)(this.num(rendered.length), this.num(total))
        : selectPlural(lang, total, t.listShowingFiltered)(this.num(rendered.length), this.num(total), starsText(filter));
    // Past VIRTUALIZE_AT the list is virtualized; until the virtualizer has loaded, the first reviews render plainly.
    const virtualized = rendered.length > VIRTUALIZE_AT && !!virtualizer;
    if (rendered.length > VIRTUALIZE_AT && !virtualizer) void loadVirtualizer().then(() => this.requestUpdate());
    const plain = virtualized ? rendered : rendered.slice(0, VIRTUALIZE_AT);
    const item = (review: Review, index: number) => this.#renderReview(review, index, rendered.length, virtualized);
    const levels = Array.from({ length: max }, (_, i) => max - i);

    return html`<div part="controls" class="controls">
        <label class="control"
          ><span>${t.listSortLabel}</span>
          <select part="sort" @change=${this.#onSort}>
            ${(Object.keys(SORT_LABELS) as ReviewSort[]).map((s) => html`<option value=${s} ?selected=${s === sort}>${t[SORT_LABELS[s]]}</option>`)}
          </select></label
        >
        <label class="control"
          ><span>${t.listFilterLabel}</span>
          <select part="filter" @change=${this.#onFilter}>
            <option value="" ?selected=${filter === null}>${t.listFilterAll}</option>
            ${levels.map((n) => html`<option value=${n} ?selected=${n === filter}>${starsText(n)}</option>`)}
          </select></label
        >
      </div>
      <p part="showing" class="showing" role="status">${showing}</p>
      ${this.renderDropped()}
      ${filter !== null && this.#ordered.length === 0 ? html`<p class="none">${t.listNoneMatch(starsText(filter))}</p>` : nothing}
      ${rendered.length === 0
        ? nothing
        : virtualized
          ? html`<ul part="list" class="list virtual" aria-label=${t.listLabel} tabindex="-1" @focusin=${this.#onListFocus} @rangeChanged=${this.#onRange}>
              <li virtualizer-sizer aria-hidden="true"></li>
              ${virtualizer!.virtualize({ items: rendered, renderItem: item, keyFunction: (r: Review) => r })}
            </ul>`
          : html`<ul part="list" class="list" aria-label=${t.listLabel}>
              ${repeat(plain, (r) => r, item)}
            </ul>`}
      ${hidden > 0 || canLoad
        ? html`<div class="more">
            <button
              part="show-more"
              type="button"
              aria-disabled=${this.#loadPending ? 'true' : 'false'}
              @focus=${this.#prefetch}
              @pointerenter=${this.#prefetch}
              @click=${this.#showMore}
            >
              ${this.#loadPending ? t.listLoadingMore : t.listShowMore}
            </button>
            ${hidden > this.#pageSize
              ? html`<button part="show-all" type="button" @focus=${this.#prefetch} @pointerenter=${this.#prefetch} @click=${this.#showAll}>${this.plural(t.listShowAll, this.#ordered.length)}</button>`
              : nothing}
          </div>`
        : nothing}
      ${this.#renderDialog()}`;
  }

  #renderReview(review: Review, index: number, setSize: number, virtualized: boolean): TemplateResult {
    const { t } = this;
    const id = `r${index}`;
    const level = Math.min(6, Math.max(1, Math.trunc(Number(this.headingLevel)) || 3));
    const limit = Number(this.excerptLength);
    const short = excerpt(review.body, Number.isFinite(limit) ? limit : 300);
    const expanded = this.#expanded.has(review);
    const { verified, incentivized, employee, importedFrom } = review.labels;
    const labels: [string, ReturnType<typeof svg>, string][] = [];
    if (verified) labels.push(['verified', ICON_CHECK, t.listVerified]);
    if (incentivized) labels.push(['incentivized', ICON_INFO, t.listIncentivized]);
    if (employee) labels.push(['employee', ICON_INFO, t.listEmployee]);
    if (importedFrom) labels.push(['imported', ICON_INFO, t.listImportedFrom(importedFrom)]);
    const vote = this.#votes.get(review.id);
    const helpful = this.#helpful(review);
    const helpfulText = helpful > 0 ? this.plural(t.listHelpfulCount, helpful) : '';

    return html`<li
      part="review"
      class="review"
      data-index=${index}
      aria-posinset=${ifDefined(virtualized ? index + 1 : undefined)}
      aria-setsize=${ifDefined(virtualized ? setSize : undefined)}
    >
      <article tabindex="-1" aria-labelledby=${review.title ? `${id}-title` : `${id}-author`}>
        <div class="head">
          <trust-star-rating .value=${review.rating} .max=${review.best}></trust-star-rating>
          ${review.title
            ? html`<div part="title" class="title" role="heading" aria-level=${level} id="${id}-title" lang=${ifDefined(review.lang)} dir="auto">
                ${review.title}
              </div>`
            : nothing}
        </div>
        <p part="meta" class="meta">
          <span class="author" id="${id}-author" dir="auto">${review.author}</span>${review.date ? this.#renderDate(review.date) : nothing}
        </p>
        ${labels.length
          ? html`<ul part="labels" class="labels" aria-label=${t.listAboutReview}>
              ${labels.map(([kind, glyph, text]) => html`<li part="label" class="label ${kind}">${icon(glyph)}<span>${text}</span></li>`)}
            </ul>`
          : nothing}
        <div part="body" class="body" id="${id}-body" lang=${ifDefined(review.lang)} dir="auto">
          ${short && !expanded ? html`<p>${short}…</p>` : html`<p>${review.body}</p>`}
        </div>
        ${short
          ? html`<button
              part="read-more"
              class="read-more"
              type="button"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls="${id}-body"
              aria-describedby=${review.title ? `${id}-title` : `${id}-author`}
              @click=${() => this.#toggle(review)}
            >
              ${icon(ICON_CHEVRON)}<span>${t.listReadMore}</span>
            </button>`
          : nothing}
        ${review.photos.length
          ? html`<ul part="photos" class="photos" aria-label=${t.listPhotos}>
              ${review.photos.map(
                (photo, i) =>
                  html`<li>
                    <button
                      part="thumbnail"
                      class="thumbnail"
                      type="button"
                      data-photo=${i}
                      aria-label=${t.listEnlargePhoto(this.#photoAlt(review, photo, i))}
                      @click=${() => this.#openPhoto(review, i)}
                    >
                      <img src=${photo.url} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" />
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing}
        ${review.reply
          ? html`<div part="reply" class="reply">
              <p class="reply-head">
                <strong>${t.listResponseFrom(review.reply.author)}</strong>${review.reply.date ? this.#renderDate(review.reply.date) : nothing}
              </p>
              <p class="reply-body" dir="auto">${review.reply.body}</p>
            </div>`
          : nothing}
        <div part="votes" class="votes" role="group" aria-labelledby="${id}-question">
          <span id="${id}-question">${t.listHelpfulQuestion}</span>
          <button
            part="vote"
            class="vote"
            type="button"
            aria-pressed=${vote === 'helpful' ? 'true' : 'false'}
            aria-disabled=${vote ? 'true' : 'false'}
            @click=${() => this.#vote(review, 'helpful')}
          >
            ${t.listYes}
          </button>
          <button
            part="vote"
            class="vote"
            type="button"
            aria-pressed=${vote === 'not-helpful' ? 'true' : 'false'}
            aria-disabled=${vote ? 'true' : 'false'}
            @click=${() => this.#vote(review, 'not-helpful')}
          >
            ${t.listNo}
          </button>
          <span class="helpful" aria-live="polite">${vote ? `${t.listVoteThanks} ${helpfulText}`.trim() : helpfulText}</span>
        </div>
      </article>
    </li>`;
  }

  #renderDate(date: Date): TemplateResult {
    const lang = this.resolvedLang;
    return html`<time datetime=${date.toISOString()}>${this.t.listDate(formatDate(lang, date), formatRelativeTime(lang, date))}</time>`;
  }

  #renderDialog(): TemplateResult {
    const { t } = this;
    const open = this.#photo;
    const review = open?.review;
    const photo = review?.photos[open!.index];
    const many = (review?.photos.length ?? 0) > 1;
    return html`<dialog part="dialog" aria-labelledby="photo-title" @close=${this.#onDialogClose} @click=${closeOnBackdropClick}>
      ${review && photo
        ? html`<div class="dialog-head">
              <h2 id="photo-title">${t.listPhotoPosition(this.num(open!.index + 1), this.num(review.photos.length), review.author)}</h2>
              <button class="close" type="button" @click=${() => this.#dialog()?.close()}>${t.listClose}</button>
            </div>
            <img class="zoomed" src=${photo.url} alt=${this.#photoAlt(review, photo, open!.index)} referrerpolicy="no-referrer" />
            ${many
              ? html`<div class="steps">
                  <button type="button" @click=${() => this.#stepPhoto(-1)}>${t.listPreviousPhoto}</button>
                  <button type="button" @click=${() => this.#stepPhoto(1)}>${t.listNextPhoto}</button>
                </div>`
              : nothing}`
        : nothing}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-review-list': TrustReviewList;
  }
}
