import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import 'trust-signals/trust-csat-survey.js';
import {
  choose,
  chooseAndSend,
  outcomeArg,
  renderSurvey,
  showSubmitted,
  submitForm,
  type SurveyArgs as Args,
} from './survey-story-helpers.js';

const TAG = 'trust-csat-survey';
const survey = renderSurvey(TAG);

const meta: Meta<Args> = {
  title: 'Surveys/CSAT survey',
  component: TAG,
  args: { subject: 'your delivery', variant: 'faces', followUp: true, disabled: false, outcome: 'slow' },
  argTypes: { variant: { control: 'inline-radio', options: ['faces', 'words'] }, outcome: outcomeArg },
  render: survey,
};
export default meta;
type Story = StoryObj<Args>;

/** Labelled faces; nothing is chosen. */
export const Default: Story = { tags: ['main'] };
export const Words: Story = { tags: ['main'], name: 'Words', args: { variant: 'words' } };
export const WithoutSubject: Story = { name: 'Without a subject', args: { subject: '' } };
export const OwnQuestion: Story = { name: 'Own question', args: { question: 'How easy was it to check out?', variant: 'words' } };
export const Satisfied: Story = { name: 'Follow-up after a 4–5', play: choose(TAG, 'Very satisfied') };
export const Dissatisfied: Story = { name: 'Follow-up after a 1–3', args: { variant: 'words' }, play: choose(TAG, 'Dissatisfied') };
export const MissingAnswer: Story = { name: 'Send without an answer', play: chooseAndSend(TAG, null, 'alert', 'Please choose an answer.') };
export const Sending: Story = { args: { outcome: 'pending', followUp: false }, play: chooseAndSend(TAG, 'Neutral', 'status', 'Sending…') };
export const Sent: Story = {
  name: 'Sent (thank-you)',
  args: { outcome: 'ok', variant: 'words' },
  play: chooseAndSend(TAG, 'Satisfied', 'status', 'Thank you for your feedback.'),
};
export const Failed: Story = {
  name: 'Send failed (answer kept)',
  args: { outcome: 'fail' },
  play: chooseAndSend(TAG, 'Very dissatisfied', 'alert', 'Your answer could not be sent. Please try again.'),
};
export const Draft: Story = { name: 'Draft kept for a reload (draft-key)', args: { draftKey: 'storybook-csat' } };
export const Disabled: Story = { args: { disabled: true } };
export const InAForm: Story = {
  name: 'In a form (page submits)',
  render: () =>
    html`<form @submit=${showSubmitted} class="story-form">
      <trust-csat-survey name="csat" subject="our support" variant="words" required></trust-csat-survey>
      <button type="submit">Submit</button>
      <output aria-live="polite"></output>
    </form>`,
  play: submitForm(TAG, 'Satisfied', 'Submitted: {"csat":"4"}'),
};
export const Narrow: Story = {
  name: 'Narrow viewport (320 px)',
  render: (a) => html`<div class="story-narrow">${survey(a)}</div>`,
};
