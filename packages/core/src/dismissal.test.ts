import { describe, expect, it } from 'vitest';
import { DISMISS_PREFIX, dismissalKey, isDismissed, rememberDismissal, type DismissStorage } from './dismissal.js';

describe('dismissals', () => {
  const memory = (): DismissStorage & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  };

  it('are keyed by incident and state, and stored only in the storage given', () => {
    const store = memory();
    expect(dismissalKey({ id: 'a', state: 'identified' })).toBe('a:identified');
    expect(isDismissed('a:identified', store)).toBe(false);
    expect(rememberDismissal('a:identified', store)).toBe(true);
    expect([...store.data]).toEqual([[`${DISMISS_PREFIX}a:identified`, '1']]);
    expect(isDismissed('a:identified', store)).toBe(true);
    expect(isDismissed('a:resolved', store)).toBe(false);
  });

  it('do nothing, and never throw, without storage or when storage refuses', () => {
    expect(rememberDismissal('a', null)).toBe(false);
    expect(isDismissed('a', null)).toBe(false);
    const refusing: DismissStorage = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(rememberDismissal('a', refusing)).toBe(false);
    expect(isDismissed('a', refusing)).toBe(false);
  });
});
