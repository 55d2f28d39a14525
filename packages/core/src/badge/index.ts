/**
 * @trust-signals/core/badge: verification of badge credentials (signed W3C Verifiable Credentials) for
 * `<trust-badge>` and for the issuer CLI. A separate entry point because it depends on `jose`: elements that do
 * not verify badges never load it. Runs on WebCrypto only (browsers, Node ≥ 20).
 */
export {
  BADGE_JWS_TYPES,
  BADGE_STATUSES,
  MAX_JWS_LENGTH,
  verifyCredential,
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
  normalizeOrigin,
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
