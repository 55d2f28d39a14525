/** @trust-signals/core/surveys: the surveys family (NPS, CSAT): scales, answer parsers, and the English strings. */
export { CSAT_MAX, CSAT_MIN, isSatisfied, npsBand, NPS_MAX, NPS_MIN, parseCsatRating, parseNpsScore, type NpsBand } from '../survey.js';
export { enSurvey, type SurveyStrings } from '../strings/survey.js';
