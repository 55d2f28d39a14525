import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  baseStyles,
  FIXED_ONE_DECIMAL,
  formatCompact,
  isolate,
  numberAttribute,
  ONE_DECIMAL,
  provideEnglish,
  TrustElement,
  type ParseResult,
} from '@trust-signals/core';
import { enRating, filledFraction, parseRating, rowWidth, STAR, starRowPath, starTokens, type Rating } from '@trust-signals/core/reviews';
import { starRatingStyles } from './trust-star-rating.styles.js';

provideEnglish(enRating);

/** The result before the first update (no value yet): parsed once and shared, as results are immutable. */
const UNSET = parseRating({ value: undefined });

/**
 * A read-only star rating: "★★★★☆ 4.3 (1.2K)", announced as one image, "Rated 4.3 out of 5, 1,234 reviews".
 * The number always has one decimal; counts from 1,000 on are compact. In a narrow card (a 200 px product grid),
 * the number and count wrap below the stars as one piece instead of overflowing; the stars are never clipped.
 *
 * The fill is drawn exactly (3.7 fills three stars and 70 % of the fourth) and starts from the right in
 * right-to-left text. A missing or invalid value is never drawn as stars: the element shows "Rating
 * unavailable", logs one console error naming the attribute, and dispatches `trust-error`.
 *
 * @tagname trust-star-rating
 * @summary Read-only rating display with one accessible name.
 *
 * @slot - Fallback text shown before the element is defined (e.g. "Rated 4.3 out of 5"); not rendered after.
 *
 * @event trust-error - The value, max or count is missing or invalid. `detail: { element, issues }`, each issue
 * with its field path.
 *
 * @csspart base - The wrapper that carries the image role and accessible name.
 * @csspart label - The visible label, when `label` is set.
 * @csspart stars - The row of stars.
 * @csspart value - The visible number, when `show-value` is set.
 * @csspart count - The visible review count, when `count` is set.
 * @csspart unavailable - The "Rating unavailable" text shown for missing or invalid data.
 *
 * @cssproperty --trust-star-rating-size - Height of one star (default `1.25em`); the row scales with it.
 * @cssproperty --trust-star-rating-color - Fill of the filled part of the stars (default `--trust-color-star`).
 * @cssproperty --trust-star-rating-empty-color - Fill of the empty part (default `--trust-color-star-empty`).
 * @cssproperty --trust-star-rating-outline-color - Outline of empty stars (default `--trust-color-star-outline`).
 */
export class TrustStarRating extends TrustElement {
  static override styles = [baseStyles, starTokens, starRatingStyles];
  static override properties: PropertyDeclarations = {
    value: { converter: numberAttribute },
    max: { converter: numberAttribute },
    count: { converter: numberAttribute },
    label: {},
    showValue: { type: Boolean, attribute: 'show-value' },
  };

  /**
   * The rating, a number from 0 to `max`. Required. Numeric strings are accepted; anything else shows the
   * unavailable state. Until a value (or a count) is given, the element waits and shows its light-DOM fallback.
   */
  value: number | string | undefined;

  /** Number of stars, a whole number from 1 to 10. */
  max: number | string | undefined = 5;

  /** Number of reviews behind the rating; shown compactly from 1,000 ("1.2K") and spoken in full ("1,234 reviews"). */
  count: number | string | undefined;

  /** Optional visible label before the stars ("Quality"), also the start of the accessible name. */
  label = '';

  /** Shows the number next to the stars, always with one decimal ("4.3", "4.0"). */
  showValue = false;

  #rating: ParseResult<Rating> = UNSET;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value') || changed.has('max') || changed.has('count')) {
      // No value or count yet (set after a fetch): waiting, not wrong.
      this.awaitData(this.value != null || this.count != null);
      this.#rating = parseRating({ value: this.value, max: this.max, count: this.count });
      this.reportIssues(this.#rating.ok ? [] : this.#rating.errors);
    }
  }

  /** The accessible name, as assistive technology announces it. */
  get accessibleName(): string {
    const { t } = this;
    let name: string;
    if (!this.#rating.ok) name = t.ratingUnavailable;
    else {
      const { value, max, count } = this.#rating.value;
      name = t.ratedOutOf(this.num(value, ONE_DECIMAL), this.num(max));
      if (count !== undefined) name = t.withCount(name, this.plural(t.reviewCount, count));
    }
    return this.label ? t.labelled(isolate(this.label, t.$dir), name) : name;
  }

  protected override render() {
    if (this.waiting) return this.renderWaiting();
    const label = this.label ? html`<span part="label">${this.label}</span>` : nothing;
    if (!this.#rating.ok) {
      return html`<span part="base" role="img" aria-label=${this.accessibleName}
        >${label}<span part="unavailable">${this.t.ratingUnavailable}</span></span
      >`;
    }
    const { value, max, count } = this.#rating.value;
    const d = starRowPath(max);
    const width = rowWidth(max);
    // The filled part is a nested SVG viewport over the same row: it shows only the filled share of the stars.
    // Attributes, not styles: nothing for a strict CSP to block, the fill is right in server-rendered HTML before
    // hydration, and there is no second row of elements to lay out. The viewport reaches 1 unit above and below
    // the row (26 = STAR + 2) so that the stars' outlines are not cut. Right-to-left text mirrors the row in CSS
    // (the stars are symmetric), so the fill starts from the right on the server too. Each attribute is one
    // binding: a binding inside an attribute's text keeps an array per element.
    const size = (filledFraction(value, max) * width).toFixed(3);
    return html`<span part="base" role="img" aria-label=${this.accessibleName}
      >${label}<svg part="stars" viewBox=${`0 0 ${width} ${STAR}`} aria-hidden="true"
        ><path d=${d}></path
        ><svg class="fill" y="-1" width=${size} height="26" viewBox=${`0 -1 ${size} 26`}><path d=${d}></path></svg></svg
      >${this.#renderFigures(value, count)}</span
    >`;
  }

  /**
   * The number and the count, kept together ("4.4 (86)"): in a narrow card they wrap below the stars as one piece.
   * The number always has one decimal ("4.0" beside "3.9"); the count is compact from 1,000 ("1.2K"). One template
   * per combination: nested templates would cost each rating two more template instances and five more parts.
   */
  #renderFigures(value: number, count: number | undefined) {
    const shown = this.showValue && this.num(value, FIXED_ONE_DECIMAL);
    const compact = count !== undefined && `(${formatCompact(this.resolvedLang, count)})`;
    if (shown === false) return compact === false ? nothing : html`<span class="figures"><span part="count">${compact}</span></span>`;
    return compact === false
      ? html`<span class="figures"><span part="value">${shown}</span></span>`
      : html`<span class="figures"><span part="value">${shown}</span><span part="count">${compact}</span></span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-star-rating': TrustStarRating;
  }
}
