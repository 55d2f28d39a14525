import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { cspStyleMap } from '@trust-signals/core';
import { readReviewInput } from '@trust-signals/core/reviews';
import { suggestTerms } from '@trust-signals/core/topics';
import 'trust-signals/trust-review-list.js';
import 'trust-signals/trust-rating-summary.js';
import type { TrustLoadMoreDetail, TrustReviewList } from '../../packages/elements/src/reviews/review-list/trust-review-list.js';
import kettleBox from './assets/kettle-box.svg?no-inline';
import kettleLid from './assets/kettle-lid.svg?no-inline';
// Served as files, never inlined as data: URLs (which the element refuses: photos are http(s) or relative only).
import kettleSide from './assets/kettle-side.svg?no-inline';
import { demoUrl, playLoading } from './demo-fetch.js';

interface Args {
  /** Review data: the library's JSON or schema.org JSON-LD. */
  data?: unknown;
  src?: string;
  verification?: string;
  sort?: string;
  starFilter?: number;
  pageSize?: number;
  showAll?: boolean;
  /** Topic definitions (see the element's docs). */
  topics?: unknown;
  searchable?: boolean;
  lang?: string;
  width?: string;
}

const PHOTOS: Record<string, string> = { 'kettle-side.svg': kettleSide, 'kettle-lid.svg': kettleLid, 'kettle-box.svg': kettleBox };
const photo = (file: string) => PHOTOS[file]!;
const VERIFICATION =
  'A review shows "Verified purchase" when its author bought this product from us: we match the review to an order. We publish every review, positive or negative, after a check for spam and personal data only.';

const NAMES = ['Ana', 'Ben', 'Chidi', 'Dana', 'Eli', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lena'];
const TEXTS = [
  'Boils a full litre in under three minutes and switches off reliably.',
  'Fine, but the lid is stiff and it is louder than my old one.',
  'Does the job. The water window is easy to read.',
  'Lovely kettle, pours without dripping.',
  'The handle gets warm after two boils in a row.',
  'Stopped working after a month; the replacement works.',
];
const day = (i: number) => new Date(Date.UTC(2026, 0, 20) - i * 5 * 86_400_000).toISOString().slice(0, 10);

/** `n` plain reviews with a spread of ratings and dates, for long lists. */
const generated = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, k) => {
    const i = k + offset;
    return {
      id: `g${i}`,
      rating: [5, 4, 5, 3, 1, 4, 2, 5][i % 8]!,
      title: `Review ${i + 1}`,
      body: TEXTS[i % TEXTS.length]!,
      author: `${NAMES[i % NAMES.length]} ${String.fromCharCode(65 + (i % 26))}.`,
      date: day(i % 700),
      verified: i % 3 === 0,
      helpful: (i * 7) % 23,
      lang: 'en',
    };
  });

const LONG = [
  'I have used this kettle every morning for three months, so here is a long review. ',
  'It boils quickly and quietly, the water window is clear, and the base is small enough for my counter. ',
  'The lid opens with a button that needs a firm press, which I first thought was a defect but is meant to stop it springing open. ',
  'Limescale builds up fast in our hard water, so I descale it every two weeks with citric acid; the filter comes out easily for cleaning. ',
  'My only complaint is the cord, which is short.',
].join('');

/** A product's reviews with every kind of content: labels, a reply, photos, a long body, no title, votes. */
const SAMPLE = {
  subject: { name: 'Kettle' },
  aggregate: { average: 3.6, count: 7, distribution: { 5: 3, 4: 1, 3: 1, 2: 1, 1: 1 } },
  reviews: [
    { id: 'a', rating: 5, title: 'Boils fast', body: TEXTS[0], author: 'Ana', date: day(1), verified: true, helpful: 12, lang: 'en' },
    {
      id: 'b',
      rating: 1,
      title: 'Leaked after a week',
      body: 'Water pooled under the base after a week of use.',
      author: 'Ben',
      date: day(2),
      verified: true,
      reply: {
        author: 'Acme Kettles',
        body: 'We are sorry. We have sent you a replacement and are checking the seals of this batch.',
        date: day(1),
      },
      lang: 'en',
    },
    { id: 'c', rating: 4, title: 'Three months in', body: LONG, author: 'Chidi', date: day(3), incentivized: true, helpful: 3, lang: 'en' },
    {
      id: 'd',
      rating: 5,
      title: 'Pretty and practical',
      body: 'Looks good on the counter and the lid closes firmly.',
      author: 'Dana',
      date: day(5),
      employee: true,
      photos: [{ url: photo('kettle-side.svg'), alt: 'A red kettle seen from the side' }, { url: photo('kettle-lid.svg') }],
      lang: 'en',
    },
    {
      id: 'e',
      rating: 3,
      body: 'Average. Does what a kettle does.',
      author: 'Eli',
      date: day(8),
      importedFrom: 'Shopmart',
      helpful: 1,
      lang: 'en',
    },
    {
      id: 'f',
      rating: 2,
      title: 'Arrived dented',
      body: 'The box was crushed and the lid dented; it still works.',
      author: 'Farah',
      date: day(13),
      verified: true,
      photos: [{ url: photo('kettle-box.svg'), alt: 'A crushed cardboard box' }],
      reply: { author: 'Acme Kettles', body: 'Thank you for the photos: we have changed the packaging.' },
      lang: 'en',
    },
    { id: 'g', rating: 5, title: 'Quiet', body: 'Much quieter than my last one.', author: 'Goran', date: day(21), helpful: 8, lang: 'en' },
  ],
};

const meta: Meta<Args> = {
  title: 'Reviews/Review list',
  component: 'trust-review-list',
  args: { data: SAMPLE, verification: VERIFICATION },
  argTypes: {
    data: { control: 'object' },
    src: { control: 'text' },
    verification: { control: 'text' },
    sort: { control: 'select', options: ['newest', 'oldest', 'highest', 'lowest', 'helpful'] },
    starFilter: { control: { type: 'number', min: 1, max: 5, step: 1 } },
    pageSize: { control: { type: 'number', min: 1, step: 1 } },
    showAll: { control: 'boolean' },
    topics: { control: 'object' },
    searchable: { control: 'boolean' },
    lang: { control: 'text' },
    width: { control: 'text', description: 'Width of the container' },
  },
  render: (a) =>
    html`<div style=${cspStyleMap({ 'max-inline-size': a.width })}>
      <trust-review-list
        .data=${a.data}
        src=${ifDefined(a.src)}
        verification=${ifDefined(a.verification || undefined)}
        sort=${ifDefined(a.sort)}
        star-filter=${ifDefined(a.starFilter)}
        page-size=${ifDefined(a.pageSize)}
        ?show-all=${a.showAll}
        .topics=${a.topics}
        ?searchable=${a.searchable}
        lang=${ifDefined(a.lang)}
      ></trust-review-list>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

interface PlayContext {
  canvasElement: HTMLElement;
}
const listIn = (canvas: HTMLElement) => canvas.querySelector('trust-review-list') as TrustReviewList;
/** Queries inside the list's shadow root (through its base part: testing-library wants an element). */
const inList = (canvas: HTMLElement) => within(listIn(canvas).shadowRoot!.querySelector<HTMLElement>('[part="base"]')!);

export const Default: Story = { tags: ['main'] };

export const Photos: Story = {
  name: 'Photos (zoom dialog open)',
  args: { data: { reviews: SAMPLE.reviews.filter((r) => r.photos) } },
  play: async ({ canvasElement }: PlayContext) => {
    const list = inList(canvasElement);
    await waitFor(() => expect(list.getAllByRole('button', { name: /^Enlarge photo/ })).toHaveLength(3));
    await userEvent.click(list.getByRole('button', { name: 'Enlarge photo: A red kettle seen from the side' }));
    await waitFor(() => expect(listIn(canvasElement).shadowRoot!.querySelector('dialog')!.open).toBe(true));
    await expect(list.getByRole('heading', { name: 'Photo 1 of 2 from Dana' })).toBeTruthy();
  },
};

export const Replies: Story = {
  name: 'Merchant replies',
  args: { data: { reviews: SAMPLE.reviews.filter((r) => r.reply) } },
};

export const EveryLabel: Story = {
  name: 'Every label',
  args: {
    data: {
      reviews: [
        { id: 'v', rating: 4, title: 'Verified purchase', body: 'Bought it here.', author: 'Ana', date: day(1), verified: true },
        { id: 'i', rating: 5, title: 'Incentivized', body: 'Got it free to review.', author: 'Ben', date: day(2), incentivized: true },
        { id: 'e', rating: 5, title: 'Employee', body: 'I work on this product.', author: 'Chidi', date: day(3), employee: true },
        {
          id: 'm',
          rating: 2,
          title: 'Imported',
          body: 'Copied from another shop.',
          author: 'Dana',
          date: day(4),
          importedFrom: 'Shopmart',
        },
        {
          id: 'all',
          rating: 3,
          title: 'All at once',
          body: 'Every label on one review.',
          author: 'Eli',
          date: day(5),
          verified: true,
          incentivized: true,
          employee: true,
          importedFrom: 'Shopmart',
        },
      ],
    },
  },
};

export const LongText: Story = {
  name: 'Long text (Read more expanded)',
  args: { data: { reviews: [SAMPLE.reviews[2], { ...SAMPLE.reviews[2], id: 'c2', title: 'Long, collapsed', author: 'Hana' }] } },
  play: async ({ canvasElement }: PlayContext) => {
    const list = inList(canvasElement);
    const [first] = list.getAllByRole('button', { name: 'Read more' });
    await userEvent.click(first!);
    await waitFor(() => expect(first!.getAttribute('aria-expanded')).toBe('true'));
  },
};

export const NotVerified: Story = { name: 'No verification text', args: { verification: '' } };

export const VerificationSlot: Story = {
  name: 'Verification from the slot (open)',
  render: (a) =>
    html`<trust-review-list .data=${a.data}>
      <div slot="verification">
        <p>We match each review to an order before it shows "Verified purchase". We publish every review, including negative ones.</p>
      </div>
    </trust-review-list>`,
  play: async ({ canvasElement }: PlayContext) => {
    const details = listIn(canvasElement).shadowRoot!.querySelector('details')!;
    await userEvent.click(details.querySelector('summary')!);
    await waitFor(() => expect(details.open).toBe(true));
  },
};

export const Loading: Story = { args: { data: undefined, src: demoUrl('review-list', 'slow') }, play: playLoading('trust-review-list') };
export const Empty: Story = { args: { data: { reviews: [] } } };
export const Failed: Story = { name: 'Error (bad data)', args: { data: { reviews: 'not a list' } } };

export const Filtered: Story = {
  name: 'Filtered to 1 star',
  args: { starFilter: 1 },
  play: async ({ canvasElement }: PlayContext) => {
    await waitFor(() => expect(inList(canvasElement).getByRole('status').textContent).toBe('Showing 1 of 7 reviews, filtered to 1 star'));
  },
};
export const NoMatch: Story = {
  name: 'Filter with no match',
  args: { starFilter: 3, data: { reviews: SAMPLE.reviews.filter((r) => r.rating !== 3) } },
};
export const SortedLowest: Story = { name: 'Sorted: lowest first', args: { sort: 'lowest' } };

export const ThousandReviews: Story = {
  name: '1,200 reviews (paged, Show more)',
  args: { data: { subject: { name: 'Kettle' }, reviews: generated(1200) } },
};

export const ShowAll: Story = {
  name: '10,000 reviews, show all (virtualized)',
  args: { data: { subject: { name: 'Kettle' }, reviews: generated(10_000) }, showAll: true },
};

/** The page answers `trust-load-more` by appending the next 10 reviews, as it would after a fetch. */
export const ServerPaging: Story = {
  name: 'Server paging (Load more)',
  render: () => {
    const total = 340;
    let loaded = generated(10);
    const data = () => ({ subject: { name: 'Kettle' }, aggregate: { average: 3.9, count: total }, reviews: loaded });
    const onMore = (event: CustomEvent<TrustLoadMoreDetail>) => {
      const list = event.target as TrustReviewList;
      setTimeout(() => {
        loaded = [...loaded, ...generated(Math.min(10, total - event.detail.loaded), event.detail.loaded)];
        list.data = data();
      }, 400);
    };
    return html`<trust-review-list .data=${data()} verification=${VERIFICATION} @trust-load-more=${onMore}></trust-review-list>`;
  },
  play: async ({ canvasElement }: PlayContext) => {
    const list = inList(canvasElement);
    await userEvent.click(list.getByRole('button', { name: 'Show more reviews' }));
    await waitFor(() => expect(list.getByRole('status').textContent).toBe('Showing 20 of 340 reviews'));
  },
};

/** The whole page: a summary linked to the list, both fed by the one JSON-LD block inside the list. */
export const WithSummary: Story = {
  name: 'Linked summary, one JSON-LD block',
  render: () => {
    const product = {
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Kettle',
      review: SAMPLE.reviews.map((r) => ({
        '@type': 'Review',
        name: r.title,
        author: { '@type': 'Person', name: r.author },
        datePublished: r.date,
        reviewBody: r.body,
        reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: 5, worstRating: 1 },
      })),
    };
    return html`<trust-rating-summary for="story-reviews"></trust-rating-summary>
      <trust-review-list id="story-reviews" verification=${VERIFICATION}>
        <script type="application/ld+json">
          ${JSON.stringify(product)}
        </script>
      </trust-review-list>`;
  },
};

export const Narrow: Story = { name: 'Narrow container (320px)', args: { width: '320px' } };

/** Topics of the kettle reviews: names and terms per language (English and German here). */
const KETTLE_TOPICS = [
  { id: 'lid', name: { en: 'Lid', de: 'Deckel' }, terms: { en: ['lid'], de: ['Deckel'] } },
  { id: 'noise', name: { en: 'Noise', de: 'Lautstärke' }, terms: { en: ['quiet', 'quieter', 'louder', 'noise'], de: ['leise', 'laut'] } },
  { id: 'speed', name: { en: 'Speed', de: 'Tempo' }, terms: { en: ['boils fast', 'minutes', 'quickly'], de: ['schnell'] } },
  { id: 'leaks', name: { en: 'Leaks', de: 'Undicht' }, terms: { en: ['leaked', 'leaks', 'pooled'], de: ['undicht'] } },
];

/** The topics-and-search code loads on first need: wait for it (long on a cold dev server). */
const loaded = { timeout: 15_000 };
const waitForTopics = (canvas: HTMLElement) => waitFor(() => inList(canvas).getByRole('group', { name: 'Topics' }), loaded);

/**
 * Main stories also run in every shipped locale (test/storybook/locales.test.ts): their play functions find the
 * controls by role and check the English words only in English.
 */
const inEnglish = () => document.documentElement.lang.split('-')[0] === 'en';

/** Topic buttons with how many reviews mention each, split into positive (4–5 stars) and critical (1–2). */
export const Topics: Story = {
  tags: ['main'],
  args: { topics: KETTLE_TOPICS },
  play: async ({ canvasElement }: PlayContext) => {
    const list = inList(canvasElement);
    // The first topic button (a toggle: it has `aria-pressed`), Lid: Deckel in German, the data's English name in
    // the languages the data does not name.
    const toggles = () => list.getAllByRole('button').filter((b) => b.hasAttribute('aria-pressed'));
    if (inEnglish()) await waitForTopics(canvasElement);
    const lid = await waitFor(() => toggles()[0] ?? Promise.reject(new Error('no topic button yet')), loaded);
    await userEvent.click(lid);
    await waitFor(() => expect(lid.getAttribute('aria-pressed')).toBe('true'));
    if (inEnglish()) await waitFor(() => expect(list.getByRole('status').textContent).toBe('Showing 3 of 7 reviews mentioning Lid'));
  },
};

/** A topic and the star filter together: both apply, and the status says both. */
export const TopicsAndStars: Story = {
  name: 'Topics with the star filter',
  args: { topics: KETTLE_TOPICS, starFilter: 5 },
  play: async ({ canvasElement }: PlayContext) => {
    const list = inList(canvasElement);
    await waitForTopics(canvasElement);
    await userEvent.click(list.getByRole('button', { name: /^Lid/ }));
    await waitFor(() => expect(list.getByRole('status').textContent).toBe('Showing 1 of 7 reviews with 5 stars, mentioning Lid'));
  },
};

/** Search over titles and bodies, matches marked. */
export const SearchMatches: Story = {
  name: 'Search with matches',
  tags: ['main'],
  args: { searchable: true },
  play: async ({ canvasElement }: PlayContext) => {
    const list = inList(canvasElement);
    const search = await waitFor(() => list.getByRole('searchbox', inEnglish() ? { name: 'Search reviews' } : {}), loaded);
    await userEvent.type(search, 'lid');
    await waitFor(() => expect(listIn(canvasElement).shadowRoot!.querySelectorAll('mark').length).toBeGreaterThan(0));
    if (inEnglish()) await waitFor(() => expect(list.getByRole('status').textContent).toBe('Showing 3 of 7 reviews matching “lid”'));
  },
};

export const SearchNoMatch: Story = {
  name: 'Search with no matches',
  args: { searchable: true, topics: KETTLE_TOPICS },
  play: async ({ canvasElement }: PlayContext) => {
    const list = inList(canvasElement);
    const search = await waitFor(() => list.getByRole('searchbox', { name: 'Search reviews' }), loaded);
    await userEvent.type(search, 'descaler');
    await waitFor(() => expect(list.getByText('No reviews match.')).toBeTruthy());
  },
};

const JA_REVIEWS = [
  { rating: 5, title: '静かで速い', body: 'お湯がすぐ沸きます。音も静かです。', author: '利用者A', date: day(1), lang: 'ja' },
  { rating: 2, title: 'ふたが固い', body: 'ふたが固くて開けにくいです。', author: '利用者B', date: day(2), lang: 'ja' },
  { rating: 4, title: '満足', body: '沸騰が速く、ふたもしっかり閉まります。', author: '利用者C', date: day(3), lang: 'ja' },
  { rating: 1, title: '水漏れ', body: '一週間で底から水漏れしました。', author: '利用者D', date: day(4), lang: 'ja' },
];
const JA_TOPICS = [
  { id: 'lid', name: { ja: 'ふた', en: 'Lid' }, terms: { ja: ['ふた'], en: ['lid'] } },
  { id: 'speed', name: { ja: '速さ', en: 'Speed' }, terms: { ja: ['速い', '速く', 'すぐ'], en: ['fast'] } },
  { id: 'leaks', name: { ja: '水漏れ', en: 'Leaks' }, terms: { ja: ['水漏れ'], en: ['leak'] } },
];

/** Japanese has no spaces between words: topics are found on word boundaries with Intl.Segmenter. */
export const JapaneseTopics: Story = {
  name: 'Japanese topics',
  args: { lang: 'ja', data: { subject: { name: 'ケトル' }, reviews: JA_REVIEWS }, topics: JA_TOPICS, searchable: true },
};

/**
 * For the merchant, not for shoppers: the words the reviews use most (without each language's stop words), to
 * choose topics from. The element never shows suggestions; a merchant copies the terms they want into `topics`.
 */
export const MerchantTermSuggestions: Story = {
  name: 'Merchant tool: suggested topic terms',
  render: () => {
    const { result } = readReviewInput({ reviews: [...SAMPLE.reviews, ...generated(200)] });
    const suggestions = result.ok ? suggestTerms(result.value.reviews, 'en', { limit: 12 }) : [];
    const rows = suggestions.map((s) => html`<tr><td>${s.term}</td><td>${s.reviews}</td></tr>`);
    return html`<section>
      <h2>Suggested topic terms</h2>
      <p>The words most of these reviews use, for choosing topics. Shoppers never see this list.</p>
      <table>
        <thead><tr><th scope="col">Term</th><th scope="col">Reviews</th></tr></thead>
        <tbody>${rows}</tbody>
      </table>
    </section>`;
  },
};
