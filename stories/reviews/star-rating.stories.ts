import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { cspStyleMap } from '@trust-signals/core';
import 'trust-signals/trust-star-rating.js';

interface Args {
  value?: number | string;
  max?: number;
  count?: number;
  label?: string;
  showValue?: boolean;
  size?: string;
}

const meta: Meta<Args> = {
  title: 'Reviews/Star rating',
  component: 'trust-star-rating',
  args: { value: 4.3, max: 5, count: 1234, label: '', showValue: false },
  argTypes: {
    value: { control: { type: 'number', min: 0, max: 10, step: 0.1 } },
    max: { control: { type: 'number', min: 1, max: 10, step: 1 } },
    count: { control: { type: 'number', min: 0 } },
    size: { control: 'text', description: 'Sets --trust-star-rating-size' },
  },
  render: ({ value, max, count, label, showValue, size }) =>
    html`<trust-star-rating
      value=${ifDefined(value)}
      max=${ifDefined(max)}
      count=${ifDefined(count)}
      label=${ifDefined(label || undefined)}
      ?show-value=${showValue}
      style=${cspStyleMap({ '--trust-star-rating-size': size })}
      >Rated ${value} out of ${max ?? 5}</trust-star-rating
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Zero: Story = { args: { value: 0, count: 3 } };
export const Half: Story = { args: { value: 0.5, count: undefined } };
export const Fractional: Story = { name: '3.7 (fills 70% of the 4th star)', args: { value: 3.7, count: undefined, showValue: true } };
export const Full: Story = { args: { value: 5, count: 18 } };
export const WithoutCount: Story = { args: { count: undefined } };
export const OneReview: Story = { args: { value: 5, count: 1 } };
export const LargeCount: Story = { tags: ['main'], name: 'Large count (compact)', args: { value: 4.6, count: 1_234_567, showValue: true } };
export const WithLabel: Story = { args: { label: 'Build quality', value: 4, count: undefined, showValue: true } };
export const TenStars: Story = { args: { value: 7.5, max: 10, count: 240 } };
export const Small: Story = { args: { size: '0.875rem' } };
export const Large: Story = { args: { size: '2.5rem', showValue: true } };
export const Invalid: Story = { tags: ['main'], name: 'Invalid value (unavailable)', args: { value: 'abc', count: 12 } };
export const Missing: Story = { name: 'Missing value with a count (unavailable)', args: { value: undefined } };
export const Waiting: Story = {
  name: 'Waiting (nothing given yet: the fallback shows)',
  render: () => html`<trust-star-rating>Customer rating loading…</trust-star-rating>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('trust-star-rating') as HTMLElement & { waiting: boolean };
    await expect(el.waiting).toBe(true);
    await expect(el.shadowRoot!.querySelector('[role="img"]')).toBeNull();
  },
};
export const OutOfRange: Story = { name: 'Out of range 5.2 of 5 (unavailable)', args: { value: 5.2 } };
export const Themed: Story = {
  name: 'Custom tokens',
  render: () =>
    html`<trust-star-rating
      value="4"
      count="87"
      style=${cspStyleMap({ '--trust-star-rating-color': '#6d28d9', '--trust-star-rating-outline-color': '#6d28d9', '--trust-star-rating-size': '1.75rem' })}
    ></trust-star-rating>`,
};
export const InText: Story = {
  name: 'Inline in text',
  render: () =>
    html`<p>
      Customers say
      <trust-star-rating value="4.3" count="1234" show-value>Rated 4.3 out of 5</trust-star-rating>
      about this kettle.
    </p>`,
};
/** A product grid of 24 cards 200 px wide: the number and count wrap below the stars instead of overflowing. */
export const ProductGrid: Story = {
  name: 'In a product grid (24 cards, 200 px)',
  render: () =>
    html`<div class="story-product-grid">
      ${Array.from(
        { length: 24 },
        (_, i) =>
          html`<article class="story-product-card">
            <p>Product ${i + 1}</p>
            <trust-star-rating value=${[4.4, 4, 3.9, 4.75][i % 4]!} count=${[86, 12_345, 7, 1_204][i % 4]!} show-value
              >Rated ${[4.4, 4, 3.9, 4.75][i % 4]} out of 5</trust-star-rating
            >
          </article>`,
      )}
    </div>`,
};
