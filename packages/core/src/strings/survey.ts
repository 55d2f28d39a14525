/** Strings of `<trust-nps-survey>` and `<trust-csat-survey>`. */
export interface SurveyStrings {
  /** The standard NPS question about a named company, product or service. */
  npsQuestion(name: string): string;
  /** The standard NPS question when no name is given ("…recommend us…"). */
  readonly npsQuestionUs: string;
  /** Anchor label of the lowest NPS answer (0). */
  readonly npsNotLikely: string;
  /** Anchor label of the highest NPS answer (10). */
  readonly npsExtremelyLikely: string;
  /** Follow-up question after an answer from 0 to 6. */
  readonly npsFollowUpDetractor: string;
  /** Follow-up question after a 7 or an 8. */
  readonly npsFollowUpPassive: string;
  /** Follow-up question after a 9 or a 10. */
  readonly npsFollowUpPromoter: string;
  /** The CSAT question about a named experience ("How satisfied were you with your order?"). */
  csatQuestion(name: string): string;
  /** The CSAT question when no name is given. */
  readonly csatQuestionDefault: string;
  /** CSAT answer 1. */
  readonly csatVeryDissatisfied: string;
  /** CSAT answer 2. */
  readonly csatDissatisfied: string;
  /** CSAT answer 3. */
  readonly csatNeutral: string;
  /** CSAT answer 4. */
  readonly csatSatisfied: string;
  /** CSAT answer 5. */
  readonly csatVerySatisfied: string;
  /** Follow-up question after a CSAT answer from 1 to 3. */
  readonly csatFollowUpLow: string;
  /** Follow-up question after a CSAT answer of 4 or 5. */
  readonly csatFollowUpHigh: string;
  /** Marks the label of a field that may be left empty: "What do you like most? (optional)". */
  optionalField(label: string): string;
  /** The survey's send button. */
  readonly surveySend: string;
  /** Announced while the answer is being sent. */
  readonly surveySending: string;
  /** Announced and shown once the answer has been sent. */
  readonly surveyThanks: string;
  /** Shown when sending failed; the answer is kept. */
  readonly surveySendFailed: string;
  /** Shown (and the validation message) when the visitor sends without choosing an answer. */
  readonly surveyRequired: string;
}

/** English survey strings, bundled with the survey elements (`provideEnglish(enSurvey)`). */
export const enSurvey: SurveyStrings = {
  npsQuestion: (name) => `How likely is it that you would recommend ${name} to a friend or colleague?`,
  npsQuestionUs: 'How likely is it that you would recommend us to a friend or colleague?',
  npsNotLikely: 'Not at all likely',
  npsExtremelyLikely: 'Extremely likely',
  npsFollowUpDetractor: 'What disappointed you, and what could we do better?',
  npsFollowUpPassive: 'What would make your experience even better?',
  npsFollowUpPromoter: 'What do you like most?',
  csatQuestion: (name) => `How satisfied were you with ${name}?`,
  csatQuestionDefault: 'How satisfied were you with your experience?',
  csatVeryDissatisfied: 'Very dissatisfied',
  csatDissatisfied: 'Dissatisfied',
  csatNeutral: 'Neutral',
  csatSatisfied: 'Satisfied',
  csatVerySatisfied: 'Very satisfied',
  csatFollowUpLow: 'What could we have done better?',
  csatFollowUpHigh: 'What did you like most?',
  optionalField: (label) => `${label} (optional)`,
  surveySend: 'Send',
  surveySending: 'Sending…',
  surveyThanks: 'Thank you for your feedback.',
  surveySendFailed: 'Your answer could not be sent. Please try again.',
  surveyRequired: 'Please choose an answer.',
};
