import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { selectPlural } from '@trust-signals/core';
import type { Review } from '@trust-signals/core/reviews';
import type { ListText } from './list-text.js';
import type { TrustLoadMoreDetail } from './trust-review-list.js';
import { loadVirtualizerFor, VIRTUALIZE_AT, virtualizer, type VirtualFocus } from './virtualization.js';

const listFormats = new Map<string, Intl.ListFormat>();
/** The conditions of the status as a list in `lang` ("with 5 stars, mentioning Battery, matching “lid”"). */
const listFormat = (lang: string): Intl.ListFormat => {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(lang, { type: 'unit', style: 'long' })));
  return format;
};

/** The list, as paging sees it. */
export interface PagingHost extends ReactiveControllerHost {
  /** Shows every loaded review at once (the element's `showAll` property). */
  showAll: boolean;
}

/**
 * Paging of the review list: `pageSize` reviews at first, "Show more reviews" (asking the page for the next
 * reviews with `trust-load-more` once every loaded one is shown), "Show all", the "Showing 12 of 340 reviews"
 * announcement, and the reader's place: either button moves focus to the first newly shown review, which starts
 * where the button was. Fetches the virtualizer as soon as focus or the pointer reaches a button whose press would
 * take the list past {@link VIRTUALIZE_AT}.
 */
export class ReviewPaging implements ReactiveController {
  /** Reviews per page, as parsed by the element (the default 10 when the attribute is invalid). */
  pageSize = 10;
  /** Reviews in the order and filter the reader chose. */
  ordered: readonly Review[] = [];
  /** Reviews there are in all (the aggregate's count, or the loaded ones when more). */
  total = 0;
  /** Reviews loaded. */
  loaded = 0;

  #limit = 10;
  #loadPending = false;
  #focusIndex: number | undefined;
  /** Where the button the reader pressed was in the viewport (see `VirtualFocus.reveal`). */
  #anchorTop = 0;

  readonly #host: PagingHost;
  readonly #focus: VirtualFocus;
  readonly #loadMore: (detail: TrustLoadMoreDetail) => void;

  constructor(host: PagingHost, focus: VirtualFocus, loadMore: (detail: TrustLoadMoreDetail) => void) {
    this.#host = host;
    this.#focus = focus;
    this.#loadMore = loadMore;
    host.addController(this);
  }

  /** The reviews rendered now (all of them when `showAll`). */
  get rendered(): readonly Review[] {
    return this.#host.showAll ? this.ordered : this.ordered.slice(0, this.#limit);
  }

  /** New data arrived (appended pages keep the reader's place): a pending request for more is answered. */
  dataChanged(): void {
    this.#loadPending = false;
  }

  /** A new order or filter starts again at the first page. */
  firstPage(): void {
    this.#limit = this.pageSize;
  }

  /** A larger page size shows at least a page of it. */
  pageSizeChanged(): void {
    if (this.#limit < this.pageSize) this.#limit = this.pageSize;
  }

  hostUpdated(): void {
    // Past the threshold the review is only there once the virtualizer has loaded (its load asks for an update).
    const rendered = this.rendered.length;
    const index = this.#focusIndex;
    if (index !== undefined && index < rendered && (rendered <= VIRTUALIZE_AT || virtualizer())) {
      this.#focusIndex = undefined;
      void this.#focus.reveal(index, this.#anchorTop);
    }
  }

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
    void loadVirtualizerFor(all ? this.ordered.length : this.rendered.length + this.pageSize);
  };

  #showMore = (event: Event) => {
    if (this.#loadPending) return;
    this.#markPlace(event);
    const shown = this.rendered.length;
    this.#limit = shown + this.pageSize;
    this.#focusIndex = shown;
    if (shown >= this.ordered.length && this.total > this.loaded) {
      this.#loadPending = true;
      this.#loadMore({ loaded: this.loaded, total: this.total });
    }
    this.#host.requestUpdate();
  };

  #showAll = (event: Event) => {
    this.#markPlace(event);
    this.#focusIndex = this.rendered.length;
    this.#host.showAll = true;
  };

  /**
   * "Showing 12 of 340 reviews" (", filtered to 5 stars"; " mentioning Battery" with a topic or search among
   * `conditions`): the polite status every change of the list updates.
   */
  renderShowing({ t, lang, num, plural }: ListText, filter: number | null, conditions: readonly string[] = []): TemplateResult {
    const { total } = this;
    const stars = (n: number) => plural(t.stars, n);
    // Filtered, the figure is how many reviews pass ("Showing 34 of 340 reviews mentioning Battery"), also while only
    // the first page of them is rendered: the rendered count would read as if only that many matched.
    const filtered = filter !== null || conditions.length > 0;
    const shown = num(filtered ? this.ordered.length : this.rendered.length);
    let text: string;
    if (conditions.length) {
      const all = filter === null ? conditions : [t.listWithStars(stars(filter)), ...conditions];
      text = t.listShowingWhere(selectPlural(lang, total, t.listShowing)(shown, num(total)), listFormat(lang).format(all));
    } else
      text =
        filter === null
          ? selectPlural(lang, total, t.listShowing)(shown, num(total))
          : selectPlural(lang, total, t.listShowingFiltered)(shown, num(total), stars(filter));
    return html`<p part="showing" class="showing" role="status">${text}</p>`;
  }

  /** "Show more reviews" and "Show all n reviews", while there are more to show or to load. */
  renderButtons({ t, plural }: ListText): TemplateResult | typeof nothing {
    const hidden = this.ordered.length - this.rendered.length;
    if (hidden <= 0 && this.total <= this.loaded) return nothing;
    const pending = this.#loadPending;
    return html`<div class="more">
      <button
        part="show-more"
        type="button"
        aria-disabled=${pending ? 'true' : 'false'}
        @focus=${this.#prefetch}
        @pointerenter=${this.#prefetch}
        @click=${this.#showMore}
      >
        ${pending ? t.listLoadingMore : t.listShowMore}
      </button>
      ${
        hidden > this.pageSize
          ? html`<button part="show-all" type="button" @focus=${this.#prefetch} @pointerenter=${this.#prefetch} @click=${this.#showAll}
            >${plural(t.listShowAll, this.ordered.length)}</button
          >`
          : nothing
      }
    </div>`;
  }
}
