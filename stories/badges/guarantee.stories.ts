import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import 'trust-signals/trust-guarantee.js';

interface Args {
  kind?: string;
  promise?: string;
  percent?: number | string;
  periodDays?: number | string;
  count?: number | string;
  source?: string;
  sourceUrl?: string;
}

const meta: Meta<Args> = {
  title: 'Badges/Guarantee',
  component: 'trust-guarantee',
  args: {
    kind: 'delivery',
    promise: 'Ships in 24 h',
    percent: 98.7,
    periodDays: 90,
    count: 12480,
    source: 'Order system, audited monthly',
  },
  argTypes: { kind: { control: 'select', options: ['delivery', 'returns', 'support', 'price-match', 'warranty'] } },
  render: (a) =>
    html`<trust-guarantee
      kind=${ifDefined(a.kind)}
      promise=${ifDefined(a.promise)}
      percent=${ifDefined(a.percent)}
      period-days=${ifDefined(a.periodDays)}
      count=${ifDefined(a.count)}
      source=${ifDefined(a.source)}
      source-url=${ifDefined(a.sourceUrl)}
      >${a.promise}</trust-guarantee
    >`,
};
export default meta;
type Story = StoryObj<Args>;

const noRecord = { percent: undefined, periodDays: undefined, count: undefined, source: undefined } as const;

export const Delivery: Story = { tags: ['main'] };
export const WithSourceLink: Story = { name: 'Source with a link', args: { sourceUrl: '/delivery-record' } };
export const WithoutCount: Story = { name: 'Record without a count', args: { count: undefined } };
export const Returns: Story = { tags: ['main'], args: { kind: 'returns', promise: 'Free returns within 30 days', ...noRecord } };
export const ReturnsRecord: Story = {
  name: 'Returns with record',
  args: {
    kind: 'returns',
    promise: 'Refund within 5 days of receipt',
    percent: 99.2,
    periodDays: 180,
    count: 1843,
    source: 'Returns desk records',
  },
};
export const Support: Story = {
  name: 'Support response time',
  args: {
    kind: 'support',
    promise: 'Answers within 2 hours on weekdays',
    percent: 94,
    periodDays: 30,
    count: 2210,
    source: 'Help-desk tickets',
  },
};
export const PriceMatch: Story = {
  name: 'Price match',
  args: {
    kind: 'price-match',
    promise: 'We match any lower price from a UK store',
    percent: 87.5,
    periodDays: 365,
    count: 64,
    source: 'Price-match requests log',
  },
};
export const Warranty: Story = { args: { kind: 'warranty', promise: '3-year warranty on all kettles', ...noRecord } };
export const MissingSource: Story = { name: 'Invalid: figure without source (record unavailable)', args: { source: undefined } };
export const MissingPeriod: Story = { name: 'Invalid: figure without period (record unavailable)', args: { periodDays: undefined } };
export const OutOfRange: Story = { name: 'Invalid: 120% (record unavailable)', args: { percent: 120 } };
export const UnknownKind: Story = { name: 'Invalid: unknown kind (unavailable)', args: { kind: 'shipping' } };
