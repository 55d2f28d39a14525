import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  baseStyles,
  controlStyles,
  cspStyleMap,
  FIXED_ONE_DECIMAL,
  formatPercent,
  isolate,
  numberAttribute,
  parseNumber,
  provideEnglish,
  selectPlural,
} from '@trust-signals/core';
import {
  enAttributes,
  enRating,
  enSummary,
  starTokens,
  summarizeRatings,
  type FitSummary,
  type RatingSummary,
  type ReviewData,
} from '@trust-signals/core/reviews';
import { ReviewDataElement, reviewDataStyles } from '../review-data-element.js';
import { ratingSummaryStyles } from './trust-rating-summary.styles.js';
import type {} from '../star-rating/trust-star-rating.js';

provideEnglish(enRating, enSummary, enAttributes);

/** Fewest answers for which the "would recommend" share is shown (`recommend-minimum`). */
const RECOMMEND_MINIMUM = 10;

/** What the summary needs of the review list named by `for` (the contract `<trust-review-list>` implements). */
interface LinkedList extends HTMLElement {
  /** Stars the list is filtered to, or `null` for all reviews. Setting it filters the list. */
  starFilter?: number | null;
  /** The data the list shows. */
  readonly shownData?: ReviewData;
}

/** Events of the linked list that the summary follows (they bubble and are composed, so the root sees them). */
const LIST_EVENTS = ['trust-data', 'trust-error', 'trust-filter'] as const;

/**
 * A rating summary: the average as stars and as a number, the number of reviews, and a histogram of every star
 * level from the top of the scale down to 1 (levels nobody chose included). Each row reads as text
 * ("5 stars: 62%, 310 reviews") with whole percentages (equal counts read the same), so no one has to judge a bar's length.
 *
 * Data comes as for every review widget: the `data` property, `src`, or a child JSON-LD script. Without data of its
 * own and with `for`, the summary shows the data of the linked `<trust-review-list>`: one inline JSON-LD block
 * inside the list feeds both. The histogram uses the aggregate's distribution, or one computed from the reviews
 * when they are all the ratings; given only a sample of reviews it shows the average and count and says why there
 * is no breakdown. An average that its distribution contradicts is corrected and reported (`trust-error`).
 *
 * Aspect ratings ("Value 4.1 — 183 of 212 reviews rated it"), a fit scale and "would recommend" show when the data
 * has them (see "Attributes, topics and questions"): each aspect's average with how many of all reviews rated it;
 * the fit scale as a table of every point with its share and count (never one averaged needle); and the share who
 * would recommend of those who answered, hidden when fewer than `recommend-minimum` answered.
 *
 * With `for="list-id"` naming a `<trust-review-list>` in the same document (or shadow root), each row is a toggle
 * button (`aria-pressed`) that filters the list to that level; pressing the pressed row shows all reviews again,
 * and a filter set on the list itself is reflected. Without `for` the rows are static text.
 *
 * @tagname trust-rating-summary
 * @dependency trust-star-rating
 * @summary Average, count and full star histogram; rows filter a linked review list.
 *
 * @attr for - Id of the `<trust-review-list>` that the rows filter (and whose data is shown when the summary has none).
 * @attr recommend-minimum - Fewest answers for which "would recommend" is shown (default 10): a share of a handful of
 * answers says little.
 *
 * @slot - Fallback text (e.g. "Rated 4.3 out of 5, 500 reviews"), shown before the element is defined and while it has
 * no data yet (no `data`, `src` or JSON-LD, and nothing from the linked list); not shown once there is data.
 *
 * @event trust-data - New data is shown (its own data only). `detail: { data }`.
 * @event trust-error - The data given is invalid or was corrected (e.g. an average the distribution
 * contradicts). `detail: { element, issues }`, each issue with its field path and severity.
 *
 * @csspart base - The wrapper of the summary.
 * @csspart header - The average, stars and count.
 * @csspart average - The average as a number ("4.3").
 * @csspart count - The number of reviews ("500 reviews").
 * @csspart histogram - The list of star levels.
 * @csspart row - One star level (a list item).
 * @csspart row-button - The toggle button of a row (with `for`), or the row's content (without).
 * @csspart level - The level's name ("5 stars").
 * @csspart bar - The track of a row's bar.
 * @csspart bar-fill - The filled part of a row's bar.
 * @csspart percent - The level's share ("62%").
 * @csspart row-count - The level's number of reviews.
 * @csspart note - Why there is no histogram, when the data has no distribution.
 * @csspart status - The loading, unavailable or empty state.
 * @csspart retry - The "Try again" button after `src` failed.
 * @csspart dropped - Says how many reviews in the data could not be read.
 * @csspart recommend - The "would recommend" line.
 * @csspart aspects - The list of aspect averages.
 * @csspart aspect - One aspect (a list item).
 * @csspart aspect-name - The aspect's name, as the data gives it.
 * @csspart aspect-average - The aspect's average ("4.1").
 * @csspart aspect-count - How many of all reviews rated it.
 * @csspart fit - The fit table.
 * @csspart fit-caption - The fit table's caption (its name and how many answered).
 * @csspart fit-row - One point of the fit scale (a table row).
 *
 * @cssproperty --trust-rating-summary-bar-color - Fill of the bars (default `--trust-color-star`).
 * @cssproperty --trust-rating-summary-track-color - Track of the bars (default a light grey, dark grey in dark schemes).
 * @cssproperty --trust-rating-summary-bar-height - Thickness of the bars (default `0.625em`).
 * @cssproperty --trust-rating-summary-average-size - Font size of the average (default `2.25em`).
 */
export class TrustRatingSummary extends ReviewDataElement {
  static override styles = [baseStyles, starTokens, controlStyles, reviewDataStyles, ratingSummaryStyles];
  static override properties: PropertyDeclarations = {
    ...ReviewDataElement.properties,
    htmlFor: { attribute: 'for' },
    linkedData: { state: true },
    linked: { state: true },
    pressed: { state: true },
    recommendMinimum: { attribute: 'recommend-minimum', converter: numberAttribute },
  };

  /** Fewest answers for which "would recommend" is shown (attribute `recommend-minimum`, default 10). */
  recommendMinimum: number | string | undefined = RECOMMEND_MINIMUM;

  /** Id of the `<trust-review-list>` to filter (attribute `for`), looked up in the summary's document or shadow root. */
  htmlFor = '';

  /** The linked list's data, shown when the summary has none of its own. */
  protected linkedData: ReviewData | undefined;
  /** Whether the element named by `for` exists (rows are buttons only then). */
  protected linked = false;
  /** The star level the linked list is filtered to, or `null`. */
  protected pressed: number | null = null;

  #root: Document | ShadowRoot | undefined;
  #summarized: ReviewData | undefined;
  #summary: RatingSummary | undefined;
  #minimum = RECOMMEND_MINIMUM;

  /** Follows the linked list's events at the root node, so a list that appears or upgrades later is still heard. */
  readonly #onListEvent = (event: Event): void => {
    const target = event.target as Element | null;
    if (!this.htmlFor || target?.id !== this.htmlFor) return;
    if (event.type === 'trust-filter') this.pressed = (event as CustomEvent<{ stars: number | null }>).detail?.stars ?? null;
    else this.#readList();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode();
    this.#root = root instanceof Document || root instanceof ShadowRoot ? root : undefined;
    for (const type of LIST_EVENTS) this.#root?.addEventListener(type, this.#onListEvent);
    this.#readList();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of LIST_EVENTS) this.#root?.removeEventListener(type, this.#onListEvent);
    this.#root = undefined;
  }

  #list(): LinkedList | null {
    return this.htmlFor && this.#root ? (this.#root.getElementById(this.htmlFor) as LinkedList | null) : null;
  }

  /** Reads the linked list's data and filter. */
  #readList(): void {
    const list = this.#list();
    this.linked = !!list;
    this.linkedData = list?.shownData;
    const stars = list?.starFilter;
    this.pressed = typeof stars === 'number' ? stars : null;
  }

  /** Filters the linked list to `level`, or shows all of it again when `level` is already pressed. */
  #toggle(level: number): void {
    const list = this.#list();
    if (!list) return;
    const next = this.pressed === level ? null : level;
    this.pressed = next;
    list.starFilter = next;
  }

  /** The data shown: the summary's own, or else the linked list's. */
  get #data(): ReviewData | undefined {
    return this.dataStatus === 'idle' ? this.linkedData : this.reviewData;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('htmlFor') && this.isConnected) this.#readList();
    const data = this.#data;
    // A summary linked to a list waits for the list's data as for its own.
    this.awaitData(this.dataStatus !== 'idle' || !!data);
    const minimum = parseNumber(this.recommendMinimum, 'recommend-minimum', { min: 0, integer: true, optional: true });
    this.#minimum = minimum.ok ? (minimum.value ?? RECOMMEND_MINIMUM) : RECOMMEND_MINIMUM;
    if (!minimum.ok && changed.has('recommendMinimum')) this.reportIssues(minimum.errors);
    if (data !== this.#summarized) {
      this.#summarized = data;
      const { summary, warnings } = data ? summarizeRatings(data) : { summary: undefined, warnings: [] };
      this.#summary = summary;
      if (warnings.length) this.reportIssues(warnings);
    }
  }

  protected override render() {
    if (this.dataStatus !== 'idle' && this.dataStatus !== 'ready') return this.renderDataState();
    const data = this.#data;
    const s = this.#summary;
    // No data yet (e.g. waiting for the linked list): the fallback text stays.
    if (!data) return this.renderWaiting();
    if (!s || !s.count) return html`<p part="status" class="data-state empty">${this.t.reviewsEmpty}</p>`;
    const { t } = this;
    const average = this.num(s.average, FIXED_ONE_DECIMAL);
    return html`<div part="base" class="base">
      <div part="header" class="header">
        <span part="average" class="average" aria-hidden="true">${average}</span>
        <span class="stars">
          <trust-star-rating value=${s.average} max=${s.max} count=${s.count}></trust-star-rating>
          <span part="count" class="count" aria-hidden="true">${this.plural(t.reviewCount, s.count)}</span>
        </span>
      </div>
      ${this.#renderRecommend(s)}
      ${s.distribution ? this.#renderHistogram(s) : html`<p part="note" class="note">${t.summaryNoBreakdown}</p>`}
      ${this.#renderAspects(s)} ${s.fit ? this.#renderFit(s.fit) : nothing} ${this.renderDropped()}
    </div>`;
  }

  /** "87% would recommend (212 of 244 who answered)", or nothing below the minimum. */
  #renderRecommend(s: RatingSummary) {
    const r = s.recommend;
    if (!r || r.answered < this.#minimum) return nothing;
    const percent = formatPercent(this.resolvedLang, r.percent / 100);
    const text = selectPlural(this.resolvedLang, r.answered, this.t.recommendShare)(this.num(r.answered), percent, this.num(r.yes));
    return html`<p part="recommend" class="recommend">${text}</p>`;
  }

  /** Each aspect's average with how many of all reviews rated it; one sentence each for screen readers. */
  #renderAspects(s: RatingSummary) {
    const { t } = this;
    if (!s.attributes?.length) return nothing;
    return html`<ul part="aspects" class="aspects" aria-label=${t.aspectsLabel}>
      ${s.attributes.map((a) => {
        const average = this.num(a.average, FIXED_ONE_DECIMAL);
        const rated = selectPlural(this.resolvedLang, a.of, t.aspectRated)(this.num(a.of), this.num(a.count));
        const share = Math.max(0, Math.min(100, (a.average / s.max) * 100));
        return html`<li part="aspect" class="aspect">
          <span class="visually-hidden">${t.aspectRow(isolate(a.name, t.$dir), t.aspectOutOf(average, this.num(s.max)), rated)}</span
          ><span part="aspect-name" class="aspect-name" aria-hidden="true">${a.name}</span
          ><span part="bar" class="bar" aria-hidden="true"
            ><span part="bar-fill" class="fill" style=${cspStyleMap({ 'inline-size': `${share}%` })}></span></span
          ><span part="aspect-average" class="aspect-average" aria-hidden="true">${average}</span
          ><span part="aspect-count" class="aspect-count" aria-hidden="true">${rated}</span>
        </li>`;
      })}
    </ul>`;
  }

  /** The fit scale as a table: every point, nobody's included, with its share of who answered and its count. */
  #renderFit(fit: FitSummary) {
    const { t } = this;
    const label = isolate(fit.label ?? t.fitLabel, t.$dir);
    const caption = selectPlural(this.resolvedLang, fit.answered, t.fitCaption)(this.num(fit.answered), label);
    return html`<table part="fit" class="fit">
      <caption part="fit-caption" class="fit-caption">${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.fitAnswer}</th>
          <th scope="col">${t.fitShare}</th>
          <th scope="col">${t.fitCount}</th>
        </tr>
      </thead>
      <tbody>
        ${fit.points.map((point, i) => {
          const share = fit.percentages[i]!;
          return html`<tr part="fit-row">
            <th scope="row">${point}</th>
            <td class="fit-share-cell">
              <span class="fit-share"
                ><span part="bar" class="bar" aria-hidden="true"
                  ><span part="bar-fill" class="fill" style=${cspStyleMap({ 'inline-size': `${share}%` })}></span></span
                ><span class="percent">${formatPercent(this.resolvedLang, share / 100)}</span></span
              >
            </td>
            <td class="row-count">${this.num(fit.counts[i]!)}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  #renderHistogram(s: RatingSummary) {
    const { t } = this;
    const counts = s.distribution!.counts;
    const levels = Array.from({ length: s.max }, (_, i) => s.max - i);
    const buttons = this.linked;
    return html`<ul part="histogram" class="histogram" aria-label=${buttons ? t.summaryFilterBy : t.summaryHistogram}>
      ${levels.map((level) => {
        const n = counts[level - 1]!;
        const share = s.percentages[level - 1]!;
        const stars = this.plural(t.stars, level);
        const percent = formatPercent(this.resolvedLang, share / 100);
        const content = html`<span class="visually-hidden">${t.summaryRow(stars, percent, this.plural(t.reviewCount, n))}</span
          ><span part="level" class="level" aria-hidden="true">${stars}</span
          ><span part="bar" class="bar" aria-hidden="true"
            ><span part="bar-fill" class="fill" style=${cspStyleMap({ 'inline-size': `${share}%` })}></span></span
          ><span part="percent" class="percent" aria-hidden="true">${percent}</span
          ><span part="row-count" class="row-count" aria-hidden="true">${this.num(n)}</span>`;
        return html`<li part="row" class="row">
          ${
            buttons
              ? html`<button
                  part="row-button"
                  class="row-button"
                  type="button"
                  aria-pressed=${this.pressed === level ? 'true' : 'false'}
                  @click=${() => this.#toggle(level)}
                >
                ${content}
              </button>`
              : html`<span part="row-button" class="row-button">${content}</span>`
          }
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-rating-summary': TrustRatingSummary;
  }
}
