import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import type { DataNoticeInput } from '@trust-signals/core/notices';
import 'trust-signals/trust-data-notice.js';
import { waitingStory } from './waiting-story.js';

interface Args {
  data: DataNoticeInput;
  open: boolean;
}

const base: DataNoticeInput = {
  summary: 'We use your email only to send your receipt.',
  controller: 'Example Shop Ltd., 1 Sample Street, Exampleton',
  contact: 'mailto:privacy@example.com',
  purpose: 'To send your receipt and to tell you if something goes wrong with your order.',
  legalBasis: 'contract',
  retention: '6 years after your order, because tax law requires it.',
  recipients: ['Example Mail (the service that sends our emails)'],
  policy: 'https://example.com/privacy',
};

const field = ({ data, open }: Args) =>
  html`<div class="story-field">
    <label for="email">Email</label>
    <input id="email" type="email" autocomplete="email" />
    <trust-data-notice for="email" ?open=${open} .data=${data}>We use your email only to send your receipt.</trust-data-notice>
  </div>`;

const meta: Meta<Args> = {
  title: 'Transparency/Data notice',
  component: 'trust-data-notice',
  args: { data: base, open: false },
  argTypes: { data: { control: 'object' } },
  render: field,
};
export default meta;
type Story = StoryObj<Args>;

/** A summary line under the field (it is also the field's accessible description) and a closed disclosure. */
export const Default: Story = { tags: ['main'] };
export const Open: Story = {
  name: 'Details open (keyboard)',
  play: async ({ canvasElement }) => {
    const notice = canvasElement.querySelector('trust-data-notice')!;
    const button = within(notice.shadowRoot as unknown as HTMLElement).getByRole('button', { name: 'How we use this data' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(button.getAttribute('aria-expanded')).toBe('true');
  },
};
export const Consent: Story = {
  tags: ['main'],
  name: 'Consent (with the right to withdraw)',
  args: {
    open: true,
    data: {
      ...base,
      summary: 'With your permission we send you our newsletter, at most once a month.',
      purpose: 'Our monthly newsletter about new products.',
      legalBasis: 'consent',
      retention: 'Until you unsubscribe.',
      recipients: [],
    },
  },
};
export const LegitimateInterests: Story = {
  name: 'Legitimate interests, with transfers',
  args: {
    open: true,
    data: {
      ...base,
      summary: 'We check your phone number to protect your account from fraud.',
      purpose: 'To confirm it is you when you sign in from a new device.',
      legalBasis: 'legitimate-interests',
      legitimateInterest: 'keeping accounts safe from takeover',
      recipients: ['Example SMS (sends the codes)', 'Example Cloud (hosting)'],
      transfers: 'Example SMS processes numbers in the United States, under the European Commission’s standard contractual clauses.',
    },
  },
};
export const FromScript: Story = {
  name: 'Data from a child JSON script',
  render: () =>
    html`<label for="phone">Phone (optional)</label><br /><input id="phone" type="tel" /><br />
      <trust-data-notice for="phone"
        ><script type="application/json">
          {
            "summary": "We call you only if your delivery is delayed.",
            "controller": "Example Shop Ltd.",
            "purpose": "To arrange a new delivery time.",
            "legalBasis": "contract",
            "retention": "30 days after delivery.",
            "recipients": ["Example Couriers"],
            "policy": "/privacy"
          }
        </script></trust-data-notice
      >`,
};
export const Invalid: Story = {
  name: 'Invalid data (unavailable)',
  args: { data: { ...base, retention: '', legalBasis: 'because' as DataNoticeInput['legalBasis'] } },
};

export const Waiting: Story = waitingStory('trust-data-notice', 'How we use your email: see our privacy policy.');
