/**
 * `<ts-banner-builder>`: the donation banner builder of the docs (docs/banner-builder.mdx), for nonprofits without a
 * developer. A form (or the organisation's Form 990 e-file) → a live preview, the real `<trust-donation-use>` with
 * the attributes the snippet writes → the HTML snippet to paste (the loader from the versioned CDN address with its
 * integrity hash, the language's file, the element), with a Copy button.
 *
 * Not shipped: a docs tool, so not a `trust-*` tag (the package's loader and tag tests own that prefix). Its words
 * are English. The model is stories/tools/banner-snippet.ts and banner-form-990.ts (no DOM, unit-tested); this file
 * only renders it.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { baseStyles, controlStyles, surfaceTokens, type Translation } from '@trust-signals/core';
import { FORM_990_MAX_BYTES } from '@trust-signals/core/donations';
import english from '@trust-signals/core/locales/en.js';
import 'trust-signals/trust-donation-use.js';
import elementsPackage from '../../packages/elements/package.json';
import { bannerBuilderStyles } from './banner-builder.styles.js';
import { fillFromForm990, type Form990Fill } from './banner-form-990.js';
import {
  applyBannerMarkup,
  bannerErrors,
  bannerMarkup,
  bannerSnippet,
  emptyBanner,
  fieldName,
  isEmptyBanner,
  reportField,
  SOURCES,
  VARIANTS,
  type BannerMarkup,
  type BannerValues,
  type FieldError,
  type IntegrityManifest,
  type TextField,
} from './banner-snippet.js';

/** Every shipped language (each module registers its table, which the preview then uses), English first. */
const localeModules = import.meta.glob<{ default: Translation }>('../../packages/elements/src/locales/*.ts', { eager: true });
export const LANGUAGES: readonly Translation[] = [
  english,
  ...Object.values(localeModules)
    .map((m) => m.default)
    .filter((t) => t.$code !== 'en')
    .sort((a, b) => a.$code.localeCompare(b.$code)),
];

/** The build's integrity.json (scripts/bundle.mjs), when the package has been built; the snippet then has hashes. */
const integrityFiles = import.meta.glob<IntegrityManifest>('../../packages/elements/dist/integrity.json', {
  eager: true,
  import: 'default',
});
export const BUILD_INTEGRITY: IntegrityManifest | undefined = Object.values(integrityFiles)[0];
export const VERSION: string = elementsPackage.version;

/** The most report links the banner takes. */
const MAX_REPORTS = 10;

interface FieldSpec {
  readonly key: TextField;
  readonly label: string;
  readonly hint: string;
  readonly kind?: 'input' | 'textarea' | 'select';
  readonly options?: ReadonlyArray<readonly [string, string]>;
  readonly inputmode?: 'decimal' | 'text';
  readonly autocomplete?: string;
  readonly spellcheck?: boolean;
}

const STATEMENT: readonly FieldSpec[] = [
  {
    key: 'percent',
    label: 'Percent',
    hint: 'The share of each donation that funds what you name below, from 0 to 100: 100, or 85.',
    inputmode: 'decimal',
    spellcheck: false,
  },
  { key: 'purpose', label: 'What a donation funds', hint: 'Finish the sentence "100% of your donation funds …": clean-water projects.' },
  {
    key: 'scope',
    label: 'Who pays for the rest',
    hint: 'Needed at 100%: who pays the costs a donation does not, e.g. "Our operating costs are paid by a separate group of private donors."',
    kind: 'textarea',
  },
  { key: 'organization', label: "Organisation's name", hint: 'Shown in the caption of the expense table.', autocomplete: 'organization' },
];

const COLUMNS: readonly FieldSpec[] = [
  { key: 'program', label: 'Programs', hint: 'Column B: program services.', inputmode: 'decimal', spellcheck: false },
  { key: 'management', label: 'Management and general', hint: 'Column C.', inputmode: 'decimal', spellcheck: false },
  { key: 'fundraising', label: 'Fundraising', hint: 'Column D.', inputmode: 'decimal', spellcheck: false },
  { key: 'total', label: 'Total', hint: 'Column A. If you give it, B + C + D must add up to it.', inputmode: 'decimal', spellcheck: false },
];

const ABOUT: readonly FieldSpec[] = [
  { key: 'currency', label: 'Currency', hint: 'Three letters: USD, EUR, GBP… (a Form 990 is always in USD).', spellcheck: false },
  {
    key: 'fiscalYear',
    label: 'Fiscal year',
    hint: '2024 for a calendar year, or its first and last day: 2023-07-01/2024-06-30.',
    spellcheck: false,
  },
  { key: 'source', label: 'Where the figures come from', hint: 'Needed with the expenses.', kind: 'select', options: SOURCES },
  { key: 'auditor', label: 'Auditor', hint: 'The firm that audited your statements (needed for audited financial statements).' },
  {
    key: 'lastUpdated',
    label: 'Last updated',
    hint: 'The date you last checked these figures, written year-month-day: 2025-01-15.',
    spellcheck: false,
  },
];

/** The id of a field's control (`f-program`, `f-reports-0-url`). */
const controlId = (field: string) => `f-${field.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;

/**
 * The donation banner builder: fill the form or load a Form 990 e-file, check the live preview, copy the snippet.
 *
 * @tagname ts-banner-builder
 */
export class BannerBuilder extends LitElement {
  static override styles = [baseStyles, controlStyles, surfaceTokens, bannerBuilderStyles];
  static override properties: PropertyDeclarations = {
    values: { attribute: false },
    showErrors: { type: Boolean, attribute: 'show-errors' },
    version: {},
    integrity: { attribute: false },
    touched: { state: true },
    revealed: { state: true },
    fill: { state: true },
    status: { state: true },
  };

  /** The form's values (a story or a page may set them to start from). */
  values: BannerValues = emptyBanner();
  /** Shows every field's error at once, as after "Copy snippet". */
  showErrors = false;
  /** The version of `trust-signals` the snippet loads. */
  version: string = VERSION;
  /** The build's integrity.json, for the snippet's hashes. */
  integrity: IntegrityManifest | undefined = BUILD_INTEGRITY;

  private touched: ReadonlySet<string> = new Set();
  private revealed = false;
  private fill: (Pick<Form990Fill, 'ok' | 'errors' | 'notes' | 'read'> & { name: string }) | undefined;
  private status = '';

  #errors: readonly FieldError[] = [];
  #markup: BannerMarkup | undefined;
  #snippet = '';

  get errors(): readonly FieldError[] {
    return this.#errors;
  }

  /** The HTML to paste, as shown. */
  get snippet(): string {
    return this.#snippet;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('values') || changed.has('version') || changed.has('integrity')) {
      const options = { version: this.version, integrity: this.integrity, language: LANGUAGES.find((t) => t.$code === this.values.lang) };
      this.#errors = bannerErrors(this.values);
      this.#markup = bannerMarkup(this.values, options);
      this.#snippet = bannerSnippet(this.values, options);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const preview = this.renderRoot.querySelector('trust-donation-use');
    if (preview && this.#markup) applyBannerMarkup(preview, this.#markup);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Editing

  #set(key: TextField, value: string): void {
    this.values = { ...this.values, [key]: value };
  }

  #touch(...fields: string[]): void {
    this.touched = new Set([...this.touched, ...fields]);
  }

  #setReport(index: number, part: 'label' | 'url', value: string): void {
    const reports = this.values.reports.map((r, i) => (i === index ? { ...r, [part]: value } : r));
    this.values = { ...this.values, reports };
  }

  async #addReport(): Promise<void> {
    const index = this.values.reports.length;
    this.values = { ...this.values, reports: [...this.values.reports, { label: '', url: '' }] };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${controlId(reportField(index, 'label'))}`)?.focus();
  }

  async #removeReport(index: number): Promise<void> {
    const reports = this.values.reports.filter((_, i) => i !== index);
    this.values = { ...this.values, reports };
    // Touched report fields move up with their rows.
    const touched = new Set<string>();
    for (const field of this.touched) {
      const m = /^reports\[(\d+)\]\.(label|url)$/.exec(field);
      if (!m) touched.add(field);
      else if (Number(m[1]) !== index)
        touched.add(reportField(Number(m[1]) > index ? Number(m[1]) - 1 : Number(m[1]), m[2] as 'label' | 'url'));
    }
    this.touched = touched;
    await this.updateComplete;
    const next = index < reports.length ? `#${controlId(reportField(index, 'label'))}` : '.add-report';
    this.renderRoot.querySelector<HTMLElement>(next)?.focus();
    await this.#announce(`Report link ${index + 1} removed.`);
  }

  async #announce(text: string): Promise<void> {
    this.status = '';
    await this.updateComplete;
    this.status = text;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Form 990

  async #readForm990(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > FORM_990_MAX_BYTES) {
      this.fill = {
        ok: false,
        name: file.name,
        errors: ['This file is larger than 5 MB; a Form 990 e-file is far smaller. Pick the XML file of your return.'],
        notes: [],
        read: [],
      };
      await this.#announce('Nothing was filled: the file is too large to be a Form 990 e-file.');
      return;
    }
    const result = fillFromForm990(this.values, await file.text());
    this.fill = { ok: result.ok, name: file.name, errors: result.errors, notes: result.notes, read: result.read };
    if (!result.ok) {
      await this.#announce('Nothing was filled from this file. The reasons are listed under the file field.');
      return;
    }
    this.values = result.values;
    this.#touch(...result.filled);
    const of = result.values.organization ? ` of ${result.values.organization}` : '';
    await this.#announce(
      `Filled ${result.filled.length} fields from the Form ${result.form}${of}. What was read is listed under the file field.`,
    );
  }

  // -------------------------------------------------------------------------------------------------------------
  // Copy

  async #copy(): Promise<void> {
    this.revealed = true;
    const errors = this.#errors;
    if (errors.length) {
      await this.updateComplete;
      const names = [...new Set(errors.map((e) => fieldName(e.field)))];
      const ids = new Set(errors.map((e) => controlId(e.field === 'expenses' ? 'program' : e.field)));
      const first = [...this.renderRoot.querySelectorAll<HTMLElement>('input, textarea, select')].find((c) => ids.has(c.id));
      first?.focus();
      await this.#announce(
        `Not copied yet: ${names.length === 1 ? 'one field needs' : `${names.length} fields need`} fixing first (${names.join(', ')}).`,
      );
      return;
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(this.#snippet);
      await this.#announce('Snippet copied. Paste it into a custom HTML block of your donation page.');
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('.snippet');
      area?.focus();
      area?.select();
      await this.#announce('Your browser did not let this page copy. The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Rendering

  /** The messages shown for `field` now: after it was edited, or after "Copy snippet". */
  #shown(field: string, also: readonly string[] = []): string[] {
    const visible = this.showErrors || this.revealed || this.touched.has(field) || also.some((f) => this.touched.has(f));
    return visible ? this.#errors.filter((e) => e.field === field).map((e) => e.message) : [];
  }

  #error(id: string, messages: readonly string[]) {
    return html`<p class="error" id="${id}-error">${messages.join(' ')}</p>`;
  }

  #field(spec: FieldSpec) {
    const id = controlId(spec.key);
    const messages = this.#shown(spec.key);
    const value = this.values[spec.key];
    const describedby = `${id}-hint ${id}-error`;
    const invalid = messages.length ? 'true' : nothing;
    const onInput = (e: Event) => this.#set(spec.key, (e.target as HTMLInputElement).value);
    const onChange = (e: Event) => {
      this.#set(spec.key, (e.target as HTMLInputElement).value);
      this.#touch(spec.key);
    };
    const spellcheck = spec.spellcheck === false ? 'false' : nothing;
    let control;
    if (spec.kind === 'select') {
      control = html`<select id=${id} aria-describedby=${describedby} aria-invalid=${invalid} @change=${onChange}>
        ${(spec.options ?? []).map(([v, words]) => html`<option value=${v} ?selected=${v === value}>${words}</option>`)}
      </select>`;
    } else if (spec.kind === 'textarea') {
      control = html`<textarea
        id=${id}
        rows="2"
        aria-describedby=${describedby}
        aria-invalid=${invalid}
        .value=${value}
        @input=${onInput}
        @change=${onChange}
      ></textarea>`;
    } else {
      control = html`<input
        id=${id}
        type="text"
        inputmode=${spec.inputmode ?? nothing}
        autocomplete=${spec.autocomplete ?? 'off'}
        spellcheck=${spellcheck}
        aria-describedby=${describedby}
        aria-invalid=${invalid}
        .value=${value}
        @input=${onInput}
        @change=${onChange}
      />`;
    }
    return html`<div class="field">
      <label for=${id}>${spec.label}</label>
      <p class="hint" id="${id}-hint">${spec.hint}</p>
      ${control} ${this.#error(id, messages)}
    </div>`;
  }

  #form990() {
    const fill = this.fill;
    return html`<div class="box">
      <h2 id="h-990">1. Start from your Form 990 (optional)</h2>
      <div class="field">
        <label for="f-form990">Form 990 e-file (XML)</label>
        <p class="hint" id="f-form990-hint">
          The XML file of your organisation's Form 990 or 990-EZ, as your filing software or your accountant exports it. It
          fills in the expenses, the fiscal year and your name. The file stays on your computer: nothing is sent anywhere.
        </p>
        <input
          id="f-form990"
          type="file"
          accept=".xml,text/xml,application/xml"
          aria-describedby="f-form990-hint f-form990-result"
          @change=${this.#readForm990}
        />
      </div>
      <div id="f-form990-result">
        ${
          fill && !fill.ok
            ? html`<div class="notes">
              <p><strong>Nothing was filled from ${fill.name}:</strong></p>
              ${fill.errors.map((e) => html`<p class="error">${e}</p>`)}
            </div>`
            : nothing
        }
        ${
          fill?.ok
            ? html`<div class="notes">
              <p id="read-title"><strong>Read from your Form 990 (${fill.name}):</strong></p>
              <ul class="read" aria-labelledby="read-title">
                ${fill.read.map((r) => html`<li>${r.what}: <code>${r.path}</code> = ${r.value}</li>`)}
              </ul>
              ${fill.notes.map((n) => html`<p>${n}</p>`)}
            </div>`
            : nothing
        }
      </div>
    </div>`;
  }

  #columns() {
    const group = this.#shown(
      'expenses',
      COLUMNS.map((c) => c.key),
    );
    return html`<fieldset aria-describedby="f-expenses-hint f-expenses-error">
      <legend>3. Expenses of your last fiscal year (optional)</legend>
      <p class="hint" id="f-expenses-hint">
        From your Form 990, Part IX, line 25 (or your audited statements): whole numbers, without $ sign, commas or spaces:
        4120000.
      </p>
      ${this.#error('f-expenses', group)}
      <div class="columns">${COLUMNS.map((c) => this.#field(c))}</div>
    </fieldset>`;
  }

  #reports() {
    const reports = this.values.reports;
    const group = this.#shown('reports');
    return html`<fieldset aria-describedby="f-reports-hint f-reports-error">
      <legend>5. Report links (optional)</legend>
      <p class="hint" id="f-reports-hint">
        Links to your annual report, audited statements or Form 990: an address starting with https://, or a path on your
        own site (/reports/2024.pdf).
      </p>
      ${this.#error('f-reports', group)}
      ${
        reports.length
          ? html`<ol class="reports">
            ${reports.map((r, i) => this.#report(r, i))}
          </ol>`
          : nothing
      }
      ${
        reports.length < MAX_REPORTS
          ? html`<button type="button" class="add-report" @click=${this.#addReport}>Add a report link</button>`
          : html`<p class="hint">That is the most links a banner takes (${MAX_REPORTS}).</p>`
      }
    </fieldset>`;
  }

  #report(report: BannerValues['reports'][number], index: number) {
    const part = (which: 'label' | 'url', label: string, value: string) => {
      const field = reportField(index, which);
      const id = controlId(field);
      const messages = this.#shown(field);
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          type="text"
          inputmode=${which === 'url' ? 'url' : nothing}
          autocomplete="off"
          spellcheck=${which === 'url' ? 'false' : nothing}
          aria-describedby="${id}-error"
          aria-invalid=${messages.length ? 'true' : nothing}
          .value=${value}
          @input=${(e: Event) => this.#setReport(index, which, (e.target as HTMLInputElement).value)}
          @change=${() => this.#touch(field)}
        />
        ${this.#error(id, messages)}
      </div>`;
    };
    const n = index + 1;
    return html`<li class="report">
      ${part('label', `Text of link ${n}`, report.label)} ${part('url', `Address of link ${n}`, report.url)}
      <button type="button" @click=${() => this.#removeReport(index)}>
        Remove<span class="visually-hidden"> report link ${n}</span>
      </button>
    </li>`;
  }

  #looks() {
    const select = (
      id: string,
      label: string,
      hint: string,
      key: 'variant' | 'lang',
      options: ReadonlyArray<readonly [string, string, string?]>,
    ) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <p class="hint" id="${id}-hint">${hint}</p>
        <select
          id=${id}
          aria-describedby="${id}-hint"
          @change=${(e: Event) => (this.values = { ...this.values, [key]: (e.target as HTMLSelectElement).value })}
        >
          ${options.map(
            ([value, words, lang]) =>
              html`<option value=${value} lang=${lang ?? nothing} ?selected=${value === this.values[key]}>${words}</option>`,
          )}
        </select>
      </div>`;
    return html`<div class="box">
      <h2>6. How it looks</h2>
      ${select('f-variant', 'Layout', 'A banner takes the least room; visitors open its details with a button.', 'variant', VARIANTS)}
      ${select(
        'f-lang',
        'Language of the banner',
        'The language of its own words ("of your donation funds", the table). Write the fields above in the same language.',
        'lang',
        LANGUAGES.map((t) => [t.$code, `${t.$name} (${t.$code})`, t.$code] as const),
      )}
    </div>`;
  }

  #result() {
    const missing = this.#markup?.scripts.filter((s) => !s.integrity).map((s) => s.file) ?? [];
    const empty = isEmptyBanner(this.values);
    return html`<div class="result">
      <div class="box">
        <h2 id="h-preview">Preview</h2>
        <div debug="off">
          ${
            empty
              ? html`<p class="placeholder">Your banner appears here as you fill in the form.</p>`
              : html`<trust-donation-use></trust-donation-use>`
          }
        </div>
      </div>
      <div class="box">
        <h2>Your snippet</h2>
        <div class="field">
          <label for="f-snippet">HTML to paste into your donation page</label>
          <p class="hint" id="f-snippet-hint">
            Paste it where the banner should appear, in your website builder's custom HTML (or code, or embed) block.
          </p>
          <textarea
            id="f-snippet"
            class="snippet"
            readonly
            rows="16"
            spellcheck="false"
            aria-describedby="f-snippet-hint f-snippet-unchecked"
            .value=${this.#snippet}
          ></textarea>
          <p class="hint" id="f-snippet-unchecked">
            ${
              missing.length
                ? `This copy of the docs has no integrity hash for ${missing.join(' and ')} of version ${this.version}, so the snippet ` +
                  'loads it unchecked.'
                : nothing
            }
          </p>
        </div>
        <div class="actions">
          <button type="button" class="primary" @click=${this.#copy}>Copy snippet</button>
          <p class="status" role="status">${this.status}</p>
        </div>
        ${this.#error('f-form', this.#shown('form'))}
      </div>
    </div>`;
  }

  protected override render() {
    // Its words are English, left to right on any page; the preview takes the banner's language from its own `lang`.
    return html`<div class="layout" lang="en" dir="ltr">
      <div class="form">
        ${this.#form990()}
        <div class="box">
          <h2>2. Your statement</h2>
          ${STATEMENT.map((f) => this.#field(f))}
        </div>
        ${this.#columns()}
        <div class="box">
          <h2>4. About the figures</h2>
          ${ABOUT.map((f) => this.#field(f))}
        </div>
        ${this.#reports()} ${this.#looks()}
      </div>
      ${this.#result()}
    </div>`;
  }
}

if (!customElements.get('ts-banner-builder')) customElements.define('ts-banner-builder', BannerBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'ts-banner-builder': BannerBuilder;
  }
}
