import { html, svg, type PropertyDeclarations } from 'lit';
import {
  baseStyles,
  controlStyles,
  isolate,
  parseChoice,
  surfaceTokens,
  type DataIssue,
  type ParseResult,
  type TrustAddListener,
  type TrustRemoveListener,
} from '@trust-signals/core';
import { CSAT_MAX, CSAT_MIN, isSatisfied, parseCsatRating } from '@trust-signals/core/surveys';
import { SurveyElement, type SurveyResponse } from '../survey-element.js';
import { surveyStyles } from '../survey-element.styles.js';
import { csatSurveyStyles } from './trust-csat-survey.styles.js';

const RANGE = [CSAT_MIN, CSAT_MAX] as const;

/** The answer of `<trust-csat-survey>`, as the page receives it. */
export interface CsatAnswer {
  /** 1 to 5. */
  readonly rating: number;
  /** The label the visitor saw for that rating, in the page's language ("Satisfied"). */
  readonly label: string;
  /** The answer to the follow-up question, trimmed; `''` when there was none. */
  readonly followUp: string;
}

/** `detail` of the CSAT survey's `trust-submit`: the answer and `respondWith(promise)`. */
export type CsatSubmitDetail = CsatAnswer & SurveyResponse;

/**
 * The events of `<trust-csat-survey>` with their types. `trust-submit` is also fired by other elements with other details,
 * so the global map types it as the union of them all; on this element it is exactly {@link CsatSubmitDetail}.
 */
export interface TrustCsatSurveyEventMap extends HTMLElementEventMap {
  'trust-submit': CustomEvent<CsatSubmitDetail>;
}

declare module '@trust-signals/core' {
  interface TrustSubmitDetailByTag {
    'trust-csat-survey': CsatSubmitDetail;
  }
}

/** `addEventListener` typed by {@link TrustCsatSurveyEventMap}, so that a listener on the element reads its own `detail`. */
export interface TrustCsatSurvey {
  addEventListener: TrustAddListener<TrustCsatSurvey, TrustCsatSurveyEventMap>;
  removeEventListener: TrustRemoveListener<TrustCsatSurvey, TrustCsatSurveyEventMap>;
}

/** How the five answers are shown. */
export type CsatVariant = 'faces' | 'words';
const VARIANTS: readonly CsatVariant[] = ['faces', 'words'];

/** The mouth of each face, from very dissatisfied (1) to very satisfied (5): the shape, not a colour, says it. */
const MOUTHS = ['M7.5 17.5q4.5-5 9 0', 'M8 16.5q4-2.5 8 0', 'M8 15.5h8', 'M8 14.5q4 2.5 8 0', 'M7.5 13.5q4.5 5.5 9 0z'];

/**
 * A customer-satisfaction (CSAT) micro-survey: "How satisfied were you with {subject}?" answered on a 1–5 scale
 * of labelled faces or words (`variant`), as a WAI-ARIA radio group inside a `<fieldset>` whose `<legend>` is the
 * question. Every answer shows its word ("Very dissatisfied" … "Very satisfied"), which is also its accessible
 * name; faces differ by shape, not by colour. Nothing is preselected. An optional follow-up question adapts to
 * the answer (1–3 or 4–5).
 *
 * Keyboard, sending, form association and drafts work as in `<trust-nps-survey>`: the Send button dispatches
 * `trust-submit` with `detail: { rating, label, followUp, respondWith(promise) }`, the thank-you is announced in
 * a `role="status"` region, a failure in a `role="alert"` and the answer is kept; inside a page `<form>` it is a
 * form control; with `draft-key` (opt-in) an unsent answer survives a reload in `sessionStorage`.
 *
 * @tagname trust-csat-survey
 * @summary Customer-satisfaction question (1–5, faces or words) with follow-up; emits the answer or takes part in a form.
 *
 * @attr name - Name under which a page form submits the rating.
 * @attr disabled - Not focusable, not submitted; also set by a disabled ancestor `<fieldset>`.
 *
 * @slot - Fallback content shown before the element is defined; not rendered after.
 *
 * @event input - The visitor chose an answer, or typed in the follow-up field (bubbles, composed).
 * @event change - The visitor chose an answer (bubbles, composed). Not fired for changes made by script.
 * @event trust-submit - Send was pressed with an answer. Cancelable. `detail: { rating, label, followUp,
 * respondWith(promise) }` (`CsatSubmitDetail`).
 * @event trust-error - The `value` property or the `variant` attribute is invalid. `detail: { element, issues }`.
 *
 * @csspart base - The wrapper.
 * @csspart fieldset - The fieldset around the question and the scale.
 * @csspart question - The question (the fieldset's legend, and the radio group's name).
 * @csspart options - The radio group.
 * @csspart option - Each answer; also `option-checked` on the chosen one.
 * @csspart follow-up - The follow-up question and its text field.
 * @csspart follow-up-label - The follow-up question.
 * @csspart follow-up-input - The follow-up text field.
 * @csspart submit - The Send button (not rendered inside a page form).
 * @csspart status - The `role="status"` region: "Sending…", then the thank-you.
 * @csspart error - The `role="alert"` region: a missing answer or a failed send.
 *
 * @cssproperty --trust-csat-survey-option-size - Smallest side of one answer (default `2.5em`); never below 24 px.
 * @cssproperty --trust-csat-survey-face-size - Size of a face (default `2em`).
 * @cssproperty --trust-csat-survey-gap - Space between answers (default `0.5em`).
 */
export class TrustCsatSurvey extends SurveyElement {
  static override styles = [baseStyles, controlStyles, surfaceTokens, surveyStyles, csatSurveyStyles];
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
  };

  /** `faces` (default): a face above each word. `words`: the words alone. */
  variant: CsatVariant | string = 'faces';

  protected get range() {
    return RANGE;
  }

  protected parseAnswer(raw: unknown, path: string): ParseResult<number | null> {
    return parseCsatRating(raw, path);
  }

  protected override checkAttributes(): DataIssue[] {
    const variant = parseChoice(this.variant, 'variant', VARIANTS, { optional: true });
    return variant.ok ? [] : [...variant.errors];
  }

  protected questionText(): string {
    return this.subject ? this.t.csatQuestion(isolate(this.subject, this.t.$dir)) : this.t.csatQuestionDefault;
  }

  /** The word for each answer, 1 to 5, in the page's language. */
  #labels(): string[] {
    const { t } = this;
    return [t.csatVeryDissatisfied, t.csatDissatisfied, t.csatNeutral, t.csatSatisfied, t.csatVerySatisfied];
  }

  protected renderOption(value: number) {
    const label = html`<span class="label">${this.#labels()[value - 1]}</span>`;
    if (this.variant === 'words') return label;
    return html`<svg class="face" viewBox="0 0 24 24" aria-hidden="true">
        ${svg`<circle cx="12" cy="12" r="10"></circle><circle class="eye" cx="8.75" cy="9.5" r="1.25"></circle
          ><circle class="eye" cx="15.25" cy="9.5" r="1.25"></circle><path d=${MOUTHS[value - 1]!}></path>`}</svg
      >${label}`;
  }

  protected followUpQuestion(value: number): string {
    return isSatisfied(value) ? this.t.csatFollowUpHigh : this.t.csatFollowUpLow;
  }

  protected answer(rating: number, followUp: string): CsatAnswer {
    return { rating, label: this.#labels()[rating - 1]!, followUp };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-csat-survey': TrustCsatSurvey;
  }
}
