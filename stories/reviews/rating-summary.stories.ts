import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { cspStyleMap } from '@trust-signals/core';
import 'trust-signals/trust-rating-summary.js';
import 'trust-signals/trust-review-list.js';
import { demoUrl, playLoading } from './demo-fetch.js';

interface Args {
  /** Review data: the library's JSON or schema.org JSON-LD. */
  data?: unknown;
  src?: string;
  for?: string;
  width?: string;
  /** Fewest answers for which "would recommend" shows (`recommend-minimum`). */
  recommendMinimum?: number;
}

/** 500 ratings with a level nobody chose (2 stars). */
const DISTRIBUTION = { subject: { name: 'Kettle' }, aggregate: { distribution: { 5: 310, 4: 100, 3: 50, 2: 0, 1: 40 } } };

const review = (rating: number, i: number) => ({
  '@type': 'Review',
  author: { '@type': 'Person', name: ['Ana', 'Ben', 'Chidi', 'Dana', 'Eli', 'Farah', 'Goran', 'Hana'][i] },
  datePublished: `2026-0${1 + (i % 9)}-1${i}`,
  reviewBody: [
    'Boils fast and quietly.',
    'Fine, but the lid is stiff.',
    'Does the job.',
    'Lovely kettle.',
    'Handle gets warm.',
    'Great value.',
    'Stopped working after a month.',
    'Pours without dripping.',
  ][i],
  reviewRating: { '@type': 'Rating', ratingValue: rating, bestRating: 5, worstRating: 1 },
});

/** A Product page's own JSON-LD: every rating is a review here, so the summary can show the histogram. */
const PRODUCT = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Kettle',
  aggregateRating: { '@type': 'AggregateRating', ratingValue: 3.9, reviewCount: 8, bestRating: 5, worstRating: 1 },
  review: [5, 3, 4, 5, 3, 5, 1, 5].map(review),
};

const meta: Meta<Args> = {
  title: 'Reviews/Rating summary',
  component: 'trust-rating-summary',
  args: { data: DISTRIBUTION },
  argTypes: {
    data: { control: 'object' },
    src: { control: 'text' },
    for: { control: 'text', description: 'Id of the <trust-review-list> the rows filter' },
    width: { control: 'text', description: 'Width of the container' },
    recommendMinimum: { control: 'number', description: 'Fewest answers for which "would recommend" shows (default 10)' },
  },
  render: ({ data, src, for: htmlFor, width, recommendMinimum }) =>
    html`<div style=${cspStyleMap({ 'max-inline-size': width })}>
      <trust-rating-summary
        .data=${data}
        src=${ifDefined(src || undefined)}
        for=${ifDefined(htmlFor || undefined)}
        recommend-minimum=${ifDefined(recommendMinimum)}
        >Customer ratings</trust-rating-summary
      >
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Average, count and every level from 5 to 1; without `for` the rows are text, not buttons. */
export const Default: Story = { tags: ['main'] };
export const FromReviews: Story = {
  name: 'Computed from the reviews (all the ratings)',
  args: { data: { reviews: [5, 5, 4, 4, 4, 3, 1].map((rating, i) => ({ rating, body: 'Text', author: `Reader ${i + 1}` })) } },
};
export const DisagreeingAverage: Story = {
  name: 'Disagreeing average (distribution wins, trust-error warns)',
  args: { data: { aggregate: { average: 4.9, count: 500, distribution: DISTRIBUTION.aggregate.distribution } } },
};
export const NoDistribution: Story = {
  name: 'No distribution (a sample of reviews): average and count, and why',
  args: {
    data: {
      aggregate: { average: 4.2, count: 340 },
      reviews: [5, 4, 2].map((rating, i) => ({ rating, body: 'Text', author: `Reader ${i + 1}` })),
    },
  },
};
export const OneReview: Story = { args: { data: { reviews: [{ rating: 4, body: 'Good', author: 'Ana' }] } } };
/** Equal counts read as equal percentages: three levels with one review each are 33 % each (never 33, 33, 34). */
export const EqualCounts: Story = {
  name: 'Equal counts, equal percentages',
  args: { data: { aggregate: { distribution: { 5: 9, 4: 1, 3: 1, 2: 1, 1: 0 } } } },
};
export const TenStars: Story = {
  name: '10-star scale',
  args: { data: { aggregate: { best: 10, distribution: { 10: 40, 9: 22, 8: 18, 7: 6, 6: 4, 5: 3, 4: 1, 3: 0, 2: 1, 1: 5 } } } },
};
export const Dropped: Story = {
  name: 'Reviews that could not be read (disclosed)',
  args: {
    data: { reviews: [{ rating: 5, body: 'Great', author: 'Ana' }, { rating: 4, body: 'Good', author: 'Ben' }, { rating: 'five' }] },
  },
};
export const Loading: Story = { args: { data: undefined, src: demoUrl('summary', 'slow') }, play: playLoading('trust-rating-summary') };
export const Failed: Story = {
  name: 'Error (src failed, with "Try again")',
  args: { data: undefined, src: demoUrl('summary', 'down') },
  play: async ({ canvasElement }) => {
    const root = within(canvasElement.querySelector('trust-rating-summary')!.shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(root.getByRole('button', { name: 'Try again' })).toBeTruthy());
  },
};
export const Empty: Story = { tags: ['main'], name: 'Empty (no reviews yet)', args: { data: { reviews: [] } } };
export const Invalid: Story = { name: 'Invalid data (unavailable)', args: { data: { aggregate: { average: 'lots', count: 2 } } } };

/**
 * The page already publishes Product JSON-LD: the script goes inside `<trust-review-list>`, and the summary
 * (`for="reviews"`) shows the same data. No other script. Pressing a row filters the list; pressing it again
 * shows every review.
 */
export const LinkedToList: Story = {
  name: 'Linked to a review list (one JSON-LD block)',
  render: () =>
    html`<div class="story-stack">
      <trust-rating-summary for="reviews">Customer ratings</trust-rating-summary>
      <trust-review-list id="reviews" page-size="4">
        <script type="application/ld+json">
          ${JSON.stringify(PRODUCT)}
        </script>
      </trust-review-list>
    </div>`,
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector('trust-rating-summary')!;
    const root = within(summary.shadowRoot as unknown as HTMLElement);
    const row = await waitFor(() => root.getByRole('button', { name: /^3 stars: 25%/ }));
    await userEvent.click(row);
    await waitFor(() => expect(row.getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() => expect(canvasElement.querySelector('trust-review-list')!.starFilter).toBe(3));
  },
};

export const Narrow: Story = { name: 'Narrow viewport (320 px)', args: { width: '288px' } };

/** 212 ratings of a boot, with aspect averages, a five-point fit scale and "would recommend" answers. */
const BOOT = {
  subject: { name: 'Trail boot' },
  aggregate: {
    distribution: { 5: 120, 4: 55, 3: 20, 2: 9, 1: 8 },
    attributes: [
      { name: 'Value', average: 4.1, count: 183 },
      { name: 'Comfort', average: 4.4, count: 190 },
      { name: 'Durability', average: 3.8, count: 96 },
    ],
    recommend: { yes: 174, answered: 200 },
  },
  fit: {
    label: 'Fit',
    points: ['Runs small', 'A little small', 'True to size', 'A little large', 'Runs large'],
    counts: [6, 21, 140, 25, 4],
  },
};
const shadowOf = (canvasElement: HTMLElement) =>
  within(canvasElement.querySelector('trust-rating-summary')!.shadowRoot as unknown as HTMLElement);

/** Each aspect's average with how many of all reviews rated it: never an average without its denominator. */
export const Aspects: Story = {
  name: 'Aspect ratings (with how many rated each)',
  args: { data: { subject: BOOT.subject, aggregate: { ...BOOT.aggregate, recommend: undefined } } },
  play: async ({ canvasElement }) => {
    const list = await waitFor(() => shadowOf(canvasElement).getByRole('list', { name: 'Ratings by aspect' }));
    await expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    await expect(within(list).getByText('183 of 212 reviews rated it')).toBeTruthy();
  },
};
/** The fit scale as every point with its share and count, in a table: never a single averaged needle. */
export const Fit: Story = {
  name: 'Fit scale (distribution over its points)',
  args: { data: { subject: BOOT.subject, aggregate: { distribution: BOOT.aggregate.distribution }, fit: BOOT.fit } },
  play: async ({ canvasElement }) => {
    const table = await waitFor(() => shadowOf(canvasElement).getByRole('table', { name: 'Fit: 196 answers' }));
    await expect(within(table).getAllByRole('rowheader')).toHaveLength(5);
  },
};
/** The share of those who answered, with both figures: "87% would recommend (174 of 200 who answered)". */
export const Recommend: Story = {
  name: 'Would recommend (share of who answered)',
  args: { data: { subject: BOOT.subject, aggregate: { distribution: BOOT.aggregate.distribution, recommend: BOOT.aggregate.recommend } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement).getByText('87% would recommend (174 of 200 who answered)')).toBeTruthy());
  },
};
/** Fewer answers than `recommend-minimum` (default 10): the share is not shown at all. */
export const RecommendBelowMinimum: Story = {
  name: 'Would recommend hidden (fewer answers than recommend-minimum)',
  args: {
    data: { subject: BOOT.subject, aggregate: { distribution: BOOT.aggregate.distribution, recommend: { yes: 6, answered: 7 } } },
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement).getByRole('list', { name: 'Ratings by stars' })).toBeTruthy());
    await expect(shadowOf(canvasElement).queryByText(/would recommend/)).toBeNull();
  },
};
/** Everything together, as on a product page: aspects, fit and recommend. */
export const AspectsFitRecommend: Story = {
  tags: ['main'],
  name: 'Aspects, fit and recommend together',
  args: { data: BOOT },
};
