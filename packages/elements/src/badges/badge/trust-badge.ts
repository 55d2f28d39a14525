import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  TrustElement,
  baseStyles,
  controlStyles,
  dialogStyles,
  enBadge,
  formatDate,
  issue,
  parseUrl,
  provideEnglish,
  type DataIssue,
  type Translation,
  closeOnBackdropClick,
} from '@trust-signals/core';
import {
  verifyCredential,
  type BadgeCredential,
  type BadgeStatus,
  type BadgeVerification,
  type FetchResponseLike,
  type IssuerKeysInput,
  type RevocationCheck,
} from '@trust-signals/core/badge';
import { badgeTokens } from '../badge-tokens.styles.js';
import { badgeStyles } from './trust-badge.styles.js';

provideEnglish(enBadge);

/** What a badge shows: no credential (`self-declared`), `checking`, or the verifier's status. */
export type TrustBadgeState = 'self-declared' | 'checking' | BadgeStatus;

/** `compact`: seal and status only (claim in the accessible name); `standard`; `with-details`: a line of details under the seal. */
export type TrustBadgeVariant = 'compact' | 'standard' | 'with-details';

/** `detail` of `trust-verified`. */
export interface TrustVerifiedDetail {
  /** The verified credential: issuer, subject origin and name, certification, validity. */
  readonly credential: BadgeCredential;
  /** Whether revocation was checked (`check-revocation`), not checked, or not offered by the issuer. */
  readonly revocation: RevocationCheck;
  /** When the check ran. */
  readonly checkedAt: Date;
  /** `kid` of the key that signed it, if the header named one. */
  readonly keyId?: string;
}

declare module '@trust-signals/core' {
  interface TrustEventDetailMap {
    'trust-verified': TrustVerifiedDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'trust-verified': CustomEvent<TrustVerifiedDetail>;
  }
}

/**
 * Network reads of the badges on a page, by absolute URL: the issuer key set and status lists are fetched once
 * per page (without cookies), however many badges use them and however often they re-verify. A failed fetch is
 * not retried until the page reloads, so a broken endpoint gets one request, not a storm.
 */
const reads = new Map<string, Promise<FetchResponseLike>>();

function fetchOnce(url: string): Promise<FetchResponseLike> {
  const absolute = new URL(url, document.baseURI).href;
  let read = reads.get(absolute);
  if (!read) {
    read = fetch(absolute, { credentials: 'omit', headers: { accept: 'application/jwk-set+json, application/json, application/vc+jwt, */*' } }).then(
      async (response) => {
        const text = await response.text();
        return { ok: response.ok, status: response.status, text: async () => text };
      },
    );
    reads.set(absolute, read);
  }
  return read;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetchOnce(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

const icon = (d: TemplateResult) => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${d}</svg>`;
const ICONS = {
  verified: svg`<circle cx="12" cy="12" r="9"></circle><path d="M8 12.5l3 3 5-6"></path>`,
  checking: svg`<circle cx="12" cy="12" r="9"></circle><path d="M12 7v5l3 2"></path>`,
  failed: svg`<circle cx="12" cy="12" r="9"></circle><path d="M8 12h8"></path>`,
  'self-declared': svg`<path d="M4 5h16v11h-9l-5 4v-4H4z"></path>`,
};
/** The built-in seal: a neutral rosette (no check mark, so it never suggests "verified" by itself). */
const SEAL = html`<svg class="seal" viewBox="0 0 24 24" aria-hidden="true"
  ><circle cx="12" cy="9" r="6.5"></circle><circle cx="12" cy="9" r="3.5"></circle
  ><path d="M8 14.5L6.5 21.5l5.5-2.5 5.5 2.5L16 14.5"></path
></svg>`;

type Tone = 'verified' | 'checking' | 'failed' | 'self-declared';
const toneOf = (state: TrustBadgeState): Tone =>
  state === 'verified' || state === 'checking' || state === 'self-declared' ? state : 'failed';

function reasonText(t: Translation, status: BadgeStatus): string {
  switch (status) {
    case 'expired':
      return t.badgeReasonExpired;
    case 'not-yet-valid':
      return t.badgeReasonNotYetValid;
    case 'wrong-origin':
      return t.badgeReasonWrongOrigin;
    case 'bad-signature':
      return t.badgeReasonBadSignature;
    case 'unknown-issuer':
      return t.badgeReasonUnknownIssuer;
    case 'revoked':
      return t.badgeReasonRevoked;
    case 'network-error':
      return t.badgeReasonNetworkError;
    case 'malformed':
    case 'verified':
      return t.badgeReasonMalformed;
  }
}

/** Splits an allow-list given as an attribute ("https://a.example https://b.example", commas allowed). */
function issuerList(value: string | readonly string[] | undefined): readonly string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = typeof value === 'string' ? value.split(/[\s,]+/) : [...value];
  const ids = list.map((s) => String(s).trim()).filter(Boolean);
  return ids.length ? ids : undefined;
}

/**
 * A certification seal that says "Verified" only after the visitor's browser has checked a signed credential
 * (a W3C Verifiable Credential as a compact JWS) from the certifier: signed by one of the configured issuer keys,
 * issued for this page's origin (`location.origin`, never an attribute), valid now, and (with
 * `check-revocation`) not revoked. While it checks it says "Checking…"; on any failure it says "Not verified", in
 * a neutral look, and its details give the reason. Without a credential it is an honestly labelled
 * "Self-declared" badge. Activating it opens a modal dialog with who certified what, for which website, the
 * validity period, when it was checked, and links to the criteria and the certifier's public record.
 *
 * No request is made except to the configured `issuer-keys` URL, the status list named in the credential (only
 * with `check-revocation`) and the author's `logo-src` image; each is fetched once per page, without cookies.
 *
 * @tagname trust-badge
 * @summary Certification seal that verifies a signed credential before it says "Verified".
 *
 * @slot - Fallback text shown before the element is defined (e.g. "Example Secure Checkout"); not rendered after.
 * @slot logo - The certifier's logo as inline SVG or `<img>` (decorative: give it `aria-hidden="true"` or
 * `alt=""`; the name is in the text). Grey until verified; replaced by a neutral seal when verification fails.
 *
 * @event trust-verified - The credential verified. `detail: { credential, revocation, checkedAt, keyId? }`.
 * @event trust-error - Verification failed, or an attribute is invalid. `detail: { element, issues }`; the first
 * issue (path `credential`) names the status and the reason.
 *
 * @csspart base - The seal: a button that opens the details.
 * @csspart logo - The logo box.
 * @csspart issuer - The certifier's name.
 * @csspart claim - The certified claim (scheme and level) or the page's label.
 * @csspart status - The status: icon and "Verified", "Checking…", "Not verified" or "Self-declared".
 * @csspart details - The line of details under the seal (`variant="with-details"`).
 * @csspart dialog - The details dialog.
 * @csspart close - The dialog's close button.
 *
 * @cssproperty --trust-badge-size - Size of the logo (default `2.5rem`, `1.75rem` when compact).
 * @cssproperty --trust-badge-background - Background of the seal (default `--trust-color-surface`).
 * @cssproperty --trust-badge-radius - Corner radius of the seal (default `--trust-radius`).
 * @cssproperty --trust-badge-verified-color - Border and status colour of a verified badge only.
 */
export class TrustBadge extends TrustElement {
  static override styles = [baseStyles, controlStyles, badgeTokens, dialogStyles, badgeStyles];
  static override properties: PropertyDeclarations = {
    credential: {},
    keys: {},
    issuerKeys: { attribute: 'issuer-keys' },
    trustedIssuers: { attribute: 'trusted-issuers' },
    checkRevocation: { type: Boolean, attribute: 'check-revocation' },
    label: {},
    issuerName: { attribute: 'issuer-name' },
    logoSrc: { attribute: 'logo-src' },
    recordUrl: { attribute: 'record-url' },
    variant: {},
    state: { state: true },
  };

  /** The credential: a compact JWS (`header.payload.signature`) from the certifier. Absent: a self-declared badge. */
  credential: string | undefined;

  /** The certifier's public keys: a JWK or a JWKS, as JSON text (attribute) or an object (property). */
  keys: IssuerKeysInput | undefined;

  /** URL of the certifier's public key set (JWKS), fetched once per page when no inline key matches. */
  issuerKeys: string | undefined;

  /** Certifiers this page trusts, by issuer id (space- or comma-separated). Absent: any issuer whose key is configured. */
  trustedIssuers: string | readonly string[] | undefined;

  /** Asks the certifier's status list whether the credential was revoked (a request to the URL the credential names). */
  checkRevocation = false;

  /** The claim as the page words it ("Secure checkout"): shown while checking, when not verified, and when self-declared. A verified badge shows the certified claim instead. */
  label = '';

  /** The certifier's name as the page gives it, shown until verification replaces it with the signed name. */
  issuerName = '';

  /** An image URL for the certifier's logo (http(s) or relative). Use the `logo` slot for inline SVG. */
  logoSrc: string | undefined;

  /** The certifier's public record of this certification, shown when verified and the credential's `id` is not an http(s) URL. */
  recordUrl: string | undefined;

  /** `compact`, `standard` (default) or `with-details`. */
  variant: TrustBadgeVariant = 'standard';

  /** What the badge shows now. */
  protected state: TrustBadgeState = 'self-declared';

  #result: BadgeVerification | undefined;
  #run = 0;
  #configIssues: DataIssue[] = [];
  #verifyIssues: DataIssue[] = [];
  #logo: string | undefined;
  #record: string | undefined;
  #internals = this.attachInternals();

  /** `self-declared`, `checking`, or the verifier's status (`verified`, `expired`, `wrong-origin`, …). */
  get status(): TrustBadgeState {
    return this.state;
  }

  /** The verifier's full result (status, reason for the developer, credential once its signature verified). */
  get verification(): BadgeVerification | undefined {
    return this.#result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('logoSrc') || changed.has('recordUrl') || changed.has('issuerKeys')) {
      const issues: DataIssue[] = [];
      const url = (value: string | undefined, path: string) => {
        const parsed = parseUrl(value, path, { optional: true, mailto: false });
        if (!parsed.ok) issues.push(...parsed.errors);
        return parsed.ok ? parsed.value : undefined;
      };
      this.#logo = url(this.logoSrc, 'logo-src');
      this.#record = url(this.recordUrl, 'record-url');
      url(this.issuerKeys, 'issuer-keys');
      this.#configIssues = issues;
      this.#report();
    }
    if (['credential', 'keys', 'issuerKeys', 'trustedIssuers', 'checkRevocation'].some((k) => changed.has(k as keyof TrustBadge))) {
      this.#startVerification();
    }
    if (changed.has('state' as keyof TrustBadge)) {
      const states = this.#internals.states;
      for (const s of [...states]) states.delete(s);
      states.add(this.state);
    }
  }

  #report(): void {
    this.reportIssues([...this.#configIssues, ...this.#verifyIssues]);
  }

  #startVerification(): void {
    const run = ++this.#run;
    const jws = typeof this.credential === 'string' ? this.credential.trim() : '';
    this.#result = undefined;
    this.#verifyIssues = [];
    if (!jws) {
      this.state = 'self-declared';
      this.#report();
      return;
    }
    this.state = 'checking';
    // Server rendering has no page origin to check against: the browser verifies after hydration.
    if (typeof location === 'undefined') return;
    const keysUrl = this.issuerKeys?.trim();
    const keysUrlOk = keysUrl ? parseUrl(keysUrl, 'issuer-keys', { mailto: false }).ok : false;
    const trusted = issuerList(this.trustedIssuers);
    const keys = typeof this.keys === 'string' && this.keys.trim() === '' ? undefined : this.keys;
    void verifyCredential(jws, {
      origin: location.origin,
      ...(keys === undefined ? {} : { keys }),
      ...(keysUrl && keysUrlOk ? { keysUrl, fetch: (url: string) => fetchOnce(url) } : {}),
      ...(trusted ? { trustedIssuers: trusted } : {}),
      ...(this.checkRevocation ? { fetchStatusList: fetchText } : {}),
    }).then((result) => {
      if (run !== this.#run) return;
      this.#result = result;
      this.state = result.status;
      if (result.status === 'verified' && result.credential) {
        this.#verifyIssues = [];
        this.#report();
        const detail: TrustVerifiedDetail = {
          credential: result.credential,
          revocation: result.revocation ?? 'none',
          checkedAt: result.checkedAt,
          ...(result.keyId === undefined ? {} : { keyId: result.keyId }),
        };
        this.emit('trust-verified', detail);
      } else {
        this.#verifyIssues = [issue('credential', `not verified (${result.status}): ${result.reason}`), ...result.issues.filter((i) => i.severity === 'error')];
        this.#report();
      }
    });
  }

  #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the details dialog (as activating the badge does). */
  showDetails(): void {
    const dialog = this.#dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Closes the details dialog; focus returns to the badge. */
  hideDetails(): void {
    this.#dialog()?.close();
  }

  #onClose = () => {
    this.renderRoot.querySelector<HTMLButtonElement>('[part~="base"]')?.focus();
  };


  #statusText(state: TrustBadgeState): string {
    const { t } = this;
    if (state === 'verified') return t.badgeVerified;
    if (state === 'checking') return t.badgeChecking;
    if (state === 'self-declared') return t.badgeSelfDeclared;
    return t.badgeNotVerified;
  }

  #date(value: Date, time = false): string {
    return formatDate(this.resolvedLang, value, time ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'long' });
  }

  #explanation(state: TrustBadgeState, credential: BadgeCredential | undefined): string {
    const { t } = this;
    if (state === 'verified' && credential) return t.badgeVerifiedSummary(credential.issuer.name ?? credential.issuer.id);
    if (state === 'checking') return t.badgeCheckingSummary;
    if (state === 'self-declared') return t.badgeSelfDeclaredSummary;
    return reasonText(t, state as BadgeStatus);
  }

  protected override render() {
    const { t } = this;
    const state = this.state;
    const tone = toneOf(state);
    const result = this.#result;
    // Only a verified result's credential is shown as the certifier's claim.
    const credential = state === 'verified' ? result?.credential : undefined;
    const claim = credential ? t.badgeClaim(credential.certification.scheme, credential.certification.level) : this.label.trim() || t.badgeDefaultClaim;
    const issuerName = credential ? (credential.issuer.name ?? credential.issuer.id) : this.issuerName.trim();
    const statusText = this.#statusText(state);
    const compact = this.variant === 'compact';
    const hidden = compact ? 'visually-hidden' : '';
    // A badge that failed verification never shows the certifier's logo (the very thing a copied seal copies):
    // it shows the neutral built-in seal. Elsewhere the logo is grey until verified.
    const logo = tone === 'failed' ? SEAL : html`<slot name="logo">${this.#logo ? html`<img src=${this.#logo} alt="" />` : SEAL}</slot>`;

    return html`<button part="base" class="${tone} ${compact ? 'compact' : ''}" type="button" aria-haspopup="dialog" @click=${this.showDetails}>
        <span part="logo">${logo}</span>
        <span class="text">
          ${issuerName ? html`<span part="issuer" class=${hidden}>${issuerName}</span>` : nothing}
          <span part="claim" class=${hidden}>${claim}</span>
          <span part="status">${icon(ICONS[tone])}<span>${statusText}</span></span>
        </span>
      </button>
      ${this.variant === 'with-details' ? html`<p part="details">${this.#inlineDetails(state, credential)}</p>` : nothing}
      ${this.#renderDialog(state, tone, statusText, claim, credential, result)}`;
  }

  #inlineDetails(state: TrustBadgeState, credential: BadgeCredential | undefined): string {
    const { t } = this;
    if (credential) return `${t.labelled(t.badgeWebsite, credential.subject.id)} · ${t.labelled(t.badgeValidUntil, this.#date(credential.validUntil))}`;
    return this.#explanation(state, credential);
  }

  #renderDialog(
    state: TrustBadgeState,
    tone: Tone,
    statusText: string,
    claim: string,
    credential: BadgeCredential | undefined,
    result: BadgeVerification | undefined,
  ) {
    const { t } = this;
    const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
    const revocation =
      result?.revocation === 'checked' ? t.badgeRevocationChecked : result?.revocation === 'not-checked' ? t.badgeRevocationNotChecked : t.badgeRevocationNone;
    const recordFromCredential = credential?.id && /^https?:\/\//i.test(credential.id) ? credential.id : undefined;
    const record = credential ? (recordFromCredential ?? this.#record) : undefined;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onClose} @click=${closeOnBackdropClick}>
      <div class="dialog-head">
        <h2 id="title">${t.badgeDetailsTitle}</h2>
        <button part="close" type="button" @click=${this.hideDetails}>${t.badgeClose}</button>
      </div>
      <p class="state ${tone}">${icon(ICONS[tone])}<span>${statusText}</span></p>
      <p class="explain">${this.#explanation(state, credential)}</p>
      <dl>
        ${credential
          ? html`${row(t.badgeCertifiedBy, credential.issuer.name ?? credential.issuer.id)}
            ${row(t.badgeCertifiedParty, credential.subject.name)} ${row(t.badgeCertification, claim)}
            ${row(t.badgeScope, credential.certification.scope)}
            ${row(t.badgeWebsite, html`<span dir="ltr">${credential.subject.id}</span>`)}
            ${row(t.badgeValidFrom, this.#date(credential.validFrom))} ${row(t.badgeValidUntil, this.#date(credential.validUntil))}
            ${row(t.badgeRevocation, revocation)}`
          : row(t.badgeCertification, claim)}
        ${result ? row(t.badgeLastChecked, this.#date(result.checkedAt, true)) : nothing}
      </dl>
      ${credential
        ? html`<ul class="links">
            <li><a href=${credential.certification.criteria}>${t.badgeCriteria}</a></li>
            ${record ? html`<li><a href=${record}>${t.badgePublicRecord}</a></li>` : nothing}
          </ul>`
        : nothing}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-badge': TrustBadge;
  }
}
