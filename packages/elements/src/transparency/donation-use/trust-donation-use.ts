import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  baseStyles,
  ChildJson,
  controlStyles,
  formatDate,
  formatDateRange,
  formatPercent,
  isolate,
  numberAttribute,
  provideEnglish,
  surfaceTokens,
  TrustElement,
  type DataIssue,
  type ParseResult,
  type Translation,
} from '@trust-signals/core';
import { enDonation, parseDonationUse, type DonationUse, type DonationUseInput, type FiscalYear } from '@trust-signals/core/donations';
import { breakdownStyles, renderBreakdown } from '../breakdown.js';
import { donationUseStyles } from './trust-donation-use.styles.js';

provideEnglish(enDonation);

/** `banner`: one line and a disclosure with the details; `card`: statement, chart and shares; `full`: everything. */
export type DonationUseVariant = 'banner' | 'card' | 'full';

const heart = svg`<path d="M12 20.5s-7.5-4.6-7.5-10A4.25 4.25 0 0 1 12 7.8a4.25 4.25 0 0 1 7.5 2.7c0 5.4-7.5 10-7.5 10z"></path>`;
const chevron = svg`<path d="M4 6l4 4 4-4"></path>`;

/** A fiscal year in the page's language: "2024", or "Jul 2023 – Jun 2024". Dates are UTC days. */
export function fiscalYearText(lang: string, fy: FiscalYear): string {
  return fy.calendar
    ? formatDate(lang, fy.start, { year: 'numeric', timeZone: 'UTC' })
    : formatDateRange(lang, fy.start, fy.end, { year: 'numeric', month: 'short', timeZone: 'UTC' });
}

/**
 * A nonprofit's donation-use statement: "100% of your donation funds clean-water projects", with its scope (who
 * pays for the overhead; required whenever the figure is 100%), the fiscal year's expenses split as in IRS Form 990
 * Part IX (programs, management and general, fundraising) as a chart and a table, the source of the figures, the
 * auditor, the date they were last updated and links to the reports.
 *
 * Data comes from attributes, from the `data` property, or from a child `<script type="application/json">`
 * holding a {@link DonationUseInput}, which is followed when the page adds, changes or removes it later; `data`
 * wins over the script, and attributes win over the other two, field by field. Bad data (a 100% claim
 * without its scope, a split that does not add up to its total, a `javascript:` report link…) is never shown: the
 * element says "Donation information unavailable", logs one console error with every field path and dispatches
 * `trust-error`.
 *
 * @tagname trust-donation-use
 * @summary Donation-use statement with its scope, Form 990 expense split, source and reports.
 *
 * @slot - Fallback text shown before the element is defined (the headline and its scope); not rendered after. A
 * child `<script type="application/json">` with the data may sit alongside it.
 *
 * @event trust-error - The data given is missing fields or invalid; nothing is reported while none is given
 * (`waiting`). `detail: { element, issues }`, each issue with its field path.
 *
 * @csspart base - The statement's box.
 * @csspart statement - The headline with its scope.
 * @csspart headline - "100% of your donation funds …".
 * @csspart scope - Who pays for what the donation does not.
 * @csspart toggle - The banner's disclosure button.
 * @csspart details - The banner's disclosed details.
 * @csspart breakdown - The expense table and chart.
 * @csspart table - The expense table (it is also the chart's legend).
 * @csspart caption - The table's caption.
 * @csspart chart - The stacked bar.
 * @csspart facts - Fiscal year, source, auditor, last updated, reports.
 * @csspart report - A link to a report.
 * @csspart unavailable - The text shown for missing or invalid data.
 *
 * @cssproperty --trust-donation-use-background - Background of the box (default: a tint of the accent colour).
 * @cssproperty --trust-donation-use-banner-min-size - Minimum height of the banner (default `7em`); reserve.css
 * keeps the same space before the script loads.
 * @cssproperty --trust-breakdown-color-1 - Colour of the first part (programs); `-2` … `-6` colour the others.
 * @cssproperty --trust-breakdown-bar-size - Height of the stacked bar (default `1.5em`).
 */
export class TrustDonationUse extends TrustElement {
  static override styles = [baseStyles, controlStyles, surfaceTokens, breakdownStyles, donationUseStyles];
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    variant: { reflect: true },
    percent: { converter: numberAttribute },
    purpose: {},
    scope: {},
    organization: {},
    currency: {},
    program: { converter: numberAttribute },
    management: { converter: numberAttribute },
    fundraising: { converter: numberAttribute },
    expensesTotal: { attribute: 'expenses-total', converter: numberAttribute },
    fiscalYear: { attribute: 'fiscal-year' },
    source: {},
    auditor: {},
    lastUpdated: { attribute: 'last-updated' },
    reportUrl: { attribute: 'report-url' },
    reportLabel: { attribute: 'report-label' },
    open: { state: true },
  };
  /** The data paths these attributes fill, so that a bad value is reported by the attribute the author wrote. */
  protected static override fieldPaths = {
    program: 'expenses.program',
    management: 'expenses.management',
    fundraising: 'expenses.fundraising',
    expensesTotal: 'expenses.total',
    reportUrl: 'reports[0].url',
    reportLabel: 'reports[0].label',
  };

  /**
   * The whole statement as an object ({@link DonationUseInput}; JSON Schema `trust-signals/schemas/trust-donation-use.json`);
   * attributes override its fields.
   */
  data: DonationUseInput | undefined;
  /** `banner` (default), `card` or `full`. */
  variant: DonationUseVariant = 'banner';
  /** The share of a donation that funds `purpose`, 0 to 100. Required. */
  percent: number | string | undefined;
  /** What a donation funds, in the page's language ("clean-water projects"). Required. */
  purpose: string | undefined;
  /** Who covers the costs a donation does not. Required when `percent` is 100, and then always shown. */
  scope: string | undefined;
  /** The organisation's name, for the table caption. */
  organization: string | undefined;
  /** ISO 4217 code of the expense amounts (`USD`). Required with the expenses. */
  currency: string | undefined;
  /** Program service expenses (Form 990 Part IX line 25, column B). */
  program: number | string | undefined;
  /** Management and general expenses (column C). */
  management: number | string | undefined;
  /** Fundraising expenses (column D). */
  fundraising: number | string | undefined;
  /** Total functional expenses (column A); when given, the three columns must add up to it. */
  expensesTotal: number | string | undefined;
  /** `2024` or an ISO interval `2023-07-01/2024-06-30`. Required with the expenses. */
  fiscalYear: string | undefined;
  /** `audited-statements`, `form-990` or `unaudited`. Required with the expenses. */
  source: string | undefined;
  /** The auditing firm. Required when `source` is `audited-statements`. */
  auditor: string | undefined;
  /** When the figures were last updated (ISO date). Required. */
  lastUpdated: string | undefined;
  /** One report link (http(s) or relative); more through `data.reports`. */
  reportUrl: string | undefined;
  /** The text of the `report-url` link. */
  reportLabel: string | undefined;

  private open = false;
  readonly #child = new ChildJson(this, 'application/json');
  #result: ParseResult<DonationUse> | undefined;

  /** The input the parser sees: child JSON or `data`, with attributes and properties on top. */
  #input(): { input: Record<string, unknown>; issues: readonly DataIssue[]; given: boolean } {
    const own: Record<string, unknown> = {
      percent: this.percent,
      purpose: this.purpose,
      scope: this.scope,
      organization: this.organization,
      currency: this.currency,
      fiscalYear: this.fiscalYear,
      source: this.source,
      auditor: this.auditor,
      lastUpdated: this.lastUpdated,
    };
    const { base: input, issues } = this.#child.base(this.data, own);
    const more = {
      program: this.program,
      management: this.management,
      fundraising: this.fundraising,
      expensesTotal: this.expensesTotal,
      reportUrl: this.reportUrl,
    };
    const given = this.#child.given(this.data, { ...own, ...more });
    if (this.program !== undefined || this.management !== undefined || this.fundraising !== undefined) {
      input.expenses = { program: this.program, management: this.management, fundraising: this.fundraising, total: this.expensesTotal };
    }
    if (this.reportUrl !== undefined) {
      input.reports = [{ label: this.reportLabel, url: this.reportUrl }, ...(Array.isArray(input.reports) ? input.reports : [])];
    }
    return { input, issues, given };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.size === 1 && changed.has('open' as keyof TrustDonationUse)) return;
    const { input, issues, given } = this.#input();
    this.awaitData(given);
    // A child script that is not JSON is the one thing to report: the fields it would have held are not missing.
    this.#result = issues.length ? { ok: false, errors: issues } : parseDonationUse(input);
    this.reportIssues(this.#result.ok ? [] : this.#result.errors);
  }

  #toggle(): void {
    this.open = !this.open;
  }

  /** "100% of your donation funds clean-water projects", then the scope that qualifies it, if any. */
  #claim(d: DonationUse, t: Translation) {
    const percent = formatPercent(this.resolvedLang, d.percent / 100, { maximumFractionDigits: 1 });
    return html`<span part="headline">${t.donationHeadline(percent, isolate(d.purpose, t.$dir))}</span
      >${d.scope ? html` <span part="scope">${d.scope}</span>` : nothing}`;
  }

  #statement(d: DonationUse, t: Translation) {
    return html`<p part="statement" class="statement">${this.#claim(d, t)}</p>`;
  }

  #breakdown(d: DonationUse, t: Translation, amounts: boolean) {
    if (!d.expenses || !d.currency) return nothing;
    const year = d.fiscalYear ? fiscalYearText(this.resolvedLang, d.fiscalYear) : '';
    return renderBreakdown({
      breakdown: d.expenses,
      labels: [t.donationProgram, t.donationManagement, t.donationFundraising],
      currency: d.currency,
      lang: this.resolvedLang,
      dir: this.resolvedDir,
      t,
      caption: d.organization ? t.donationExpensesOf(isolate(d.organization, t.$dir), year) : t.donationExpenses(year),
      partHeader: t.donationCategory,
      totalLabel: t.breakdownTotal,
      amounts,
    });
  }

  #facts(d: DonationUse, t: Translation) {
    const lang = this.resolvedLang;
    const source =
      d.source &&
      { 'audited-statements': t.donationSourceAudited, 'form-990': t.donationSourceForm990, unaudited: t.donationSourceUnaudited }[
        d.source
      ];
    const iso = d.lastUpdated.toISOString().slice(0, 10);
    return html`<dl part="facts">
      ${d.fiscalYear ? html`<dt>${t.donationFiscalYear}</dt><dd>${fiscalYearText(lang, d.fiscalYear)}</dd>` : nothing}
      ${source ? html`<dt>${t.donationSource}</dt><dd>${source}</dd>` : nothing}
      ${d.auditor ? html`<dt>${t.donationAuditor}</dt><dd>${d.auditor}</dd>` : nothing}
      <dt>${t.donationUpdated}</dt>
      <dd><time datetime=${iso}>${formatDate(lang, d.lastUpdated, { dateStyle: 'medium', timeZone: 'UTC' })}</time></dd>
      ${
        d.reports.length
          ? html`<dt>${t.donationReports}</dt>
            <dd>
              <ul>
                ${d.reports.map((r) => html`<li><a part="report" href=${r.url}>${r.label}</a></li>`)}
              </ul>
            </dd>`
          : nothing
      }
    </dl>`;
  }

  protected override render() {
    const { t } = this;
    const result = this.#result;
    if (this.waiting) return html`<div part="base" class="base waiting">${this.renderWaiting()}</div>`;
    if (!result?.ok) {
      return html`<div part="base" class="base ${this.variant === 'banner' ? 'banner' : ''}">
        <p part="unavailable">${t.donationUnavailable}</p>
      </div>`;
    }
    const d = result.value;
    const icon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${heart}</svg>`;
    if (this.variant === 'card' || this.variant === 'full') {
      const full = this.variant === 'full';
      return html`<div part="base" class="base ${this.variant}">
        <div class="line">${icon}${this.#statement(d, t)}</div>
        ${this.#breakdown(d, t, full)} ${this.#facts(d, t)}
      </div>`;
    }
    // The banner: the headline with the disclosure button at its end, the scope on the line below. In the DOM
    // (and so to a screen reader) the scope comes right after the headline it qualifies, then the button.
    return html`<div part="base" class="base banner">
      <div class="line">
        ${icon}
        <p part="statement" class="statement">
          ${this.#claim(d, t)}
          <button part="toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="details" @click=${this.#toggle}>
            ${t.donationDetails}<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true">${chevron}</svg>
          </button>
        </p>
      </div>
      <div part="details" id="details" ?hidden=${!this.open}>${this.#breakdown(d, t, true)} ${this.#facts(d, t)}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-donation-use': TrustDonationUse;
  }
}
