import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { cspStyleMap } from '@trust-signals/core';
import 'trust-signals/trust-questions.js';
import type { TrustQuestions } from '../../packages/elements/src/reviews/questions/trust-questions.js';
import { demoUrl } from './demo-fetch.js';

interface Args {
  /** Question data in the library's format. */
  data?: unknown;
  src?: string;
  sort?: string;
  pageSize?: number;
  width?: string;
}

const day = (i: number) => new Date(Date.UTC(2026, 0, 20) - i * 3 * 86_400_000).toISOString().slice(0, 10);

/** A product's questions with every kind of answer: the store's, a verified owner's, a customer's, and none. */
const SAMPLE = {
  subject: { name: 'Kettle' },
  questions: [
    {
      id: 'q1',
      body: 'Can I descale it with citric acid?',
      author: 'Ana',
      date: day(1),
      lang: 'en',
      answers: [
        {
          id: 'a1',
          body: 'Yes. Two tablespoons in a full kettle, boil, leave for an hour, rinse.',
          author: 'Acme Kettles',
          role: 'store',
          date: day(0),
        },
        {
          id: 'a2',
          body: 'I do it every two weeks; works well with our hard water.',
          author: 'Ben',
          role: 'owner',
          date: day(0),
          helpful: 7,
        },
      ],
    },
    { id: 'q2', body: 'Does the base work with 110 V?', author: 'Chidi', date: day(2), lang: 'en' },
    {
      id: 'q3',
      body: 'Is the water window easy to read in a dark kitchen?',
      author: 'Dana',
      date: day(4),
      lang: 'en',
      answers: [{ id: 'a1', body: 'It lights up blue while it boils.', author: 'Eli', role: 'customer', date: day(3), helpful: 2 }],
    },
  ],
};

const QUESTION_TEXTS = ['Is it dishwasher safe?', 'How long is the cord?', 'Does it come with a filter?', 'Is there a keep-warm mode?'];
/** `n` questions, every third one unanswered, for paging. */
const generated = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `g${i}`,
    body: `${QUESTION_TEXTS[i % QUESTION_TEXTS.length]} (${i + 1})`,
    date: day(i),
    lang: 'en',
    answers: i % 3 === 2 ? [] : [{ id: 'a', body: 'See the manual, page 4.', author: 'Acme Kettles', role: 'store', helpful: i % 5 }],
  }));

const meta: Meta<Args> = {
  title: 'Reviews/Questions',
  component: 'trust-questions',
  args: { data: SAMPLE },
  argTypes: {
    data: { control: 'object' },
    src: { control: 'text' },
    sort: { control: 'select', options: ['newest', 'helpful', 'unanswered'] },
    pageSize: { control: { type: 'number', min: 1, max: 100, step: 1 } },
    width: { control: 'text', description: 'Width of the container' },
  },
  render: (a) =>
    html`<div style=${cspStyleMap({ 'max-inline-size': a.width })}>
      <trust-questions
        no-draft
        .data=${a.data}
        src=${ifDefined(a.src)}
        sort=${ifDefined(a.sort)}
        page-size=${ifDefined(a.pageSize)}
      ></trust-questions>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

interface PlayContext {
  canvasElement: HTMLElement;
}
const element = (canvas: HTMLElement) => canvas.querySelector('trust-questions') as TrustQuestions;
/** Queries inside the element's shadow root (through its base part: testing-library wants an element). */
const inside = (canvas: HTMLElement) => within(element(canvas).shadowRoot!.querySelector<HTMLElement>('[part="base"]')!);

export const Default: Story = { tags: ['main'] };

export const Unanswered: Story = {
  name: 'Unanswered questions first',
  args: { sort: 'unanswered' },
  play: async ({ canvasElement }: PlayContext) => {
    const root = inside(canvasElement);
    await waitFor(() => expect(root.getAllByRole('heading', { level: 3 })[0]!.textContent!.trim()).toBe('Does the base work with 110 V?'));
    await expect(root.getByText('Not answered yet')).toBeTruthy();
  },
};

export const Paged: Story = {
  name: 'Many questions (paged)',
  args: { data: { total: 40, questions: generated(12) }, pageSize: 5 },
  play: async ({ canvasElement }: PlayContext) => {
    const root = inside(canvasElement);
    await waitFor(() => expect(root.getByText('Showing 5 of 40 questions')).toBeTruthy());
    await userEvent.click(root.getByRole('button', { name: 'Show more questions' }));
    await waitFor(() => expect(root.getByText('Showing 10 of 40 questions')).toBeTruthy());
  },
};

export const Loading: Story = {
  args: { data: undefined, src: demoUrl('questions', 'slow') },
  play: async ({ canvasElement }: PlayContext) => {
    await waitFor(() => expect(inside(canvasElement).getByText('Loading questions…')).toBeTruthy());
  },
};

export const Unavailable: Story = {
  name: 'Unavailable (load failed)',
  args: { data: undefined, src: demoUrl('questions', 'down') },
  play: async ({ canvasElement }: PlayContext) => {
    const root = inside(canvasElement);
    await waitFor(() => expect(root.getByText('Questions and answers are unavailable right now.')).toBeTruthy());
    await expect(root.getByRole('button', { name: 'Try again' })).toBeTruthy();
  },
};

export const BadData: Story = {
  name: 'Unavailable (bad data)',
  args: { data: { questions: 'none' } },
};

export const Empty: Story = {
  name: 'No questions yet',
  args: { data: { subject: { name: 'Kettle' }, questions: [] } },
};

export const AskWithErrors: Story = {
  name: 'Ask form open, with a validation error',
  play: async ({ canvasElement }: PlayContext) => {
    const root = inside(canvasElement);
    await userEvent.click(root.getByRole('button', { name: 'Ask a question' }));
    await userEvent.type(root.getByRole('textbox', { name: 'Your question' }), 'Is the lid dishwasher safe?');
    await userEvent.click(root.getByRole('button', { name: 'Submit question' }));
    await waitFor(() => expect(root.getByText('Enter a display name.')).toBeTruthy());
  },
};
