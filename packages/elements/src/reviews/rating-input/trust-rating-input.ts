import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  baseStyles,
  controlStyles,
  FormControlMixin,
  numberAttribute,
  provideEnglish,
  RadioGroupController,
  selectPlural,
  TrustElement,
  type DataIssue,
} from '@trust-signals/core';
import { enRating, parseMax, parseRatingChoice, starRowPath, starTokens } from '@trust-signals/core/reviews';
import { ratingInputStyles } from './trust-rating-input.styles.js';

provideEnglish(enRating);

/**
 * A form-associated rating input: choose 1 to `max` stars. It follows the WAI-ARIA radio-group pattern
 * (Tab lands on the chosen star or the first; arrow keys move and choose, following the reading direction;
 * Home/End; Space chooses), has no preselected value, previews on hover without committing, and takes part
 * in `<form>` submission, reset, state restore, fieldset disabling and validation like a native control.
 *
 * @tagname trust-rating-input
 * @summary Form-associated star rating input (radio-group pattern).
 *
 * @attr name - Name under which the value is submitted with the form.
 * @attr disabled - Not focusable and not submitted; also set by a disabled ancestor `<fieldset>`.
 *
 * @slot label - The label, when it needs markup; otherwise use the `label` attribute or a `<label for>`.
 *
 * @event input - The user chose or cleared a rating (bubbles, composed). Not fired for changes made by script.
 * @event change - The user chose or cleared a rating (bubbles, composed). Not fired for changes made by script.
 * @event trust-error - The `value` or `max` attribute is invalid. `detail: { element, issues }`.
 *
 * @csspart base - The wrapper.
 * @csspart label - The label.
 * @csspart options - The radio group that holds the stars.
 * @csspart option - Each star; also `option-checked` on stars up to the chosen value.
 * @csspart status - The visible text of the current choice ("4 out of 5 stars").
 * @csspart clear - The clear button, when `clearable` is set.
 * @csspart error - The validation message, shown after a failed validation.
 *
 * @cssproperty --trust-rating-input-size - Size of one star (default `1.75em`); each target stays ≥ 24 × 24 px.
 * @cssproperty --trust-rating-input-color - Fill of chosen stars (default `--trust-color-star`).
 * @cssproperty --trust-rating-input-empty-color - Fill of unchosen stars (default `--trust-color-star-empty`).
 * @cssproperty --trust-rating-input-outline-color - Outline of unchosen stars (default `--trust-color-star-outline`).
 */
export class TrustRatingInput extends FormControlMixin(TrustElement) {
  static override styles = [baseStyles, starTokens, controlStyles, ratingInputStyles];
  static override properties: PropertyDeclarations = {
    value: { converter: numberAttribute },
    max: { converter: numberAttribute },
    label: {},
    required: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    clearable: { type: Boolean, reflect: true },
    hover: { state: true },
    showInvalid: { state: true },
    slottedLabel: { state: true },
    externalLabel: { state: true },
  };

  /**
   * The chosen number of stars, or `null` for none. The `value` attribute is the default value that
   * `form.reset()` returns to.
   */
  value: number | string | null | undefined = null;

  /** Number of stars, a whole number from 1 to 10. */
  max: number | string | undefined = 5;

  /** The label text. A `label` slot or a `<label for>` pointing at the element also work. */
  label = '';

  /** A rating must be chosen before the form can be submitted. */
  required = false;

  /** Focusable and readable, but the choice cannot be changed. */
  readonly = false;

  /** Shows a "Clear rating" button. */
  clearable = false;

  private hover: number | null = null;
  private showInvalid = false;
  private slottedLabel = false;
  private externalLabel = '';

  #max = 5;
  #value: number | null = null;

  /** Keyboard and focus of the stars (0-based indices: star `i + 1`). */
  #group = new RadioGroupController(this, {
    selected: () => (this.#value === null ? null : this.#value - 1),
    choose: (index) => this.#choose(index + 1),
    disabled: () => this.isDisabled,
    choosesOnMove: () => !this.readonly,
  });

  constructor() {
    super();
    this.addEventListener('invalid', () => {
      this.showInvalid = true;
    });
    // A click on an associated <label> is forwarded to the host: move focus to the radio group's tab stop.
    this.addEventListener('click', (event) => {
      if (event.composedPath()[0] === this) this.focus();
    });
  }

  /** Focuses the chosen star, or the first one. */
  override focus(options?: FocusOptions): void {
    this.#group.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.externalLabel = this.#readExternalLabel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('max') || changed.has('value')) {
      const issues: DataIssue[] = [];
      const max = parseMax(this.max);
      if (!max.ok) issues.push(...max.errors);
      this.#max = max.ok ? max.value : 5;
      const value = parseRatingChoice(this.value, this.#max);
      if (!value.ok) issues.push(...value.errors);
      this.#value = value.ok ? value.value : null;
      this.reportIssues(issues);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Cheap, and keeps value, validity and the localized message in step with every change (lang included).
    this.syncForm();
    if (this.#value !== null || !this.required) this.showInvalid = this.showInvalid && !this.validity.valid;
  }

  // FormControlHooks (called by the form-association mixin)
  /** @internal */
  formValue(): string | null {
    return this.#value === null ? null : String(this.#value);
  }
  /** @internal */
  resetValue(): void {
    this.value = numberAttribute.fromAttribute!(this.getAttribute('value'), Number) ?? null;
    this.showInvalid = false;
  }
  /** @internal */
  restoreValue(state: string): void {
    this.value = Number(state);
  }
  /** @internal */
  validate() {
    const missing = this.required && this.#value === null && !this.isDisabled;
    return { flags: { valueMissing: missing }, message: missing ? this.t.ratingRequired : '', anchor: this.#group.radios[0] };
  }

  private get interactive(): boolean {
    return !this.isDisabled && !this.readonly;
  }

  #readExternalLabel(): string {
    return [...(this.internals.labels as NodeListOf<HTMLLabelElement>)]
      .map((l) => l.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
  }

  /** Commits a choice made by the user, and tells the page. */
  #choose(value: number | null): void {
    if (!this.interactive || value === this.#value) return;
    this.value = value;
    this.#value = value;
    this.syncForm();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.slottedLabel = slot.assignedNodes({ flatten: true }).some((n) => n.textContent?.trim());
  }

  protected override render() {
    const { t } = this;
    const max = this.#max;
    const value = this.#value;
    const focused = this.#group.focused === null ? null : this.#group.focused + 1;
    const pending = this.interactive ? (this.hover ?? (value === null ? focused : null)) : null;
    // Hovering the chosen star previews nothing new: show the choice itself.
    const preview = pending === value ? null : pending;
    const shown = preview ?? value ?? 0;
    const d = starRowPath(1);
    const labelText = this.label || this.externalLabel || t.ratingInputLabel;
    const hideLabel = !this.label && !this.slottedLabel && Boolean(this.externalLabel);
    const invalid = this.showInvalid && !this.validity.valid;
    const disabled = this.isDisabled;
    const options = [];
    for (let i = 1; i <= max; i++) {
      const checked = value === i;
      const on = i <= shown;
      options.push(html`<span
        part=${on && preview === null ? 'option option-checked' : 'option'}
        class=${classMap({ option: true, on: on && preview === null, preview: on && preview !== null })}
        role="radio"
        aria-checked=${checked ? 'true' : 'false'}
        aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
        aria-label=${this.plural(t.stars, i)}
        tabindex=${this.#group.tabIndex(i - 1)}
        @click=${() => this.#choose(i)}
        @pointerenter=${() => (this.hover = i)}
        @focus=${() => this.#group.setFocused(i - 1)}
        @blur=${() => this.#group.setFocused(null)}
        ><svg viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg
      ></span>`);
    }
    const status =
      value === null ? t.noRatingSelected : selectPlural(this.resolvedLang, value, t.selectedOutOf)(this.num(value), this.num(max));
    return html`<div part="base" class=${classMap({ base: true, disabled })}>
      <span part="label" id="label" class=${classMap({ label: true, 'visually-hidden': hideLabel })}
        ><slot name="label" @slotchange=${this.#onSlotChange}>${labelText}</slot></span
      >
      <span
        part="options"
        class="options"
        role="radiogroup"
        aria-labelledby="label"
        aria-describedby=${ifDefined(invalid ? 'error' : undefined)}
        aria-required=${ifDefined(this.required ? 'true' : undefined)}
        aria-readonly=${ifDefined(this.readonly ? 'true' : undefined)}
        aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
        aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        @keydown=${this.#group.onKeyDown}
        @pointerleave=${() => (this.hover = null)}
        >${options}</span
      >
      <span part="status" class="status"
        >${status}</span
      >
      ${
        this.clearable
          ? html`<button part="clear" type="button" ?disabled=${!this.interactive || value === null} @click=${this.#clear}>
            ${t.clearRating}
          </button>`
          : nothing
      }
      ${invalid ? html`<span part="error" id="error" class="error">${this.validationMessage}</span>` : nothing}
    </div>`;
  }

  #clear = async (): Promise<void> => {
    this.#choose(null);
    this.#group.setFocused(null);
    await this.updateComplete;
    this.#group.radios[0]?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-rating-input': TrustRatingInput;
  }
}
