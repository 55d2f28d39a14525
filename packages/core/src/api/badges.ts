/**
 * @trust-signals/core/badges: the badges family's words and the guarantee model (`<trust-guarantee>`). Credential
 * verification is `@trust-signals/core/badge`, a separate entry because it loads `jose`: a page with a guarantee
 * or a badge group alone never loads it.
 */
export { parseGuarantee, type GuaranteeInput, type GuaranteeKind, type GuaranteeRecord, type ParsedGuarantee } from '../guarantee.js';
export { enBadge, type BadgeStrings } from '../strings/badge.js';
