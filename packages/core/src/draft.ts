/**
 * Drafts: an answer kept in `sessionStorage` until it is sent, so that a reload or a failed send does not lose
 * it. Elements call these only when the page opted in (a `draft-key` attribute): nothing is written otherwise.
 * Storage can be missing or refuse (sandboxed frames, private modes, a full quota); every function then does
 * nothing and never throws. Values are stored as JSON under `trust-signals:draft:<key>`.
 */

/** The part of the Web Storage API that drafts use. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const DRAFT_PREFIX = 'trust-signals:draft:';

function session(): DraftStorage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    // Reading `sessionStorage` itself throws a SecurityError where storage is blocked.
    return null;
  }
}

/** The stored draft, or `undefined` when there is none (or it cannot be read). */
export function readDraft(key: string, storage: DraftStorage | null = session()): unknown {
  try {
    const raw = storage?.getItem(DRAFT_PREFIX + key);
    return raw === null || raw === undefined ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/** Stores a draft. Returns false when storage is unavailable or refused it. */
export function writeDraft(key: string, value: unknown, storage: DraftStorage | null = session()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(DRAFT_PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes a draft (after it was sent). */
export function clearDraft(key: string, storage: DraftStorage | null = session()): void {
  try {
    storage?.removeItem(DRAFT_PREFIX + key);
  } catch {
    // Storage refused: there is nothing more to do, and the page must not break over it.
  }
}
