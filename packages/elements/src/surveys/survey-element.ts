import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  clearDraft,
  dispatchSubmit,
  FormControlMixin,
  isolate,
  isRecord,
  provideEnglish,
  RadioGroupController,
  readDraft,
  TrustElement,
  writeDraft,
  type DataIssue,
  type ParseResult,
  type SubmitResponse,
} from '@trust-signals/core';
import { enSurvey } from '@trust-signals/core/surveys';

provideEnglish(enSurvey);

/** How the page tells a survey whether sending worked (see `SubmitResponse` in core). */
export type SurveyResponse = SubmitResponse;

type Phase = 'answering' | 'sending' | 'sent';
type Problem = 'required' | 'failed' | null;

const checkMark = svg`<path d="M3.5 8.5l3 3 6-7"></path>`;

/**
 * What `<trust-nps-survey>` and `<trust-csat-survey>` share: a question (a `<fieldset>` whose `<legend>` names a
 * WAI-ARIA radio group), an optional follow-up question, a Send button or form association, and the sending,
 * failure and thank-you states. A subclass supplies the scale, the words and the shape of its answer.
 *
 * Nothing is ever preselected: there is no `value` attribute, only a `value` property for scripts.
 *
 * **Sending.** Outside a page `<form>` the survey has its own Send button. Send dispatches a cancelable
 * `trust-submit` event whose `detail` holds the answer and `respondWith(promise)` (see {@link SurveyResponse}).
 * `preventDefault()` cancels the send and changes nothing. Inside a page `<form>` there is no Send button: the
 * survey is a form control (its `name` submits the answer, `follow-up-name` the follow-up text; `required`
 * blocks submission with a localized message) and the page's own submit button sends.
 *
 * **Nothing is lost.** A failed send keeps the answer. With `draft-key`, and only then (no storage is written
 * without it), the answer and the follow-up text are kept in `sessionStorage` as they change, restored when the
 * element is created again in the same tab (a reload), and removed after a successful send, a form reset, a
 * page form's submission that is not cancelled, or `forgetDraft()`. Inside a page form the browser's own form
 * state restore also brings the answer back (back/forward, reload).
 */
export abstract class SurveyElement extends FormControlMixin(TrustElement) {
  static override properties: PropertyDeclarations = {
    value: { attribute: false },
    followUpText: { attribute: false },
    subject: {},
    question: {},
    followUp: { type: Boolean, attribute: 'follow-up', reflect: true },
    followUpLabel: { attribute: 'follow-up-label' },
    followUpName: { attribute: 'follow-up-name' },
    thanks: {},
    draftKey: { attribute: 'draft-key' },
    required: { type: Boolean, reflect: true },
    phase: { state: true },
    problem: { state: true },
  };

  /**
   * The chosen answer, or `null`. A property only: setting it from script fires no event; an invalid value is
   * reported (`trust-error`) and nothing is chosen.
   */
  value: number | string | null = null;

  /** The text of the answer to the follow-up question. */
  followUpText = '';

  /** What the question is about ("Acme", "your order"), put into the standard question. */
  subject = '';

  /** Replaces the whole standard question. */
  question = '';

  /** Asks an optional follow-up question once an answer is chosen; its wording adapts to the answer. */
  followUp = false;

  /** Replaces the follow-up question (for every answer). */
  followUpLabel = '';

  /** Name under which a page form submits the follow-up text. Default: `<name>-follow-up`. */
  followUpName = '';

  /** Replaces the thank-you message. */
  thanks = '';

  /**
   * Opt-in: keeps the unsent answer in `sessionStorage` under this key (per tag), so that a reload does not lose
   * it. Without it nothing is stored.
   */
  draftKey = '';

  /** Inside a page form: an answer must be chosen before the form can be submitted. */
  required = false;

  private phase: Phase = 'answering';
  private problem: Problem = null;

  #value: number | null = null;
  #draftRead = '';

  #group = new RadioGroupController(this, {
    selected: () => (this.#value === null ? null : this.#value - this.range[0]),
    choose: (index) => this.#choose(index + this.range[0]),
    disabled: () => this.isDisabled,
  });

  /** The lowest and highest answer. */
  protected abstract get range(): readonly [min: number, max: number];
  /** Reads an answer (`null`: none) and says what is wrong with a bad one, at `path`. */
  protected abstract parseAnswer(raw: unknown, path: string): ParseResult<number | null>;
  /** The question, in the page's language unless the author replaced it. */
  protected abstract questionText(): string;
  /** The content of one option; its text is the option's accessible name. */
  protected abstract renderOption(value: number): unknown;
  /** The follow-up question for an answer. */
  protected abstract followUpQuestion(value: number): string;
  /** The answer as the page receives it in `trust-submit`. */
  protected abstract answer(value: number, followUp: string): object;

  /** The id of an element that describes an option (an anchor label), if any. */
  protected describeOption(_value: number): string | undefined {
    return undefined;
  }
  /** What follows the options inside the fieldset (anchor labels). */
  protected renderScaleNotes(): unknown {
    return nothing;
  }
  /** Other attribute problems to report along with the value's. */
  protected checkAttributes(): DataIssue[] {
    return [];
  }

  constructor() {
    super();
    this.addEventListener('invalid', () => {
      this.problem = 'required';
    });
  }

  /** Focuses the chosen answer, or the first. Nothing else ever moves focus into the survey. */
  override focus(options?: FocusOptions): void {
    this.#group.focus(options);
  }

  /** Removes the stored draft (e.g. after the page sent a page form's data itself). */
  forgetDraft(): void {
    if (this.draftKey) clearDraft(this.#draftId);
  }

  get #draftId(): string {
    return `${this.localName}:${this.draftKey}`;
  }

  /** Sent, as far as the survey can know: a page form's submission that nobody cancelled. */
  protected override formSubmitted(): void {
    this.forgetDraft();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('draftKey') && this.draftKey && this.#draftRead !== this.draftKey) this.#restoreDraft();
    const value = this.parseAnswer(this.value, 'value');
    this.#value = value.ok ? value.value : null;
    this.reportIssues([...(value.ok ? [] : value.errors), ...this.checkAttributes()]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
  }

  // FormControlHooks (called by the form-association mixin)
  /** @internal */
  formValue(): string | FormData | null {
    if (this.#value === null) return null;
    const score = String(this.#value);
    const text = this.followUp ? this.followUpText.trim() : '';
    if (!text || !this.name) return score;
    const data = new FormData();
    data.append(this.name, score);
    data.append(this.followUpName || `${this.name}-follow-up`, text);
    return data;
  }
  /** @internal */
  override formState(): string | null {
    return this.#value === null && !this.followUpText ? null : JSON.stringify({ value: this.#value, followUp: this.followUpText });
  }
  /** @internal */
  resetValue(): void {
    this.value = null;
    this.#value = null;
    this.followUpText = '';
    this.phase = 'answering';
    this.problem = null;
    this.forgetDraft();
  }
  /** @internal */
  restoreValue(state: string): void {
    let saved: unknown;
    try {
      saved = JSON.parse(state);
    } catch {
      saved = state;
    }
    this.#restore(isRecord(saved) ? saved : { value: saved });
  }
  /** @internal */
  validate() {
    const missing = this.required && this.#value === null && !this.isDisabled;
    return { flags: { valueMissing: missing }, message: missing ? this.t.surveyRequired : '', anchor: this.#group.radios[0] };
  }

  #restoreDraft(): void {
    this.#draftRead = this.draftKey;
    if (this.#value !== null || this.value !== null || this.followUpText) return;
    const saved = readDraft(this.#draftId);
    if (isRecord(saved)) this.#restore(saved);
  }

  /** Puts back a saved answer; a bad one is ignored (it is the visitor's, not the author's, data). */
  #restore(saved: Record<string, unknown>): void {
    const value = this.parseAnswer(saved.value, 'value');
    if (value.ok) {
      this.value = value.value;
      this.#value = value.value;
    }
    if (typeof saved.followUp === 'string') this.followUpText = saved.followUp;
  }

  #saveDraft(): void {
    if (!this.draftKey) return;
    if (this.#value === null && !this.followUpText) clearDraft(this.#draftId);
    else writeDraft(this.#draftId, { value: this.#value, followUp: this.followUpText });
  }

  get #interactive(): boolean {
    return !this.isDisabled && this.phase === 'answering';
  }

  /** Commits an answer the visitor chose, and tells the page. */
  #choose(value: number): void {
    if (!this.#interactive || value === this.#value) return;
    this.value = value;
    this.#value = value;
    if (this.problem === 'required') this.problem = null;
    this.syncForm();
    this.#saveDraft();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #onFollowUpInput = (event: Event): void => {
    this.followUpText = (event.target as HTMLTextAreaElement).value;
    this.syncForm();
    this.#saveDraft();
  };

  #send = async (): Promise<void> => {
    if (!this.#interactive) return;
    if (this.#value === null) {
      // Cleared first, so that a second Send without an answer is announced again.
      this.problem = null;
      await this.updateComplete;
      this.problem = 'required';
      return;
    }
    const outcome = dispatchSubmit(this, this.answer(this.#value, this.followUp ? this.followUpText.trim() : ''));
    if (outcome.cancelled) return;
    this.problem = null;
    if (!outcome.reply) return this.#settle(true);
    this.phase = 'sending';
    return this.#settle(await outcome.reply);
  };

  async #settle(sent: boolean): Promise<void> {
    if (!sent) {
      this.phase = 'answering';
      this.problem = 'failed';
      return;
    }
    // The Send button is about to go: if it had focus, focus moves to the thank-you, not to the page's start.
    const hadFocus = Boolean(this.shadowRoot?.activeElement);
    this.phase = 'sent';
    this.forgetDraft();
    await this.updateComplete;
    if (hadFocus) this.renderRoot.querySelector<HTMLElement>('#status')?.focus();
  }

  protected override render() {
    const { t } = this;
    const sent = this.phase === 'sent';
    const status = sent ? this.thanks || t.surveyThanks : this.phase === 'sending' ? t.surveySending : '';
    const problem = this.problem === 'failed' ? t.surveySendFailed : this.problem === 'required' ? t.surveyRequired : '';
    return html`<div part="base" class=${classMap({ base: true, disabled: this.isDisabled })}>
      ${sent ? nothing : this.#renderQuestion()}
      <div part="status" id="status" class=${classMap({ status: true, sent })} role="status" tabindex=${ifDefined(sent ? '-1' : undefined)}
        >${sent ? html`<svg class="sent-mark" viewBox="0 0 16 16" aria-hidden="true">${checkMark}</svg>` : nothing}${status || nothing}</div
      >
      <div part="error" id="error" class="error" role="alert">${problem || nothing}</div>
    </div>`;
  }

  #renderQuestion() {
    const { t } = this;
    const value = this.#value;
    const disabled = this.isDisabled;
    const sending = this.phase === 'sending';
    const invalid = this.problem === 'required';
    const [min, max] = this.range;
    const options = [];
    for (let v = min; v <= max; v++) {
      const checked = v === value;
      options.push(html`<div
        part=${checked ? 'option option-checked' : 'option'}
        class=${classMap({ option: true, checked })}
        role="radio"
        aria-checked=${checked ? 'true' : 'false'}
        aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
        aria-describedby=${ifDefined(this.describeOption(v))}
        tabindex=${this.#group.tabIndex(v - min)}
        @click=${() => this.#choose(v)}
        @focus=${() => this.#group.setFocused(v - min)}
        @blur=${() => this.#group.setFocused(null)}
        >${this.renderOption(v)}<svg class="check" viewBox="0 0 16 16" aria-hidden="true">${checkMark}</svg></div
      >`);
    }
    return html`<fieldset part="fieldset" class="fieldset">
        <legend part="question" id="question" class="question">${this.question || this.questionText()}</legend>
        <div class="scale">
          <div
            part="options"
            class="options"
            role="radiogroup"
            aria-labelledby="question"
            aria-describedby=${ifDefined(invalid ? 'error' : undefined)}
            aria-required=${ifDefined(this.required ? 'true' : undefined)}
            aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
            aria-readonly=${ifDefined(sending ? 'true' : undefined)}
            aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
            @keydown=${this.#group.onKeyDown}
          >
            ${options}
          </div>
          ${this.renderScaleNotes()}
        </div>
      </fieldset>
      ${
        this.followUp && value !== null
          ? html`<div part="follow-up" class="follow-up">
            <label part="follow-up-label" for="follow-up"
              >${t.optionalField(this.followUpLabel ? isolate(this.followUpLabel, t.$dir) : this.followUpQuestion(value))}</label
            >
            <textarea
              part="follow-up-input"
              id="follow-up"
              rows="3"
              .value=${this.followUpText}
              ?disabled=${disabled}
              ?readonly=${sending}
              @input=${this.#onFollowUpInput}
            ></textarea>
          </div>`
          : nothing
      }
      ${
        this.form
          ? nothing
          : html`<div class="actions">
            <button
              part="submit"
              class="submit"
              type="button"
              ?disabled=${disabled}
              aria-disabled=${ifDefined(sending ? 'true' : undefined)}
              @click=${this.#send}
            >
              ${t.surveySend}
            </button>
          </div>`
      }`;
  }
}
