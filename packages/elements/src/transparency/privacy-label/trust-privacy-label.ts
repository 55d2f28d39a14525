import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult } from 'lit';
import {
  baseStyles,
  ChildJson,
  controlStyles,
  formatDate,
  formatList,
  isolate,
  parseChoice,
  provideEnglish,
  surfaceTokens,
  TrustElement,
  type DataIssue,
  type ParseResult,
} from '@trust-signals/core';
import {
  enNotice,
  groupByUse,
  parsePrivacyLabel,
  type PrivacyEntry,
  type PrivacyLabel,
  type PrivacyLabelInput,
  type PrivacyUse,
} from '@trust-signals/core/notices';
import { noticeStyles } from '../notice.styles.js';
import { privacyLabelStyles } from './trust-privacy-label.styles.js';

provideEnglish(enNotice);

export const PRIVACY_LABEL_VARIANTS = ['compact', 'full'] as const;
export type PrivacyLabelVariant = (typeof PRIVACY_LABEL_VARIANTS)[number];

/** One icon shape per use, so that the groups differ by shape and word as well as by colour. */
const useIcons: Record<PrivacyUse, SVGTemplateResult> = {
  // A crosshair: followed across other companies' sites and apps.
  tracking: svg`<circle cx="12" cy="12" r="7"></circle><circle cx="12" cy="12" r="2"></circle
    ><path d="M12 2v4M12 18v4M2 12h4M18 12h4"></path>`,
  // A person: tied to your identity.
  linked: svg`<circle cx="12" cy="8" r="4"></circle><path d="M4 21a8 8 0 0 1 16 0"></path>`,
  // A person, struck through: not tied to your identity.
  'not-linked': svg`<circle cx="12" cy="8" r="4"></circle><path d="M4 21a8 8 0 0 1 16 0M3 3l18 18"></path>`,
  // A circle with a check: not collected.
  'not-collected': svg`<circle cx="12" cy="12" r="9"></circle><path d="M8 12.5l3 3 5-6"></path>`,
};

/**
 * A privacy "nutrition label" for a website or service: which categories of data it collects (contact info,
 * location, identifiers, usage data, purchases, financial info, user content, diagnostics, …) and how each is
 * used (used to track you, linked to you, not linked to you, not collected), with the purposes.
 *
 * **Variants.** `compact` (default): one group per use, each with an icon, its name and the categories in it.
 * `full`: a real `<table>` with a caption, column headers (`scope="col"`) and one row per category (a row header,
 * `scope="row"`), with how it is used and why.
 *
 * **Data** (see {@link PrivacyLabelInput}): the `data` property or a child `<script type="application/json">`
 * (followed when the page adds, changes or removes it later; `data` wins over it):
 * `{ service?, categories: [{ category, use, purposes? }], updated?, policy? }`. `category` is one of
 * `PRIVACY_CATEGORIES`, `use` one of `PRIVACY_USES`, `purposes` from `PRIVACY_PURPOSES` (required for collected
 * data, empty for data not collected). An unknown category, use or purpose, or a category listed twice, is a data
 * error: the label says "Privacy label unavailable.", logs one console error with the field path, and dispatches
 * `trust-error` (a label that dropped a row would understate what is collected).
 *
 * @tagname trust-privacy-label
 * @summary Privacy nutrition label: data categories × how they are used, compact or as a full table.
 *
 * @slot - Fallback text shown before the element is defined; not rendered after.
 *
 * @event trust-error - The data or `variant` is invalid. `detail: { element, issues }`.
 *
 * @csspart base - The label.
 * @csspart caption - The title (the table's caption in the full variant).
 * @csspart group - One group of the compact variant (one use).
 * @csspart table - The table of the full variant.
 * @csspart meta - The "last updated" line and policy link.
 * @csspart unavailable - The text shown for missing or invalid data.
 *
 * @cssproperty --trust-privacy-label-background - Background (default: the surface colour).
 * @cssproperty --trust-privacy-label-border-color - Border and rules (default `--trust-color-border`).
 */
export class TrustPrivacyLabel extends TrustElement {
  static override styles = [baseStyles, controlStyles, surfaceTokens, noticeStyles, privacyLabelStyles];
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    variant: {},
  };

  /**
   * The label. When unset, the JSON of a child `<script type="application/json">` is used, followed when the page
   * adds, changes or removes the script later.
   * Its format: {@link PrivacyLabelInput}, with the JSON Schema `trust-signals/schemas/trust-privacy-label.json`.
   */
  data: PrivacyLabelInput | undefined;

  /** `compact` (groups by use) or `full` (a table with purposes). */
  variant: PrivacyLabelVariant | string = 'compact';

  readonly #child = new ChildJson(this, 'application/json');
  #label: ParseResult<PrivacyLabel> = parsePrivacyLabel(undefined);
  #variant: PrivacyLabelVariant = 'compact';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.awaitData(this.#child.given(this.data));
    this.#label = this.#child.parse(this.data, parsePrivacyLabel);
    const variant = parseChoice(this.variant || 'compact', 'variant', PRIVACY_LABEL_VARIANTS);
    this.#variant = variant.ok ? variant.value! : 'compact';
    const issues: DataIssue[] = [...(this.#label.ok ? [] : this.#label.errors), ...(variant.ok ? [] : variant.errors)];
    this.reportIssues(issues);
  }

  #caption(label: PrivacyLabel): string {
    return label.service ? this.t.privacyCaption(isolate(label.service, this.t.$dir)) : this.t.privacyCaptionDefault;
  }

  #icon(use: PrivacyUse) {
    return html`<svg class="icon use-icon" viewBox="0 0 24 24" aria-hidden="true">${useIcons[use]}</svg>`;
  }

  protected override render() {
    const { t } = this;
    if (this.waiting) return html`<div part="base" class="base waiting">${this.renderWaiting()}</div>`;
    if (!this.#label.ok) {
      return html`<div part="base" class="base"><p part="unavailable" class="muted">${t.privacyUnavailable}</p></div>`;
    }
    const label = this.#label.value;
    const updated = label.updated ? formatDate(this.resolvedLang, label.updated, { dateStyle: 'long', timeZone: 'UTC' }) : undefined;
    const meta =
      label.updated || label.policy
        ? html`<p part="meta" class="meta">
            ${updated === undefined ? nothing : html`<span>${t.privacyUpdated(updated)}</span>`}
            ${label.policy ? html`<a href=${label.policy}>${t.noticePolicy}</a>` : nothing}
          </p>`
        : nothing;
    return this.#variant === 'full' ? this.#renderFull(label, meta) : this.#renderCompact(label, meta);
  }

  #renderCompact(label: PrivacyLabel, meta: unknown) {
    const { t } = this;
    return html`<section part="base" class="base compact" aria-labelledby="caption">
      <p part="caption" id="caption" class="caption">${this.#caption(label)}</p>
      <div class="groups">
        ${groupByUse(label).map(
          ({ use, entries }) => html`<div part="group" class="group use-${use}">
            <p class="group-title" id=${`use-${use}`}>${this.#icon(use)}<span>${t.privacyUses[use]}</span></p>
            <ul aria-labelledby=${`use-${use}`}>
              ${entries.map((e) => html`<li>${t.privacyCategories[e.category]}</li>`)}
            </ul>
          </div>`,
        )}
      </div>
      ${meta}
    </section>`;
  }

  #renderFull(label: PrivacyLabel, meta: unknown) {
    const { t } = this;
    const rows: PrivacyEntry[] = groupByUse(label).flatMap((g) => g.entries);
    return html`<div part="base" class="base full">
      <table part="table">
        <caption part="caption" class="caption">${this.#caption(label)}</caption>
        <thead>
          <tr>
            <th scope="col">${t.privacyCategoryHeader}</th>
            <th scope="col">${t.privacyUseHeader}</th>
            <th scope="col">${t.privacyPurposesHeader}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (e) => html`<tr class="use-${e.use}">
              <th scope="row">${t.privacyCategories[e.category]}</th>
              <td><span class="use">${this.#icon(e.use)}<span>${t.privacyUses[e.use]}</span></span></td>
              <td>${
                e.purposes.length
                  ? formatList(
                      this.resolvedLang,
                      e.purposes.map((p) => t.privacyPurposes[p]),
                    )
                  : t.privacyNoPurposes
              }</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${meta}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-privacy-label': TrustPrivacyLabel;
  }
}
