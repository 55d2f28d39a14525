/**
 * The donation banner builder of the docs (stories/tools/banner-builder.ts, `<ts-banner-builder>`) in Chromium,
 * driven as a person would: by keyboard, finding fields by role and name. Fill the form, see a plain-words error next
 * to the field and fix it, load a Form 990 e-file, copy the snippet; the live preview is the element the snippet
 * makes. The snippet's own run under the strict CSP, from the build with its integrity hashes, is
 * test/consumers/banner-snippet.test.ts.
 */
import { within } from '@testing-library/dom';
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { BannerBuilder } from '../../stories/tools/banner-builder.js';
import '../../stories/tools/banner-builder.js';
import { emptyBanner } from '../../stories/tools/banner-snippet.js';
import sample990 from '../fixtures/form-990/form-990-2023.xml?raw';
import mismatch990 from '../fixtures/form-990/form-990-columns-do-not-add-up.xml?raw';
import sample990ez from '../fixtures/form-990/form-990-ez-2023.xml?raw';
import { fixture, recordConsoleErrors, settle, shadow } from '../helpers/fixture.js';

const VERSION = '1.2.3';
const INTEGRITY = {
  version: VERSION,
  files: { 'trust-signals.bundle.js': 'sha384-loaderhash', 'trust-signals.bundle.de.js': 'sha384-germanhash' },
};

type Upgraded = HTMLElement & { updateComplete: Promise<unknown>; issues: readonly unknown[] };

async function builder(): Promise<BannerBuilder> {
  return fixture<BannerBuilder>(html`<ts-banner-builder .version=${VERSION} .integrity=${INTEGRITY}></ts-banner-builder>`);
}
const ui = (b: BannerBuilder) => within(shadow(b));
const textbox = (b: BannerBuilder, name: string | RegExp) => ui(b).getByRole<HTMLInputElement>('textbox', { name });
const status = (b: BannerBuilder) => ui(b).getByRole('status');
const snippetBox = (b: BannerBuilder) => textbox(b, 'HTML to paste into your donation page') as unknown as HTMLTextAreaElement;
const preview = (b: BannerBuilder) => shadow(b).querySelector('trust-donation-use') as Upgraded | null;

/** The text of the elements `el`'s aria-describedby names (its accessible description's sources). */
const description = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (el.getRootNode() as ShadowRoot).getElementById(id)?.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' | ');

/** Focuses a field, replaces its text by typing (select all, then the keys), and leaves it with Tab. */
async function typeInto(field: HTMLElement, text: string): Promise<void> {
  field.focus();
  await userEvent.keyboard('{Control>}a{/Control}');
  await userEvent.keyboard(text ? text : '{Backspace}');
  await userEvent.tab();
  await settle();
}

/** Gives the file field a file as a person picking it would (DataTransfer), and waits for the form to take it. */
async function pick(b: BannerBuilder, name: string, xml: string): Promise<void> {
  const input = ui(b).getByLabelText<HTMLInputElement>('Form 990 e-file (XML)');
  input.focus();
  expect(b.shadowRoot!.activeElement).toBe(input);
  const transfer = new DataTransfer();
  transfer.items.add(new File([xml], name, { type: 'text/xml' }));
  input.files = transfer.files;
  const before = status(b).textContent;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(['', before]).not.toContain(status(b).textContent));
  await settle();
}

/** The element the snippet makes, parsed (as the browser would parse the pasted HTML). */
function snippetElement(snippet: string): Element {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html');
  return doc.querySelector('trust-donation-use')!;
}
/** An element's attributes by name (their order does not matter to the element). */
const attributesOf = (el: Element) => Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)]));

describe('<ts-banner-builder>', () => {
  recordConsoleErrors(); // the preview reports the form's mistakes, as the pasted element would
  let writeText: ReturnType<typeof vi.spyOn> | undefined;
  afterEach(() => writeText?.mockRestore());

  it('fill by keyboard; a plain-words error next to "Programs" after editing it; fixed; load a Form 990; copy', async () => {
    const b = await builder();
    expect(ui(b).getByText('Your banner appears here as you fill in the form.')).toBeTruthy();

    await typeInto(textbox(b, 'Percent'), '100');
    await typeInto(textbox(b, 'What a donation funds'), 'clean-water projects');
    await typeInto(textbox(b, 'Who pays for the rest'), 'Our operating costs are paid by a separate group of private donors.');
    await typeInto(textbox(b, 'Last updated'), '2025-01-15');

    // A figure written for reading: the error is next to the field, tied to it, named by its label.
    const programs = textbox(b, 'Programs');
    programs.focus();
    await userEvent.keyboard('$812,000');
    await settle();
    expect(programs.getAttribute('aria-invalid'), 'no error while typing').toBeNull();
    await userEvent.tab();
    await settle();
    expect(programs.getAttribute('aria-invalid')).toBe('true');
    const error = b.shadowRoot!.getElementById('f-program-error')!;
    expect(error.textContent).toBe(
      'Programs must be a plain number like 4120000 or 4.5 (digits and a decimal point; no currency sign, commas, spaces or %); you wrote "$812,000"',
    );
    expect(programs.closest('.field')!.contains(error)).toBe(true);
    expect(description(programs)).toContain('Programs must be a plain number');
    // The fields not edited yet show nothing (Currency is required with the expenses, but untouched).
    expect(textbox(b, 'Currency').getAttribute('aria-invalid')).toBeNull();
    expect(preview(b)!.shadowRoot!.querySelector('[part="unavailable"]')).toBeTruthy();

    await typeInto(programs, '812000');
    expect(programs.getAttribute('aria-invalid')).toBeNull();
    expect(error.textContent).toBe('');

    // The Form 990: the columns, the fiscal year and the name are filled, and what was read is listed.
    await pick(b, 'form-990-2023.xml', sample990);
    expect(status(b).textContent).toBe(
      'Filled 8 fields from the Form 990 of CLEAR WATER FUND. What was read is listed under the file field.',
    );
    expect(textbox(b, 'Programs').value).toBe('3420000');
    expect(textbox(b, 'Management and general').value).toBe('412000');
    expect(textbox(b, 'Fundraising').value).toBe('288000');
    expect(textbox(b, 'Total').value).toBe('4120000');
    expect(textbox(b, 'Fiscal year').value).toBe('2023-07-01/2024-06-30');
    expect(textbox(b, "Organisation's name").value).toBe('CLEAR WATER FUND');
    expect(textbox(b, 'Currency').value).toBe('USD');
    expect(ui(b).getByRole<HTMLSelectElement>('combobox', { name: 'Where the figures come from' }).value).toBe('form-990');
    const read = ui(b).getByRole('list', { name: /Read from your Form 990/ });
    const items = within(read)
      .getAllByRole('listitem')
      .map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).toContain('Programs (column B): TotalFunctionalExpensesGrp/ProgramServicesAmt = 3420000');
    expect(items).toContain('Total (column A): TotalFunctionalExpensesGrp/TotalAmt = 4120000');
    expect(items).toContain('Fiscal year, first day: ReturnHeader/TaxPeriodBeginDt = 2023-07-01');
    expect(items).toContain("Organisation's name: ReturnHeader/Filer/BusinessName/BusinessNameLine1Txt = CLEAR WATER FUND");
    expect(b.errors).toEqual([]);

    // The preview is the element the snippet makes: same attributes, same text inside; and it shows the banner.
    const el = preview(b)!;
    await el.updateComplete;
    expect(el.issues).toEqual([]);
    expect(el.shadowRoot!.querySelector('[part="headline"]')?.textContent).toBe('100% of your donation funds clean-water projects');
    expect(attributesOf(el)).toEqual(attributesOf(snippetElement(b.snippet)));
    expect(el.textContent!.trim()).toBe(snippetElement(b.snippet).textContent!.trim());

    // Copy, by keyboard.
    writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    ui(b).getByRole('button', { name: 'Copy snippet' }).focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(status(b).textContent).toBe('Snippet copied. Paste it into a custom HTML block of your donation page.'));
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0]![0] as string;
    expect(copied).toBe(snippetBox(b).value);
    expect(copied).toContain(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/trust-signals@${VERSION}/dist/trust-signals.bundle.js"\n  integrity="sha384-loaderhash" crossorigin="anonymous"></script>`,
    );
    for (const attribute of [
      'percent="100"',
      'purpose="clean-water projects"',
      'organization="CLEAR WATER FUND"',
      'currency="USD"',
      'program="3420000"',
      'management="412000"',
      'fundraising="288000"',
      'expenses-total="4120000"',
      'fiscal-year="2023-07-01/2024-06-30"',
      'source="form-990"',
      'last-updated="2025-01-15"',
    ])
      expect(copied).toContain(`\n  ${attribute}`);
  });

  it('"Copy snippet" with mistakes copies nothing, shows every error, moves focus to the first and says which fields', async () => {
    const b = await builder();
    writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await typeInto(textbox(b, 'Percent'), '100');
    await typeInto(textbox(b, 'Fundraising'), '335000');
    ui(b).getByRole('button', { name: 'Copy snippet' }).focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(status(b).textContent).toMatch(/^Not copied yet/));
    expect(writeText).not.toHaveBeenCalled();
    expect(status(b).textContent).toBe(
      'Not copied yet: 8 fields need fixing first (What a donation funds, Who pays for the rest, Programs, Management and general, ' +
        'Currency, Fiscal year, Where the figures come from, Last updated).',
    );
    expect(b.shadowRoot!.activeElement).toBe(textbox(b, 'What a donation funds'));
    for (const name of ['What a donation funds', 'Who pays for the rest', 'Currency', 'Fiscal year', 'Last updated']) {
      expect(textbox(b, name).getAttribute('aria-invalid'), name).toBe('true');
      expect(description(textbox(b, name)), name).toContain(`${name} is required`);
    }
    expect(description(ui(b).getByRole('combobox', { name: 'Where the figures come from' }))).toContain(
      'Where the figures come from is required when you give the expenses',
    );
  });

  it('when the browser refuses to copy, the snippet is selected for the person to copy, and they are told so', async () => {
    const b = await fixture<BannerBuilder>(
      html`<ts-banner-builder
        .version=${VERSION}
        .integrity=${undefined}
        .values=${{ ...emptyBanner(), percent: '85', purpose: 'school meals', lastUpdated: '2025-01-15' }}
      ></ts-banner-builder>`,
    );
    writeText = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    ui(b).getByRole('button', { name: 'Copy snippet' }).focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(status(b).textContent).toMatch(/did not let this page copy/));
    const area = snippetBox(b);
    expect(b.shadowRoot!.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
    // Without integrity.json, the snippet says its files are loaded unchecked.
    expect(area.value).not.toContain('integrity=');
    expect(description(area)).toContain('no integrity hash for trust-signals.bundle.js');
  });

  it('report links: add and remove by keyboard, focus follows; two links go into the element as JSON', async () => {
    const b = await builder();
    ui(b).getByRole('button', { name: 'Add a report link' }).focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(b.shadowRoot!.activeElement).toBe(textbox(b, 'Text of link 1'));
    await userEvent.keyboard('Annual report');
    await userEvent.tab();
    await userEvent.keyboard('javascript:alert(1)');
    await userEvent.tab();
    await settle();
    expect(description(textbox(b, 'Address of link 1'))).toMatch(
      /^Address of report link 1 must be a web address starting with https:\/\//,
    );
    await typeInto(textbox(b, 'Address of link 1'), '/reports/annual-2024.pdf');
    expect(b.snippet).toContain('report-url="/reports/annual-2024.pdf"');

    ui(b).getByRole('button', { name: 'Add a report link' }).focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    await userEvent.keyboard('Form 990 <2024>');
    await userEvent.tab();
    await userEvent.keyboard('https://example.org/990.pdf');
    await userEvent.tab();
    await settle();
    expect(b.snippet).not.toContain('report-url=');
    const json = snippetElement(b.snippet).querySelector('script[type="application/json"]')!.textContent!;
    expect(JSON.parse(json)).toEqual({
      reports: [
        { label: 'Annual report', url: '/reports/annual-2024.pdf' },
        { label: 'Form 990 <2024>', url: 'https://example.org/990.pdf' },
      ],
    });
    const script = preview(b)!.querySelector('script[type="application/json"]')!;
    expect(script.textContent).toBe(json);

    // Remove the first: the second moves up and takes the focus.
    ui(b).getByRole('button', { name: 'Remove report link 1' }).focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(b.shadowRoot!.activeElement).toBe(textbox(b, 'Text of link 1'));
    expect(textbox(b, 'Text of link 1').value).toBe('Form 990 <2024>');
    expect(status(b).textContent).toBe('Report link 1 removed.');
    expect(b.snippet).toContain('report-label="Form 990 &lt;2024&gt;"');
    ui(b).getByRole('button', { name: 'Remove report link 1' }).focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(b.shadowRoot!.activeElement).toBe(ui(b).getByRole('button', { name: 'Add a report link' }));
  });

  it('a language adds its file and `lang`; the preview speaks it', async () => {
    const b = await fixture<BannerBuilder>(
      html`<ts-banner-builder
        .version=${VERSION}
        .integrity=${INTEGRITY}
        .values=${{ ...emptyBanner(), percent: '85', purpose: 'Schulessen', lastUpdated: '2025-01-15' }}
      ></ts-banner-builder>`,
    );
    await userEvent.selectOptions(ui(b).getByRole('combobox', { name: 'Language of the banner' }), 'de');
    await settle();
    expect(b.snippet).toContain(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/trust-signals@${VERSION}/dist/trust-signals.bundle.de.js"\n  integrity="sha384-germanhash" crossorigin="anonymous"></script>`,
    );
    const el = preview(b)!;
    expect(el.getAttribute('lang')).toBe('de');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="headline"]')?.textContent).toMatch(/^85\s%.*Schulessen/);
    expect(attributesOf(el)).toEqual(attributesOf(snippetElement(b.snippet)));
  });

  it('a Form 990-EZ fills the total only and says why; a file that does not add up fills nothing and says why', async () => {
    const b = await builder();
    await typeInto(textbox(b, 'Programs'), '100');
    await pick(b, 'form-990-ez-2023.xml', sample990ez);
    expect(textbox(b, 'Total').value).toBe('148500');
    expect(textbox(b, 'Programs').value).toBe('');
    expect(textbox(b, 'Fiscal year').value).toBe('2023');
    expect(ui(b).getByText(/^This is a Form 990-EZ\. It states your total expenses/)).toBeTruthy();

    await pick(b, 'form-990-columns-do-not-add-up.xml', mismatch990);
    expect(status(b).textContent).toBe('Nothing was filled from this file. The reasons are listed under the file field.');
    expect(textbox(b, 'Total').value).toBe('148500');
    expect(ui(b).getByText(/^TotalFunctionalExpensesGrp add up to 930000\.00 USD, but TotalFunctionalExpensesGrp\/TotalAmt/)).toBeTruthy();
    expect(description(ui(b).getByLabelText('Form 990 e-file (XML)'))).toContain(
      'Nothing was filled from form-990-columns-do-not-add-up.xml',
    );
  });
});
