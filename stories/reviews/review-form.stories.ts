import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import 'trust-signals/trust-review-form.js';
import { outcomeArg, respond, type Outcome } from '../surveys/survey-story-helpers.js';

interface Args {
  label?: string;
  max?: number;
  titleMax?: number;
  bodyMin?: number;
  bodyMax?: number;
  thanks?: string;
  noDraft?: boolean;
  draftKey?: string;
  disabled?: boolean;
  outcome: Outcome;
}

const form = (a: Args) =>
  html`<trust-review-form
    label=${ifDefined(a.label || undefined)}
    max=${ifDefined(a.max)}
    title-max=${ifDefined(a.titleMax)}
    body-min=${ifDefined(a.bodyMin)}
    body-max=${ifDefined(a.bodyMax)}
    thanks=${ifDefined(a.thanks || undefined)}
    draft-key=${ifDefined(a.draftKey || undefined)}
    ?no-draft=${a.noDraft}
    ?disabled=${a.disabled}
    @trust-submit=${respond(a.outcome)}
  ></trust-review-form>`;

const meta: Meta<Args> = {
  title: 'Reviews/Review form',
  component: 'trust-review-form',
  // Stories keep no drafts unless they show one, so that one story's typing does not leak into another.
  args: { noDraft: true, disabled: false, outcome: 'slow', bodyMax: 2000 },
  argTypes: { outcome: outcomeArg },
  render: form,
};
export default meta;
type Story = StoryObj<Args>;

interface PlayContext {
  canvasElement: HTMLElement;
}
const root = (canvas: HTMLElement) => within(canvas.querySelector('trust-review-form')!.shadowRoot as unknown as HTMLElement);

/** Fills the form in English (the labels are English in the stories that use it). */
async function fill(canvas: HTMLElement, body = 'Boils quickly and quietly. The lid opens wide enough to clean it.') {
  const r = root(canvas);
  const rating = canvas.querySelector('trust-review-form')!.shadowRoot!.querySelector('trust-rating-input')!;
  await userEvent.click(within(rating.shadowRoot as unknown as HTMLElement).getByRole('radio', { name: '4 stars' }));
  await userEvent.type(r.getByRole('textbox', { name: 'Title' }), 'Quick and quiet');
  await userEvent.type(r.getByRole('textbox', { name: 'Your review' }), body);
  await userEvent.type(r.getByRole('textbox', { name: 'Display name' }), 'Ana P.');
}

const send =
  (role: 'status' | 'alert', text: string) =>
  async ({ canvasElement }: PlayContext) => {
    await fill(canvasElement);
    await userEvent.click(root(canvasElement).getByRole('button', { name: 'Submit review' }));
    await waitFor(() => expect(root(canvasElement).getByRole(role).textContent?.trim()).toBe(text));
  };

/** Nothing is preselected; the email is optional and says what it is for. */
export const Default: Story = { tags: ['main'] };
export const ValidationErrors: Story = {
  name: 'Validation errors (focus on the first)',
  play: async ({ canvasElement }) => {
    const r = root(canvasElement);
    await userEvent.type(r.getByRole('textbox', { name: 'Email (optional)' }), 'ana@');
    await userEvent.click(r.getByRole('button', { name: 'Submit review' }));
    await waitFor(() => expect(r.getByText('Write your review.')).toBeTruthy());
  },
};
export const Pending: Story = {
  name: 'Pending (submitting)',
  args: { outcome: 'pending' },
  play: send('status', 'Submitting your review…'),
};
export const Success: Story = { args: { outcome: 'ok' }, play: send('status', 'Thank you! Your review has been submitted.') };
export const Failed: Story = {
  name: 'Error (review kept)',
  args: { outcome: 'fail' },
  play: send('alert', 'Your review could not be submitted. It has been kept: please try again.'),
};
export const DraftRestored: Story = {
  name: 'Draft restored',
  args: { noDraft: false, draftKey: 'storybook-draft-restored' },
  render: (a) => {
    sessionStorage.setItem(
      'trust-signals:draft:trust-review-form:storybook-draft-restored',
      JSON.stringify({ rating: 2, title: 'Lid broke', body: 'The hinge cracked after two weeks.', author: 'Bo', email: '' }),
    );
    return form(a);
  },
};
export const LongText: Story = {
  name: 'Long text (over the limit)',
  args: { bodyMax: 200 },
  play: async ({ canvasElement }) => {
    const text = 'This kettle replaced one that lasted ten years, and so far it holds up well. '.repeat(3);
    const box = root(canvasElement).getByRole('textbox', { name: 'Your review' }) as HTMLTextAreaElement;
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    const count = canvasElement.querySelector('trust-review-form')!.shadowRoot!.querySelector('#body-count')!;
    await waitFor(() => expect(count.textContent).toMatch(/characters too many/));
  },
};
export const CustomNote: Story = {
  name: 'Own data-use note (slot)',
  render: (a) => html`<trust-review-form ?no-draft=${a.noDraft} @trust-submit=${respond(a.outcome)}>
    <span slot="email-note">We only use it to send you one message if the shop replies. Deleted after 90 days.</span>
  </trust-review-form>`,
};
export const Disabled: Story = { args: { disabled: true } };
export const Narrow: Story = { name: 'Narrow viewport (320 px)', render: (a) => html`<div class="story-narrow">${form(a)}</div>` };
