/**
 * @trust-signals/core: everything the elements share. Registers no custom element.
 */
export { TrustElement, closestAttribute } from './base-element.js';
export { defineElement } from './define.js';
export { VERSION } from './version.js';
export {
  describeValue,
  fail,
  issue,
  joinPath,
  ok,
  parseNumber,
  type DataIssue,
  type NumberRule,
  type ParseResult,
} from './errors.js';
export { emit, type TrustErrorDetail, type TrustEventDetailMap } from './events.js';
export {
  canonicalLocale,
  formatCompact,
  formatDate,
  formatList,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  formatter,
  pluralCategory,
  selectPlural,
  type Formatter,
  type PluralForms,
} from './format.js';
export { onTranslationsChanged, provideEnglish, registerTranslation, registeredLocales, resolveTranslation } from './locale.js';
export type { CommonStrings, Plural, RatingStrings, SurveyStrings, Translation } from './translation.js';
export { enCommon } from './strings/common.js';
export { enRating } from './strings/rating.js';
export { enSurvey } from './strings/survey.js';
export { enReviewData } from './strings/reviews.js';
export type { ReviewDataStrings } from './strings/reviews.js';
export { FormControlMixin, type FormControlInterface, type FormControlHooks } from './form-control.js';
export {
  GAP,
  MAX_STARS,
  STAR,
  filledFraction,
  parseMax,
  parseRating,
  parseRatingChoice,
  rowWidth,
  starFills,
  starRowPath,
  type Rating,
  type RatingInput,
} from './rating.js';
// Style groups live in separate modules so that a bundle carries only the groups its elements use.
export { baseStyles } from './styles/base.js';
export { starTokens } from './styles/star-tokens.js';
export { controlStyles } from './styles/control.js';
export { isNumericString, numberAttribute } from './converters.js';
export {
  Collector,
  isRecord,
  parseBoolean,
  parseChoice,
  parseDate,
  parseList,
  parseRecord,
  parseText,
  parseUrl,
  type ListResult,
} from './fields.js';
export { largestRemainder } from './math.js';
export {
  AVERAGE_TOLERANCE,
  distributionAverage,
  distributionOf,
  distributionPercentages,
  distributionTotal,
  noReviews,
  parseAggregate,
  parseDistribution,
  parseReply,
  parseReview,
  parseReviewData,
  parseReviews,
  type AggregateRating,
  type RatingDistribution,
  type Review,
  type ReviewData,
  type ReviewLabels,
  type ReviewPhoto,
  type ReviewReply,
} from './reviews.js';
export { SELF_SERVING_TYPES, isJsonLd, jsonLdText, readJsonLd, readReviewInput, toJsonLd, type JsonLdOptions } from './jsonld.js';
export { JsonSource, readJsonLdChild, type SourceState } from './source.js';
export { RadioGroupController, radioGroupTarget, type RadioGroupHost, type RadioGroupOptions } from './radio-group.js';
export { DRAFT_PREFIX, clearDraft, readDraft, writeDraft, type DraftStorage } from './draft.js';
export {
  CSAT_MAX,
  CSAT_MIN,
  CSAT_SATISFIED_MIN,
  NPS_MAX,
  NPS_MIN,
  csatScore,
  isSatisfied,
  npsBand,
  npsScore,
  parseCsatRating,
  parseNpsScore,
  type CsatDistribution,
  type CsatMethod,
  type CsatOptions,
  type CsatResult,
  type NpsBand,
  type NpsCounts,
  type NpsResult,
} from './survey.js';
