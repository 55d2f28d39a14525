import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import 'trust-signals/trust-testimonials.js';
import { demoUrl, playLoading } from './demo-fetch.js';

interface Args {
  layout: 'carousel' | 'grid';
  autoplay: boolean;
  interval?: number;
  allReviewsHref?: string;
  data?: unknown;
}

const reviews = [
  {
    rating: 5,
    title: 'Quick and quiet',
    body: 'Boils a full litre in under two minutes, and you can hold a conversation next to it.',
    author: 'Ana P.',
    verified: true,
  },
  {
    rating: 4,
    body: 'Lovely to pour from. The lid could open a little wider for cleaning.',
    author: 'Ben K.',
    verified: true,
    incentivized: true,
  },
  { rating: 5, body: 'Third one we have bought for the office.', author: 'Chidi O.', employee: true },
  { rating: 4, body: 'Solid, simple, and the cord tucks away neatly.', author: 'Dana M.', importedFrom: 'Shopnet' },
];
/** The aggregate of ALL reviews (not of the selection): the page states it next to the hand-picked quotes. */
const data = { aggregate: { average: 3.8, count: 1284 }, reviews };

const meta: Meta<Args> = {
  title: 'Reviews/Testimonials',
  component: 'trust-testimonials',
  args: { layout: 'carousel', autoplay: false, allReviewsHref: '#all-reviews', data },
  argTypes: { layout: { control: 'inline-radio', options: ['carousel', 'grid'] } },
  render: (a) =>
    html`<trust-testimonials
      layout=${a.layout}
      ?autoplay=${a.autoplay}
      interval=${ifDefined(a.interval)}
      all-reviews-href=${ifDefined(a.allReviewsHref || undefined)}
      .data=${a.data}
    ></trust-testimonials>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Manual carousel: previous/next only, no rotation; says it is a selection and shows the true average and count. */
export const Default: Story = { tags: ['main'], name: 'Carousel (manual)' };
export const Autoplay: Story = { name: 'Carousel (autoplay, with stop button)', args: { autoplay: true } };
export const Grid: Story = { tags: ['main'], args: { layout: 'grid' } };
export const NoAggregate: Story = { name: 'No aggregate (plain link)', args: { data: { reviews } } };
export const NoLink: Story = { name: 'No link, no aggregate', args: { data: { reviews }, allReviewsHref: '' } };
export const OneQuote: Story = { name: 'One quote (no controls)', args: { data: { ...data, reviews: reviews.slice(0, 1) } } };
export const LongText: Story = {
  name: 'Long text',
  args: {
    data: {
      ...data,
      reviews: [{ ...reviews[0]!, body: 'I was sceptical about paying more for a kettle. '.repeat(12) }, ...reviews.slice(1)],
    },
  },
};
export const Empty: Story = { args: { data: { reviews: [] } } };
export const Unavailable: Story = { name: 'Bad data (unavailable)', args: { data: { aggregate: { average: 'lots', count: 2 } } } };
export const Loading: Story = {
  args: { data: undefined },
  render: () => html`<trust-testimonials src=${demoUrl('testimonials', 'slow')}></trust-testimonials>`,
  play: playLoading('trust-testimonials'),
};
export const Narrow: Story = {
  name: 'Narrow viewport (320 px)',
  render: (a) =>
    html`<div class="story-narrow"><trust-testimonials all-reviews-href=${ifDefined(a.allReviewsHref)} .data=${a.data}></trust-testimonials></div>`,
};
