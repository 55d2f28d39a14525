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
