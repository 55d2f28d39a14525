import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import 'trust-signals/trust-badge.js';
import {
  DOWN_KEYS_URL,
  ISSUER_KEYS_JSON,
  KEYS_URL,
  PENDING_KEYS_URL,
  REVOKED_INDEX,
  STATUS_LIST_URL,
  badgeFixture,
  expectStatus,
  openDetails,
  signed,
} from './badge-story-helpers.js';

interface Args {
  variant?: 'compact' | 'standard' | 'with-details';
  label?: string;
  issuerName?: string;
  credential?: string;
  keys?: string;
  issuerKeys?: string;
  trustedIssuers?: string;
  checkRevocation?: boolean;
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
  args: { variant: 'standard', label: 'Secure checkout', issuerName: 'Example Certifier', keys: ISSUER_KEYS_JSON, trustedIssuers: 'https://certifier.example', logo: true },
  argTypes: { variant: { control: 'inline-radio', options: ['compact', 'standard', 'with-details'] } },
  render: (a, { loaded }) =>
    html`<trust-badge
      variant=${ifDefined(a.variant)}
      label=${ifDefined(a.label)}
      issuer-name=${ifDefined(a.issuerName)}
      credential=${ifDefined((loaded as { jws?: string }).jws ?? a.credential)}
      keys=${ifDefined(a.keys)}
      issuer-keys=${ifDefined(a.issuerKeys)}
      trusted-issuers=${ifDefined(a.trustedIssuers)}
      ?check-revocation=${a.checkRevocation}
      record-url=${ifDefined(a.recordUrl)}
      >${a.logo ? logo : nothing}Secure checkout</trust-badge
    >`,
};
export default meta;
type Story = StoryObj<Args>;

const verified = { loaders: [signed()], play: expectStatus('verified', 'Verified') } satisfies Story;

/** A credential signed at story time for this page's origin, verified in the browser with the inline key set. */
export const Verified: Story = { ...verified };
export const VerifiedES256: Story = { name: 'Verified (ES256 key)', loaders: [signed({ key: 'es256' })], play: expectStatus('verified', 'Verified') };
export const Compact: Story = { ...verified, args: { variant: 'compact' } };
export const WithDetails: Story = { name: 'With details', ...verified, args: { variant: 'with-details' } };
export const DefaultSeal: Story = { name: 'Verified, built-in seal (no logo)', ...verified, args: { logo: false } };
export const DetailsOpen: Story = {
  name: 'Details dialog (verified, revocation checked)',
  loaders: [signed({ statusListUrl: STATUS_LIST_URL, statusListIndex: 7 })],
  args: { checkRevocation: true, recordUrl: 'https://certifier.example/records/shop' },
  play: openDetails('verified', 'Verified'),
};
export const KeysFromUrl: Story = { name: 'Keys from an issuer-keys URL', ...verified, args: { keys: undefined, issuerKeys: KEYS_URL } };
export const Checking: Story = {
  name: 'Checking (keys on their way)',
  loaders: [signed()],
  args: { keys: undefined, issuerKeys: PENDING_KEYS_URL },
  play: expectStatus('checking', 'Checking…'),
};
export const SelfDeclared: Story = { name: 'Self-declared (no credential)', args: { issuerName: undefined, keys: undefined, logo: false }, play: expectStatus('self-declared', 'Self-declared') };
export const SelfDeclaredDetails: Story = { name: 'Self-declared, details open', args: { issuerName: undefined, keys: undefined, logo: false }, play: openDetails('self-declared', 'Self-declared') };

// Every way to fail: each shows "Not verified" in the neutral look; the reason is in the details.
export const Expired: Story = { loaders: [signed({ validFrom: '2000-01-01T00:00:00Z', validUntil: '2001-12-31T23:59:59Z' })], play: expectStatus('expired', 'Not verified') };
export const NotYetValid: Story = { name: 'Not yet valid', loaders: [signed({ validFrom: '2098-01-01T00:00:00Z' })], play: expectStatus('not-yet-valid', 'Not verified') };
export const Copied: Story = { name: 'Wrong origin (a genuine badge copied from shop.example)', args: { credential: badgeFixture('valid-eddsa').jws }, play: expectStatus('wrong-origin', 'Not verified') };
export const CopiedDetails: Story = { name: 'Wrong origin, details open', args: { credential: badgeFixture('valid-eddsa').jws }, play: openDetails('wrong-origin', 'Not verified') };
export const TamperedPayload: Story = { name: 'Bad signature (payload changed)', args: { credential: badgeFixture('tampered-payload').jws }, play: expectStatus('bad-signature', 'Not verified') };
export const TamperedSignature: Story = { name: 'Bad signature (signature changed)', args: { credential: badgeFixture('tampered-signature').jws }, play: expectStatus('bad-signature', 'Not verified') };
export const Unsigned: Story = { name: 'Bad signature (alg none)', args: { credential: badgeFixture('alg-none').jws }, play: expectStatus('bad-signature', 'Not verified') };
export const UnknownIssuer: Story = { name: 'Unknown issuer (rogue key)', args: { credential: badgeFixture('unknown-issuer').jws }, play: expectStatus('unknown-issuer', 'Not verified') };
export const NotTrusted: Story = { name: 'Unknown issuer (not in trusted-issuers)', loaders: [signed()], args: { trustedIssuers: 'https://other-certifier.example' }, play: expectStatus('unknown-issuer', 'Not verified') };
export const Revoked: Story = {
  loaders: [signed({ statusListUrl: STATUS_LIST_URL, statusListIndex: REVOKED_INDEX })],
  args: { checkRevocation: true },
  play: expectStatus('revoked', 'Not verified'),
};
export const Malformed: Story = { name: 'Malformed (not a JWS)', args: { credential: badgeFixture('malformed-not-jws').jws }, play: expectStatus('malformed', 'Not verified') };
export const MalformedPayload: Story = { name: 'Malformed (signed, not a credential)', args: { credential: badgeFixture('malformed-not-vc').jws }, play: expectStatus('malformed', 'Not verified') };
export const NetworkError: Story = { name: 'Network error (keys unreachable)', loaders: [signed()], args: { keys: undefined, issuerKeys: DOWN_KEYS_URL }, play: expectStatus('network-error', 'Not verified') };
export const NotVerifiedWithDetails: Story = { name: 'Not verified, with details', args: { variant: 'with-details', credential: badgeFixture('expired').jws }, play: expectStatus('wrong-origin', 'Not verified') };
export const NotVerifiedCompact: Story = { name: 'Not verified, compact', args: { variant: 'compact', credential: badgeFixture('tampered-payload').jws }, play: expectStatus('bad-signature', 'Not verified') };
export const InvalidRecordUrl: Story = { name: 'Invalid data (javascript: record URL, not linked)', ...verified, args: { recordUrl: 'javascript:alert(1)' } };

// Locales, direction, themes.
const localeStory = (locale: string, text: string): Story => ({ globals: { locale }, args: { variant: 'with-details' }, loaders: [signed()], play: expectStatus('verified', text) });
export const Spanish = localeStory('es', 'Verificado');
export const German = localeStory('de', 'Verifiziert');
export const French = localeStory('fr', 'Vérifié');
export const Arabic: Story = { name: 'Arabic (RTL)', ...localeStory('ar', 'موثَّق') };
export const Tagalog = localeStory('tl', 'Beripikado');
export const Japanese = localeStory('ja', '検証済み');
export const ArabicNotVerified: Story = { name: 'Arabic, not verified (RTL)', globals: { locale: 'ar' }, args: { credential: badgeFixture('valid-eddsa').jws }, play: expectStatus('wrong-origin', 'غير موثَّق') };
export const RightToLeft: Story = { name: 'RTL (English text)', globals: { dir: 'rtl' }, ...verified, args: { variant: 'with-details' } };
export const Dark: Story = { globals: { theme: 'dark' }, ...verified };
export const DarkNotVerified: Story = { name: 'Dark, not verified', globals: { theme: 'dark' }, args: { credential: badgeFixture('tampered-signature').jws }, play: expectStatus('bad-signature', 'Not verified') };
export const DarkDetailsOpen: Story = { name: 'Dark, details open', globals: { theme: 'dark' }, loaders: [signed()], play: openDetails('verified', 'Verified') };
export const HighContrast: Story = { globals: { theme: 'high-contrast' }, ...verified };
export const HighContrastNotVerified: Story = { name: 'High contrast, not verified', globals: { theme: 'high-contrast' }, args: { credential: badgeFixture('alg-none').jws }, play: expectStatus('bad-signature', 'Not verified') };
export const HighContrastDark: Story = { globals: { theme: 'high-contrast-dark' }, ...verified };
