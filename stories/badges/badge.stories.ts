import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import 'trust-signals/trust-badge.js';
import {
  badgeFixture,
  DOWN_ISSUER,
  expectStatus,
  ISSUER_KEYS_JSON,
  MARKED_INDEX,
  openDetails,
  REVOCATION_LIST_URL,
  signed,
  SILENT_ISSUER,
  SUSPENSION_LIST_URL,
} from './badge-story-helpers.js';

interface Args {
  variant?: 'compact' | 'standard' | 'with-details';
  label?: string;
  issuerName?: string;
  credential?: string;
  testKeys?: string;
  trustedIssuers?: string;
  timeout?: number;
  recordUrl?: string;
  logo?: boolean;
}

/** A certifier's logo as inline SVG in the `logo` slot (decorative: the name is in the text). */
const logo = html`<svg slot="logo" viewBox="0 0 40 40" aria-hidden="true" width="40" height="40">
  <circle cx="20" cy="20" r="18" fill="#0a5c8a"></circle>
  <path d="M12 21l5 5 11-12" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"></path>
</svg>`;

const meta: Meta<Args> = {
  title: 'Badges/Badge',
  component: 'trust-badge',
  args: { variant: 'standard', label: 'Secure checkout', issuerName: 'Example Certifier', logo: true },
  argTypes: { variant: { control: 'inline-radio', options: ['compact', 'standard', 'with-details'] } },
  render: (a, { loaded }) =>
    html`<trust-badge
      variant=${ifDefined(a.variant)}
      label=${ifDefined(a.label)}
      issuer-name=${ifDefined(a.issuerName)}
      credential=${ifDefined((loaded as { jws?: string }).jws ?? a.credential)}
      test-keys=${ifDefined(a.testKeys)}
      trusted-issuers=${ifDefined(a.trustedIssuers)}
      timeout=${ifDefined(a.timeout)}
      record-url=${ifDefined(a.recordUrl)}
      >${a.logo ? logo : nothing}Secure checkout</trust-badge
    >`,
};
export default meta;
type Story = StoryObj<Args>;

const VERIFIED_BY = 'Verified by certifier.example';
const verified = { loaders: [signed()], play: expectStatus('verified', VERIFIED_BY, 'verified') } satisfies Story;
const testKey = {
  loaders: [signed()],
  args: { testKeys: ISSUER_KEYS_JSON },
  play: expectStatus('test-key', 'Test key — not verified', 'test-key'),
} satisfies Story;
/** The certifier's key set never answers: the badge gives up after `timeout` (300 ms here) and says it could not check. */
const couldNotCheck = {
  loaders: [signed({ issuer: SILENT_ISSUER })],
  args: { timeout: 300 },
  play: expectStatus('unchecked', 'Not verified', 'keys-unreachable'),
} satisfies Story;
const revoked = {
  loaders: [signed({ statusListUrl: REVOCATION_LIST_URL, statusListIndex: MARKED_INDEX })],
  play: expectStatus('revoked', 'Not verified', 'revoked'),
} satisfies Story;

/** A credential signed at story time for this page's origin, verified with the key set the certifier publishes at its own origin. */
export const Verified: Story = { ...verified };
export const VerifiedES256: Story = {
  name: 'Verified (ES256 key)',
  loaders: [signed({ key: 'es256' })],
  play: expectStatus('verified', VERIFIED_BY, 'verified'),
};
export const VerifiedTrustedIssuers: Story = {
  name: 'Verified, certifier in trusted-issuers',
  ...verified,
  args: { trustedIssuers: 'https://certifier.example' },
};
export const Compact: Story = { ...verified, args: { variant: 'compact' } };
export const WithDetails: Story = { tags: ['main'], name: 'With details', ...verified, args: { variant: 'with-details' } };
export const DefaultSeal: Story = { name: 'Verified, built-in seal (no logo)', ...verified, args: { logo: false } };
export const DetailsOpen: Story = {
  tags: ['main'],
  name: 'Details dialog (verified, revocation checked)',
  loaders: [signed({ statusListUrl: REVOCATION_LIST_URL, statusListIndex: 7 })],
  args: { recordUrl: 'https://certifier.example/records/shop' },
  play: openDetails(
    'verified',
    VERIFIED_BY,
    'Your browser checked the certificate with the keys that certifier.example publishes: it is genuine, issued for this website and currently valid.',
  ),
};

/** Keys given by the page (`test-keys`): never "Verified", a dashed caution look, and a console warning. */
export const TestKey: Story = { name: 'Test key (page-supplied keys)', ...testKey };
export const TestKeyDetails: Story = {
  name: 'Test key, details open',
  ...testKey,
  play: openDetails(
    'test-key',
    'Test key — not verified',
    'This certificate was checked with a test key given by the page itself, not with the keys the certifier publishes, so it proves nothing. Test keys are for trying a badge out before it goes live.',
  ),
};
export const TestKeyCompact: Story = { name: 'Test key, compact', ...testKey, args: { ...testKey.args, variant: 'compact' } };
export const Checking: Story = {
  name: 'Checking (keys on their way)',
  loaders: [signed({ issuer: SILENT_ISSUER })],
  args: { timeout: 60_000 },
  play: expectStatus('checking', 'Checking…'),
};
export const SelfDeclared: Story = {
  name: 'Self-declared (no credential)',
  args: { issuerName: undefined, logo: false },
  play: expectStatus('self-declared', 'Self-declared'),
};
export const SelfDeclaredDetails: Story = {
  name: 'Self-declared, details open',
  args: { issuerName: undefined, logo: false },
  play: openDetails('self-declared', 'Self-declared', 'This is a statement by the website itself. No certifier has confirmed it.'),
};

// Every way to fail: each shows "Not verified" in the neutral look; the specific reason is in the details.
export const Revoked: Story = { ...revoked };
export const RevokedDetails: Story = {
  name: 'Revoked, details open',
  ...revoked,
  play: openDetails('revoked', 'Not verified', 'The certifier has revoked this certificate.'),
};
export const Suspended: Story = {
  loaders: [signed({ statusListUrl: SUSPENSION_LIST_URL, statusListIndex: MARKED_INDEX, statusPurpose: 'suspension' })],
  play: expectStatus('suspended', 'Not verified', 'suspended'),
};
export const Expired: Story = {
  loaders: [signed({ validFrom: '2000-01-01T00:00:00Z', validUntil: '2001-12-31T23:59:59Z' })],
  play: expectStatus('expired', 'Not verified', 'expired'),
};
export const NotYetValid: Story = {
  name: 'Not yet valid',
  loaders: [signed({ validFrom: '2098-01-01T00:00:00Z' })],
  play: expectStatus('not-yet-valid', 'Not verified', 'not-yet-valid'),
};
export const CouldNotCheck: Story = { name: 'Couldn’t check (keys never answer, timeout 300 ms)', ...couldNotCheck };
export const CouldNotCheckDetails: Story = {
  name: 'Couldn’t check, details open',
  ...couldNotCheck,
  play: openDetails('unchecked', 'Not verified', 'Couldn’t check: the certifier’s keys did not answer.'),
};
export const CertifierDown: Story = {
  name: 'Couldn’t check (certifier down)',
  loaders: [signed({ issuer: DOWN_ISSUER })],
  play: expectStatus('unchecked', 'Not verified', 'keys-unreachable'),
};
export const StatusListUnreachable: Story = {
  name: 'Couldn’t check revocation (no status list)',
  loaders: [signed({ statusListUrl: 'https://certifier.example/status/missing' })],
  play: openDetails('unchecked', 'Not verified', 'Couldn’t check revocation: the certifier’s list did not answer.'),
};
export const StatusUnsupported: Story = {
  name: 'Couldn’t check revocation (unknown status type)',
  loaders: [
    signed({
      credentialStatus: {
        type: 'StatusList2021Entry',
        statusPurpose: 'revocation',
        statusListIndex: '7',
        statusListCredential: REVOCATION_LIST_URL,
      },
    }),
  ],
  play: expectStatus('unchecked', 'Not verified', 'status-unsupported'),
};
export const WrongSite: Story = {
  name: 'Wrong site (a genuine badge copied from shop.example)',
  args: { credential: badgeFixture('valid-eddsa').jws },
  play: expectStatus('wrong-origin', 'Not verified', 'wrong-origin'),
};
export const WrongSiteDetails: Story = {
  name: 'Wrong site, details open',
  args: { credential: badgeFixture('valid-eddsa').jws },
  play: openDetails('wrong-origin', 'Not verified', 'The certificate was issued for a different website. This badge may have been copied.'),
};
export const NotTrusted: Story = {
  name: 'Unknown issuer (not in trusted-issuers)',
  loaders: [signed()],
  args: { trustedIssuers: 'https://other-certifier.example' },
  play: expectStatus('unknown-issuer', 'Not verified', 'issuer-not-trusted'),
};
export const NoIssuerTrusted: Story = {
  name: 'Unknown issuer (trusted-issuers empty: none)',
  loaders: [signed()],
  args: { trustedIssuers: '' },
  play: expectStatus('unknown-issuer', 'Not verified', 'issuer-not-trusted'),
};
export const SelfIssued: Story = {
  name: 'Unknown issuer (self-issued by this site)',
  loaders: [signed({ issuer: location.origin })],
  play: openDetails(
    'unknown-issuer',
    'Not verified',
    'The certificate was issued by this website itself, and a website cannot certify itself.',
  ),
};
export const KeyNotPublished: Story = {
  name: 'Unknown issuer (key not published by the certifier)',
  loaders: [signed({ key: 'rogue' })],
  play: expectStatus('unknown-issuer', 'Not verified', 'key-not-published'),
};
export const TamperedPayload: Story = {
  name: 'Bad signature (payload changed)',
  args: { credential: badgeFixture('tampered-payload').jws },
  play: expectStatus('bad-signature', 'Not verified', 'bad-signature'),
};
export const TamperedSignature: Story = {
  name: 'Bad signature (signature changed)',
  args: { credential: badgeFixture('tampered-signature').jws },
  play: expectStatus('bad-signature', 'Not verified', 'bad-signature'),
};
export const Unsigned: Story = {
  name: 'Bad signature (alg none)',
  args: { credential: badgeFixture('alg-none').jws },
  play: expectStatus('bad-signature', 'Not verified', 'algorithm'),
};
export const Malformed: Story = {
  name: 'Malformed (not a JWS)',
  args: { credential: badgeFixture('malformed-not-jws').jws },
  play: expectStatus('malformed', 'Not verified', 'malformed'),
};
export const MalformedPayload: Story = {
  name: 'Malformed (signed, not a credential)',
  args: { credential: badgeFixture('malformed-not-vc').jws },
  play: expectStatus('malformed', 'Not verified', 'malformed'),
};
export const NotVerifiedWithDetails: Story = {
  tags: ['main'],
  name: 'Not verified, with details',
  args: { variant: 'with-details', credential: badgeFixture('expired').jws },
  play: expectStatus('wrong-origin', 'Not verified'),
};
export const NotVerifiedCompact: Story = {
  name: 'Not verified, compact',
  args: { variant: 'compact', credential: badgeFixture('tampered-payload').jws },
  play: expectStatus('bad-signature', 'Not verified'),
};
export const InvalidRecordUrl: Story = {
  name: 'Invalid data (javascript: record URL, not linked)',
  ...verified,
  args: { recordUrl: 'javascript:alert(1)' },
};
