import { ifDefined } from 'lit/directives/if-defined.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { TrustSubmitDetail } from '@trust-signals/core';

/** How the demo page answers `trust-submit`, as a real page would with `fetch()`. */
export type Outcome = 'ok' | 'slow' | 'fail' | 'pending';
export const OUTCOMES: Outcome[] = ['ok', 'slow', 'fail', 'pending'];
export const outcomeArg = {
  control: 'select',
  options: OUTCOMES,
  description: 'How the demo page answers trust-submit: ok, slow (0.8 s), fail (server error), pending (never)',
} as const;

/** The attributes both surveys take (and `variant`, which only the CSAT survey has). */
export interface SurveyArgs {
  subject?: string;
  question?: string;
  name?: string;
  variant?: 'faces' | 'words';
  followUp?: boolean;
  followUpLabel?: string;
  thanks?: string;
  draftKey?: string;
  disabled?: boolean;
  outcome: Outcome;
}

/** Renders `<trust-nps-survey>` or `<trust-csat-survey>` from the story's args, answering its trust-submit. */
export const renderSurvey = (tag: 'trust-nps-survey' | 'trust-csat-survey') => {
  const t = unsafeStatic(tag);
  return (a: SurveyArgs) =>
    html`<${t}
      subject=${ifDefined(a.subject || undefined)}
      question=${ifDefined(a.question || undefined)}
      name=${ifDefined(a.name || undefined)}
      variant=${ifDefined(a.variant)}
      ?follow-up=${a.followUp}
      follow-up-label=${ifDefined(a.followUpLabel || undefined)}
      thanks=${ifDefined(a.thanks || undefined)}
      draft-key=${ifDefined(a.draftKey || undefined)}
      ?disabled=${a.disabled}
      @trust-submit=${respond(a.outcome)}
    ></${t}>`;
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function respond(outcome: Outcome) {
  return (event: CustomEvent<TrustSubmitDetail>) => {
    const { respondWith } = event.detail;
    if (outcome === 'ok') respondWith(Promise.resolve());
    else if (outcome === 'slow') respondWith(wait(800));
    else if (outcome === 'fail') respondWith(wait(200).then(() => Promise.reject(new Error('Demo: the server did not answer'))));
    else respondWith(new Promise(() => {}));
  };
}

interface PlayContext {
  canvasElement: HTMLElement;
}

const shadowOf = (canvas: HTMLElement, tag: string) => within(canvas.querySelector(tag)!.shadowRoot as unknown as HTMLElement);

/** A play function that chooses the answer named `option`. */
export const choose =
  (tag: string, option: string) =>
  async ({ canvasElement }: PlayContext) => {
    await userEvent.click(shadowOf(canvasElement, tag).getByRole('radio', { name: option }));
  };

/**
 * A play function that chooses `option` (if given), presses Send and waits until the `role` region says `text`.
 */
export const chooseAndSend =
  (tag: string, option: string | null, role: 'status' | 'alert', text: string, send = 'Send') =>
  async ({ canvasElement }: PlayContext) => {
    const root = shadowOf(canvasElement, tag);
    if (option !== null) await userEvent.click(root.getByRole('radio', { name: option }));
    await userEvent.click(root.getByRole('button', { name: send }));
    await waitFor(() => expect(root.getByRole(role).textContent?.trim()).toBe(text));
  };

/** A play function that submits the page form and checks what it received. */
export const submitForm =
  (tag: string, option: string, expected: string) =>
  async ({ canvasElement }: PlayContext) => {
    await userEvent.click(shadowOf(canvasElement, tag).getByRole('radio', { name: option }));
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Submit' }));
    await expect(canvasElement.querySelector('output')?.value).toBe(expected);
  };

/** The demo page's own form: shows what it would submit. */
export function showSubmitted(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  form.querySelector('output')!.value = `Submitted: ${JSON.stringify(Object.fromEntries(new FormData(form)))}`;
}
