import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  baseStyles,
  ChildJson,
  controlStyles,
  formatDate,
  isolate,
  numberAttribute,
  provideEnglish,
  surfaceTokens,
  TrustElement,
  type ParseResult,
} from '@trust-signals/core';
import { enDonation, parsePriceBreakdown, type PriceBreakdown, type PriceBreakdownInput } from '@trust-signals/core/donations';
import { breakdownStyles, renderBreakdown } from '../breakdown.js';
import { priceBreakdownStyles } from './trust-price-breakdown.styles.js';

provideEnglish(enDonation);

/**
 * Cost transparency: what a price is made of (materials, labour, transport, duties, margin… any parts), as a
 * table (which is also the legend: amounts in the page's currency format, equal amounts at equal percentages)
 * and a stacked bar, with the source of the figures and their date.
 *
 * The parts must add up to the price to the smallest unit of the currency. When they do not, or any amount is
 * missing, negative or not a number, nothing is drawn: the element says "Price breakdown unavailable", logs one
 * console error with every field path and dispatches `trust-error`.
 *
 * Data: `price`, `currency`, `product`, `source` and `date` as attributes; the parts through the `parts` property,
 * the `data` property or a child `<script type="application/json">` holding a {@link PriceBreakdownInput}, which is
 * followed when the page adds, changes or removes it later; `data` wins over the script. Attributes win over the
 * other two, field by field.
 *
 * @tagname trust-price-breakdown
 * @summary Cost breakdown of a price, adding up exactly, with its source and date.
 *
 * @slot - Fallback text shown before the element is defined; not rendered after. A child
 * `<script type="application/json">` with the data may sit alongside it.
 *
 * @event trust-error - The data given is missing fields or invalid; nothing is reported while none is given
 * (`waiting`). `detail: { element, issues }`, each issue with its field path.
 *
 * @csspart base - The box.
 * @csspart breakdown - The table and the bar.
 * @csspart table - The cost table (it is also the bar's legend).
 * @csspart caption - The table's caption, "What makes up the price of …".
 * @csspart chart - The stacked bar.
 * @csspart facts - Source and date.
 * @csspart unavailable - The text shown for missing or invalid data.
 *
 * @cssproperty --trust-price-breakdown-background - Background of the box (default: the surface colour).
 * @cssproperty --trust-breakdown-color-1 - Colour of the first part; `-2` … `-6` colour the others.
 * @cssproperty --trust-breakdown-bar-size - Height of the stacked bar (default `1.5em`).
 */
export class TrustPriceBreakdown extends TrustElement {
  static override styles = [baseStyles, controlStyles, surfaceTokens, breakdownStyles, priceBreakdownStyles];
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    parts: { attribute: false },
    price: { converter: numberAttribute },
    currency: {},
    product: {},
    source: {},
    date: {},
  };

  /**
   * The whole breakdown as an object ({@link PriceBreakdownInput}; JSON Schema
   * `trust-signals/schemas/trust-price-breakdown.json`); attributes and `parts` override its fields.
   */
  data: PriceBreakdownInput | undefined;
  /** The parts, `[{ label, amount }]`, adding up to `price`. */
  parts: unknown;
  /** The price the customer pays. Required. */
  price: number | string | undefined;
  /** ISO 4217 code of the price and the parts (`EUR`). Required. */
  currency: string | undefined;
  /** What the product is ("Organic cotton T-shirt"), for the caption. */
  product: string | undefined;
  /** Where the figures come from. Required. */
  source: string | undefined;
  /** When the figures were established (ISO date). Required. */
  date: string | undefined;

  readonly #child = new ChildJson(this, 'application/json');
  #result: ParseResult<PriceBreakdown> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const own: Record<string, unknown> = {
      parts: this.parts,
      price: this.price,
      currency: this.currency,
      product: this.product,
      source: this.source,
      date: this.date,
    };
    const { base: input, issues } = this.#child.base(this.data, own);
    this.awaitData(this.#child.given(this.data, own));
    // A child script that is not JSON is the one thing to report: the fields it would have held are not missing.
    this.#result = issues.length ? { ok: false, errors: issues } : parsePriceBreakdown(input);
    this.reportIssues(this.#result.ok ? [] : this.#result.errors);
  }

  protected override render() {
    const { t } = this;
    const result = this.#result;
    if (this.waiting) return html`<div part="base" class="base waiting">${this.renderWaiting()}</div>`;
    if (!result?.ok) {
      return html`<div part="base" class="base"><p part="unavailable">${t.priceUnavailable}</p></div>`;
    }
    const p = result.value;
    const lang = this.resolvedLang;
    return html`<div part="base" class="base">
      ${renderBreakdown({
        breakdown: p.breakdown,
        labels: p.breakdown.parts.map((part) => part.label),
        currency: p.currency,
        lang,
        dir: this.resolvedDir,
        t,
        caption: p.product ? t.priceTitleOf(isolate(p.product, t.$dir)) : t.priceTitle,
        partHeader: t.priceCost,
        totalLabel: t.pricePrice,
      })}
      <dl part="facts">
        <dt>${t.priceSource}</dt>
        <dd>${p.source}</dd>
        <dt>${t.priceAsOf}</dt>
        <dd
          ><time datetime=${p.date.toISOString().slice(0, 10)}>${formatDate(lang, p.date, { dateStyle: 'medium', timeZone: 'UTC' })}</time
        ></dd>
      </dl>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-price-breakdown': TrustPriceBreakdown;
  }
}
