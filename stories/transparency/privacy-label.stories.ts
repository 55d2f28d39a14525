import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { PrivacyLabelInput } from '@trust-signals/core/notices';
import 'trust-signals/trust-privacy-label.js';
import { waitingStory } from './waiting-story.js';

interface Args {
  data: PrivacyLabelInput;
  variant: 'compact' | 'full';
}

const shop: PrivacyLabelInput = {
  service: 'Example Shop',
  categories: [
    { category: 'identifiers', use: 'tracking', purposes: ['third-party-advertising'] },
    { category: 'contact-info', use: 'linked', purposes: ['functionality'] },
    { category: 'purchases', use: 'linked', purposes: ['functionality', 'personalization'] },
    { category: 'financial-info', use: 'linked', purposes: ['functionality'] },
    { category: 'usage-data', use: 'not-linked', purposes: ['analytics'] },
    { category: 'diagnostics', use: 'not-linked', purposes: ['functionality'] },
    { category: 'location', use: 'not-collected' },
    { category: 'health-fitness', use: 'not-collected' },
  ],
  updated: '2026-01-15',
  policy: 'https://example.com/privacy',
};

const meta: Meta<Args> = {
  title: 'Transparency/Privacy label',
  component: 'trust-privacy-label',
  args: { data: shop, variant: 'compact' },
  argTypes: { data: { control: 'object' }, variant: { control: 'inline-radio', options: ['compact', 'full'] } },
  render: ({ data, variant }) =>
    html`<div class="story-column">
      <trust-privacy-label variant=${variant} .data=${data}>Example Shop collects contact info, purchases and usage data.</trust-privacy-label>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** One group per use, most revealing first. */
export const Compact: Story = { tags: ['main'] };
/** A real table: caption, column headers and one row header per category, with purposes. */
export const Full: Story = { tags: ['main'], args: { variant: 'full' } };
export const Minimal: Story = {
  name: 'Collects almost nothing',
  args: {
    data: {
      service: 'Example Notes',
      categories: [
        { category: 'diagnostics', use: 'not-linked', purposes: ['functionality'] },
        { category: 'contact-info', use: 'not-collected' },
        { category: 'location', use: 'not-collected' },
        { category: 'identifiers', use: 'not-collected' },
      ],
    },
  },
};
export const FromScript: Story = {
  name: 'Data from a child JSON script',
  render: () =>
    html`<trust-privacy-label variant="full"
      ><script type="application/json">
        {
          "service": "Example Forum",
          "categories": [
            { "category": "user-content", "use": "linked", "purposes": ["functionality"] },
            { "category": "search-history", "use": "not-linked", "purposes": ["analytics", "personalization"] }
          ]
        }
      </script></trust-privacy-label
    >`,
};
export const Narrow: Story = {
  name: 'Narrow (320 px), full',
  args: { variant: 'full' },
  render: ({ data, variant }) =>
    html`<div class="story-narrow"><trust-privacy-label variant=${variant} .data=${data}></trust-privacy-label></div>`,
};
export const InvalidCategory: Story = {
  name: 'Invalid: unknown category',
  args: {
    data: {
      ...shop,
      categories: [
        ...shop.categories,
        { category: 'dreams', use: 'linked', purposes: ['other'] } as unknown as (typeof shop.categories)[number],
      ],
    },
  },
};

export const Waiting: Story = waitingStory('trust-privacy-label', 'What data we collect: see our privacy policy.');
