import { describe, expect, it } from 'vitest';
import {
  DISMISS_PREFIX,
  announcementRole,
  dismissalKey,
  groupByUse,
  isDismissed,
  parseDataNotice,
  parseIncident,
  parseJsonText,
  parsePrivacyLabel,
  parseTimeZone,
  rememberDismissal,
  type DismissStorage,
} from './notices.js';
import type { ParseResult } from './errors.js';

const paths = (r: ParseResult<unknown>) => (r.ok ? [] : r.errors.map((e) => e.path));

const notice = {
  summary: 'We use your email only to send your receipt.',
  controller: 'Example Shop Ltd.',
  purpose: 'Receipts',
  legalBasis: 'contract',
  retention: '6 years',
  recipients: [],
  policy: '/privacy',
};

describe('parseDataNotice', () => {
  it('accepts a complete notice, trims text and keeps optional fields only when given', () => {
    const r = parseDataNotice({ ...notice, summary: '  We use it.  ', transfers: undefined });
    expect(r.ok && r.value).toEqual({ ...notice, summary: 'We use it.' });
  });

  it('lists every missing required field at once, in order', () => {
    expect(paths(parseDataNotice({}))).toEqual(['summary', 'controller', 'purpose', 'legalBasis', 'retention', 'recipients', 'policy']);
    expect(paths(parseDataNotice(null))).toEqual(['']);
  });

  it('requires the legitimate interest only for that basis', () => {
    expect(paths(parseDataNotice({ ...notice, legalBasis: 'legitimate-interests' }))).toEqual(['legitimateInterest']);
    expect(parseDataNotice({ ...notice, legalBasis: 'legitimate-interests', legitimateInterest: 'fraud prevention' }).ok).toBe(true);
  });

  it('refuses a non-list or a bad item in recipients, an unsafe policy and a mailto policy', () => {
    expect(paths(parseDataNotice({ ...notice, recipients: 'Example Mail' }))).toEqual(['recipients']);
    expect(paths(parseDataNotice({ ...notice, recipients: ['ok', 3] }))).toEqual(['recipients[1]']);
    expect(paths(parseDataNotice({ ...notice, policy: 'javascript:alert(1)' }))).toEqual(['policy']);
    expect(paths(parseDataNotice({ ...notice, policy: 'mailto:a@example.com' }))).toEqual(['policy']);
    expect(parseDataNotice({ ...notice, contact: 'mailto:a@example.com' }).ok).toBe(true);
  });
});

describe('parsePrivacyLabel', () => {
  const entries = [
    { category: 'location', use: 'not-collected' },
    { category: 'identifiers', use: 'tracking', purposes: ['analytics', 'analytics', 'third-party-advertising'] },
    { category: 'contact-info', use: 'linked', purposes: ['functionality'] },
  ];

  it('groups by use, most revealing first, keeping the author’s order and dropping repeated purposes', () => {
    const r = parsePrivacyLabel({ categories: entries });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.entries[1]!.purposes).toEqual(['analytics', 'third-party-advertising']);
    expect(groupByUse(r.value).map((g) => [g.use, g.entries.map((e) => e.category)])).toEqual([
      ['tracking', ['identifiers']],
      ['linked', ['contact-info']],
      ['not-collected', ['location']],
    ]);
  });

  it('treats an unknown category, use or purpose and a repeated category as errors, never as dropped rows', () => {
    expect(paths(parsePrivacyLabel({ categories: [...entries, { category: 'dreams', use: 'linked', purposes: ['other'] }] }))).toEqual([
      'categories[3].category',
    ]);
    expect(paths(parsePrivacyLabel({ categories: [{ category: 'location', use: 'sometimes', purposes: ['x'] }] }))).toEqual([
      'categories[0].use',
      'categories[0].purposes[0]',
    ]);
    expect(paths(parsePrivacyLabel({ categories: [...entries, { category: 'location', use: 'linked', purposes: ['other'] }] }))).toEqual([
      'categories[3].category',
    ]);
    expect(paths(parsePrivacyLabel({ categories: 'location' }))).toEqual(['categories']);
    expect(paths(parsePrivacyLabel({ categories: [] }))).toEqual(['categories']);
  });
});

describe('parseIncident', () => {
  const base = { id: 'a', title: 'Checkout down', state: 'investigating', impact: 'major', started: '2026-03-02T09:40:00Z' };

  it('sorts updates newest first and marks maintenance', () => {
    const r = parseIncident({
      ...base,
      updates: [
        { at: '2026-03-02T09:50:00Z', state: 'investigating', text: 'one' },
        { at: '2026-03-02T10:50:00Z', state: 'identified', text: 'two' },
      ],
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.updates.map((u) => u.text)).toEqual(['two', 'one']);
    expect(r.value.maintenance).toBe(false);
    const m = parseIncident({ ...base, state: 'scheduled', impact: undefined });
    expect(m.ok && m.value.maintenance).toBe(true);
  });

  it('requires the resolution time once resolved or completed, and says why', () => {
    const r = parseIncident({ ...base, state: 'resolved' });
    expect(r.ok ? [] : r.errors).toEqual([{ path: 'ended', message: 'is required when state is resolved (the resolution time)', severity: 'error' }]);
    expect(paths(parseIncident({ ...base, state: 'completed', impact: undefined }))).toEqual(['ended']);
    expect(parseIncident({ ...base, state: 'resolved', ended: '2026-03-02T10:40:00Z' }).ok).toBe(true);
  });

  it('refuses impossible timelines', () => {
    expect(paths(parseIncident({ ...base, ended: '2026-03-01T00:00:00Z' }))).toEqual(['ended']);
    expect(paths(parseIncident({ ...base, state: 'resolved', ended: '2026-03-02T10:40:00Z', nextUpdate: '2026-03-02T11:00:00Z' }))).toEqual([
      'nextUpdate',
    ]);
    expect(paths(parseIncident({ ...base, started: '2026-03-02' }))).toEqual(['started']);
    expect(paths(parseIncident({ ...base, updates: [{ at: '2026-03-02T10:00:00Z', state: 'completed', text: 'x' }] }))).toEqual([
      'updates[0].state',
    ]);
    expect(paths(parseIncident({ ...base, updates: [{ at: 'soon', state: 'identified', text: '' }] }))).toEqual(['updates[0].at', 'updates[0].text']);
  });

  it('requires an impact for incidents only, and http(s) or relative links', () => {
    expect(paths(parseIncident({ ...base, impact: undefined }))).toEqual(['impact']);
    expect(paths(parseIncident({ ...base, statusPage: 'javascript:void(0)', postmortem: 'mailto:x@example.com' }))).toEqual([
      'statusPage',
      'postmortem',
    ]);
  });

  it('announces critical impact as an alert and the rest as status', () => {
    const role = (impact: string) => {
      const r = parseIncident({ ...base, impact });
      if (!r.ok) throw new Error('expected ok');
      return announcementRole(r.value);
    };
    expect([role('none'), role('minor'), role('major'), role('critical')]).toEqual(['status', 'status', 'status', 'alert']);
  });
});

describe('parseTimeZone and parseJsonText', () => {
  it('accepts IANA zones only', () => {
    expect(parseTimeZone('Europe/Berlin', 'tz')).toEqual({ ok: true, value: 'Europe/Berlin', warnings: [] });
    expect(paths(parseTimeZone('Mars/Olympus', 'tz'))).toEqual(['tz']);
    expect(parseTimeZone(undefined, 'tz')).toEqual({ ok: true, value: undefined, warnings: [] });
  });

  it('names the path of invalid JSON', () => {
    expect(parseJsonText('{"a":1}', 's')).toEqual({ ok: true, value: { a: 1 }, warnings: [] });
    expect(paths(parseJsonText('{ nope', 's'))).toEqual(['s']);
  });
});

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
