/**
 * @trust-signals/core/base (also the package root, `@trust-signals/core`): what elements of every family share.
 * The base element and its registration, events, the data-issue model, number and text formatting, the translation
 * registry, style groups, attribute and field parsers, JSON sources, and the form pieces (form control, radio
 * group, drafts, `trust-submit`). Family models and their English strings are in the family entries
 * (`/reviews`, `/badges`, `/badge`, `/notices`, `/donations`, `/surveys`); anything not exported by an entry point
 * is internal (see packages/core/api-report.md).
 */
export { reportedIssues, TrustElement, type ReportedIssues } from '../base-element.js';
export { cspStyleMap, type StyleValues } from '../style-map.js';
export { issue, parseNumber, type DataIssue, type NumberRule, type ParseResult } from '../errors.js';
export { emit, type TrustErrorDetail, type TrustEventDetailMap, type TrustAddListener, type TrustRemoveListener } from '../events.js';
export { formatCompact, FIXED_ONE_DECIMAL, ONE_DECIMAL, selectPlural, type PluralForms } from '../format.js';
export { formatCurrency, formatDate, formatDateRange, formatList, formatPercent, formatRelativeTime } from '../format-more.js';
export { provideEnglish, registerTranslation } from '../locale.js';
export { isolate } from '../bidi.js';
export type { Plural, Translation } from '../translation.js';
export { dispatchSubmit, type SubmitResponse, type TrustSubmitDetail, type TrustSubmitDetailByTag } from '../submit.js';
export { FormControlMixin, type FormControlHooks, type FormControlInterface } from '../form-control.js';
// Style groups live in separate modules so that a bundle carries only the groups its elements use.
export { baseStyles } from '../styles/base.js';
export { surfaceTokens } from '../styles/surface-tokens.js';
export { controlStyles } from '../styles/control.js';
export { dialogStyles } from '../styles/dialog.js';
export { closeOnBackdropClick } from '../dialog.js';
export { numberAttribute } from '../converters.js';
export { isRecord, parseChoice, parseUrl } from '../fields.js';
export { ChildJson, JsonSource } from '../source.js';
export { RadioGroupController } from '../radio-group.js';
export { clearDraft, readDraft, writeDraft } from '../draft.js';
