import type { Plural } from './common.js';

/** Strings of `<trust-badge>`, `<trust-badge-group>` and `<trust-guarantee>`. */
export interface BadgeStrings {
  // <trust-badge>: the seal
  /** Status of a badge whose signed certificate was checked in the browser and holds. The only "verified" word. */
  readonly badgeVerified: string;
  /** Status while the certificate is being checked. Never a form of "verified". */
  readonly badgeChecking: string;
  /** Status of a badge whose certificate failed any check (neutral wording; the reason is in the details). */
  readonly badgeNotVerified: string;
  /** Status of a badge without a certificate: the website's own statement. */
  readonly badgeSelfDeclared: string;
  /** The certified claim: scheme and, when there is one, level ("Secure Checkout, Gold"). */
  badgeClaim(scheme: string, level: string | undefined): string;
  /** Claim text when neither the page nor a verified certificate gives one. */
  readonly badgeDefaultClaim: string;
  /** Visible cue on the "with-details" variant that the badge opens its details. */
  readonly badgeDetails: string;

  // <trust-badge>: the details dialog
  /** Title of the details dialog. */
  readonly badgeDetailsTitle: string;
  /** The dialog's close button. */
  readonly badgeClose: string;
  /** Label of the status row. */
  readonly badgeStatus: string;
  /** Label of the row naming the certifier. */
  readonly badgeCertifiedBy: string;
  /** Label of the row naming the certified business. */
  readonly badgeCertifiedParty: string;
  /** Label of the row with the certification scheme and level. */
  readonly badgeCertification: string;
  /** Label of the row saying what the certification covers. */
  readonly badgeScope: string;
  /** Label of the row with the website (origin) the certificate was issued for. */
  readonly badgeWebsite: string;
  /** Label of the row with the first day of validity. */
  readonly badgeValidFrom: string;
  /** Label of the row with the last day of validity. */
  readonly badgeValidUntil: string;
  /** Label of the row with the date and time of the check. */
  readonly badgeLastChecked: string;
  /** Label of the row saying whether the certifier's revocation list was consulted. */
  readonly badgeRevocation: string;
  /** Revocation row: the certifier's signed list was consulted and the certificate is not on it. */
  readonly badgeRevocationChecked: string;
  /** Revocation row: the certificate can be revoked, but this page did not ask the certifier. */
  readonly badgeRevocationNotChecked: string;
  /** Revocation row: the certifier publishes no revocation list for this certificate. */
  readonly badgeRevocationNone: string;
  /** Link to the certification criteria published by the certifier. */
  readonly badgeCriteria: string;
  /** Link to the certifier's public record of this certification. */
  readonly badgePublicRecord: string;
  /** Explains a verified badge, naming the certifier. */
  badgeVerifiedSummary(issuer: string): string;
  /** Explains the checking state. */
  readonly badgeCheckingSummary: string;
  /** Explains a self-declared badge: no certifier confirmed it. */
  readonly badgeSelfDeclaredSummary: string;
  /** Reason (status `expired`): the validity period has ended. */
  readonly badgeReasonExpired: string;
  /** Reason (status `not-yet-valid`): the validity period has not started. */
  readonly badgeReasonNotYetValid: string;
  /** Reason (status `wrong-origin`): issued for another website, possibly copied. */
  readonly badgeReasonWrongOrigin: string;
  /** Reason (status `bad-signature`): altered, unsigned or not genuine. */
  readonly badgeReasonBadSignature: string;
  /** Reason (status `unknown-issuer`): not from a certifier this page trusts, or no certifier key configured. */
  readonly badgeReasonUnknownIssuer: string;
  /** Reason (status `revoked`): the certifier withdrew (or suspended) it. */
  readonly badgeReasonRevoked: string;
  /** Reason (status `malformed`): it could not be read. */
  readonly badgeReasonMalformed: string;
  /** Reason (status `network-error`): the certifier's keys or list could not be fetched. */
  readonly badgeReasonNetworkError: string;

  // <trust-badge-group>
  /** Accessible name of a badge group when the page gives none. */
  readonly badgeGroupLabel: string;

  // <trust-guarantee>
  /** Kind label of a delivery promise. */
  readonly guaranteeDelivery: string;
  /** Kind label of a returns promise. */
  readonly guaranteeReturns: string;
  /** Kind label of a support response-time promise. */
  readonly guaranteeSupport: string;
  /** Kind label of a price-match promise. */
  readonly guaranteePriceMatch: string;
  /** Kind label of a warranty promise. */
  readonly guaranteeWarranty: string;
  /** The measured rate of a delivery promise: "98.7% on time". */
  guaranteeRateDelivery(percent: string): string;
  /** The measured rate of a returns promise: "98.7% refunded on time". */
  guaranteeRateReturns(percent: string): string;
  /** The measured rate of a support promise: "98.7% answered on time". */
  guaranteeRateSupport(percent: string): string;
  /** The measured rate of a price-match promise: "98.7% of requests honoured". */
  guaranteeRatePriceMatch(percent: string): string;
  /** The measured rate of a warranty promise: "98.7% of claims honoured". */
  guaranteeRateWarranty(percent: string): string;
  /** The period the figure covers: "over the last 90 days". Chosen by the number of days. */
  readonly guaranteePeriod: Plural;
  /** How many orders the figure counts: "12,480 orders". */
  readonly guaranteeOrders: Plural;
  /** How many returns the figure counts. */
  readonly guaranteeReturnCount: Plural;
  /** How many support or price-match requests the figure counts. */
  readonly guaranteeRequests: Plural;
  /** How many warranty claims the figure counts. */
  readonly guaranteeClaims: Plural;
  /** Joins the record: rate, period and (when given) the count, "98.7% on time over the last 90 days (12,480 orders)". */
  guaranteeRecord(rate: string, period: string, count: string | undefined): string;
  /** Names where the figure comes from: "Source: order system, audited monthly". */
  guaranteeSource(source: string): string;
  /** Shown instead of a figure that lacks its period or source (never an unsourced figure). */
  readonly guaranteeRecordUnavailable: string;
  /** Shown when the promise itself is missing or invalid. */
  readonly guaranteeUnavailable: string;
}

/** English badge strings, bundled with the badge elements (`provideEnglish(enBadge)`). */
export const enBadge: BadgeStrings = {
  badgeVerified: 'Verified',
  badgeChecking: 'Checking…',
  badgeNotVerified: 'Not verified',
  badgeSelfDeclared: 'Self-declared',
  badgeClaim: (scheme, level) => (level ? `${scheme}, ${level}` : scheme),
  badgeDefaultClaim: 'Certification',
  badgeDetails: 'Details',
  badgeDetailsTitle: 'About this badge',
  badgeClose: 'Close',
  badgeStatus: 'Status',
  badgeCertifiedBy: 'Certified by',
  badgeCertifiedParty: 'Certified business',
  badgeCertification: 'Certification',
  badgeScope: 'Scope',
  badgeWebsite: 'Website',
  badgeValidFrom: 'Valid from',
  badgeValidUntil: 'Valid until',
  badgeLastChecked: 'Last checked',
  badgeRevocation: 'Revocation',
  badgeRevocationChecked: 'Checked with the certifier: not revoked',
  badgeRevocationNotChecked: 'Not checked by this page',
  badgeRevocationNone: 'The certifier publishes no revocation list',
  badgeCriteria: 'Certification criteria',
  badgePublicRecord: 'Public record at the certifier',
  badgeVerifiedSummary: (issuer) =>
    `Your browser checked the certificate signed by ${issuer}: it is genuine, issued for this website and currently valid.`,
  badgeCheckingSummary: 'Your browser is checking the certificate.',
  badgeSelfDeclaredSummary: 'This is a statement by the website itself. No certifier has confirmed it.',
  badgeReasonExpired: 'The certificate has expired.',
  badgeReasonNotYetValid: 'The certificate is not valid yet.',
  badgeReasonWrongOrigin: 'The certificate was issued for a different website. This badge may have been copied.',
  badgeReasonBadSignature: 'The certificate’s signature does not match its content: it was altered or is not genuine.',
  badgeReasonUnknownIssuer: 'The certificate is not from a certifier that this website has configured as trusted.',
  badgeReasonRevoked: 'The certifier has withdrawn this certificate.',
  badgeReasonMalformed: 'The certificate could not be read.',
  badgeReasonNetworkError: 'The certificate could not be checked: the certifier could not be reached.',
  badgeGroupLabel: 'Certifications and guarantees',
  guaranteeDelivery: 'Delivery',
  guaranteeReturns: 'Returns',
  guaranteeSupport: 'Support',
  guaranteePriceMatch: 'Price match',
  guaranteeWarranty: 'Warranty',
  guaranteeRateDelivery: (p) => `${p} on time`,
  guaranteeRateReturns: (p) => `${p} refunded on time`,
  guaranteeRateSupport: (p) => `${p} answered on time`,
  guaranteeRatePriceMatch: (p) => `${p} of requests honoured`,
  guaranteeRateWarranty: (p) => `${p} of claims honoured`,
  guaranteePeriod: { one: () => 'over the last day', other: (n) => `over the last ${n} days` },
  guaranteeOrders: { one: (n) => `${n} order`, other: (n) => `${n} orders` },
  guaranteeReturnCount: { one: (n) => `${n} return`, other: (n) => `${n} returns` },
  guaranteeRequests: { one: (n) => `${n} request`, other: (n) => `${n} requests` },
  guaranteeClaims: { one: (n) => `${n} claim`, other: (n) => `${n} claims` },
  guaranteeRecord: (rate, period, count) => (count ? `${rate} ${period} (${count})` : `${rate} ${period}`),
  guaranteeSource: (source) => `Source: ${source}`,
  guaranteeRecordUnavailable: 'Record unavailable: its period or source is missing',
  guaranteeUnavailable: 'Guarantee unavailable',
};
