import { within } from '@testing-library/dom';
import type { CsatSubmitDetail } from '../../packages/elements/src/surveys/csat-survey/trust-csat-survey.js';
import type { NpsSubmitDetail } from '../../packages/elements/src/surveys/nps-survey/trust-nps-survey.js';
import { shadow } from './fixture.js';

/** Queries inside an element's shadow root. */
export const inside = (el: Element) => within(shadow(el));

/** The answer option with this accessible name. */
export const radio = (el: Element, name: string) => inside(el).getByRole('radio', { name });

/** The survey's own Send button. */
export const sendButton = (el: Element, name = 'Send') => inside(el).getByRole('button', { name });

/** Waits for a send to settle: the promise handed to `respondWith`, then the re-render. */
export async function afterSend(el: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** The accessible names (text) of the radio options, in order. */
export const optionNames = (el: Element): string[] =>
  inside(el)
    .getAllByRole('radio')
    .map((r) => r.textContent?.trim() ?? '');

/** The names of the checked options (at most one). */
export const checkedNames = (el: Element): string[] =>
  inside(el)
    .getAllByRole('radio')
    .filter((r) => r.getAttribute('aria-checked') === 'true')
    .map((r) => r.textContent?.trim() ?? '');

/** The element that has focus, looking through shadow roots. */
export const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/** The text of the `role="status"` and `role="alert"` regions. */
export const regions = (el: Element) => ({
  status: inside(el).getByRole('status').textContent?.trim() ?? '',
  alert: inside(el).getByRole('alert').textContent?.trim() ?? '',
});

/**
 * Answers every `trust-submit` of `el` with `respond()` (a promise given to `respondWith`, or `undefined` to not
 * call it); returns the details received, without their `respondWith`.
 */
export function answerSubmits(el: HTMLElement, respond: () => PromiseLike<unknown> | undefined) {
  const details: Array<Omit<NpsSubmitDetail | CsatSubmitDetail, 'respondWith'>> = [];
  el.addEventListener('trust-submit', (e) => {
    const { respondWith, ...answer } = e.detail as NpsSubmitDetail | CsatSubmitDetail;
    details.push(answer);
    const result = respond();
    if (result) respondWith(result);
  });
  return details;
}

/** A promise with its resolve and reject, to settle a send when the test says so. */
export function deferred<T = unknown>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
