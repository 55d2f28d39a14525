import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import 'trust-signals/trust-nps-survey.js';
import {
  choose,
  chooseAndSend,
  outcomeArg,
  renderSurvey,
  showSubmitted,
  submitForm,
  type SurveyArgs as Args,
} from './survey-story-helpers.js';

const TAG = 'trust-nps-survey';
const survey = renderSurvey(TAG);

const meta: Meta<Args> = {
  title: 'Surveys/NPS survey',
  component: TAG,
  args: { subject: 'Acme', followUp: true, disabled: false, outcome: 'slow' },
  argTypes: { outcome: outcomeArg },
  render: survey,
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing is chosen: the visitor answers. */
export const Default: Story = { tags: ['main'] };
export const WithoutSubject: Story = { name: 'Without a subject ("…recommend us…")', args: { subject: '' } };
export const OwnQuestion: Story = { name: 'Own question', args: { question: 'Would you recommend our repair service to a friend?' } };
export const NoFollowUp: Story = { name: 'Without follow-up', args: { followUp: false } };
export const Promoter: Story = { name: 'Follow-up after a 9–10', play: choose(TAG, '10') };
export const Passive: Story = { name: 'Follow-up after a 7–8', play: choose(TAG, '7') };
export const Detractor: Story = { name: 'Follow-up after a 0–6', play: choose(TAG, '3') };
export const MissingAnswer: Story = {
  name: 'Send without an answer',
  play: chooseAndSend(TAG, null, 'alert', 'Please choose an answer.'),
};
export const Sending: Story = { args: { outcome: 'pending' }, play: chooseAndSend(TAG, '8', 'status', 'Sending…') };
export const Sent: Story = {
  name: 'Sent (thank-you)',
  args: { outcome: 'ok' },
  play: chooseAndSend(TAG, '9', 'status', 'Thank you for your feedback.'),
};
export const Failed: Story = {
  name: 'Send failed (answer kept)',
  args: { outcome: 'fail' },
  play: chooseAndSend(TAG, '6', 'alert', 'Your answer could not be sent. Please try again.'),
};
export const OwnThanks: Story = {
  name: 'Own thank-you',
  args: { outcome: 'ok', thanks: 'Thank you! Your answer helps us improve.' },
  play: chooseAndSend(TAG, '10', 'status', 'Thank you! Your answer helps us improve.'),
};
export const Draft: Story = { name: 'Draft kept for a reload (draft-key)', args: { draftKey: 'storybook-nps' } };
export const Disabled: Story = { args: { disabled: true } };
export const InAForm: Story = {
  name: 'In a form (required, page submits)',
  render: () =>
    html`<form @submit=${showSubmitted} class="story-form">
      <trust-nps-survey name="nps" subject="Acme" required follow-up></trust-nps-survey>
      <div class="story-buttons">
        <button type="submit">Submit</button>
        <button type="reset">Reset</button>
      </div>
      <output aria-live="polite"></output>
    </form>`,
  play: submitForm(TAG, '9', 'Submitted: {"nps":"9"}'),
};
export const Narrow: Story = {
  name: 'Narrow viewport (320 px): the scale wraps in order',
  render: (a) => html`<div class="story-narrow">${survey(a)}</div>`,
  play: choose(TAG, '8'),
};
