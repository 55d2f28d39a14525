import { isRecord } from './fields.js';

/** How the page tells an element whether sending worked (part of every `trust-submit` detail). */
export interface SubmitResponse {
  /**
   * Call it while handling `trust-submit`, with the promise of your request. Until it settles the element says
   * it is sending. Fulfilled: the element confirms (`role="status"`) and forgets its draft. Rejected, or fulfilled
   * with `false` or with an object whose `ok` is `false` (a `fetch()` Response with a 4xx/5xx status): the element
   * keeps what the visitor entered, shows an alert that it could not be sent, and the visitor can send it again.
   * If it is not called, the submission counts as sent once the event has been handled. Calling it after the
   * event, or twice, throws an `InvalidStateError`.
   */
  respondWith(result: PromiseLike<unknown>): void;
}

/**
 * `detail` of `trust-submit`, per tag that fires it. Several elements fire `trust-submit`, each with its own
 * detail, and a global event map holds one type per event name; so each element adds its entry here by
 * declaration merging, next to its class (`'trust-nps-survey': NpsSubmitDetail`), and types its own
 * `addEventListener` with its detail. A listener on the element gets exactly that element's detail; a listener
 * on an ancestor (`document`) gets {@link TrustSubmitDetail}, the union over the elements the program imports.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface TrustSubmitDetailByTag {}

/** `detail` of a `trust-submit` heard on an ancestor: the detail of any element that fires it (narrow with `in`). */
export type TrustSubmitDetail = TrustSubmitDetailByTag[keyof TrustSubmitDetailByTag];

/** What the page answered to `trust-submit`: cancelled, sent at once (no `respondWith`), or a pending reply. */
export type SubmitOutcome = { cancelled: true } | { cancelled: false; reply: Promise<boolean> | undefined };

/** Whether a settled `respondWith` value means "sent": anything but `false` or `{ ok: false }`. */
export const sentOk = (result: unknown): boolean => result !== false && !(isRecord(result) && result.ok === false);

/**
 * Dispatches a cancelable, bubbling, composed `trust-submit` from `target` whose `detail` is `answer` plus
 * `respondWith` (see {@link SubmitResponse}). `reply` resolves to whether the page's promise says it was sent
 * (a rejection counts as not sent); it is `undefined` when the page did not call `respondWith`.
 */
export function dispatchSubmit(target: EventTarget, answer: object): SubmitOutcome {
  let response: PromiseLike<unknown> | undefined;
  let open = true;
  const respondWith = (result: PromiseLike<unknown>): void => {
    if (!open || response) {
      throw new DOMException('respondWith() must be called once, while trust-submit is being dispatched', 'InvalidStateError');
    }
    response = result;
  };
  const proceed = target.dispatchEvent(
    new CustomEvent('trust-submit', { bubbles: true, composed: true, cancelable: true, detail: { ...answer, respondWith } }),
  );
  open = false;
  if (!proceed) return { cancelled: true };
  const pending = response;
  return {
    cancelled: false,
    reply: pending && Promise.resolve(pending).then(sentOk, () => false),
  };
}
