import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  baseStyles,
  ChildJson,
  controlStyles,
  formatList,
  isolate,
  issue,
  provideEnglish,
  surfaceTokens,
  TrustElement,
  type DataIssue,
  type ParseResult,
} from '@trust-signals/core';
import { enNotice, parseDataNotice, type DataNotice, type DataNoticeInput } from '@trust-signals/core/notices';
import { noticeStyles } from '../notice.styles.js';
import { dataNoticeStyles } from './trust-data-notice.styles.js';

provideEnglish(enNotice);

let counter = 0;

const infoIcon = svg`<circle cx="12" cy="12" r="9"></circle><path d="M12 11v5M12 7.5v.01"></path>`;
const chevron = svg`<path d="M8 10l4 4 4-4"></path>`;

/** Removes `id` from, or adds it to, the space-separated `aria-describedby` of `el`, keeping every other id. */
function setDescribedBy(el: Element, id: string, on: boolean): void {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((x) => x && x !== id);
  if (on) ids.push(id);
  if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
  else el.removeAttribute('aria-describedby');
}

/**
 * A just-in-time data notice placed next to a form field: one line ("We use your email only to send your
 * receipt.") and a disclosure (WAI-ARIA APG disclosure pattern: a button with `aria-expanded`) with the details
 * GDPR Art. 13 asks for: who is responsible, purpose, legal basis, retention, recipients, transfers, your rights,
 * and a link to the full policy.
 *
 * **Describing the field.** `for="email"` names the field by id in the element's own root (the document, or the
 * shadow root both live in), like `<label for>`. `aria-describedby` IDREFs cannot reach into a shadow root, and
 * `ariaDescribedByElements` cannot either (it may only point into the same or an enclosing tree), so the element
 * keeps the one-line summary in its **light DOM**: it appends one `<span slot="summary">` with a generated id,
 * shows it through a slot in its own layout, and adds that id to the field's `aria-describedby` (keeping any ids
 * the author put there; removing its own when disconnected or when `for` changes). The field's accessible
 * description is therefore the summary, in the page's language, and stays in sync with it.
 *
 * **Data.** Set `data` (see {@link DataNoticeInput}), or put the same object as JSON in a child
 * `<script type="application/json">` (followed when the page adds, changes or removes it later; `data` wins over
 * it). Required: summary, controller, purpose, legalBasis, retention, recipients (`[]` for none) and policy;
 * legitimateInterest when the basis is legitimate interests. Anything missing or invalid shows "Information about
 * how this data is used is unavailable." (also the field's description), logs one console error with every field
 * path, and dispatches `trust-error`.
 *
 * @tagname trust-data-notice
 * @summary Just-in-time data-use notice for a form field, with GDPR Art. 13 details in a disclosure.
 *
 * @slot - Fallback text shown before the element is defined; not rendered after (the data comes from `data` or
 * the child script).
 * @slot summary - Reserved: the element puts its own summary here (it is the field's description). Do not use.
 *
 * @event trust-error - The data given is invalid, or `for` names no element; nothing is reported while no data is given
 * (`waiting`). `detail: { element, issues }`.
 *
 * @csspart base - The wrapper.
 * @csspart summary - The one-line summary with its icon.
 * @csspart toggle - The disclosure button.
 * @csspart details - The details region (a term/description list and the policy link).
 * @csspart policy - The link to the full privacy policy.
 * @csspart unavailable - Also on the wrapper when the data is missing or invalid (only the summary line is shown).
 *
 * @cssproperty --trust-data-notice-background - Background of the details (default: the surface colour).
 * @cssproperty --trust-data-notice-border-color - Border of the details (default `--trust-color-border`).
 */
export class TrustDataNotice extends TrustElement {
  static override styles = [baseStyles, controlStyles, surfaceTokens, noticeStyles, dataNoticeStyles];
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    htmlFor: { attribute: 'for' },
    open: { type: Boolean },
  };

  /**
   * The notice's data. When unset, the JSON of a child `<script type="application/json">` is used, followed when
   * the page adds, changes or removes the script later.
   * Its format: {@link DataNoticeInput}, with the JSON Schema `trust-signals/schemas/trust-data-notice.json`.
   */
  data: DataNoticeInput | undefined;

  /** The id of the field this notice describes, in the element's root (document or shadow root). */
  htmlFor = '';

  /** Whether the details are shown. The visitor toggles it with the button. */
  open = false;

  readonly #child = new ChildJson(this, 'application/json');
  #notice: ParseResult<DataNotice> = parseDataNotice(undefined);
  #summary: HTMLSpanElement | undefined;
  #field: Element | null = null;
  #id = `trust-data-notice-${++counter}`;

  /** The light-DOM element that holds the summary and describes the field (created on first connection). */
  get descriptionElement(): HTMLElement | undefined {
    return this.#summary;
  }

  /** The field this notice currently describes, if `for` found one. */
  get field(): Element | null {
    return this.#field;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#summary) {
      const span = document.createElement('span');
      span.slot = 'summary';
      span.id = `${this.#id}-summary`;
      // Author text in any direction reads correctly inside a page of the other direction.
      span.dir = 'auto';
      this.#summary = span;
    }
    if (this.#summary.parentNode !== this) this.append(this.#summary);
    // Re-wire on the next update (the field may have been moved along with the element).
    this.#field = null;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connectField(null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.awaitData(this.#child.given(this.data));
    this.#notice = this.#child.parse(this.data, parseDataNotice);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const issues: DataIssue[] = this.#notice.ok ? [] : [...this.#notice.errors];
    const root = this.getRootNode() as Document | ShadowRoot;
    const field = this.htmlFor ? (root.getElementById?.(this.htmlFor) ?? null) : null;
    if (this.htmlFor && !field)
      issues.push(issue('for', `names no element with id "${this.htmlFor}" in this element's document or shadow root`, 'warning'));
    this.#connectField(field);
    // While waiting for its data the notice describes its field with nothing, rather than "unavailable".
    const text = this.#notice.ok ? this.#notice.value.summary : this.waiting ? '' : this.t.noticeUnavailable;
    if (this.#summary && this.#summary.textContent !== text) this.#summary.textContent = text;
    this.reportIssues(issues);
  }

  #connectField(field: Element | null): void {
    if (field === this.#field) return;
    const id = this.#summary?.id;
    if (!id) return;
    if (this.#field) setDescribedBy(this.#field, id, false);
    this.#field = field;
    if (field) setDescribedBy(field, id, true);
  }

  #toggle = (): void => {
    this.open = !this.open;
  };

  protected override render() {
    const summary = html`<p part="summary" class="summary">
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${infoIcon}</svg
      ><span class="summary-text"><slot name="summary"></slot></span>
    </p>`;
    if (this.waiting) return html`<div part="base" class="base waiting">${this.renderWaiting()}</div>`;
    if (!this.#notice.ok) return html`<div part="base unavailable" class="base unavailable">${summary}</div>`;
    return html`<div part="base" class="base">
      <div class="line">
        ${summary}
        <button
          part="toggle"
          class="toggle"
          type="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="details"
          @click=${this.#toggle}
        >
          ${this.t.noticeDetails}<svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true">${chevron}</svg>
        </button>
      </div>
      <div part="details" id="details" class="details" ?hidden=${!this.open}>${this.#renderDetails(this.#notice.value)}</div>
    </div>`;
  }

  #renderDetails(n: DataNotice) {
    const { t } = this;
    const basis = t.noticeLegalBases[n.legalBasis];
    const rights = n.rights
      ? html`<bdi>${n.rights}</bdi>`
      : n.legalBasis === 'consent'
        ? `${t.noticeRightsText} ${t.noticeWithdrawConsent}`
        : t.noticeRightsText;
    const row = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
    const contact = n.contact ? html`<br /><a href=${n.contact}>${t.noticeContact}</a>` : nothing;
    const controller = html`<bdi>${n.controller}</bdi>${contact}`;
    return html`<dl>
        ${row(t.noticeController, controller)}
        ${row(t.noticePurpose, html`<bdi>${n.purpose}</bdi>`)}
        ${row(t.noticeLegalBasis, n.legitimateInterest ? t.labelled(basis, isolate(n.legitimateInterest, t.$dir)) : basis)}
        ${row(t.noticeRetention, html`<bdi>${n.retention}</bdi>`)}
        ${row(t.noticeRecipients, n.recipients.length ? formatList(this.resolvedLang, n.recipients) : t.noticeNoRecipients)}
        ${n.transfers ? row(t.noticeTransfers, html`<bdi>${n.transfers}</bdi>`) : nothing}
        ${row(t.noticeRights, rights)}
      </dl>
      <p class="policy"><a part="policy" href=${n.policy}>${t.noticePolicy}</a></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-data-notice': TrustDataNotice;
  }
}
