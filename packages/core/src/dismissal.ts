/**
 * Opt-in storage of a dismissed notice (`<trust-incident-notice dismiss-storage>`): the key a dismissal is
 * remembered under, and Web Storage access that never throws. Nothing is stored unless the page chose a storage.
 */
import type { Incident } from './incident-notice.js';

/**
 * The key under which a dismissal is remembered: the incident and its state, so that a dismissed "investigating"
 * notice comes back when the incident is resolved (there is news), but not on the next page view.
 */
export const dismissalKey = (incident: Pick<Incident, 'id' | 'state'>): string => `${incident.id}:${incident.state}`;

/** Where a dismissal may be remembered; `none` (the default) stores nothing. */
export const DISMISS_STORAGES = ['none', 'session', 'local'] as const;
export type DismissStorageKind = (typeof DISMISS_STORAGES)[number];
export type DismissStorage = Pick<Storage, 'getItem' | 'setItem'>;
export const DISMISS_PREFIX = 'trust-signals:dismissed:';

/** The Web Storage area for a kind, or `null` (none chosen, or storage blocked). Never throws. */
export function dismissStorage(kind: DismissStorageKind): DismissStorage | null {
  if (kind === 'none') return null;
  try {
    return (kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage) ?? null;
  } catch {
    return null;
  }
}

/** Whether a dismissal was remembered under `key`. False when storage is missing or refuses. */
export function isDismissed(key: string, storage: DismissStorage | null): boolean {
  try {
    return storage?.getItem(DISMISS_PREFIX + key) === '1';
  } catch {
    return false;
  }
}

/** Remembers a dismissal under `key`. Returns false when storage is missing or refused it. */
export function rememberDismissal(key: string, storage: DismissStorage | null): boolean {
  try {
    if (!storage) return false;
    storage.setItem(DISMISS_PREFIX + key, '1');
    return true;
  } catch {
    return false;
  }
}
