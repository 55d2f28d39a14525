import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  baseStyles,
  closeOnBackdropClick,
  controlStyles,
  dialogStyles,
  formatDate,
  isolate,
  issue,
  numberAttribute,
  parseNumber,
  parseUrl,
  provideEnglish,
  TrustElement,
  type DataIssue,
} from '@trust-signals/core';
import {
  issuerOrigin,
  verifyCredential,
  type BadgeCredential,
  type BadgeIssuerIdentity,
  type BadgeReason,
  type BadgeStatus,
  type BadgeVerification,
  type FetchResponseLike,
  type IssuerKeysInput,
  type RevocationCheck,
  type VerifyCredentialOptions,
} from '@trust-signals/core/badge';
import { enBadge } from '@trust-signals/core/badges';
import { badgeTokens } from '../badge-tokens.styles.js';
import { badgeStyles } from './trust-badge.styles.js';

provideEnglish(enBadge);

/** What a badge shows: no credential (`self-declared`), `checking`, or the verifier's status. */
export type TrustBadgeState = 'self-declared' | 'checking' | BadgeStatus;

/** `compact`: seal and status only (claim in the accessible name); `standard`; `with-details`: a line of details under the seal. */
export type TrustBadgeVariant = 'compact' | 'standard' | 'with-details';

/** `detail` of `trust-verified`. */
export interface TrustVerifiedDetail {
  /** The verified credential: subject origin and name, certification, validity; `issuer.name` is only the certifier's own description. */
  readonly credential: BadgeCredential;
  /**
   * Who vouches, identified by the origin that published the signing key:
   * `{ origin: 'https://certifier.example', host: 'certifier.example' }`.
   */
  readonly issuer: BadgeIssuerIdentity;
  /** `checked`: the certifier's status lists were consulted (not revoked, not suspended); `none`: the credential has no status entry. */
  readonly revocation: RevocationCheck;
  /** Always `verified` (the verifier's reason code). */
  readonly code: BadgeReason;
  /**
   * What the badge tells visitors, in the badge's language ("Your browser checked the certificate with the keys that
   * certifier.example publishes: …").
   */
  readonly reason: string;
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
 * Network reads of the badges on a page, by absolute URL: the issuer key sets and status lists are fetched once
 * per page (without cookies, refusing redirects), however many badges use them and however often they
 * re-verify. A failed fetch is not retried until a badge's verdict expires by time (see `#recheck`), so a broken
 * endpoint gets one request, not a storm.
 */
const reads = new Map<string, { readonly at: number; readonly response: Promise<FetchResponseLike> }>();

function fetchOnce(url: string): Promise<FetchResponseLike> {
  const absolute = new URL(url, document.baseURI).href;
  let read = reads.get(absolute);
  if (!read) {
    const response = fetch(absolute, {
      credentials: 'omit',
      redirect: 'error',
      headers: { accept: 'application/jwk-set+json, application/json, application/vc+jwt, */*' },
    }).then(async (r) => {
      const text = await r.text();
      return { ok: r.ok, status: r.status, redirected: r.redirected, text: async () => text };
    });
    read = { at: Date.now(), response };
    reads.set(absolute, read);
  }
  return read.response;
}

/** Forgets the reads of `urls` made before `before` (ms), so that a verdict that expired by time is checked against fresh files. */
function forgetReads(urls: Iterable<string>, before: number): void {
  for (const url of urls) if ((reads.get(url)?.at ?? Infinity) < before) reads.delete(url);
}

/** The longest delay `setTimeout` keeps (about 24.8 days); a later re-check is re-armed in steps. */
const MAX_DELAY = 2 ** 31 - 1;

const icon = (d: TemplateResult) => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${d}</svg>`;
const ICONS = {
  verified: svg`<circle cx="12" cy="12" r="9"></circle><path d="M8 12.5l3 3 5-6"></path>`,
  'test-key': svg`<circle cx="8" cy="12" r="4"></circle><path d="M12 12h9M18 12v3M21 12v3"></path>`,
  checking: svg`<circle cx="12" cy="12" r="9"></circle><path d="M12 7v5l3 2"></path>`,
  failed: svg`<circle cx="12" cy="12" r="9"></circle><path d="M8 12h8"></path>`,
  'self-declared': svg`<path d="M4 5h16v11h-9l-5 4v-4H4z"></path>`,
};
/** The built-in seal: a neutral rosette (no check mark, so it never suggests "verified" by itself). */
const SEAL = html`<svg class="seal" viewBox="0 0 24 24" aria-hidden="true"
  ><circle cx="12" cy="9" r="6.5"></circle><circle cx="12" cy="9" r="3.5"></circle
  ><path d="M8 14.5L6.5 21.5l5.5-2.5 5.5 2.5L16 14.5"></path
></svg>`;

type Tone = keyof typeof ICONS;
const toneOf = (state: TrustBadgeState): Tone =>
  state === 'verified' || state === 'test-key' || state === 'checking' || state === 'self-declared' ? state : 'failed';

/** A host (a domain, written left to right) inside a translated sentence: isolated, so RTL punctuation stays where it belongs. */
function withHost(message: (host: string) => string, host: string): TemplateResult {
  const mark = '\uE000';
  const [before, after, ...rest] = message(mark).split(mark);
  const bdi = html`<bdi dir="ltr">${host}</bdi>`;
  return after === undefined || rest.length ? html`${message(host)}` : html`${before}${bdi}${after}`;
}

/**
 * Splits an allow-list given as an attribute ("https://a.example did:web:b.example", commas allowed). Present but
 * empty: `[]`, no issuer.
 */
function issuerList(value: string | readonly string[] | null | undefined): readonly string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = typeof value === 'string' ? value.split(/[\s,]+/) : [...value];
  return list.map((s) => String(s).trim()).filter(Boolean);
}

/**
 * Reads `test-keys`: inline JSON (a JWK or a JWKS) or the URL of one. A URL that is not http(s) or relative is reported
 * and kept as unusable keys, so the badge stays in test mode and fails closed.
 */
function testKeysOptions(
  value: IssuerKeysInput | string | null | undefined,
  issues: DataIssue[],
): Pick<VerifyCredentialOptions, 'testKeys' | 'testKeysUrl'> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'string') return { testKeys: value };
  const text = value.trim();
  if (!text) return {};
  if (text.startsWith('{') || text.startsWith('[')) return { testKeys: text };
  const url = parseUrl(text, 'test-keys', { mailto: false });
  if (!url.ok) {
    issues.push(...url.errors);
    return { testKeys: text };
  }
  return { testKeysUrl: new URL(text, document.baseURI).href };
}

/**
 * A certification seal that says "Verified by certifier.example" only after the visitor's browser has checked a
 * signed credential (a W3C Verifiable Credential as a compact JWS): signed with a key that the certifier publishes
 * at its own web origin (`https://certifier.example/.well-known/trust-badge/jwks.json`; the origin comes from the
 * credential's `issuer` id, `https://…` or `did:web:…`), issued for this page's origin (`location.origin`, never
 * an attribute), valid now, and, whenever the credential has a status entry, neither revoked nor suspended in the
 * certifier's signed status lists. The page cannot supply the keys or switch a check off: the visible name is the
 * verified host, and a name inside the credential is shown only as the certifier's own description.
 *
 * While it checks it says "Checking…". Any failed check, or one that could not be made (keys or status list
 * unreachable or slower than `timeout`, a list of another certifier or purpose, a status type it cannot read), says
 * "Not verified" in a neutral look, with the specific reason in its details. Keys given by the page (`test-keys`)
 * only ever give "Test key — not verified", in a distinct dashed look, with a console warning. Without a credential
 * it is an honestly labelled "Self-declared" badge. The verdict is checked again when it expires by time
 * (`validUntil`, a status list's validity, `validFrom`) while the page is open, and when a hidden page is shown
 * again. Activating the badge opens a modal dialog with who certified what, for which website, the validity
 * period, when it was checked, and links to the criteria and the certifier's public record.
 *
 * No request is made except to the certifier's origin (its key set and the status lists the signed credential
 * names), the `test-keys` URL and the author's `logo-src` image; each is fetched once per page, without cookies.
 *
 * @tagname trust-badge
 * @summary Certification seal that checks a signed credential against the certifier's published keys before it says
 * "Verified by" the certifier's domain.
 *
 * @slot - Fallback text shown before the element is defined (e.g. "Example Secure Checkout"); not rendered after.
 * @slot logo - The certifier's logo as inline SVG or `<img>` (decorative: give it `aria-hidden="true"` or
 * `alt=""`; the name is in the text). Grey until verified; replaced by a neutral seal when not verified or in test mode.
 *
 * @event trust-verified - The credential verified. `detail: { credential, issuer: { origin, host }, revocation:
 * 'checked' | 'none', code: 'verified', reason, checkedAt, keyId? }` (`reason` is the text the badge shows, in its
 * language).
 * @event trust-error - Not verified, test mode, or an invalid attribute. `detail: { element, issues }`; the issue
 * with path `credential` names the status, the reason code and the localized reason, then the developer's reason
 * ("not verified (unchecked, status-unreachable): Couldn’t check revocation: … — the status list at … did not
 * answer within 5000 ms"). In test mode it is a warning-severity issue (and a `console.warn`, not an error).
 *
 * @csspart base - The seal: a button that opens the details.
 * @csspart logo - The logo box.
 * @csspart issuer - The certifier's name as the page gives it (`issuer-name`), shown when not verified.
 * @csspart claim - The certified claim (scheme and level) or the page's label.
 * @csspart status - The status: icon and "Verified by certifier.example", "Test key — not verified", "Checking…", "Not
 * verified" or "Self-declared".
 * @csspart details - The line of details under the seal (`variant="with-details"`).
 * @csspart dialog - The details dialog.
 * @csspart close - The dialog's close button.
 *
 * @cssproperty --trust-badge-size - Size of the logo (default `2.5rem`, `1.75rem` when compact).
 * @cssproperty --trust-badge-background - Background of the seal (default `--trust-color-surface`).
 * @cssproperty --trust-badge-radius - Corner radius of the seal (default `--trust-radius`).
 * @cssproperty --trust-badge-verified-color - Border and status colour of a verified badge only.
 * @cssproperty --trust-badge-test-color - Border and status colour of a test-key badge (default
 * `--trust-color-warning`); never the verified colour.
 */
export class TrustBadge extends TrustElement {
  static override styles = [baseStyles, controlStyles, badgeTokens, dialogStyles, badgeStyles];
  static override properties: PropertyDeclarations = {
    credential: {},
    testKeys: { attribute: 'test-keys' },
    trustedIssuers: { attribute: 'trusted-issuers' },
    timeout: { converter: numberAttribute },
    label: {},
    issuerName: { attribute: 'issuer-name' },
    logoSrc: { attribute: 'logo-src' },
    recordUrl: { attribute: 'record-url' },
    variant: {},
    state: { state: true },
  };

  /** The credential: a compact JWS (`header.payload.signature`) from the certifier. Absent: a self-declared badge. */
  credential: string | undefined;

  /**
   * TEST MODE: keys supplied by the page, a JWK or a JWKS as JSON text (or an object, as a property), or the URL of
   * one. The credential is then checked with these keys instead of the certifier's published ones, and the badge
   * can only say "Test key — not verified". For trying a badge out before the certifier publishes its keys.
   */
  testKeys: IssuerKeysInput | string | undefined;

  /**
   * Certifiers this page accepts, by origin (`https://certifier.example`) or `did:web`, space- or comma-separated.
   * Absent: any certifier identified by an origin. Present but empty: none (every badge is "Not verified"), as
   * `trustedIssuers: []` in the API. It can only narrow what verifies: the keys always come from the certifier.
   */
  trustedIssuers: string | readonly string[] | undefined;

  /**
   * How long one request (key set, status list) may take, in milliseconds, 1–60000 (default 5000); then the badge is
   * "Not verified" ("couldn't check").
   */
  timeout: number | string | undefined;

  /**
   * The claim as the page words it ("Secure checkout"): shown while checking, when not verified, and when
   * self-declared. A verified badge shows the certified claim instead.
   */
  label = '';

  /** The certifier's name as the page gives it, shown until the badge is verified (then the verified host is shown instead). */
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
  #timeout: number | undefined;
  /** `trusted-issuers` as a list, read in willUpdate(): `undefined` when absent, `[]` when present but empty. */
  #trusted: readonly string[] | undefined;
  #keyOptions: Pick<VerifyCredentialOptions, 'testKeys' | 'testKeysUrl'> = {};
  /** Absolute URLs the last verification read (the certifier's key set, status lists). */
  #fetched = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #internals = this.attachInternals();

  /** `self-declared`, `checking`, or the verifier's status (`verified`, `test-key`, `expired`, `unchecked`, …). */
  get status(): TrustBadgeState {
    return this.state;
  }

  /** The verifier's full result (status, reason code, reason for the developer, issuer, credential once its signature verified). */
  get verification(): BadgeVerification | undefined {
    return this.#result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#arm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#disarm();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const has = (...keys: Array<keyof TrustBadge>) => keys.some((k) => changed.has(k));
    if (has('logoSrc', 'recordUrl', 'testKeys', 'trustedIssuers', 'timeout')) {
      const issues: DataIssue[] = [];
      const url = (value: string | undefined, path: string) => {
        const parsed = parseUrl(value, path, { optional: true, mailto: false });
        if (!parsed.ok) issues.push(...parsed.errors);
        return parsed.ok ? parsed.value : undefined;
      };
      this.#logo = url(this.logoSrc, 'logo-src');
      this.#record = url(this.recordUrl, 'record-url');
      this.#keyOptions = typeof document === 'undefined' ? {} : testKeysOptions(this.testKeys, issues);
      this.#trusted = issuerList(this.trustedIssuers);
      for (const id of this.#trusted ?? []) {
        if (!issuerOrigin(id))
          issues.push(
            issue('trusted-issuers', `${JSON.stringify(id)} is not an https origin or did:web id; it matches no certifier`, 'warning'),
          );
      }
      const timeout = parseNumber(this.timeout, 'timeout', { optional: true, min: 1, max: 60_000 });
      if (!timeout.ok) issues.push(...timeout.errors);
      this.#timeout = timeout.ok ? timeout.value : undefined;
      this.#configIssues = issues;
      this.#report();
    }
    if (has('credential', 'testKeys', 'trustedIssuers', 'timeout')) {
      this.#verify(false);
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

  #jws(): string {
    return typeof this.credential === 'string' ? this.credential.trim() : '';
  }

  /**
   * Starts a verification. `quiet` (a re-check of the same credential: time, visibility) keeps showing the current
   * verdict until the new one arrives, instead of "Checking…"; events go out only when the verdict changes.
   */
  #verify(quiet: boolean): void {
    const run = ++this.#run;
    const jws = this.#jws();
    this.#disarm();
    if (!quiet) this.#result = undefined;
    if (!jws) {
      this.#result = undefined;
      this.#verifyIssues = [];
      this.state = 'self-declared';
      this.#report();
      return;
    }
    if (!quiet) this.state = 'checking';
    // Server rendering has no page origin to check against: the browser verifies after hydration.
    if (typeof location === 'undefined') return;
    const fetched = new Set<string>();
    const trusted = this.#trusted;
    const previous = this.#result;
    void verifyCredential(jws, {
      origin: location.origin,
      fetch: (url: string) => {
        fetched.add(new URL(url, document.baseURI).href);
        return fetchOnce(url);
      },
      ...(this.#timeout === undefined ? {} : { timeout: this.#timeout }),
      ...(trusted ? { trustedIssuers: trusted } : {}),
      ...this.#keyOptions,
    }).then((result) => {
      if (run !== this.#run) return;
      this.#result = result;
      this.#fetched = fetched;
      this.state = result.status;
      this.#arm();
      const changed = !quiet || previous?.status !== result.status || previous?.code !== result.code;
      if (result.status === 'verified' && result.credential && result.issuer) {
        this.#verifyIssues = [];
        this.#report();
        if (changed) {
          this.emit('trust-verified', {
            credential: result.credential,
            issuer: result.issuer,
            revocation: result.revocation ?? 'none',
            code: result.code,
            reason: this.t.badgeVerifiedSummary(result.issuer.host),
            checkedAt: result.checkedAt,
            ...(result.keyId === undefined ? {} : { keyId: result.keyId }),
          });
        }
      } else if (result.status === 'test-key') {
        // Test mode is not bad data: one warning naming the element (not an error), and a warning-severity issue.
        this.#verifyIssues = [];
        this.#report();
        if (changed) {
          const found = issue(
            'credential',
            `${this.t.badgeTestKey} (${result.code}): checked with test-keys supplied by the page, ` +
              `so it is never shown as verified — ${result.reason}`,
            'warning',
          );
          console.warn(`[trust-signals] <${this.localName}> is in test mode: ${found.path}: ${found.message}`);
          this.emit('trust-error', { element: this.localName, issues: [found] });
        }
      } else {
        const message = `not verified (${result.status}, ${result.code}): ${this.#reason(result.code)} — ${result.reason}`;
        this.#verifyIssues = [issue('credential', message), ...result.issues.filter((i) => i.severity === 'error')];
        this.#report();
      }
    });
  }

  /** Arms the re-check at the result's `recheckAt` (a hair after it, when the verdict has changed), in steps `setTimeout` can hold. */
  #arm(): void {
    this.#disarm();
    const at = this.#result?.recheckAt?.getTime();
    if (at === undefined || !this.isConnected) return;
    const delay = at + 1 - Date.now();
    if (delay <= 0) {
      // Already due (a page that slept, or a badge put back on the page): only once per result.
      if (at > this.#result!.checkedAt.getTime()) this.#recheck(at);
      return;
    }
    this.#timer = setTimeout(() => this.#arm(), Math.min(delay, MAX_DELAY));
  }

  #disarm(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** The verdict expired by time: verify again, reading the certifier's files afresh if they were read before it expired. */
  #recheck(at: number): void {
    forgetReads(this.#fetched, at);
    this.#verify(true);
  }

  #onVisibility = (): void => {
    if (document.visibilityState !== 'visible' || !this.#jws() || this.state === 'checking') return;
    const at = this.#result?.recheckAt?.getTime();
    if (at !== undefined && at < Date.now()) this.#recheck(at);
    else this.#verify(true);
  };

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

  /** The localized reason of a verdict that is not `verified` or `test-key`. */
  #reason(code: BadgeReason): string {
    const reasons = this.t.badgeReasons;
    return code === 'verified' || code === 'test-key' ? reasons.malformed : reasons[code];
  }

  #statusText(state: TrustBadgeState, issuer: BadgeIssuerIdentity | undefined): string | TemplateResult {
    const { t } = this;
    if (state === 'verified' && issuer) return withHost(t.badgeVerifiedBy, issuer.host);
    if (state === 'test-key') return t.badgeTestKey;
    if (state === 'checking') return t.badgeChecking;
    if (state === 'self-declared') return t.badgeSelfDeclared;
    return t.badgeNotVerified;
  }

  #date(value: Date, time = false): string {
    return formatDate(this.resolvedLang, value, time ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'long' });
  }

  #explanation(state: TrustBadgeState, result: BadgeVerification | undefined): string | TemplateResult {
    const { t } = this;
    if (state === 'verified' && result?.issuer) return withHost(t.badgeVerifiedSummary, result.issuer.host);
    if (state === 'test-key') return t.badgeTestKeySummary;
    if (state === 'checking') return t.badgeCheckingSummary;
    if (state === 'self-declared' || !result) return t.badgeSelfDeclaredSummary;
    return this.#reason(result.code);
  }

  protected override render() {
    const { t } = this;
    const result = this.#result;
    // Only a verified result (with the issuer that published the key) counts as verified.
    const state = this.state === 'verified' && !(result?.credential && result.issuer) ? 'malformed' : this.state;
    const tone = toneOf(state);
    const credential = state === 'verified' ? result?.credential : undefined;
    const claim = credential
      ? t.badgeClaim(credential.certification.scheme, credential.certification.level)
      : this.label.trim() || t.badgeDefaultClaim;
    // Verified: the status names the certifier by its verified host. Otherwise the page's own words.
    const issuerName = credential ? '' : this.issuerName.trim();
    const statusText = this.#statusText(state, result?.issuer);
    const compact = this.variant === 'compact';
    const hidden = compact ? 'visually-hidden' : '';
    // Only a verified badge shows the certifier's logo (grey while checking or self-declared): a badge that failed
    // or is in test mode shows the neutral built-in seal instead of the very thing a copied seal copies.
    const logo =
      tone === 'failed' || tone === 'test-key'
        ? SEAL
        : html`<slot name="logo">${this.#logo ? html`<img src=${this.#logo} alt="" />` : SEAL}</slot>`;

    return html`<button
        part="base"
        class="${tone} ${compact ? 'compact' : ''}"
        type="button"
        aria-haspopup="dialog"
        @click=${this.showDetails}
      >
        <span part="logo">${logo}</span>
        <span class="text">
          ${issuerName ? html`<span part="issuer" class=${hidden}>${issuerName}</span>` : nothing}
          <span part="claim" class=${hidden}>${claim}</span>
          <span part="status">${icon(ICONS[tone])}<span>${statusText}</span></span>
        </span>
      </button>
      ${this.variant === 'with-details' ? html`<p part="details">${this.#inlineDetails(state, credential, result)}</p>` : nothing}
      ${this.#renderDialog(state, tone, statusText, claim, credential, result)}`;
  }

  #inlineDetails(state: TrustBadgeState, credential: BadgeCredential | undefined, result: BadgeVerification | undefined) {
    const { t } = this;
    if (credential) {
      const website = t.labelled(t.badgeWebsite, isolate(credential.subject.id, t.$dir));
      return `${website} · ${t.labelled(t.badgeValidUntil, this.#date(credential.validUntil))}`;
    }
    return this.#explanation(state, result);
  }

  #renderDialog(
    state: TrustBadgeState,
    tone: Tone,
    statusText: string | TemplateResult,
    claim: string,
    credential: BadgeCredential | undefined,
    result: BadgeVerification | undefined,
  ) {
    const { t } = this;
    const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
    const ltr = (value: string) => html`<bdi dir="ltr">${value}</bdi>`;
    const revocation = result?.revocation === 'checked' ? t.badgeRevocationChecked : t.badgeRevocationNone;
    const recordFromCredential = credential?.id && /^https?:\/\//i.test(credential.id) ? credential.id : undefined;
    const record = credential ? (recordFromCredential ?? this.#record) : undefined;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onClose} @click=${closeOnBackdropClick}>
      <div class="dialog-head">
        <h2 id="title">${t.badgeDetailsTitle}</h2>
        <button part="close" type="button" @click=${this.hideDetails}>${t.badgeClose}</button>
      </div>
      <p class="state ${tone}">${icon(ICONS[tone])}<span>${statusText}</span></p>
      <p class="explain">${this.#explanation(state, result)}</p>
      <dl>
        ${
          credential && result?.issuer
            ? html`${row(t.badgeCertifiedBy, ltr(result.issuer.host))}
            ${credential.issuer.name ? row(t.badgeIssuerDescription, credential.issuer.name) : nothing}
            ${row(t.badgeCertifiedParty, credential.subject.name)} ${row(t.badgeCertification, claim)}
            ${row(t.badgeScope, credential.certification.scope)} ${row(t.badgeWebsite, ltr(credential.subject.id))}
            ${row(t.badgeValidFrom, this.#date(credential.validFrom))} ${row(t.badgeValidUntil, this.#date(credential.validUntil))}
            ${row(t.badgeRevocation, revocation)}`
            : row(t.badgeCertification, claim)
        }
        ${result ? row(t.badgeLastChecked, this.#date(result.checkedAt, true)) : nothing}
      </dl>
      ${
        credential
          ? html`<ul class="links">
            <li><a href=${credential.certification.criteria}>${t.badgeCriteria}</a></li>
            ${record ? html`<li><a href=${record}>${t.badgePublicRecord}</a></li>` : nothing}
          </ul>`
          : nothing
      }
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-badge': TrustBadge;
  }
}
