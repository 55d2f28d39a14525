import type { DataIssue } from './errors.js';
import type { TrustSubmitDetail } from './submit.js';

/** `detail` of the `trust-error` event. */
export interface TrustErrorDetail {
  /** Tag name of the element that met the bad data, e.g. `trust-star-rating`. */
  readonly element: string;
  /** What was wrong, each with its field path. */
  readonly issues: readonly DataIssue[];
}

/** Every `trust-*` event the library dispatches, with its detail type. Elements add to it by declaration merging. */
export interface TrustEventDetailMap {
  'trust-error': TrustErrorDetail;
  'trust-submit': TrustSubmitDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'trust-error': CustomEvent<TrustErrorDetail>;
    'trust-submit': CustomEvent<TrustSubmitDetail>;
  }
}

/** Dispatches a typed, bubbling, composed `trust-*` custom event from `target`. Returns false if it was cancelled. */
export function emit<K extends keyof TrustEventDetailMap>(
  target: EventTarget,
  type: K,
  detail: TrustEventDetailMap[K],
  init: Omit<CustomEventInit, 'detail'> = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, ...init, detail }));
}

/**
 * `addEventListener` / `removeEventListener` typed by an element's own event map, so that a listener on that
 * element reads its event's `detail` without narrowing, even when other elements declare the same event name
 * with another detail (`trust-submit`). An element class opts in by declaration merging:
 * `export interface TrustReviewForm { addEventListener: TrustAddListener<TrustReviewForm, TrustReviewFormEventMap>;
 * removeEventListener: TrustRemoveListener<TrustReviewForm, TrustReviewFormEventMap> }`.
 */
export type TrustAddListener<Self, EventMap> = {
  <K extends keyof EventMap>(
    type: K,
    listener: (this: Self, event: EventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
};

/** `removeEventListener` typed by an element's own event map: see {@link TrustAddListener}. */
export type TrustRemoveListener<Self, EventMap> = {
  <K extends keyof EventMap>(
    type: K,
    listener: (this: Self, event: EventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
};
