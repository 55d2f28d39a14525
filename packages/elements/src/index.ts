/**
 * trust-signals: the element classes and their types. Importing this module registers nothing; import
 * `trust-signals/<tag>.js` (e.g. `trust-signals/trust-star-rating.js`) to define a tag.
 *
 * Every element class, with the types its module exports, comes from ./generated/elements.ts (written by
 * `npm run generate` from the element folders); what follows it is kept by hand.
 */
export * from './generated/elements.js';
export type { SurveyResponse } from './surveys/survey-element.js';
export type { DataIssue, TrustErrorDetail, TrustSubmitDetail, Translation } from '@trust-signals/core';
export { registerTranslation } from '@trust-signals/core';
