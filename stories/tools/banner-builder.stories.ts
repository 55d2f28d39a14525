import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import sample990 from '../../test/fixtures/form-990/form-990-2023.xml?raw';
import './banner-builder.js';
import { emptyBanner, exampleBanner, type BannerValues } from './banner-snippet.js';

interface Args {
  values: BannerValues;
  showErrors: boolean;
}

const FILLED: BannerValues = exampleBanner();

const meta: Meta<Args> = {
  title: 'Tools/Donation banner builder',
  // The docs page is docs/banner-builder.mdx ("Guides/Make your donation banner without code").
  tags: ['!autodocs'],
  args: { values: emptyBanner(), showErrors: false },
  argTypes: {
    values: { control: 'object', description: 'The form’s values to start from' },
    showErrors: { control: 'boolean', description: 'Show every field’s error, as after "Copy snippet"' },
  },
  render: (a) => html`<ts-banner-builder .values=${a.values} ?show-errors=${a.showErrors}></ts-banner-builder>`,
};
export default meta;
type Story = StoryObj<Args>;

interface PlayContext {
  canvasElement: HTMLElement;
}
const builderOf = (canvas: HTMLElement) => canvas.querySelector('ts-banner-builder')!;
const inBuilder = (canvas: HTMLElement) => within(builderOf(canvas).shadowRoot as unknown as HTMLElement);
/** The preview's `<trust-donation-use>`, rendered. */
async function preview(canvas: HTMLElement) {
  const el = builderOf(canvas).shadowRoot!.querySelector('trust-donation-use') as
    (HTMLElement & { updateComplete: Promise<unknown> }) | null;
  await expect(el).toBeTruthy();
  await el!.updateComplete;
  return el!;
}

/** An empty form: the preview waits for it, the snippet is the script tag and a bare element. */
export const Empty: Story = {
  play: async ({ canvasElement }: PlayContext) => {
    const b = inBuilder(canvasElement);
    await expect(b.getByText('Your banner appears here as you fill in the form.')).toBeTruthy();
    await expect(b.getByRole('textbox', { name: 'HTML to paste into your donation page' })).toHaveProperty(
      'value',
      expect.stringContaining('<trust-donation-use'),
    );
  },
};

/** A filled form: the preview is the banner, the snippet writes every field. */
export const Filled: Story = {
  args: { values: FILLED },
  play: async ({ canvasElement }: PlayContext) => {
    const el = await preview(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part="headline"]')?.textContent).toBe('100% of your donation funds clean-water projects');
    const snippet = inBuilder(canvasElement).getByRole<HTMLTextAreaElement>('textbox', { name: 'HTML to paste into your donation page' });
    await expect(snippet.value).toContain('auditor="Example &amp; Partners LLP"');
    await expect(snippet.value).toMatch(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/trust-signals@[^/]+\/dist\/trust-signals\.bundle\.js"/);
  },
};

/** Fields with mistakes, every error shown (as after "Copy snippet"): each next to its field, in plain words. */
export const InvalidFields: Story = {
  name: 'Invalid fields',
  args: {
    values: {
      ...FILLED,
      program: '$812,000',
      scope: '',
      lastUpdated: '15/01/2025',
      reports: [{ label: 'Annual report', url: 'javascript:alert(1)' }],
    },
    showErrors: true,
  },
  play: async ({ canvasElement }: PlayContext) => {
    const b = inBuilder(canvasElement);
    const programs = b.getByRole('textbox', { name: 'Programs' });
    await expect(programs.getAttribute('aria-invalid')).toBe('true');
    const error = builderOf(canvasElement).shadowRoot!.getElementById('f-program-error')!;
    await expect(error.textContent).toMatch(/^Programs must be a plain number like 4120000 .*; you wrote "\$812,000"$/);
    await expect(programs.getAttribute('aria-describedby')).toContain('f-program-error');
    await expect(b.getByRole('textbox', { name: 'Who pays for the rest' }).getAttribute('aria-invalid')).toBe('true');
    await expect(b.getByRole('textbox', { name: 'Address of link 1' }).getAttribute('aria-invalid')).toBe('true');
    const el = await preview(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part="unavailable"]')).toBeTruthy();
  },
};

/** The organisation's Form 990 e-file loaded with the file field: expenses, fiscal year and name filled, and listed. */
export const FilledFromForm990: Story = {
  name: 'Filled from a Form 990',
  args: { values: { ...emptyBanner(), percent: '100', purpose: 'clean-water projects', scope: FILLED.scope, lastUpdated: '2025-01-15' } },
  play: async ({ canvasElement }: PlayContext) => {
    const b = inBuilder(canvasElement);
    const file = b.getByLabelText<HTMLInputElement>('Form 990 e-file (XML)');
    const transfer = new DataTransfer();
    transfer.items.add(new File([sample990], 'form-990-2023.xml', { type: 'text/xml' }));
    file.files = transfer.files;
    file.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(b.getByRole('textbox', { name: 'Programs' })).toHaveProperty('value', '3420000'));
    await expect(b.getByRole('list', { name: /Read from your Form 990/ }).textContent).toContain(
      'TotalFunctionalExpensesGrp/ProgramServicesAmt = 3420000',
    );
    await expect(b.getByRole('textbox', { name: 'Fiscal year' })).toHaveProperty('value', '2023-07-01/2024-06-30');
    await expect(b.getByRole('textbox', { name: "Organisation's name" })).toHaveProperty('value', 'CLEAR WATER FUND');
    const el = await preview(canvasElement);
    await expect(el.getAttribute('source')).toBe('form-990');
    // The preview's details open with the keyboard, as on the page the snippet goes into.
    el.shadowRoot!.querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(el.shadowRoot!.querySelector('table')?.caption?.textContent).toContain('CLEAR WATER FUND'));
  },
};
