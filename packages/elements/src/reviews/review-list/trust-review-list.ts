import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  baseStyles,
  ChildJson,
  controlStyles,
  dialogStyles,
  formatDate,
  formatRelativeTime,
  isolate,
  numberAttribute,
  parseNumber,
  provideEnglish,
  type DataIssue,
  type NumberRule,
} from '@trust-signals/core';
import { enRating, enReviewList, type Review, type ReviewData } from '@trust-signals/core/reviews';
import type { TopicsInput } from '@trust-signals/core/topics';
import { reviewListLayoutStyles } from '../list-layout.styles.js';
import { ReviewDataElement, reviewDataStyles } from '../review-data-element.js';
import { renderReviewAttributes, reviewAttributeStyles } from './attributes.js';
import { finder, loadFinder } from './finder-loader.js';
import type { TopicSearch } from './finder.js';
import { HelpfulVotes } from './helpful-votes.js';
import { icon, ICON_CHECK, ICON_CHEVRON, ICON_INFO } from './icons.js';
import type { ListText } from './list-text.js';
import { ReviewPaging } from './paging.js';
import { PhotoDialog } from './photo-dialog.js';
import { excerpt, orderReviews, parseSort, parseStarFilter, type ReviewSort } from './review-order.js';
import { reviewListStyles } from './trust-review-list.styles.js';
import { VerificationDisclosure } from './verification.js';
import { loadVirtualizerFor, VirtualFocus, VIRTUALIZE_AT, virtualizer } from './virtualization.js';
import type {} from '../star-rating/trust-star-rating.js';

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
export { VIRTUALIZE_AT };

const SORT_LABELS = {
  newest: 'listSortNewest',
  oldest: 'listSortOldest',
  highest: 'listSortHighest',
  lowest: 'listSortLowest',
  helpful: 'listSortHelpful',
} as const;

/**
 * The numeric attributes: each is read by core's `parseNumber` in `willUpdate()`; an invalid value is reported
 * (with the attribute's name as the path) and its default is used. A page holds at most as many reviews as render
 * without virtualization ("Show all" shows more).
 */
const NUMBERS = {
  pageSize: ['page-size', 10, { min: 1, max: VIRTUALIZE_AT, integer: true }],
  headingLevel: ['heading-level', 3, { min: 1, max: 6, integer: true }],
  excerptLength: ['excerpt-length', 300, { min: 0, integer: true }],
} as const satisfies Record<string, readonly [string, number, NumberRule]>;
type NumberName = keyof typeof NUMBERS;

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
 * Paging: `page-size` reviews at first (10; 1 to 100), "Show more reviews" reveals the next page, and, once every
 * loaded review is shown while the aggregate count says there are more, emits `trust-load-more` so the page can append
 * the next reviews to `data`. "Show all" shows every loaded review. Either button moves focus to the first newly shown
 * review, which starts where the button was, so the reader's view does not move (virtualized too). Beyond 100 rendered
 * reviews the list is virtualized with `@lit-labs/virtualizer` (window scrolling): only the reviews near the viewport
 * are in the DOM, each with `aria-posinset`/`aria-setsize`. The virtualizer is imported on first need, so paged lists
 * (the default) never load it when the page's bundler splits code. If the review holding focus is dropped because the
 * visitor scrolled far away, focus moves to the list itself, so the next Tab goes on from the reviews on screen.
 * While a virtualized list scrolls, Chromium reports "ResizeObserver loop completed with undelivered notifications"
 * to `window.onerror` (and so to error monitoring), about once a frame: the virtualizer measures the reviews it has
 * just placed, and sizes the list, within the same frame (a bare virtualized list of plain items does the same). The
 * message is known to the virtualizer's authors and harmless (no review is lost or misplaced); filter it out of
 * error reports.
 *
 * Topics: the page may define topics (`topics` property, or a child `<script type="application/json" slot="topics">`):
 * `[{ "id"?: "battery", "name": { "en": "Battery", "de": "Akku" }, "terms": { "en": ["battery", "charge"], "de":
 * ["Akku", "Ladung"] } }]` (a name or term list may be given once for every language: `"name": "Wi-Fi"`). Each
 * topic becomes a toggle button (`aria-pressed`) with how many loaded reviews mention one of its terms as whole
 * words (Intl.Segmenter, so Japanese and Thai too; case and accents ignored) and how many of those are positive
 * (4–5 stars) and critical (1–2): counts anyone can check, never a generated summary. Pressing one shows only the
 * reviews that mention it, with the star filter and the sort ("Showing 34 of 340 reviews mentioning Battery").
 * `searchable` adds a search field (role searchbox, "Search reviews") over titles and bodies: case and accents
 * ignored in the page's language, every word must occur, matches marked with `<mark>` (as text), the result
 * announced; Escape clears it. Both load their code on first need, so a list without them does not carry it.
 *
 * Data arrives as for every review widget (`data`, `src`, or a child JSON-LD script; see `ReviewDataElement`).
 * A `<trust-rating-summary for="…">` pointing at this list reads its data and sets `starFilter`.
 *
 * @tagname trust-review-list
 * @dependency trust-star-rating
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
 * @event trust-error - The data given is invalid (or was corrected); nothing is reported while none is given
 * (`waiting`). `detail: { element, issues }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart verification - The verification disclosure (or the "not verified" statement).
 * @csspart controls - The sort and filter controls.
 * @csspart sort - The sort `<select>`.
 * @csspart filter - The star filter `<select>`.
 * @csspart showing - The "Showing 12 of 340 reviews" status.
 * @csspart search - The search field (with `searchable`).
 * @csspart topics - The group of topic buttons (when the page defines topics).
 * @csspart topic - One topic button.
 * @csspart topics-note - How the topic counts are made.
 * @csspart match - A search match in a review's title or body (a `<mark>`).
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
  static override styles = [
    baseStyles,
    controlStyles,
    reviewDataStyles,
    dialogStyles,
    reviewListLayoutStyles,
    reviewListStyles,
    reviewAttributeStyles,
  ];
  static override properties: PropertyDeclarations = {
    ...ReviewDataElement.properties,
    starFilter: {
      attribute: 'star-filter',
      converter: { fromAttribute: (v: string | null) => parseStarFilter(v, 10), toAttribute: (v: number | null) => v },
    },
    sort: {},
    pageSize: { attribute: 'page-size', converter: numberAttribute },
    showAll: { type: Boolean, attribute: 'show-all' },
    verification: {},
    headingLevel: { attribute: 'heading-level', converter: numberAttribute },
    excerptLength: { attribute: 'excerpt-length', converter: numberAttribute },
    topics: { attribute: false },
    searchable: { type: Boolean },
  };

  /** Shows only reviews with this many stars; `null` (attribute absent) shows every rating. */
  starFilter: number | null = null;
  /** Order of the reviews: `newest` (default), `oldest`, `highest`, `lowest`, `helpful`. */
  sort: ReviewSort = 'newest';

  /** `sort`, parsed in willUpdate(). */
  #sort: ReviewSort = 'newest';
  /** Reviews per page, 1 to 100 (default 10). Anything else is reported (`trust-error`, path `page-size`) and 10 is used. */
  pageSize: number | string | undefined = 10;
  /** Shows every loaded review at once (virtualized past 100). The "Show all" button sets it. */
  showAll = false;
  /**
   * How the site verifies reviews, shown under "How we verify reviews". When unset (and no slot), the list says that
   * the reviews are not verified.
   */
  verification?: string;
  /** Heading level of review titles, 1 to 6 (default 3; anything else is reported and 3 is used). */
  headingLevel: number | string | undefined = 3;
  /** Bodies longer than this many characters collapse behind "Read more" (default 300; 0 never collapses; below 0 is reported). */
  excerptLength: number | string | undefined = 300;
  /**
   * Topic definitions (see above), instead of a child `<script type="application/json" slot="topics">`. Invalid
   * ones are reported with their path (`topics[1].terms.de`) and left out.
   */
  topics?: TopicsInput;
  /** Shows a search field over the reviews' titles and bodies. */
  searchable = false;

  /** The child `<script type="application/json" slot="topics">`. */
  readonly #topicsChild = new ChildJson(this, 'application/json', (script) => script.getAttribute('slot') === 'topics');
  /** Topics and search, once their module has loaded (kept while they are wanted). */
  #tools: TopicSearch | undefined;
  #active: TopicSearch | undefined;

  #ordered: Review[] = [];
  #orderKey: unknown[] = [];
  #filter: number | null = null;
  #emittedFilter: number | null = null;
  #lastData: ReviewData | undefined;
  /** The numeric attributes as parsed in `willUpdate()` (their defaults when invalid). */
  #numbers: Record<NumberName, number> = { pageSize: 10, headingLevel: 3, excerptLength: 300 };
  /** Issues of the numeric attributes, reported together with the data's (see `reportIssues`). */
  #attributeIssues: DataIssue[] = [];
  /** What the data parser last reported. */
  #dataReport: readonly DataIssue[] = [];
  readonly #expanded = new WeakSet<Review>();

  readonly #focus = new VirtualFocus(() => this.renderRoot);
  readonly #paging = new ReviewPaging(this, this.#focus, (detail) => this.emit('trust-load-more', detail));
  readonly #votes = new HelpfulVotes(this, (detail) => this.emit('trust-vote', detail));
  readonly #photos = new PhotoDialog(this, (review) => this.#paging.rendered.indexOf(review));
  readonly #verification = new VerificationDisclosure(this);

  get #max(): number {
    return this.reviewData?.aggregate?.best ?? 5;
  }

  /** The star filter in effect (after validation against the data's scale). */
  get appliedStarFilter(): number | null {
    return this.#filter;
  }

  /** The data's issues and the numeric attributes' issues are one report (one console line, one `trust-error`). */
  protected override reportIssues(issues: readonly DataIssue[]): void {
    this.#dataReport = issues;
    super.reportIssues([...issues, ...this.#attributeIssues]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The attributes first, so that a data report made by super.willUpdate() already carries their issues.
    const issues: DataIssue[] = [];
    for (const name of Object.keys(NUMBERS) as NumberName[]) {
      const [attribute, fallback, rule] = NUMBERS[name];
      const parsed = parseNumber(this[name], attribute, { ...rule, optional: true });
      this.#numbers[name] = parsed.ok ? (parsed.value ?? fallback) : fallback;
      if (!parsed.ok) issues.push(...parsed.errors);
    }
    const tools = this.#topicSearch();
    if (tools) issues.push(...tools.readTopics(this.#topicsChild, this.topics));
    this.#attributeIssues = issues;
    super.willUpdate(changed);
    this.reportIssues(this.#dataReport); // the same report again is not repeated
    const paging = this.#paging;
    paging.pageSize = this.#numbers.pageSize;
    const data = this.reviewData;
    if (data !== this.#lastData) {
      this.#lastData = data;
      paging.dataChanged();
    }
    this.#filter = parseStarFilter(this.starFilter, this.#max);
    const sort = parseSort(this.sort);
    this.#sort = sort;
    tools?.update(data, this.resolvedLang, this.t, this.searchable);
    const key = [data, sort, this.#filter, tools?.key];
    if (key.some((k, i) => k !== this.#orderKey[i])) {
      // A new order or filter starts again at the first page; new data (appended pages) keeps the reader's place.
      if (key.some((k, i) => i > 0 && k !== this.#orderKey[i])) paging.firstPage();
      this.#orderKey = key;
      const ordered = data ? orderReviews(data.reviews, sort, this.#filter, this.#max) : [];
      this.#ordered = tools ? tools.filter(ordered) : ordered;
    }
    if (changed.has('pageSize')) paging.pageSizeChanged();
    paging.ordered = this.#ordered;
    paging.loaded = data?.reviews.length ?? 0;
    paging.total = Math.max(data?.aggregate?.count ?? 0, paging.loaded);
    // Past VIRTUALIZE_AT the list is virtualized: the virtualizer is fetched now, and the list renders its first
    // reviews plainly until it is there.
    void loadVirtualizerFor(paging.rendered.length)?.then(() => this.requestUpdate());
  }

  /**
   * Topics and search, when the page defines topics or sets `searchable`: their module is fetched on first need
   * (never from `render()`), and until it is there the list renders without them.
   */
  #topicSearch(): TopicSearch | undefined {
    const wanted = this.searchable || this.topics !== undefined || this.#topicsChild.value !== undefined;
    const module = finder();
    if (wanted && !module) void loadFinder().then(() => this.requestUpdate());
    if (wanted && module) this.#tools ??= new module.TopicSearch(this);
    return (this.#active = wanted ? this.#tools : undefined);
  }

  /** `text` with the search's matches marked, while there is a search. */
  #mark(text: string): TemplateResult | string {
    return this.#active ? this.#active.mark(text) : text;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#filter !== this.#emittedFilter) {
      this.#emittedFilter = this.#filter;
      this.emit('trust-filter', { stars: this.#filter });
    }
  }

  get #text(): ListText {
    return { t: this.t, lang: this.resolvedLang, num: (n) => this.num(n), plural: (forms, n) => this.plural(forms, n) };
  }

  #onSort = (event: Event) => {
    this.sort = parseSort((event.target as HTMLSelectElement).value);
  };

  #onFilter = (event: Event) => {
    this.starFilter = parseStarFilter((event.target as HTMLSelectElement).value, this.#max);
  };

  #toggle(review: Review): void {
    if (this.#expanded.has(review)) this.#expanded.delete(review);
    else this.#expanded.add(review);
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base">
      ${this.#verification.render(this.t, this.verification)}
      ${this.dataStatus === 'ready' ? this.#renderReviews() : this.renderDataState()}
    </div>`;
  }

  #renderReviews(): TemplateResult {
    const text = this.#text;
    const { t } = text;
    const sort = this.#sort;
    const filter = this.#filter;
    const rendered = this.#paging.rendered;
    const max = this.#max;
    const starsText = (n: number) => this.plural(t.stars, n);
    // Past VIRTUALIZE_AT the list is virtualized; until the virtualizer has loaded, the first reviews render plainly.
    const module = rendered.length > VIRTUALIZE_AT ? virtualizer() : undefined;
    const plain = module ? rendered : rendered.slice(0, VIRTUALIZE_AT);
    const item = (review: Review, index: number) => this.#renderReview(text, review, index, rendered.length, !!module);
    const levels = Array.from({ length: max }, (_, i) => max - i);

    const sortOptions = (Object.keys(SORT_LABELS) as ReviewSort[]).map(
      (s) => html`<option value=${s} ?selected=${s === sort}>${t[SORT_LABELS[s]]}</option>`,
    );
    const tools = this.#active;
    const conditions = tools?.conditions ?? [];
    return html`<div part="controls" class="controls">
        ${tools?.renderSearch(text)}
        <label class="control"
          ><span>${t.listSortLabel}</span>
          <select part="sort" @change=${this.#onSort}>
            ${sortOptions}
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
      ${tools?.renderTopics(text)} ${this.#paging.renderShowing(text, filter, conditions)}
      ${this.renderDropped()}
      ${
        this.#ordered.length > 0 || (filter === null && !conditions.length)
          ? nothing
          : html`<p class="none">${conditions.length ? t.listNoMatches : t.listNoneMatch(starsText(filter!))}</p>`
      }
      ${
        rendered.length === 0
          ? nothing
          : module
            ? html`<ul
                part="list"
                class="list virtual"
                aria-label=${t.listLabel}
                tabindex="-1"
                @focusin=${this.#focus.onListFocus}
                @rangeChanged=${this.#focus.onRange}
              >
              <li virtualizer-sizer aria-hidden="true"></li>
              ${module.virtualize({ items: rendered as Review[], renderItem: item, keyFunction: (r: Review) => r })}
            </ul>`
            : html`<ul part="list" class="list" aria-label=${t.listLabel}>
              ${repeat(plain, (r) => r, item)}
            </ul>`
      }
      ${this.#paging.renderButtons(text)} ${this.#photos.renderDialog(text)}`;
  }

  #renderReview(text: ListText, review: Review, index: number, setSize: number, virtualized: boolean): TemplateResult {
    const { t } = text;
    const id = `r${index}`;
    const level = this.#numbers.headingLevel;
    const short = excerpt(review.body, this.#numbers.excerptLength);
    const expanded = this.#expanded.has(review);
    const { verified, incentivized, employee, importedFrom } = review.labels;
    const labels: [string, typeof ICON_INFO, string][] = [];
    if (verified) labels.push(['verified', ICON_CHECK, t.listVerified]);
    if (incentivized) labels.push(['incentivized', ICON_INFO, t.listIncentivized]);
    if (employee) labels.push(['employee', ICON_INFO, t.listEmployee]);
    if (importedFrom) labels.push(['imported', ICON_INFO, t.listImportedFrom(isolate(importedFrom, t.$dir))]);

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
          ${
            review.title
              ? html`<div
                  part="title"
                  class="title"
                  role="heading"
                  aria-level=${level}
                  id="${id}-title"
                  lang=${ifDefined(review.lang)}
                  dir="auto"
                >
                ${this.#mark(review.title)}
              </div>`
              : nothing
          }
        </div>
        <p part="meta" class="meta">
          <span class="author" id="${id}-author" dir="auto">${review.author}</span>${review.date ? this.#renderDate(review.date) : nothing}
        </p>
        ${
          labels.length
            ? html`<ul part="labels" class="labels" aria-label=${t.listAboutReview}>
              ${labels.map(([kind, glyph, text]) => html`<li part="label" class="label ${kind}">${icon(glyph)}<span>${text}</span></li>`)}
            </ul>`
            : nothing
        }
        <div part="body" class="body" id="${id}-body" lang=${ifDefined(review.lang)} dir="auto">
          ${short && !expanded ? html`<p>${this.#mark(short)}…</p>` : html`<p>${this.#mark(review.body)}</p>`}
        </div>
        ${
          short
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
            : nothing
        }
        ${renderReviewAttributes(text, review, this.reviewData?.fit)} ${this.#photos.renderThumbnails(text, review)}
        ${
          review.reply
            ? html`<div part="reply" class="reply">
              <p class="reply-head">
                <strong>${t.listResponseFrom(isolate(review.reply.author, t.$dir))}</strong
                >${review.reply.date ? this.#renderDate(review.reply.date) : nothing}
              </p>
              <p class="reply-body" dir="auto">${review.reply.body}</p>
            </div>`
            : nothing
        }
        ${this.#votes.render(text, review, id)}
      </article>
    </li>`;
  }

  #renderDate(date: Date): TemplateResult {
    const lang = this.resolvedLang;
    return html`<time datetime=${date.toISOString()}>${this.t.listDate(formatDate(lang, date), formatRelativeTime(lang, date))}</time>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-review-list': TrustReviewList;
  }
}
