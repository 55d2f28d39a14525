/**
 * @trust-signals/core/badge: verification of badge credentials (signed W3C Verifiable Credentials) for
 * `<trust-badge>` and for the issuer CLI. A separate entry point because it depends on `jose`: elements that do
 * not verify badges never load it. Runs on WebCrypto only (browsers, Node ≥ 20).
 */
export {
  BADGE_FETCH_TIMEOUT,
  BADGE_JWS_TYPES,
  BADGE_KEYS_PATH,
  BADGE_REASONS,
  BADGE_REASON_STATUS,
  BADGE_STATUSES,
  MAX_JWS_LENGTH,
  MAX_KEY_SET_LENGTH,
  MAX_STATUS_LIST_LENGTH,
  issuerKeysUrl,
  verifyCredential,
  type BadgeIssuerIdentity,
  type BadgeReason,
  type BadgeStatus,
  type BadgeVerification,
  type FetchLike,
  type FetchResponseLike,
  type RevocationCheck,
  type VerifyCredentialOptions,
} from './verify.js';
export {
  MAX_TEXT_LENGTH,
  VC_CONTEXT_V2,
  issuerOrigin,
  normalizeOrigin,
  originHost,
  parseBadgeCredential,
  parseDateTimeStamp,
  parseHttpUrl,
  parseOrigin,
  parseStatusEntries,
  type BadgeCertification,
  type BadgeCredential,
  type BadgeIssuer,
  type BadgeStatusEntry,
  type BadgeSubject,
  type StatusEntries,
} from './credential.js';
export { BADGE_ALGORITHMS, parseIssuerKeys, type BadgeAlgorithm, type BadgeJWK, type BadgeJWKS, type IssuerKeysInput } from './keys.js';
export {
  MAX_STATUS_LIST_BYTES,
  MIN_STATUS_LIST_ENTRIES,
  createBitstring,
  decodeStatusList,
  encodeStatusList,
  parseStatusListCredential,
  readBit,
  type StatusListCredential,
} from './status-list.js';
