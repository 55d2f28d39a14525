/**
 * @trust-signals/core: everything the elements share. Registers no custom element.
 */
export { TrustElement, closestAttribute } from './base-element.js';
export { defineElement } from './define.js';
export { VERSION } from './version.js';
export { cspStyleMap, type StyleValues } from './style-map.js';
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
  formatCurrency,
  formatDate,
  formatDateRange,
  formatList,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  formatter,
  ONE_DECIMAL,
  pluralCategory,
  selectPlural,
  type Formatter,
  type PluralForms,
} from './format.js';
export { onTranslationsChanged, provideEnglish, registerTranslation, registeredLocales, resolveTranslation } from './locale.js';
export type { CommonStrings, Plural, RatingStrings, SurveyStrings, Translation } from './translation.js';
export { enCommon } from './strings/common.js';
export { enDonation, type DonationStrings } from './strings/donation.js';
export { enNotice, type NoticeStrings } from './strings/notice.js';
export { enRating } from './strings/rating.js';
export { enSurvey } from './strings/survey.js';
export { enBadge, type BadgeStrings } from './strings/badge.js';
export { enReviewData } from './strings/reviews.js';
export type { ReviewDataStrings } from './strings/reviews.js';
export { enSummary, type SummaryStrings } from './strings/summary.js';
export { enReviewForm, type ReviewFormStrings } from './strings/review-form.js';
export { enTestimonials, type TestimonialsStrings } from './strings/testimonials.js';
export { enReviewList, type ReviewListStrings } from './strings/review-list.js';
export {
  dispatchSubmit,
  sentOk,
  type SubmitOutcome,
  type SubmitResponse,
  type TrustSubmitDetail,
  type TrustSubmitDetailByTag,
} from './submit.js';
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
export { surfaceTokens } from './styles/surface-tokens.js';
export { controlStyles } from './styles/control.js';
export { dialogStyles } from './styles/dialog.js';
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
export { closeOnBackdropClick } from './dialog.js';
export { summarizeRatings, type RatingSummary, type SummaryResult } from './summary.js';
export {
  MAX_BREAKDOWN_PARTS,
  breakdownPercentages,
  checkTotal,
  currencyDigits,
  parseAmount,
  parseBreakdownParts,
  parseCurrency,
  parseFiscalYear,
  toBreakdown,
  type Breakdown,
  type BreakdownInput,
  type BreakdownPart,
  type FiscalYear,
} from './breakdown.js';
export {
  DONATION_SOURCES,
  EXPENSE_KEYS,
  parseDonationUse,
  type DonationSource,
  type DonationUse,
  type DonationUseInput,
  type ReportLink,
} from './donation.js';
export { parsePriceBreakdown, type PriceBreakdown, type PriceBreakdownInput } from './price-breakdown.js';
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
export { ChildJson, JsonSource, scriptChild, type SourceState } from './source.js';
export {
  GUARANTEE_KINDS,
  MAX_PERIOD_DAYS,
  parseGuarantee,
  type Guarantee,
  type GuaranteeInput,
  type GuaranteeKind,
  type GuaranteeRecord,
  type ParsedGuarantee,
} from './guarantee.js';
export { RadioGroupController, radioGroupTarget, type RadioGroupHost, type RadioGroupOptions } from './radio-group.js';
export { DRAFT_PREFIX, clearDraft, readDraft, writeDraft, type DraftStorage } from './draft.js';
export {
  DISMISS_PREFIX,
  DISMISS_STORAGES,
  INCIDENT_IMPACTS,
  INCIDENT_STATES,
  LEGAL_BASES,
  MAINTENANCE_STATES,
  PRIVACY_CATEGORIES,
  PRIVACY_PURPOSES,
  PRIVACY_USES,
  announcementRole,
  dismissStorage,
  dismissalKey,
  groupByUse,
  isClosed,
  isDismissed,
  isMaintenance,
  parseDataNotice,
  parseIncident,
  parseJsonText,
  parsePrivacyLabel,
  parseTimeZone,
  rememberDismissal,
  type DataNotice,
  type DataNoticeInput,
  type DismissStorage,
  type DismissStorageKind,
  type Incident,
  type IncidentImpact,
  type IncidentInput,
  type IncidentState,
  type IncidentUpdate,
  type LegalBasis,
  type PrivacyCategory,
  type PrivacyEntry,
  type PrivacyLabel,
  type PrivacyLabelInput,
  type PrivacyPurpose,
  type PrivacyUse,
} from './notices.js';
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
