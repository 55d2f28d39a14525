import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import 'trust-signals/trust-price-breakdown.js';
import { waitingStory } from './waiting-story.js';

interface Part {
  label: string;
  amount: number;
}
interface Args {
  price?: number | string;
  currency?: string;
  product?: string;
  source?: string;
  date?: string;
  parts?: Part[];
}

const SHIRT: Part[] = [
  { label: 'Materials', amount: 6.5 },
  { label: 'Labour', amount: 9.25 },
  { label: 'Transport', amount: 1.4 },
  { label: 'Duties', amount: 2.85 },
  { label: 'Our margin', amount: 20 },
];

const meta: Meta<Args> = {
  title: 'Transparency/Price breakdown',
  component: 'trust-price-breakdown',
  args: {
    price: 40,
    currency: 'EUR',
    product: 'Organic cotton T-shirt',
    source: 'Factory invoices and freight bills, spring 2025 production run',
    date: '2025-04-01',
    parts: SHIRT,
  },
  argTypes: { parts: { control: 'object' } },
  render: (a) =>
    html`<trust-price-breakdown
      price=${ifDefined(a.price)}
      currency=${ifDefined(a.currency)}
      product=${ifDefined(a.product || undefined)}
      source=${ifDefined(a.source || undefined)}
      date=${ifDefined(a.date || undefined)}
      .parts=${a.parts}
    ></trust-price-breakdown>`,
};
export default meta;
type Story = StoryObj<Args>;

interface PlayContext {
  canvasElement: HTMLElement;
}
const unavailable = async ({ canvasElement }: PlayContext) => {
  const root = canvasElement.querySelector('trust-price-breakdown')!.shadowRoot!;
  await expect(root.querySelector('table')).toBeNull();
  await expect(root.querySelector('[part="unavailable"]')).toBeTruthy();
};

export const Default: Story = { tags: ['main'] };
export const WithoutProduct: Story = { name: 'Without a product name', args: { product: '' } };
export const Thirds: Story = {
  name: 'Awkward split (thirds: 33.3% each, Total 100%)',
  args: {
    price: 30,
    product: 'Gift box',
    parts: [
      { label: 'Contents', amount: 10 },
      { label: 'Packing', amount: 10 },
      { label: 'Our margin', amount: 10 },
    ],
  },
};
export const ManyParts: Story = {
  name: 'Eight parts (patterns and colours combine)',
  args: {
    price: 120,
    currency: 'USD',
    product: 'Leather weekender bag',
    parts: [
      { label: 'Leather', amount: 31 },
      { label: 'Hardware', amount: 6.4 },
      { label: 'Lining', amount: 3.6 },
      { label: 'Labour', amount: 18 },
      { label: 'Transport', amount: 4.5 },
      { label: 'Duties', amount: 7.2 },
      { label: 'Packaging', amount: 1.3 },
      { label: 'Our margin', amount: 48 },
    ],
  },
};
export const FromJson: Story = {
  name: 'Data from a child JSON script',
  render: () =>
    html`<trust-price-breakdown>
      <script type="application/json">
        {
          "price": 1200,
          "currency": "JPY",
          "product": "Single-origin coffee, 200 g",
          "parts": [
            { "label": "Green beans", "amount": 420 },
            { "label": "Roasting", "amount": 180 },
            { "label": "Packaging", "amount": 90 },
            { "label": "Shipping", "amount": 110 },
            { "label": "Our margin", "amount": 400 }
          ],
          "source": "Roastery ledger, May 2025",
          "date": "2025-05-01"
        }
      </script>
    </trust-price-breakdown>`,
};
export const NotSumming: Story = { name: 'Invalid: parts do not add up to the price', args: { price: 42 }, play: unavailable };
export const NegativePart: Story = {
  name: 'Invalid: negative amount',
  args: { parts: [{ label: 'Materials', amount: -6.5 }, ...SHIRT.slice(1)] },
  play: unavailable,
};
export const MissingSource: Story = { name: 'Invalid: no source', args: { source: '' }, play: unavailable };

export const Waiting: Story = waitingStory('trust-price-breakdown', 'What this price is made of: loading…');
