import { describe, expect, it, vi } from 'vitest';
import { clearDraft, DRAFT_PREFIX, readDraft, writeDraft, type DraftStorage } from './draft.js';

/** An in-memory stand-in for sessionStorage (Node has none). */
function memory(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
  };
}

const refusing: DraftStorage = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
};

describe('drafts', () => {
  it('are stored as JSON under a prefixed key, read back and cleared', () => {
    const s = memory();
    expect(DRAFT_PREFIX).toBe('trust-signals:draft:');
    expect(writeDraft('nps:q1', { value: 9, followUp: 'Fast' }, s)).toBe(true);
    expect([...s.data]).toEqual([['trust-signals:draft:nps:q1', '{"value":9,"followUp":"Fast"}']]);
    expect(readDraft('nps:q1', s)).toEqual({ value: 9, followUp: 'Fast' });
    clearDraft('nps:q1', s);
    expect(s.data.size).toBe(0);
    expect(readDraft('nps:q1', s)).toBeUndefined();
  });

  it('read a damaged draft as none', () => {
    const s = memory();
    s.data.set('trust-signals:draft:x', '{not json');
    expect(readDraft('x', s)).toBeUndefined();
  });

  it('never throw when storage is missing or refuses', () => {
    expect(writeDraft('x', 1, null)).toBe(false);
    expect(readDraft('x', null)).toBeUndefined();
    expect(writeDraft('x', 1, refusing)).toBe(false);
    expect(readDraft('x', refusing)).toBeUndefined();
    expect(() => clearDraft('x', refusing)).not.toThrow();
  });

  it('use sessionStorage by default, and nothing where there is none', () => {
    const s = memory();
    vi.stubGlobal('sessionStorage', s);
    try {
      expect(writeDraft('csat', { value: 4 })).toBe(true);
      expect(s.data.get('trust-signals:draft:csat')).toBe('{"value":4}');
      expect(readDraft('csat')).toEqual({ value: 4 });
      clearDraft('csat');
      expect(s.data.size).toBe(0);
      vi.stubGlobal('sessionStorage', undefined);
      expect(writeDraft('csat', { value: 4 })).toBe(false);
      expect(readDraft('csat')).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
