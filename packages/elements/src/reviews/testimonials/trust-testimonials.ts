import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  baseStyles,
  controlStyles,
  isolate,
  numberAttribute,
  parseChoice,
  parseNumber,
  parseUrl,
  provideEnglish,
  surfaceTokens,
  type DataIssue,
} from '@trust-signals/core';
import { enRating, enTestimonials, type Review } from '@trust-signals/core/reviews';
import { ReviewDataElement, reviewDataStyles } from '../review-data-element.js';
// The star rating's tag type (HTMLElementTagNameMap), without loading its module: the registering entry defines it.
import type {} from '../star-rating/trust-star-rating.js';
import { testimonialsStyles } from './trust-testimonials.styles.js';

provideEnglish(enRating, enTestimonials);

/** How the quotes are laid out. */
export type TestimonialsLayout = 'carousel' | 'grid';
const LAYOUTS: readonly TestimonialsLayout[] = ['carousel', 'grid'];

const chevron = svg`<path d="M10 3.5L5.5 8l4.5 4.5"></path>`;
const pauseIcon = svg`<path d="M5.5 3.5v9M10.5 3.5v9"></path>`;
const playIcon = svg`<path d="M5 3l8 5-8 5z"></path>`;

/**
 * Hand-picked quotes or reviews, shown honestly: the element always says that they are a selection ("Selected
 * reviews", with a note that they do not represent all reviews) and, when its data has the aggregate of all
 * reviews, shows their true average and count next to a link to all of them (`all-reviews-href`).
 *
 * **Data** (by `data`, `src` or a child JSON-LD script, as every review widget): `{ aggregate?, reviews }` where
 * each review is `{ rating, body, author, title?, best? = 5, verified?, incentivized?, employee?, importedFrom? }`
 * (the body is the quote) and `aggregate` is `{ average, count }` of ALL reviews, not of the selection (with a
 * `distribution` the average is checked against it). Labels (verified purchase, incentive, employee, imported) are
 * always shown with the quote. A schema.org Product with `aggregateRating` and `review` works too.
 *
 * **Carousel** (default): the WAI-ARIA APG carousel. A region with role description "carousel", one slide at a
 * time (a group with role description "slide" named "2 of 5"), Previous and Next buttons (wrapping). It never
 * rotates on its own unless `autoplay` is set; then it has a Stop/Start rotation button, pauses while the pointer
 * is over it, stops when focus enters it (until the visitor starts it again), and never rotates when the visitor
 * prefers reduced motion. While it rotates the slides are not a live region; otherwise changing slide is
 * announced politely. **Grid** (`layout="grid"`): every quote at once, as a list.
 *
 * @tagname trust-testimonials
 * @summary Hand-picked reviews as a carousel with pause or a grid; always says it is a selection and links to all reviews.
 * @dependency trust-star-rating
 *
 * @event trust-data - New data is shown. `detail: { data }`.
 * @event trust-error - The data, `layout`, `interval` or `all-reviews-href` is invalid. `detail: { element, issues }`.
 *
 * @csspart base - The region.
 * @csspart heading - The selection statement ("Selected reviews").
 * @csspart note - The note that the quotes are chosen.
 * @csspart controls - The carousel's buttons.
 * @csspart rotation - The Stop/Start rotation button.
 * @csspart previous - The Previous button.
 * @csspart next - The Next button.
 * @csspart slides - The carousel's slides, or the grid's list.
 * @csspart slide - One quote (a slide or a grid item).
 * @csspart quote - The quoted text.
 * @csspart author - Who wrote it.
 * @csspart labels - The labels (verified purchase, incentive, employee, imported).
 * @csspart aggregate - The average and count of all reviews, and the link.
 * @csspart all-reviews - The link to all reviews.
 * @csspart status - Loading, unavailable and empty states.
 * @csspart retry - The "Try again" button after a failed `src`.
 * @csspart dropped - The disclosure of reviews that could not be shown.
 *
 * @cssproperty --trust-testimonials-min-column - Narrowest grid column (default `16em`).
 * @cssproperty --trust-testimonials-quote-size - Font size of the quote (default `1.0625em`).
 */
export class TrustTestimonials extends ReviewDataElement {
  static override styles = [baseStyles, controlStyles, surfaceTokens, reviewDataStyles, testimonialsStyles];
  static override properties: PropertyDeclarations = {
    ...ReviewDataElement.properties,
    layout: {},
    autoplay: { type: Boolean },
    interval: { converter: numberAttribute },
    allReviewsHref: { attribute: 'all-reviews-href' },
    headingLevel: { converter: numberAttribute, attribute: 'heading-level' },
    index: { state: true },
    stopped: { state: true },
    hovered: { state: true },
    reducedMotion: { state: true },
  };

  /** `carousel` (one quote at a time) or `grid` (all at once). */
  layout: TestimonialsLayout | string = 'carousel';
  /** Rotates the carousel on its own (never under reduced motion; paused on hover, stopped by focus). */
  autoplay = false;
  /** Milliseconds per slide when rotating (at least 3000). */
  interval: number | string | undefined = 7000;
  /** Where all reviews are (http(s) or relative). */
  allReviewsHref = '';
  /** Level of the "Selected reviews" heading (1–6). */
  headingLevel: number | string | undefined = 2;

  /** The slide shown (0-based). */
  private index = 0;
  /** The visitor stopped rotation (the button, or focus moving in). */
  private stopped = false;
  private hovered = false;
  private reducedMotion = false;

  #layout: TestimonialsLayout = 'carousel';
  #href: string | undefined;
  #interval = 7000;
  /** The heading level, parsed from `heading-level` (2 when it is invalid, and reported). */
  #level = 2;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #motion: MediaQueryList | undefined;
  #onMotion = () => (this.reducedMotion = Boolean(this.#motion?.matches));

  override connectedCallback(): void {
    super.connectedCallback();
    this.#motion ??= globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
    this.#motion?.addEventListener('change', this.#onMotion);
    this.#onMotion();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#motion?.removeEventListener('change', this.#onMotion);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Whether the carousel is rotating on its own right now. */
  get rotating(): boolean {
    return this.#canRotate && !this.stopped && !this.hovered;
  }

  /** Autoplay asked for, allowed (no reduced motion), and something to rotate. */
  get #canRotate(): boolean {
    // Read live as well as on 'change': the preference is honoured even before its change event arrives.
    const reduced = this.reducedMotion || Boolean(this.#motion?.matches);
    return this.autoplay && !reduced && this.#layout === 'carousel' && this.#quotes.length > 1;
  }

  get #quotes(): readonly Review[] {
    return this.dataStatus === 'ready' ? (this.reviewData?.reviews ?? []) : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout') || changed.has('allReviewsHref') || changed.has('interval') || changed.has('headingLevel')) {
      const issues: DataIssue[] = [];
      const layout = parseChoice(this.layout || 'carousel', 'layout', LAYOUTS);
      if (!layout.ok) issues.push(...layout.errors);
      this.#layout = (layout.ok && layout.value) || 'carousel';
      const href = this.allReviewsHref ? parseUrl(this.allReviewsHref, 'all-reviews-href', { mailto: false }) : undefined;
      if (href && !href.ok) issues.push(...href.errors);
      this.#href = href?.ok ? href.value : undefined;
      // At least 3 s per slide (WCAG 2.2.2 leaves time to read); a bad value is reported and the default used.
      const interval = parseNumber(this.interval, 'interval', { optional: true, min: 3000 });
      if (!interval.ok) issues.push(...interval.errors);
      this.#interval = (interval.ok && interval.value) || 7000;
      const level = parseNumber(this.headingLevel, 'heading-level', { min: 1, max: 6, integer: true });
      if (!level.ok) issues.push(...level.errors);
      this.#level = level.ok ? level.value : 2;
      // Reported only when the data has nothing to report (the base reports data issues).
      if (issues.length) this.reportIssues(issues);
    }
    if (this.index >= this.#quotes.length) this.index = 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#schedule();
  }

  #schedule(): void {
    if (!this.rotating) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      return;
    }
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      if (this.rotating) this.#go(1);
    }, this.#interval);
  }

  #go(step: number): void {
    const n = this.#quotes.length;
    if (n) this.index = (this.index + step + n) % n;
  }

  #move = (step: number) => () => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#go(step);
  };

  #toggleRotation = (): void => {
    this.stopped = !this.stopped;
    // The button is inside the carousel: starting it while focused there must not stop it again at once.
    this.#resumeByButton = !this.stopped;
  };

  #resumeByButton = false;

  #onFocusIn = (): void => {
    if (this.#resumeByButton) return;
    if (this.#canRotate) this.stopped = true;
  };

  #onFocusOut = (event: FocusEvent): void => {
    if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.#resumeByButton = false;
  };

  protected override render() {
    const { t } = this;
    const carousel = this.#layout === 'carousel';
    const state = this.renderDataState();
    const quotes = this.#quotes;
    const level = this.#level;
    return html`<section
      part="base"
      class=${classMap({ base: true, [this.#layout]: true })}
      aria-roledescription=${ifDefined(carousel && quotes.length ? t.testimonialsCarousel : undefined)}
      aria-labelledby="heading"
      @focusin=${this.#onFocusIn}
      @focusout=${this.#onFocusOut}
      @pointerenter=${() => (this.hovered = true)}
      @pointerleave=${() => (this.hovered = false)}
    >
      <div class="head">
        <div part="heading" id="heading" class="heading" role="heading" aria-level=${level}>${t.testimonialsSelected}</div>
        <p part="note" class="note">${t.testimonialsSelectedNote}</p>
      </div>
      ${state !== nothing ? state : carousel ? this.#renderCarousel(quotes) : this.#renderGrid(quotes)} ${this.renderDropped()}
      ${this.#renderAggregate()}
    </section>`;
  }

  #renderCarousel(quotes: readonly Review[]) {
    const { t } = this;
    const total = this.num(quotes.length);
    const several = quotes.length > 1;
    const rtl = this.resolvedDir === 'rtl';
    return html`${
      several
        ? html`<div part="controls" class="controls">
            ${
              this.#canRotate
                ? html`<button part="rotation" type="button" class="rotation" @click=${this.#toggleRotation}>
                  <svg viewBox="0 0 16 16" aria-hidden="true">${this.stopped ? playIcon : pauseIcon}</svg
                  >${this.stopped ? t.testimonialsStart : t.testimonialsStop}
                </button>`
                : nothing
            }
            <button part="previous" type="button" class="step" @click=${this.#move(-1)}>
              <svg class=${rtl ? 'flip' : ''} viewBox="0 0 16 16" aria-hidden="true">${chevron}</svg>${t.testimonialsPrevious}
            </button>
            <button part="next" type="button" class="step next" @click=${this.#move(1)}>
              ${t.testimonialsNext}<svg class=${rtl ? '' : 'flip'} viewBox="0 0 16 16" aria-hidden="true">${chevron}</svg>
            </button>
            <span class="position" aria-hidden="true">${t.testimonialsSlideOf(this.num(this.index + 1), total)}</span>
          </div>`
        : nothing
    }
      <div part="slides" class="slides" aria-live=${this.rotating ? 'off' : 'polite'}>
        ${quotes.map(
          (r, i) =>
            html`<div
              part="slide"
              class="slide"
              role="group"
              aria-roledescription=${t.testimonialsSlide}
              aria-label=${t.testimonialsSlideOf(this.num(i + 1), total)}
              ?hidden=${i !== this.index}
            >
              ${this.#renderQuote(r)}
            </div>`,
        )}
      </div>`;
  }

  #renderGrid(quotes: readonly Review[]) {
    return html`<ul part="slides" class="grid-list" role="list">
      ${quotes.map((r) => html`<li part="slide" class="slide">${this.#renderQuote(r)}</li>`)}
    </ul>`;
  }

  #renderQuote(r: Review) {
    const { t } = this;
    const l = r.labels;
    const labels = [
      l.verified ? t.testimonialsVerified : '',
      l.incentivized ? t.testimonialsIncentivized : '',
      l.employee ? t.testimonialsEmployee : '',
      l.importedFrom ? t.testimonialsImported(isolate(l.importedFrom, t.$dir)) : '',
    ].filter(Boolean);
    return html`<figure class="quote-box" lang=${ifDefined(r.lang)}>
      <trust-star-rating .value=${r.rating} .max=${r.best}></trust-star-rating>
      ${r.title ? html`<p class="title" dir="auto">${r.title}</p>` : nothing}
      <blockquote part="quote" class="quote"><p dir="auto">${r.body}</p></blockquote>
      <figcaption part="author" class="author" dir="auto">${r.author}</figcaption>
      ${labels.length ? html`<ul part="labels" class="labels" role="list">${labels.map((x) => html`<li>${x}</li>`)}</ul>` : nothing}
    </figure>`;
  }

  #renderAggregate() {
    const { t } = this;
    const aggregate = this.dataStatus === 'ready' ? this.reviewData?.aggregate : undefined;
    const href = this.#href;
    if (!aggregate && !href) return nothing;
    return html`<div part="aggregate" class="aggregate">
      ${
        aggregate
          ? html`<span class="all-label">${t.testimonialsAllReviews}</span>
            <trust-star-rating
              .value=${aggregate.average}
              .max=${aggregate.best}
              .count=${aggregate.count}
              .showValue=${true}
            ></trust-star-rating>`
          : nothing
      }
      ${
        href
          ? html`<a part="all-reviews" class="all-reviews" href=${href}
            >${aggregate ? this.plural(t.testimonialsReadAll, aggregate.count) : t.testimonialsReadAllPlain}</a
          >`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-testimonials': TrustTestimonials;
  }
}
