import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, within } from 'storybook/test';
import 'trust-signals/trust-donation-use.js';
import snippet from '../../docs/snippets/donation-use-banner.html?raw';
import { waitingStory } from './waiting-story.js';

interface Args {
  variant: 'banner' | 'card' | 'full';
  percent?: number | string;
  purpose?: string;
  scope?: string;
  organization?: string;
  currency?: string;
  program?: number | string;
  management?: number | string;
  fundraising?: number | string;
  expensesTotal?: number | string;
  fiscalYear?: string;
  source?: string;
  auditor?: string;
  lastUpdated?: string;
  reportUrl?: string;
  reportLabel?: string;
}

const SCOPE = 'Our operating costs are paid by a separate group of private donors.';

const meta: Meta<Args> = {
  title: 'Transparency/Donation use',
  component: 'trust-donation-use',
  args: {
    variant: 'banner',
    percent: 100,
    purpose: 'clean-water projects',
    scope: SCOPE,
    organization: 'Clear Water Fund',
    currency: 'USD',
    program: 4_120_000,
    management: 545_000,
    fundraising: 335_000,
    expensesTotal: 5_000_000,
    fiscalYear: '2023-07-01/2024-06-30',
    source: 'audited-statements',
    auditor: 'Example & Partners LLP',
    lastUpdated: '2025-01-15',
    reportUrl: 'https://example.org/reports/audit-2024.pdf',
    reportLabel: 'Audited financial statements 2024 (PDF)',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['banner', 'card', 'full'] },
    source: { control: 'select', options: ['audited-statements', 'form-990', 'unaudited'] },
  },
  render: (a) =>
    html`<trust-donation-use
      variant=${a.variant}
      percent=${ifDefined(a.percent)}
      purpose=${ifDefined(a.purpose)}
      scope=${ifDefined(a.scope || undefined)}
      organization=${ifDefined(a.organization || undefined)}
      currency=${ifDefined(a.currency)}
      program=${ifDefined(a.program)}
      management=${ifDefined(a.management)}
      fundraising=${ifDefined(a.fundraising)}
      expenses-total=${ifDefined(a.expensesTotal)}
      fiscal-year=${ifDefined(a.fiscalYear)}
      source=${ifDefined(a.source)}
      auditor=${ifDefined(a.auditor || undefined)}
      last-updated=${ifDefined(a.lastUpdated)}
      report-url=${ifDefined(a.reportUrl || undefined)}
      report-label=${ifDefined(a.reportLabel || undefined)}
      >${a.percent}% of your donation funds ${a.purpose}.</trust-donation-use
    >`,
};
export default meta;
type Story = StoryObj<Args>;

interface PlayContext {
  canvasElement: HTMLElement;
}
const shadowOf = (canvas: HTMLElement) => within(canvas.querySelector('trust-donation-use')!.shadowRoot as unknown as HTMLElement);

/** Opens the banner's details with the keyboard (Tab to the button, Enter) and checks the table is there. */
const openDetails = async ({ canvasElement }: PlayContext) => {
  const root = shadowOf(canvasElement);
  const toggle = root.getByRole('button');
  toggle.focus();
  await userEvent.keyboard('{Enter}');
  await expect(toggle.getAttribute('aria-expanded')).toBe('true');
  await expect(root.getByRole('table')).toBeTruthy();
};

/** Checks that the element shows its unavailable state. */
const unavailable = async ({ canvasElement }: PlayContext) => {
  await expect(shadowOf(canvasElement).queryByRole('table')).toBeNull();
  await expect(canvasElement.querySelector('trust-donation-use')!.shadowRoot!.querySelector('[part="unavailable"]')).toBeTruthy();
};

/** The banner: one line, details behind a disclosure. */
export const Banner: Story = { tags: ['main'] };
export const BannerOpen: Story = { name: 'Banner, details open (keyboard)', play: openDetails };
export const Card: Story = { args: { variant: 'card' } };
export const Full: Story = { tags: ['main'], args: { variant: 'full' } };
export const LessThan100: Story = {
  name: '85%, no scope needed',
  args: { variant: 'card', percent: 85, scope: '', purpose: 'school meals', organization: 'Open Kitchen Trust' },
};
export const ThirdsSplit: Story = {
  name: 'Awkward split (thirds: 33.3% each, Total 100%)',
  args: { variant: 'full', program: 1, management: 1, fundraising: 1, expensesTotal: 3, currency: 'EUR', source: 'form-990', auditor: '' },
};
export const Form990CalendarYear: Story = {
  name: 'Form 990, calendar year, no total',
  args: { variant: 'full', source: 'form-990', auditor: '', fiscalYear: '2024', expensesTotal: undefined },
};
export const Unaudited: Story = { name: 'Unaudited figures (said plainly)', args: { variant: 'card', source: 'unaudited', auditor: '' } };
export const StatementOnly: Story = {
  name: 'Statement only (no expense split)',
  args: {
    variant: 'card',
    currency: undefined,
    program: undefined,
    management: undefined,
    fundraising: undefined,
    expensesTotal: undefined,
    fiscalYear: undefined,
    source: undefined,
    auditor: '',
  },
};
export const FromJson: Story = {
  name: 'Data from a child JSON script (two reports)',
  render: () =>
    html`<trust-donation-use variant="full">
      <script type="application/json">
        {
          "percent": 100,
          "purpose": "clean-water projects",
          "scope": "Our operating costs are paid by a separate group of private donors.",
          "organization": "Clear Water Fund",
          "currency": "USD",
          "expenses": { "program": 4120000, "management": 545000, "fundraising": 335000, "total": 5000000 },
          "fiscalYear": "2023-07-01/2024-06-30",
          "source": "audited-statements",
          "auditor": "Example & Partners LLP",
          "lastUpdated": "2025-01-15",
          "reports": [
            { "label": "Audited financial statements 2024 (PDF)", "url": "https://example.org/reports/audit-2024.pdf" },
            { "label": "Form 990, fiscal year 2024 (PDF)", "url": "https://example.org/reports/form-990-2024.pdf" }
          ]
        }
      </script>
      100% of your donation funds clean-water projects.
    </trust-donation-use>`,
};

/** The docs page's copy-paste snippet, as pasted (the script tag is Storybook's own loading here). */
export const DocsSnippet: Story = {
  name: 'Docs snippet (as pasted)',
  render: () => {
    const page = document.createElement('div');
    page.append(document.createRange().createContextualFragment(snippet.replace(/<script[^>]*><\/script>\s*/, '')));
    return page;
  },
  play: openDetails,
};

// Invalid data: never rendered, always reported.
export const MissingScope: Story = { name: 'Invalid: 100% without scope', args: { scope: '' }, play: unavailable };
export const NotSumming: Story = {
  name: 'Invalid: split does not add up to the total',
  args: { variant: 'full', expensesTotal: 5_100_000 },
  play: unavailable,
};
export const BadUrl: Story = {
  name: 'Invalid: javascript: report link',
  args: { variant: 'card', reportUrl: 'javascript:alert(1)' },
  play: unavailable,
};
export const NegativeAmount: Story = {
  name: 'Invalid: negative amount',
  args: { variant: 'card', fundraising: -335_000 },
  play: unavailable,
};
export const AuditedWithoutAuditor: Story = {
  name: 'Invalid: audited without auditor',
  args: { variant: 'card', auditor: '' },
  play: unavailable,
};

/**
 * What the page's author sees on their own page (localhost or a `file:` page, or anywhere with a `debug` attribute,
 * here on the wrapper; Storybook turns it off for every other story): the visitor's unavailable state, then a note
 * for the author naming the attribute and what to write in it.
 */
export const AuthorNote: Story = {
  name: 'Invalid: the note for the page author (debug)',
  args: { program: '$812,000' },
  render: (args, context) => html`<div debug>${meta.render!(args, context)}</div>`,
  play: async (context) => {
    await unavailable(context);
    // The note's look and content load on demand, the first time a note shows.
    const note = await shadowOf(context.canvasElement).findByRole('note');
    await expect(note.textContent).toContain('program attribute: must be a plain number like 4120000');
    await expect(within(note).getByRole('button', { name: 'Dismiss' })).toBeTruthy();
  },
};

export const Waiting: Story = waitingStory('trust-donation-use', 'Where your donation goes: see our annual report.');
