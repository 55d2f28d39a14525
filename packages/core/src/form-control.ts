import type { LitElement, PropertyDeclarations } from 'lit';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T = object> = abstract new (...args: any[]) => T;

/** The parts of a form control that the element itself provides. */
export interface FormControlHooks {
  /**
   * The current value as submitted (`null`: nothing is submitted). A `FormData` submits several entries under
   * their own names (e.g. an answer and its comment).
   */
  formValue(): string | FormData | null;
  /**
   * Optional: the state the browser saves for restore (back/forward, reload), when it is more than the value.
   * It is what `restoreValue()` receives. Default: the value.
   */
  formState?(): string | null;
  /** Puts the control back to its default value (form reset). */
  resetValue(): void;
  /** Restores a value the browser saved (back/forward, reload, autofill). */
  restoreValue(state: string): void;
  /** Validity flags and message; `{}` when valid. Called after each value change. */
  validate(): { flags: ValidityStateFlags; message: string; anchor?: HTMLElement };
}

/**
 * What {@link FormControlMixin} adds to an element (declared for `.d.ts` output): the native form-control API
 * (`name`, `disabled`, `form`, `labels`, `validity`, `validationMessage`, `willValidate`, `checkValidity()`,
 * `reportValidity()`), the form callbacks, and the hooks the element implements.
 */
export declare abstract class FormControlInterface implements FormControlHooks {
  static formAssociated: boolean;
  protected readonly internals: ElementInternals;
  /** Name under which the value is submitted with the form. */
  name: string;
  /** Disabled by attribute; an element is also disabled by a disabled ancestor `<fieldset>`. */
  disabled: boolean;
  /** Disabled by attribute or by an ancestor fieldset. */
  readonly isDisabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  abstract formValue(): string | FormData | null;
  formState?(): string | null;
  abstract resetValue(): void;
  abstract restoreValue(state: string): void;
  abstract validate(): { flags: ValidityStateFlags; message: string; anchor?: HTMLElement };
  protected syncForm(): void;
  protected formSubmitted(): void;
  formAssociatedCallback(form: HTMLFormElement | null): void;
  formResetCallback(): void;
  formStateRestoreCallback(state: string | File | FormData | null): void;
  formDisabledCallback(disabled: boolean): void;
}

/**
 * Form association for a {@link TrustElement} through ElementInternals: the element takes part in FormData,
 * `form.reset()`, state restore, fieldset disabling and constraint validation like a native control.
 * The element implements {@link FormControlHooks} and calls `syncForm()` whenever its value changes.
 */
export function FormControlMixin<T extends Constructor<LitElement>>(Base: T): T & Constructor<FormControlInterface> {
  abstract class FormControlElement extends Base implements FormControlHooks {
    static formAssociated = true;
    static properties: PropertyDeclarations = {
      name: { reflect: true },
      disabled: { type: Boolean, reflect: true },
    };

    protected readonly internals: ElementInternals = this.attachInternals();

    name = '';
    disabled = false;

    #fieldsetDisabled = false;

    get isDisabled(): boolean {
      return this.disabled || this.#fieldsetDisabled;
    }
    get form(): HTMLFormElement | null {
      return this.internals.form;
    }
    get labels(): NodeList {
      return this.internals.labels;
    }
    get validity(): ValidityState {
      return this.internals.validity;
    }
    get validationMessage(): string {
      return this.internals.validationMessage;
    }
    get willValidate(): boolean {
      return this.internals.willValidate;
    }
    checkValidity(): boolean {
      return this.internals.checkValidity();
    }
    reportValidity(): boolean {
      return this.internals.reportValidity();
    }

    abstract formValue(): string | FormData | null;
    formState?(): string | null;
    abstract resetValue(): void;
    abstract restoreValue(state: string): void;
    abstract validate(): { flags: ValidityStateFlags; message: string; anchor?: HTMLElement };

    /** Publishes the current value and validity to the form. */
    protected syncForm(): void {
      const value = this.formValue();
      this.internals.setFormValue(value, this.formState ? this.formState() : value);
      const { flags, message, anchor } = this.validate();
      if (Object.values(flags).some(Boolean)) this.internals.setValidity(flags, message, anchor);
      else this.internals.setValidity({});
    }

    #pageForm: HTMLFormElement | null = null;

    /**
     * Called when a submission of the page form this control belongs to is over and nobody cancelled it: as far as
     * the control can know, its value was sent (an element with a draft forgets it here). Default: nothing.
     */
    protected formSubmitted(): void {}

    /** @internal Called when the element joins or leaves a form: follows that form's submissions. */
    formAssociatedCallback(form: HTMLFormElement | null): void {
      this.#pageForm?.removeEventListener('submit', this.#onPageSubmit);
      this.#pageForm = form;
      form?.addEventListener('submit', this.#onPageSubmit);
      this.requestUpdate();
    }

    #onPageSubmit = (event: Event): void => {
      // Handlers that run after this one may still cancel it: look once the event is over.
      setTimeout(() => {
        if (!event.defaultPrevented) this.formSubmitted();
      });
    };

    formResetCallback(): void {
      this.resetValue();
      this.syncForm();
    }

    formStateRestoreCallback(state: string | File | FormData | null): void {
      if (typeof state === 'string') this.restoreValue(state);
      this.syncForm();
    }

    formDisabledCallback(disabled: boolean): void {
      this.#fieldsetDisabled = disabled;
      this.requestUpdate();
    }
  }
  return FormControlElement as unknown as T & Constructor<FormControlInterface>;
}
