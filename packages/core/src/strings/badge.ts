import type { BadgeReason } from '../badge/verify.js';
import type { Plural } from './common.js';

/** The reason codes of a badge that is not verified (every {@link BadgeReason} except `verified` and `test-key`). */
export type BadgeFailureReason = Exclude<BadgeReason, 'verified' | 'test-key'>;

/** Strings of `<trust-badge>`, `<trust-badge-group>` and `<trust-guarantee>`. */
export interface BadgeStrings {
  // <trust-badge>: the seal
  /**
   * Status of a badge whose signed certificate was checked in the browser against the keys its certifier publishes
   * at its own web address, and holds: "Verified by certifier.example". `host` is that verified host (never a
   * name taken from the certificate); the element shows it isolated left-to-right. The only "verified" wording.
   */
  badgeVerifiedBy(host: string): string;
  /**
   * Status of a badge checked with a test key that the page itself supplied (`test-keys`): it proves nothing to
   * visitors, so it must read as not verified ("Test key — not verified").
   */
  readonly badgeTestKey: string;
  /** Status while the certificate is being checked. Never a form of "verified". */
  readonly badgeChecking: string;
  /** Status of a badge whose certificate failed any check or could not be checked (neutral wording; the reason is in the details). */
  readonly badgeNotVerified: string;
  /** Status of a badge without a certificate: the website's own statement. */
  readonly badgeSelfDeclared: string;
  /** The certified claim: scheme and, when there is one, level ("Secure Checkout, Gold"). */
  badgeClaim(scheme: string, level: string | undefined): string;
  /** Claim text when neither the page nor a verified certificate gives one. */
  readonly badgeDefaultClaim: string;

  // <trust-badge>: the details dialog
  /** Title of the details dialog. */
  readonly badgeDetailsTitle: string;
  /** The dialog's close button. */
  readonly badgeClose: string;
  /** Label of the row naming the certifier by its verified host (the identity the check rests on). */
  readonly badgeCertifiedBy: string;
  /**
   * Label of the row with the name the certifier gives itself inside the certificate: its own description, not
   * what was verified (the verified identity is the host).
   */
  readonly badgeIssuerDescription: string;
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
  /** Revocation row: the certifier's signed list was consulted and the certificate is neither revoked nor suspended. */
  readonly badgeRevocationChecked: string;
  /** Revocation row: the certifier publishes no revocation list for this certificate. */
  readonly badgeRevocationNone: string;
  /** Link to the certification criteria published by the certifier. */
  readonly badgeCriteria: string;
  /** Link to the certifier's public record of this certification. */
  readonly badgePublicRecord: string;
  /** Explains a verified badge, naming the certifier by its verified host (shown isolated left-to-right). */
  badgeVerifiedSummary(host: string): string;
  /** Explains a test-key badge: checked with a key the page supplied, so it proves nothing. */
  readonly badgeTestKeySummary: string;
  /** Explains the checking state. */
  readonly badgeCheckingSummary: string;
  /** Explains a self-declared badge: no certifier confirmed it. */
  readonly badgeSelfDeclaredSummary: string;
  /**
   * Why a badge is not verified, one sentence per reason code of the verifier (`BadgeVerification.code`): shown
   * in the details and sent in `trust-error`. "Couldn't check …" for the codes of status `unchecked`.
   */
  readonly badgeReasons: Readonly<Record<BadgeFailureReason, string>>;

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
  badgeVerifiedBy: (host) => `Verified by ${host}`,
  badgeTestKey: 'Test key — not verified',
  badgeChecking: 'Checking…',
  badgeNotVerified: 'Not verified',
  badgeSelfDeclared: 'Self-declared',
  badgeClaim: (scheme, level) => (level ? `${scheme}, ${level}` : scheme),
  badgeDefaultClaim: 'Certification',
  badgeDetailsTitle: 'About this badge',
  badgeClose: 'Close',
  badgeCertifiedBy: 'Certified by',
  badgeIssuerDescription: 'Certifier’s own description',
  badgeCertifiedParty: 'Certified business',
  badgeCertification: 'Certification',
  badgeScope: 'Scope',
  badgeWebsite: 'Website',
  badgeValidFrom: 'Valid from',
  badgeValidUntil: 'Valid until',
  badgeLastChecked: 'Last checked',
  badgeRevocation: 'Revocation',
  badgeRevocationChecked: 'Checked with the certifier: not revoked or suspended',
  badgeRevocationNone: 'The certifier publishes no revocation list',
  badgeCriteria: 'Certification criteria',
  badgePublicRecord: 'Public record at the certifier',
  badgeVerifiedSummary: (host) =>
    `Your browser checked the certificate with the keys that ${host} publishes: ` +
    'it is genuine, issued for this website and currently valid.',
  badgeTestKeySummary:
    'This certificate was checked with a test key given by the page itself, not with the keys the ' +
    'certifier publishes, so it proves nothing. Test keys are for trying a badge out before it goes live.',
  badgeCheckingSummary: 'Your browser is checking the certificate.',
  badgeSelfDeclaredSummary: 'This is a statement by the website itself. No certifier has confirmed it.',
  badgeReasons: {
    expired: 'The certificate has expired.',
    'not-yet-valid': 'The certificate is not valid yet.',
    'wrong-origin': 'The certificate was issued for a different website. This badge may have been copied.',
    revoked: 'The certifier has revoked this certificate.',
    suspended: 'The certifier has suspended this certificate.',
    malformed: 'The certificate could not be read.',
    'bad-signature': 'The certificate’s signature does not match its content: it was altered or is not genuine.',
    algorithm: 'The certificate is unsigned or signed with a method that is not accepted.',
    'embedded-key':
      'The certificate brings its own key instead of relying on the keys the certifier publishes, so its signature proves nothing.',
    'issuer-not-origin': 'The certificate does not name its certifier by a secure web address, so the certifier cannot be checked.',
    'issuer-not-trusted': 'The certificate is from a certifier that this website does not accept as trusted.',
    'self-issued': 'The certificate was issued by this website itself, and a website cannot certify itself.',
    'key-not-published': 'The certificate was not signed with any key the certifier publishes.',
    'keys-unreachable': 'Couldn’t check: the certifier’s keys did not answer.',
    'status-unreachable': 'Couldn’t check revocation: the certifier’s list did not answer.',
    'status-invalid': 'Couldn’t check revocation: the certifier’s list is invalid or out of date.',
    'status-mismatch': 'Couldn’t check revocation: the list is from another certifier or for another purpose.',
    'status-unsupported': 'Couldn’t check revocation: the certificate uses a kind of status check this badge cannot read.',
  },
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
