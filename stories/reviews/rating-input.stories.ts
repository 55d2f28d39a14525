import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, within } from 'storybook/test';
import { cspStyleMap } from '@trust-signals/core';
import 'trust-signals/trust-rating-input.js';

interface Args {
  value?: number | string;
  max?: number;
  label?: string;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  clearable?: boolean;
}

const meta: Meta<Args> = {
  title: 'Reviews/Rating input',
  component: 'trust-rating-input',
  args: { label: 'Your rating', name: 'rating', max: 5, required: false, disabled: false, readonly: false, clearable: false },
  argTypes: {
    value: { control: { type: 'number', min: 1, max: 10, step: 1 } },
    max: { control: { type: 'number', min: 1, max: 10, step: 1 } },
  },
  render: (a) =>
    html`<trust-rating-input
      label=${ifDefined(a.label || undefined)}
      name=${ifDefined(a.name)}
      value=${ifDefined(a.value)}
      max=${ifDefined(a.max)}
      ?required=${a.required}
      ?disabled=${a.disabled}
      ?readonly=${a.readonly}
      ?clearable=${a.clearable}
    ></trust-rating-input>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing is preselected: the visitor chooses. */
export const Default: Story = {};
export const WithValue: Story = { args: { value: 4 } };
export const Required: Story = { args: { required: true } };
export const Clearable: Story = { tags: ['main'], args: { value: 3, clearable: true } };
export const Disabled: Story = { args: { value: 2, disabled: true } };
export const ReadOnly: Story = { args: { value: 4, readonly: true } };
export const TenStars: Story = { args: { max: 10, value: 7 } };
export const InvalidMax: Story = { name: 'Invalid max (falls back to 5, reports)', args: { max: 'many' as unknown as number } };
export const SlottedLabel: Story = {
  render: () => html`<trust-rating-input name="rating"><span slot="label">How was <em>delivery</em>?</span></trust-rating-input>`,
};
export const ExternalLabel: Story = {
  name: 'Labelled by <label for>',
  render: () =>
    html`<label for="ext-rating">Rate this recipe</label>
      <trust-rating-input id="ext-rating" name="rating"></trust-rating-input>`,
};
export const InAForm: Story = {
  name: 'In a form (submit, reset, validation)',
  render: () => {
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const out = form.querySelector('output')!;
      out.value = `Submitted: ${JSON.stringify(Object.fromEntries(new FormData(form)))}`;
    };
    return html`<form @submit=${onSubmit} class="story-form">
      <trust-rating-input name="rating" label="Overall" required clearable></trust-rating-input>
      <div class="story-buttons">
        <button type="submit">Submit</button>
        <button type="reset">Reset</button>
      </div>
      <output aria-live="polite"></output>
    </form>`;
  },
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector('trust-rating-input')!;
    const radios = within(input.shadowRoot as unknown as HTMLElement);
    await userEvent.click(radios.getByRole('radio', { name: '4 stars' }));
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Submit' }));
    await expect(canvasElement.querySelector('output')?.value).toBe('Submitted: {"rating":"4"}');
  },
};
export const InsideDisabledFieldset: Story = {
  render: () =>
    html`<fieldset disabled>
      <legend>Disabled section</legend>
      <trust-rating-input name="rating" label="Service" value="3"></trust-rating-input>
    </fieldset>`,
};
export const Large: Story = {
  render: () =>
    html`<trust-rating-input label="Large" style=${cspStyleMap({ '--trust-rating-input-size': '2.5rem' })} value="3"></trust-rating-input>`,
};
