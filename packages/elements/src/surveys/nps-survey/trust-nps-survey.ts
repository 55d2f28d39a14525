import { html } from 'lit';
import {
  baseStyles,
  controlStyles,
  isolate,
  surfaceTokens,
  type ParseResult,
  type TrustAddListener,
  type TrustRemoveListener,
} from '@trust-signals/core';
import { NPS_MAX, NPS_MIN, npsBand, parseNpsScore, type NpsBand } from '@trust-signals/core/surveys';
import { SurveyElement, type SurveyResponse } from '../survey-element.js';
import { surveyStyles } from '../survey-element.styles.js';
import { npsSurveyStyles } from './trust-nps-survey.styles.js';

const RANGE = [NPS_MIN, NPS_MAX] as const;

/** The answer of `<trust-nps-survey>`, as the page receives it. */
export interface NpsAnswer {
  /** 0 to 10. */
  readonly score: number;
  /** 0–6 detractor, 7–8 passive, 9–10 promoter. */
  readonly band: NpsBand;
  /** The answer to the follow-up question, trimmed; `''` when there was none. */
  readonly followUp: string;
  /** The element's `name`, when it has one: tells several surveys on one page apart. */
  readonly name?: string;
}

/** `detail` of the NPS survey's `trust-submit`: the answer and `respondWith(promise)`. */
export type NpsSubmitDetail = NpsAnswer & SurveyResponse;

/**
 * The events of `<trust-nps-survey>` with their types. `trust-submit` is also fired by other elements with other details,
 * so the global map types it as the union of them all; on this element it is exactly {@link NpsSubmitDetail}.
 */
export interface TrustNpsSurveyEventMap extends HTMLElementEventMap {
  'trust-submit': CustomEvent<NpsSubmitDetail>;
}

declare module '@trust-signals/core' {
  interface TrustSubmitDetailByTag {
    'trust-nps-survey': NpsSubmitDetail;
  }
}

/** `addEventListener` typed by {@link TrustNpsSurveyEventMap}, so that a listener on the element reads its own `detail`. */
export interface TrustNpsSurvey {
  addEventListener: TrustAddListener<TrustNpsSurvey, TrustNpsSurveyEventMap>;
  removeEventListener: TrustRemoveListener<TrustNpsSurvey, TrustNpsSurveyEventMap>;
}

/**
 * A Net Promoter Score micro-survey: "How likely is it that you would recommend {subject} to a friend or
 * colleague?" with the 11 answers 0 to 10 as a WAI-ARIA radio group inside a `<fieldset>` whose `<legend>` is
 * the question. The anchor labels "Not at all likely" and "Extremely likely" describe 0 and 10. Nothing is
 * preselected and no answer is coloured as better than another. An optional follow-up question adapts to the
 * answer (0–6, 7–8, 9–10).
 *
 * Keyboard: Tab lands on the chosen answer or 0; the arrow keys move and choose, following the reading
 * direction; Home/End; Space chooses. The options wrap in reading order on narrow screens; each is at least
 * 24 × 24 px. The survey never moves focus by itself.
 *
 * Outside a page `<form>`, the Send button dispatches `trust-submit` with `detail: { score, band, followUp,
 * name?, respondWith(promise) }`; the thank-you is announced in a `role="status"` region, a failure in a
 * `role="alert"` and the answer is kept for another try. Inside a page `<form>` the survey is a form control
 * (`name`, `required`, reset, restore) and the page's own button submits. With `draft-key` (opt-in) an unsent
 * answer survives a reload in `sessionStorage`; without it nothing is stored.
 *
 * @tagname trust-nps-survey
 * @summary Net Promoter Score question (0–10) with follow-up; emits the answer or takes part in a form.
 *
 * @attr name - Name under which a page form submits the score; also `detail.name` of `trust-submit`.
 * @attr disabled - Not focusable, not submitted; also set by a disabled ancestor `<fieldset>`.
 *
 * @slot - Fallback content shown before the element is defined (e.g. a link to a plain survey); not rendered after.
 *
 * @event input - The visitor chose an answer, or typed in the follow-up field (bubbles, composed).
 * @event change - The visitor chose an answer (bubbles, composed). Not fired for changes made by script.
 * @event trust-submit - Send was pressed with an answer. Cancelable. `detail: { score, band, followUp, name?,
 * respondWith(promise) }` (`NpsSubmitDetail`).
 * @event trust-error - The `value` property is not a whole number from 0 to 10. `detail: { element, issues }`.
 *
 * @csspart base - The wrapper.
 * @csspart fieldset - The fieldset around the question and the scale.
 * @csspart question - The question (the fieldset's legend, and the radio group's name).
 * @csspart options - The radio group.
 * @csspart option - Each answer; also `option-checked` on the chosen one.
 * @csspart anchors - The anchor labels under the scale.
 * @csspart follow-up - The follow-up question and its text field.
 * @csspart follow-up-label - The follow-up question.
 * @csspart follow-up-input - The follow-up text field.
 * @csspart submit - The Send button (not rendered inside a page form).
 * @csspart status - The `role="status"` region: "Sending…", then the thank-you.
 * @csspart error - The `role="alert"` region: a missing answer or a failed send.
 *
 * @cssproperty --trust-nps-survey-option-size - Side of one answer (default `2.5em`); never below 24 px.
 * @cssproperty --trust-nps-survey-gap - Space between answers (default `0.375em`).
 */
export class TrustNpsSurvey extends SurveyElement {
  static override styles = [baseStyles, controlStyles, surfaceTokens, surveyStyles, npsSurveyStyles];

  protected get range() {
    return RANGE;
  }

  protected parseAnswer(raw: unknown, path: string): ParseResult<number | null> {
    return parseNpsScore(raw, path);
  }

  protected questionText(): string {
    return this.subject ? this.t.npsQuestion(isolate(this.subject, this.t.$dir)) : this.t.npsQuestionUs;
  }

  protected renderOption(value: number) {
    return html`<span class="number">${this.num(value)}</span>`;
  }

  protected override describeOption(value: number): string | undefined {
    return value === NPS_MIN ? 'anchor-low' : value === NPS_MAX ? 'anchor-high' : undefined;
  }

  protected override renderScaleNotes() {
    // The numbers keep the anchors clear when the scale wraps; they are not part of the description (the
    // option's own name already says it).
    const anchor = (value: number, text: string) =>
      html`<span id=${value === NPS_MIN ? 'anchor-low' : 'anchor-high'}
        ><span class="anchor-number" aria-hidden="true">${this.num(value)} – </span>${text}</span
      >`;
    return html`<div part="anchors" class="anchors">
      ${anchor(NPS_MIN, this.t.npsNotLikely)}${anchor(NPS_MAX, this.t.npsExtremelyLikely)}
    </div>`;
  }

  protected followUpQuestion(value: number): string {
    const { t } = this;
    const band = npsBand(value);
    return band === 'promoter' ? t.npsFollowUpPromoter : band === 'passive' ? t.npsFollowUpPassive : t.npsFollowUpDetractor;
  }

  protected answer(score: number, followUp: string): NpsAnswer {
    const band = npsBand(score) as NpsBand;
    return this.name ? { score, band, followUp, name: this.name } : { score, band, followUp };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-nps-survey': TrustNpsSurvey;
  }
}
