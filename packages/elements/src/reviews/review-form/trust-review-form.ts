import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  baseStyles,
  clearDraft,
  controlStyles,
  dispatchSubmit,
  FormControlMixin,
  isRecord,
  numberAttribute,
  parseNumber,
  provideEnglish,
  readDraft,
  surfaceTokens,
  TrustElement,
  writeDraft,
  type DataIssue,
  type SubmitResponse,
  type TrustAddListener,
  type TrustRemoveListener,
} from '@trust-signals/core';
import { enRating, enReviewForm, parseMax } from '@trust-signals/core/reviews';
import type { TrustRatingInput } from '../rating-input/trust-rating-input.js';
import { reviewFormStyles } from './trust-review-form.styles.js';

provideEnglish(enRating, enReviewForm);

/** A review as the page receives it in `trust-submit`. Every text is trimmed. */
export interface ReviewSubmission {
  /** Whole stars from 1 to `best`. */
  readonly rating: number;
  /** The top of the scale (the element's `max`, 5 unless set). */
  readonly best: number;
  readonly title: string;
  readonly body: string;
  /** The display name, shown with the review. */
  readonly author: string;
  /** `''` when the visitor gave none. Never to be shown with the review. */
  readonly email: string;
  /** The element's `name`, when it has one: tells several forms on one page apart. */
  readonly name?: string;
}

/**
 * `detail` of the review form's `trust-submit`: the review and `respondWith(promise)`. `'body' in detail` tells it from
 * a survey answer.
 */
export type ReviewSubmitDetail = ReviewSubmission & SubmitResponse;

/**
 * The events of `<trust-review-form>` with their types. `trust-submit` is also fired by other elements with other details,
 * so the global map types it as the union of them all; on this element it is exactly {@link ReviewSubmitDetail}.
 */
export interface TrustReviewFormEventMap extends HTMLElementEventMap {
  'trust-submit': CustomEvent<ReviewSubmitDetail>;
}

declare module '@trust-signals/core' {
  interface TrustSubmitDetailByTag {
    'trust-review-form': ReviewSubmitDetail;
  }
}

/** `addEventListener` typed by {@link TrustReviewFormEventMap}, so that a listener on the element reads its own `detail`. */
export interface TrustReviewForm {
  addEventListener: TrustAddListener<TrustReviewForm, TrustReviewFormEventMap>;
  removeEventListener: TrustRemoveListener<TrustReviewForm, TrustReviewFormEventMap>;
}

type Field = 'rating' | 'title' | 'body' | 'author' | 'email';
type Phase = 'editing' | 'sending' | 'sent';
type Errors = Partial<Record<Field, string>>;

/** Fields in the order they appear (and are focused when invalid). */
const FIELDS: readonly Field[] = ['rating', 'title', 'body', 'author', 'email'];
/** Characters left at which the count is announced (and when the text goes over the limit or back). */
const THRESHOLDS = [100, 50, 20, 10, 0];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const length = (text: string) => [...text].length;

/**
 * A review submission form: a star rating (`<trust-rating-input>`, nothing preselected, one star allowed), a
 * title, the review text with a character count, a display name and an optional email with an inline data-use
 * note.
 *
 * **Validation.** On submit every field is checked; each message is shown under its field and tied to it
 * (`aria-invalid`, `aria-describedby`, `aria-errormessage`), and focus moves to the first invalid field. A field
 * with an error is re-checked as the visitor types. The character count is always visible; it is announced
 * politely only when fewer than 100, 50, 20, 10 or 0 characters are left, and when the text goes over the limit.
 *
 * **Sending.** The element dispatches a cancelable `trust-submit` whose `detail` is a {@link ReviewSubmission}
 * plus `respondWith(promise)`: the page posts the review and passes its promise. While it is pending the form
 * says "Submitting…" and cannot be submitted again; success replaces the form with a thank-you (`role="status"`),
 * failure keeps everything and says so (`role="alert"`). `preventDefault()` cancels and changes nothing.
 *
 * **Drafts: on by default.** Unlike the rest of the library, which writes storage only on opt-in, this element
 * keeps the unsent review in `sessionStorage` (this tab only) by default, as a lost review is a real loss; the
 * `no-draft` attribute turns it off. The key is `trust-review-form:` plus `draft-key`, else the element's `id`,
 * else the page's path (give each form on a page an `id` or a `draft-key`). The draft is restored when the element
 * is created again (a reload) and removed after a successful send, "Discard draft", or a page form's reset. It
 * holds the rating, title, text and display name; the email address is never written to storage (it is quick to
 * type again, and contact data has no business outliving the visit in a shared browser).
 *
 * **In a page form.** Inside a `<form>` the element has no submit button and is a form control instead: it
 * submits `rating`, `title`, `body`, `author` and `email` (prefixed with `<name>-` when it has a `name`), blocks
 * submission while invalid, and resets with the form.
 *
 * @tagname trust-review-form
 * @summary Review submission form: rating, title, text with count, name, optional email; validation, sending states, drafts.
 * @dependency trust-rating-input
 *
 * @attr name - Form-control name; also sent as `name` in the detail.
 * @attr disabled - Nothing can be edited or sent; also set by a disabled ancestor `<fieldset>`.
 *
 * @slot email-note - Replaces the default data-use note under the email field (say what the email is for).
 *
 * @event trust-submit - The visitor sent a valid review. `detail: ReviewSubmission & { respondWith(promise) }`; cancelable.
 * @event trust-error - `max`, `title-max`, `body-min` or `body-max` is invalid. `detail: { element, issues }`.
 *
 * @csspart base - The form.
 * @csspart field - Each field's wrapper.
 * @csspart label - Each field's label.
 * @csspart input - The title, name and email inputs.
 * @csspart textarea - The review text.
 * @csspart rating - The `<trust-rating-input>`.
 * @csspart hint - The display-name hint and the email note.
 * @csspart count - The visible character count.
 * @csspart error - A field's error message.
 * @csspart submit - The submit button.
 * @csspart draft - The "restored" note and its discard button.
 * @csspart status - Sending and thank-you messages (`role="status"`).
 * @csspart alert - The send failure (`role="alert"`).
 *
 * @cssproperty --trust-review-form-max-width - Widest a field gets (default `40em`).
 */
export class TrustReviewForm extends FormControlMixin(TrustElement) {
  static override styles = [baseStyles, controlStyles, surfaceTokens, reviewFormStyles];
  static override properties: PropertyDeclarations = {
    label: {},
    max: { converter: numberAttribute },
    titleMax: { converter: numberAttribute, attribute: 'title-max' },
    bodyMin: { converter: numberAttribute, attribute: 'body-min' },
    bodyMax: { converter: numberAttribute, attribute: 'body-max' },
    thanks: {},
    noDraft: { type: Boolean, attribute: 'no-draft' },
    draftKey: { attribute: 'draft-key' },
    rating: { attribute: false },
    reviewTitle: { attribute: false },
    body: { attribute: false },
    author: { attribute: false },
    email: { attribute: false },
    phase: { state: true },
    failed: { state: true },
    errors: { state: true },
    restored: { state: true },
    countNews: { state: true },
  };

  /** Accessible name of the form. Default: "Write a review". */
  label = '';
  /** Number of stars (1 to 10). */
  max: number | string | undefined = 5;
  /** Longest title, in characters. */
  titleMax: number | string | undefined = 120;
  /** Shortest review text, in characters. */
  bodyMin: number | string | undefined = 1;
  /** Longest review text, in characters. */
  bodyMax: number | string | undefined = 2000;
  /** Replaces the thank-you message. */
  thanks = '';
  /** Keeps no draft in `sessionStorage` (drafts are on by default for this element). */
  noDraft = false;
  /** Names the stored draft; default: the element's `id`, else the page's path. */
  draftKey = '';

  /** The chosen rating, or `null`. */
  rating: number | null = null;
  /** The title text (`title` is the global HTML attribute, so the property has another name). */
  reviewTitle = '';
  /** The review text. */
  body = '';
  /** The display name. */
  author = '';
  /** The optional email address. */
  email = '';

  private phase: Phase = 'editing';
  private failed = false;
  /** The messages shown: set on submit, then kept current for fields that have one. */
  private errors: Errors = {};
  private restored = false;
  /** What the polite live region says about the character count (only at thresholds). */
  private countNews = '';

  #limits = { max: 5, titleMax: 120, bodyMin: 1, bodyMax: 2000 };
  #countLevel = 0;

  constructor() {
    super();
    // A page form's submission found the review invalid: show every message.
    this.addEventListener('invalid', () => (this.errors = this.#check()));
  }

  /** Focuses the first field (or the first invalid one after a failed submit). */
  override focus(options?: FocusOptions): void {
    this.#focusField(FIELDS.find((f) => this.errors[f]) ?? 'rating', options);
  }

  /** Removes the stored draft and empties the form. */
  discardDraft(): void {
    this.#clearDraft();
    this.#empty();
  }

  /** A page form's submission went through: the review was sent with it. */
  protected override formSubmitted(): void {
    this.#clearDraft();
  }

  get #draftId(): string {
    return `trust-review-form:${this.draftKey || this.id || location.pathname}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated && !this.noDraft) this.#restoreDraft();
    if (changed.has('max') || changed.has('titleMax') || changed.has('bodyMin') || changed.has('bodyMax')) this.#readLimits();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
  }

  #readLimits(): void {
    const issues: DataIssue[] = [];
    const max = parseMax(this.max);
    if (!max.ok) issues.push(...max.errors);
    // Absent or empty means the default, as for a native numeric attribute; anything else is core's to judge.
    const count = (raw: unknown, path: string, fallback: number, min: number) => {
      const n = parseNumber(raw, path, { min, integer: true, optional: true });
      if (!n.ok) issues.push(...n.errors);
      return n.ok ? (n.value ?? fallback) : fallback;
    };
    const bodyMin = count(this.bodyMin, 'body-min', 1, 0);
    this.#limits = {
      max: max.ok ? max.value : 5,
      titleMax: count(this.titleMax, 'title-max', 120, 1),
      bodyMin,
      bodyMax: count(this.bodyMax, 'body-max', 2000, Math.max(1, bodyMin)),
    };
    this.reportIssues(issues);
  }

  /** Every field's problem, in the page's language; `{}` when the review can be sent. */
  #check(): Errors {
    const { t } = this;
    const { titleMax, bodyMin, bodyMax } = this.#limits;
    const errors: Errors = {};
    const title = this.reviewTitle.trim();
    const body = this.body.trim();
    if (this.rating === null) errors.rating = t.ratingRequired;
    if (!title) errors.title = t.reviewTitleRequired;
    else if (length(title) > titleMax) errors.title = this.plural(t.reviewTitleTooLong, titleMax);
    if (!body) errors.body = t.reviewBodyRequired;
    else if (length(body) < bodyMin) errors.body = this.plural(t.reviewBodyTooShort, bodyMin);
    else if (length(body) > bodyMax) errors.body = this.plural(t.reviewBodyTooLong, bodyMax);
    if (!this.author.trim()) errors.author = t.reviewNameRequired;
    if (this.email.trim() && !EMAIL.test(this.email.trim())) errors.email = t.reviewEmailInvalid;
    return errors;
  }

  #submission(): ReviewSubmission {
    return {
      rating: this.rating!,
      best: this.#limits.max,
      title: this.reviewTitle.trim(),
      body: this.body.trim(),
      author: this.author.trim(),
      email: this.email.trim(),
      ...(this.name ? { name: this.name } : {}),
    };
  }

  // FormControlHooks (called by the form-association mixin)
  /** @internal */
  formValue(): FormData | null {
    if (this.rating === null && !this.body) return null;
    const data = new FormData();
    const prefix = this.name ? `${this.name}-` : '';
    const review = { ...this.#submission(), rating: this.rating ?? '' };
    for (const key of FIELDS) data.append(prefix + key, String(review[key]));
    return data;
  }
  /** @internal */
  override formState(): string {
    return JSON.stringify(this.#draft());
  }
  /** @internal */
  resetValue(): void {
    this.#clearDraft();
    this.#empty();
  }
  /** @internal */
  restoreValue(state: string): void {
    try {
      this.#restore(JSON.parse(state));
    } catch {
      // Not ours: nothing to restore.
    }
  }
  /** @internal */
  validate() {
    const errors = this.isDisabled ? {} : this.#check();
    const first = FIELDS.find((f) => errors[f]);
    return {
      flags: { customError: Boolean(first) },
      message: first ? errors[first]! : '',
      anchor: first ? (this.#control(first) ?? undefined) : undefined,
    };
  }

  #draft() {
    return { rating: this.rating, title: this.reviewTitle, body: this.body, author: this.author, email: this.email };
  }

  #restoreDraft(): void {
    const saved = readDraft(this.#draftId);
    if (isRecord(saved)) this.restored = this.#restore(saved);
  }

  /** Puts back a saved review (a bad value is ignored: it is the visitor's data, not the author's). */
  #restore(saved: unknown): boolean {
    if (!isRecord(saved)) return false;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const rating = saved.rating;
    this.rating = typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 10 ? rating : null;
    this.reviewTitle = text(saved.title);
    this.body = text(saved.body);
    this.author = text(saved.author);
    this.email = text(saved.email);
    this.#countLevel = this.#level();
    return this.rating !== null || Boolean(this.reviewTitle || this.body || this.author || this.email);
  }

  #saveDraft(): void {
    if (this.noDraft) return;
    // Everything but the email address (see "Drafts" above).
    const { email: _email, ...d } = this.#draft();
    if (d.rating === null && !d.title && !d.body && !d.author) clearDraft(this.#draftId);
    else writeDraft(this.#draftId, d);
  }

  #clearDraft(): void {
    if (!this.noDraft) clearDraft(this.#draftId);
  }

  #empty(): void {
    this.rating = null;
    this.reviewTitle = this.body = this.author = this.email = '';
    this.errors = {};
    this.failed = false;
    this.restored = false;
    this.countNews = '';
    this.#countLevel = 0;
    this.phase = 'editing';
  }

  /** How many count thresholds the text has passed (`THRESHOLDS.length + 1` when it is over the limit). */
  #level(): number {
    const left = this.#limits.bodyMax - length(this.body);
    return left < 0 ? THRESHOLDS.length + 1 : THRESHOLDS.filter((n) => left <= n).length;
  }

  #countText(): string {
    const left = this.#limits.bodyMax - length(this.body);
    return left < 0 ? this.plural(this.t.reviewCharsOver, -left) : this.plural(this.t.reviewCharsLeft, left);
  }

  #edited(field: Field): void {
    if (field === 'body') {
      const level = this.#level();
      if (level !== this.#countLevel) {
        // Polite and sparse: only when a threshold is crossed (going down to plenty left says nothing).
        this.countNews = level ? this.#countText() : '';
        this.#countLevel = level;
      }
    }
    if (this.errors[field]) this.errors = { ...this.errors, [field]: this.#check()[field] };
    this.failed = false;
    this.#saveDraft();
    this.syncForm();
  }

  #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const field = input.dataset.field as Exclude<Field, 'rating'>;
    if (field === 'title') this.reviewTitle = input.value;
    else this[field] = input.value;
    this.#edited(field);
  };

  #onRating = (event: Event): void => {
    const value = (event.target as TrustRatingInput).value;
    this.rating = typeof value === 'number' ? value : null;
    this.#edited('rating');
  };

  #control(field: Field): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${field}`);
  }

  #focusField(field: Field, options?: FocusOptions): void {
    this.#control(field)?.focus(options);
  }

  #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.phase !== 'editing' || this.isDisabled) return;
    const errors = this.#check();
    const first = FIELDS.find((f) => errors[f]);
    if (first) {
      this.errors = errors;
      this.failed = false;
      await this.updateComplete;
      if (first === 'rating') (this.#control('rating') as TrustRatingInput | null)?.checkValidity();
      this.#focusField(first);
      return;
    }
    this.errors = {};
    const outcome = dispatchSubmit(this, this.#submission());
    if (outcome.cancelled) return;
    this.failed = false;
    if (outcome.reply) {
      this.phase = 'sending';
      if (!(await outcome.reply)) {
        this.phase = 'editing';
        this.failed = true;
        return;
      }
    }
    const hadFocus = Boolean(this.shadowRoot?.activeElement);
    this.#clearDraft();
    this.phase = 'sent';
    await this.updateComplete;
    if (hadFocus) this.renderRoot.querySelector<HTMLElement>('#status')?.focus();
  };

  protected override render() {
    const { t } = this;
    const sent = this.phase === 'sent';
    const status = sent ? this.thanks || t.reviewThanks : this.phase === 'sending' ? t.reviewSending : '';
    return html`${sent ? nothing : this.#renderForm()}
      <div part="status" id="status" class=${classMap({ status: true, sent })} role="status" tabindex=${ifDefined(sent ? '-1' : undefined)}>
        ${status || nothing}
      </div>
      <div part="alert" class="alert" role="alert">${this.failed ? t.reviewSendFailed : nothing}</div>`;
  }

  #renderForm() {
    const { t } = this;
    const { errors } = this;
    const disabled = this.isDisabled;
    const sending = this.phase === 'sending';
    const over = length(this.body) > this.#limits.bodyMax;
    const error = (field: Field) =>
      errors[field] ? html`<p part="error" id=${`${field}-error`} class="error">${errors[field]}</p>` : nothing;
    const described = (field: Field, ...ids: string[]) =>
      [...ids, errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined;
    const text = (
      field: 'title' | 'author' | 'email',
      label: string,
      value: string,
      extra: { type?: 'text' | 'email'; autocomplete?: 'nickname' | 'email' | 'off'; hint?: unknown } = {},
    ) =>
      html`<div part="field" class="field">
        <label part="label" for=${field}>${label}</label>
        ${extra.hint ?? nothing}
        <input
          part="input"
          id=${field}
          data-field=${field}
          type=${extra.type ?? 'text'}
          dir=${ifDefined(field === 'email' ? undefined : 'auto')}
          autocomplete=${ifDefined(extra.autocomplete)}
          .value=${value}
          ?disabled=${disabled}
          ?readonly=${sending}
          aria-required=${ifDefined(field === 'email' ? undefined : 'true')}
          aria-invalid=${errors[field] ? 'true' : 'false'}
          aria-describedby=${ifDefined(described(field, ...(extra.hint ? [`${field}-hint`] : [])))}
          aria-errormessage=${ifDefined(errors[field] ? `${field}-error` : undefined)}
          @input=${this.#onInput}
        />
        ${error(field)}
      </div>`;
    return html`<form part="base" class="form" novalidate aria-label=${this.label || t.reviewFormLabel} @submit=${this.#onSubmit}>
      ${
        this.restored
          ? html`<p part="draft" class="draft">
            ${t.reviewDraftRestored}
            <button type="button" class="secondary" ?disabled=${disabled || sending} @click=${() => this.discardDraft()}
              >${t.reviewDiscardDraft}</button
            >
          </p>`
          : nothing
      }
      <div part="field" class="field">
        <trust-rating-input
          part="rating"
          id="rating"
          label=${t.reviewRatingLabel}
          max=${this.#limits.max}
          required
          .value=${this.rating}
          ?disabled=${disabled}
          ?readonly=${sending}
          @change=${this.#onRating}
        ></trust-rating-input>
      </div>
      ${text('title', t.reviewTitleLabel, this.reviewTitle)}
      <div part="field" class="field">
        <label part="label" for="body">${t.reviewBodyLabel}</label>
        <textarea
          part="textarea"
          id="body"
          data-field="body"
          rows="6"
          dir="auto"
          .value=${this.body}
          ?disabled=${disabled}
          ?readonly=${sending}
          aria-required="true"
          aria-invalid=${errors.body ? 'true' : 'false'}
          aria-describedby=${ifDefined(described('body', 'body-count'))}
          aria-errormessage=${ifDefined(errors.body ? 'body-error' : undefined)}
          @input=${this.#onInput}
        ></textarea>
        <p part="count" id="body-count" class=${classMap({ count: true, over })}>${this.#countText()}</p>
        <p class="visually-hidden" aria-live="polite">${this.countNews}</p>
        ${error('body')}
      </div>
      ${text('author', t.reviewNameLabel, this.author, {
        autocomplete: 'nickname',
        hint: html`<p part="hint" id="author-hint" class="hint">${t.reviewNameHint}</p>`,
      })}
      ${text('email', t.reviewEmailLabel, this.email, {
        type: 'email',
        autocomplete: 'email',
        hint: html`<p part="hint" id="email-hint" class="hint"><slot name="email-note">${t.reviewEmailNote}</slot></p>`,
      })}
      ${
        this.form
          ? nothing
          : html`<div class="actions">
            <button
              part="submit"
              class="submit"
              type="submit"
              ?disabled=${disabled}
              aria-disabled=${ifDefined(sending ? 'true' : undefined)}
            >
              ${t.reviewSubmit}
            </button>
          </div>`
      }
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-review-form': TrustReviewForm;
  }
}
