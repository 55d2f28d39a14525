import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { IncidentInput } from '@trust-signals/core/notices';
import 'trust-signals/trust-incident-notice.js';
import { waitingStory } from './waiting-story.js';

interface Args {
  data: IncidentInput;
  dismissible: boolean;
  dismissStorage?: 'none' | 'session' | 'local';
  headingLevel?: number;
}

const incident: IncidentInput = {
  id: 'story-checkout-2026-03-02',
  title: 'Card payments failing at checkout',
  state: 'identified',
  impact: 'major',
  services: ['Checkout', 'Gift cards'],
  description: 'Some card payments are declined. You have not been charged for a declined payment.',
  workaround: 'Pay by bank transfer, or keep your basket and try again after the fix.',
  started: '2026-03-02T09:40:00Z',
  nextUpdate: '2026-03-02T11:00:00Z',
  updates: [
    { at: '2026-03-02T09:55:00Z', state: 'investigating', text: 'We are looking into failed card payments.' },
    {
      at: '2026-03-02T10:20:00Z',
      state: 'identified',
      text: 'A security certificate at our payment provider expired. We are replacing it.',
    },
  ],
  apology: 'We are sorry: you came to buy something and we let you down.',
  statusPage: 'https://status.example.com',
  timeZone: 'Europe/Berlin',
};

const resolved: IncidentInput = {
  ...incident,
  state: 'resolved',
  nextUpdate: undefined,
  ended: '2026-03-02T10:45:00Z',
  updates: [
    ...(incident.updates ?? []),
    { at: '2026-03-02T10:45:00Z', state: 'resolved', text: 'The certificate was replaced and card payments work again.' },
  ],
  prevention: 'We now check every certificate’s expiry date daily and renew it 30 days ahead.',
  postmortem: 'https://status.example.com/incidents/2026-03-02',
};

const maintenance: IncidentInput = {
  id: 'story-maintenance-2026-03-08',
  title: 'Planned database upgrade',
  state: 'scheduled',
  services: ['Order history', 'Account settings'],
  description: 'You can still shop and pay. Order history and account settings will be read-only.',
  started: '2026-03-08T02:00:00Z',
  ended: '2026-03-08T04:00:00Z',
  statusPage: 'https://status.example.com',
  timeZone: 'Europe/Berlin',
};

const meta: Meta<Args> = {
  title: 'Transparency/Incident notice',
  component: 'trust-incident-notice',
  args: { data: incident, dismissible: false, dismissStorage: 'none' },
  argTypes: {
    data: { control: 'object' },
    dismissStorage: { control: 'inline-radio', options: ['none', 'session', 'local'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (a) => notice(a),
};
export default meta;
type Story = StoryObj<Args>;

function notice({ data, dismissible, dismissStorage, headingLevel }: Args) {
  return html`<div class="story-column">
      <trust-incident-notice
        ?dismissible=${dismissible}
        dismiss-storage=${ifDefined(dismissStorage)}
        heading-level=${ifDefined(headingLevel)}
        .data=${data}
        >Card payments are failing at checkout.</trust-incident-notice
      >
    </div>`;
}

/** Cause identified, major impact: announced once in a polite live region. */
export const Default: Story = { tags: ['main'], name: 'Identified (major impact)' };
export const Investigating: Story = {
  args: {
    data: {
      ...incident,
      id: 'story-investigating',
      state: 'investigating',
      impact: 'minor',
      workaround: undefined,
      updates: [{ at: '2026-03-02T09:55:00Z', state: 'investigating', text: 'We are looking into failed card payments.' }],
    },
  },
};
export const Monitoring: Story = { args: { data: { ...incident, id: 'story-monitoring', state: 'monitoring', impact: 'minor' } } };
let criticalShown = 0;
export const Critical: Story = {
  name: 'Critical (announced as an alert)',
  args: {
    data: {
      ...incident,
      id: 'story-critical',
      state: 'investigating',
      impact: 'critical',
      title: 'The whole shop is unavailable',
      services: ['Everything'],
    },
  },
  // A page announces an incident once (its id and state): each showing of this story, in any theme, is a new one.
  render: (a) => notice({ ...a, data: { ...a.data, id: `story-critical-${++criticalShown}` } }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('trust-incident-notice')!;
    const region = el.shadowRoot!.querySelector('.announcement')!;
    await expect(region.getAttribute('role')).toBe('alert');
    await waitFor(() => expect(region.textContent).toContain('The whole shop is unavailable'));
  },
};
export const NoImpact: Story = {
  name: 'No impact on service',
  args: { data: { ...incident, id: 'story-none', impact: 'none', title: 'Delayed shipping emails' } },
};
export const Resolved: Story = { tags: ['main'], name: 'Resolved, with post-mortem and prevention', args: { data: resolved } };
export const Scheduled: Story = { name: 'Maintenance: scheduled', args: { data: maintenance } };
export const InProgress: Story = {
  name: 'Maintenance: in progress',
  args: { data: { ...maintenance, id: 'story-mnt-progress', state: 'in-progress' } },
};
export const Completed: Story = {
  name: 'Maintenance: completed',
  args: { data: { ...maintenance, id: 'story-mnt-done', state: 'completed', ended: '2026-03-08T03:40:00Z' } },
};
export const Dismissible: Story = {
  name: 'Dismissible (nothing stored)',
  args: { dismissible: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('trust-incident-notice')!;
    const button = within(el.shadowRoot as unknown as HTMLElement).getByRole('button', { name: 'Dismiss notice' });
    await expect(button.getBoundingClientRect().width).toBeGreaterThanOrEqual(24);
  },
};
export const DismissRemembered: Story = {
  name: 'Dismissible, remembered for this tab (opt-in)',
  args: { dismissible: true, dismissStorage: 'session', data: { ...incident, id: 'story-remembered' } },
};
export const DismissedByKeyboard: Story = {
  name: 'Dismissed with the keyboard',
  args: { dismissible: true, data: { ...incident, id: 'story-dismissed' } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('trust-incident-notice')!;
    within(el.shadowRoot as unknown as HTMLElement)
      .getByRole('button', { name: 'Dismiss notice' })
      .focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="base"]')).toBeNull());
  },
};
export const FromScript: Story = {
  name: 'Data from a child JSON script',
  render: () =>
    html`<trust-incident-notice
      ><script type="application/json">
        {
          "id": "story-search-slow",
          "title": "Search is slow",
          "state": "monitoring",
          "impact": "minor",
          "started": "2026-03-04T14:00:00Z",
          "nextUpdate": "2026-03-04T16:00:00Z",
          "description": "Search results can take up to 10 seconds."
        }
      </script></trust-incident-notice
    >`,
};
export const InvalidResolved: Story = {
  name: 'Invalid: resolved without a resolution time',
  args: { data: { ...resolved, ended: undefined } },
};
export const InvalidLink: Story = {
  name: 'Invalid: javascript: status page',
  args: { data: { ...incident, statusPage: 'javascript:alert(1)' } },
};

export const Waiting: Story = waitingStory('trust-incident-notice', 'Checking the status of our services…');
