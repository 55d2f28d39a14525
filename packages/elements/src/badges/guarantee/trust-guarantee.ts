import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { baseStyles, formatPercent, isolate, provideEnglish, TrustElement, type Translation } from '@trust-signals/core';
import { enBadge, parseGuarantee, type GuaranteeKind, type GuaranteeRecord, type ParsedGuarantee } from '@trust-signals/core/badges';
import { badgeTokens } from '../badge-tokens.styles.js';
import { guaranteeStyles } from './trust-guarantee.styles.js';

provideEnglish(enBadge);

const ICONS: Record<GuaranteeKind, ReturnType<typeof svg>> = {
  delivery: svg`<path d="M2 6h12v10H2zM14 9h4l3 3.5V16h-7"></path><circle cx="6" cy="18" r="2"></circle
    ><circle cx="17" cy="18" r="2"></circle>`,
  returns: svg`<path d="M9 14L4 9l5-5"></path><path d="M4 9h10a6 6 0 0 1 0 12h-3"></path>`,
  support: svg`<path d="M4 4h16v12H9l-5 4z"></path><path d="M12 7v3.5l2.5 1.5"></path>`,
  'price-match': svg`<path d="M3 12V3h9l9 9-9 9z"></path><circle cx="7.5" cy="7.5" r="1.5"></circle>`,
  warranty: svg`<path d="M12 2.5l7.5 3v5.5c0 4.7-3.2 8.6-7.5 10.5-4.3-1.9-7.5-5.8-7.5-10.5V5.5z"></path
    ><path d="M8.5 12l2.5 2.5 4.5-5"></path>`,
};

function kindLabel(t: Translation, kind: GuaranteeKind): string {
  switch (kind) {
    case 'delivery':
      return t.guaranteeDelivery;
    case 'returns':
      return t.guaranteeReturns;
    case 'support':
      return t.guaranteeSupport;
    case 'price-match':
      return t.guaranteePriceMatch;
    case 'warranty':
      return t.guaranteeWarranty;
  }
}

/**
 * A promise with its measured record: "Free returns within 30 days", or "Ships in 24 h — 98.7% on time over the
 * last 90 days (12,480 orders)". The kind (delivery, returns, support response time, price match, warranty) is
 * shown as an icon and a word, never by colour alone. A figure is shown only with the period it covers and its
 * source: if either is missing, or the figure is invalid, the element shows the promise with "Record unavailable",
 * logs one console error and dispatches `trust-error`. Numbers are formatted for the page's language.
 *
 * @tagname trust-guarantee
 * @summary A kept promise with its measured, sourced record.
 *
 * @slot - Fallback text shown before the element is defined (e.g. the promise); not rendered after.
 *
 * @event trust-error - The kind, promise or record is missing or invalid. `detail: { element, issues }`.
 *
 * @csspart base - The box, a group named by the kind and the promise.
 * @csspart icon - The kind's icon (decorative; the kind is also written).
 * @csspart kind - The kind, in words ("Delivery").
 * @csspart promise - The promise.
 * @csspart record - The measured record.
 * @csspart source - Where the figure comes from (a link with `source-url`).
 * @csspart record-unavailable - Shown instead of a figure without period or source.
 * @csspart unavailable - Shown when the kind or the promise is missing or invalid.
 *
 * @cssproperty --trust-guarantee-icon-size - Size of the icon (default `2rem`).
 * @cssproperty --trust-guarantee-icon-color - Colour of the icon (default: the text colour).
 * @cssproperty --trust-guarantee-background - Background (default `--trust-color-surface`).
 * @cssproperty --trust-guarantee-radius - Corner radius (default `--trust-radius`).
 */
export class TrustGuarantee extends TrustElement {
  static override styles = [baseStyles, badgeTokens, guaranteeStyles];
  static override properties: PropertyDeclarations = {
    kind: {},
    promise: {},
    percent: {},
    periodDays: { attribute: 'period-days' },
    count: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
  };

  /** `delivery`, `returns`, `support`, `price-match` or `warranty`. Required. */
  kind: string | undefined;

  /** The promise in the merchant's words ("Free returns within 30 days"). Required. */
  promise: string | undefined;

  /** The share of cases in which the promise was kept, from 0 to 100. Needs `period-days` and `source`. */
  percent: number | string | undefined;

  /** The number of days the figure covers ("the last 90 days"). Required with a figure. */
  periodDays: number | string | undefined;

  /** How many cases (orders, returns, requests, claims) the figure counts. Optional; needs `percent`. */
  count: number | string | undefined;

  /** Where the figure comes from ("Order system, audited monthly"). Required with a figure. */
  source: string | undefined;

  /** A page documenting the figure (http(s) or relative). */
  sourceUrl: string | undefined;

  #parsed: ParsedGuarantee = parseGuarantee({ kind: undefined, promise: undefined });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const fields = ['kind', 'promise', 'percent', 'periodDays', 'count', 'source', 'sourceUrl'] as const;
    if (!this.hasUpdated || fields.some((k) => changed.has(k))) {
      // Nothing given yet (attributes set after a fetch): waiting, not wrong.
      this.awaitData(fields.some((k) => this[k] != null));
      this.#parsed = parseGuarantee({
        kind: this.kind,
        promise: this.promise,
        percent: this.percent,
        periodDays: this.periodDays,
        count: this.count,
        source: this.source,
        sourceUrl: this.sourceUrl,
      });
      this.reportIssues(this.#parsed.issues);
    }
  }

  #recordText(kind: GuaranteeKind, record: GuaranteeRecord): string {
    const { t } = this;
    const percent = formatPercent(this.resolvedLang, record.percent / 100, { maximumFractionDigits: 1 });
    const rate = {
      delivery: t.guaranteeRateDelivery,
      returns: t.guaranteeRateReturns,
      support: t.guaranteeRateSupport,
      'price-match': t.guaranteeRatePriceMatch,
      warranty: t.guaranteeRateWarranty,
    }[kind](percent);
    const counted = {
      delivery: t.guaranteeOrders,
      returns: t.guaranteeReturnCount,
      support: t.guaranteeRequests,
      'price-match': t.guaranteeRequests,
      warranty: t.guaranteeClaims,
    }[kind];
    const count = record.count === undefined ? undefined : this.plural(counted, record.count);
    return t.guaranteeRecord(rate, this.plural(t.guaranteePeriod, record.periodDays), count);
  }

  protected override render() {
    if (this.waiting) return this.renderWaiting();
    const { t } = this;
    const { guarantee, record } = this.#parsed;
    if (!guarantee.ok) {
      return html`<div part="base" role="group" aria-labelledby="unavailable"
        ><p part="unavailable" id="unavailable">${t.guaranteeUnavailable}</p></div
      >`;
    }
    const { kind, promise } = guarantee.value;
    let recordView: unknown = nothing;
    if (record?.ok) {
      const { source, sourceUrl } = record.value;
      const sourceText = t.guaranteeSource(isolate(source, t.$dir));
      recordView = html`<p part="record">${this.#recordText(kind, record.value)}</p>
        <p part="source">${sourceUrl ? html`<a href=${sourceUrl}>${sourceText}</a>` : sourceText}</p>`;
    } else if (record) {
      recordView = html`<p part="record-unavailable">${t.guaranteeRecordUnavailable}</p>`;
    }
    return html`<div part="base" role="group" aria-labelledby="kind promise">
      <span part="icon"><svg viewBox="0 0 24 24" aria-hidden="true">${ICONS[kind]}</svg></span>
      <div class="body">
        <span part="kind" id="kind">${kindLabel(t, kind)}</span>
        <p part="promise" id="promise">${promise}</p>
        ${recordView}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-guarantee': TrustGuarantee;
  }
}
