import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { cspStyleMap } from '@trust-signals/core';
import 'trust-signals/trust-badge-group.js';
import 'trust-signals/trust-badge.js';
import 'trust-signals/trust-guarantee.js';
import { badgeFixture, signed } from './badge-story-helpers.js';

interface Args {
  label?: string;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Badges/Badge group',
  component: 'trust-badge-group',
  args: { label: '' },
  loaders: [signed()],
  render: (a, { loaded }) =>
    html`<div style=${cspStyleMap({ 'max-inline-size': a.width })}>
      <trust-badge-group label=${a.label || ''}>
        <trust-badge credential=${(loaded as { jws: string }).jws}>Example Secure Checkout</trust-badge>
        <trust-badge label="Climate neutral shipping">Climate neutral shipping</trust-badge>
        <trust-badge label="Accessibility audit" credential=${badgeFixture('expired').jws}>Accessibility audit</trust-badge>
        <trust-guarantee kind="returns" promise="Free returns within 30 days">Free returns within 30 days</trust-guarantee>
        <trust-guarantee kind="delivery" promise="Ships in 24 h" percent="98.7" period-days="90" count="12480" source="Order system">Ships in 24 h</trust-guarantee>
      </trust-badge-group>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A verified badge, a self-declared one, one that does not verify here, and two guarantees: one list. */
export const Default: Story = { tags: ['main'] };
export const Labelled: Story = { name: 'With a label', args: { label: 'Our certifications' } };
export const Narrow: Story = { name: 'Narrow (wraps)', args: { width: '320px' } };
