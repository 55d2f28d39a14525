import { describe, expect, it } from 'vitest';
import type { ParseResult } from './errors.js';
import { announcementRole, parseIncident, parseTimeZone } from './incident-notice.js';

const paths = (r: ParseResult<unknown>) => (r.ok ? [] : r.errors.map((e) => e.path));

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
    expect(r.ok ? [] : r.errors).toEqual([
      { path: 'ended', message: 'is required when state is resolved (the resolution time)', severity: 'error' },
    ]);
    expect(paths(parseIncident({ ...base, state: 'completed', impact: undefined }))).toEqual(['ended']);
    expect(parseIncident({ ...base, state: 'resolved', ended: '2026-03-02T10:40:00Z' }).ok).toBe(true);
  });

  it('refuses impossible timelines', () => {
    expect(paths(parseIncident({ ...base, ended: '2026-03-01T00:00:00Z' }))).toEqual(['ended']);
    expect(paths(parseIncident({ ...base, state: 'resolved', ended: '2026-03-02T10:40:00Z', nextUpdate: '2026-03-02T11:00:00Z' }))).toEqual(
      ['nextUpdate'],
    );
    expect(paths(parseIncident({ ...base, started: '2026-03-02' }))).toEqual(['started']);
    expect(paths(parseIncident({ ...base, updates: [{ at: '2026-03-02T10:00:00Z', state: 'completed', text: 'x' }] }))).toEqual([
      'updates[0].state',
    ]);
    expect(paths(parseIncident({ ...base, updates: [{ at: 'soon', state: 'identified', text: '' }] }))).toEqual([
      'updates[0].at',
      'updates[0].text',
    ]);
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

describe('parseTimeZone', () => {
  it('accepts IANA zones only', () => {
    expect(parseTimeZone('Europe/Berlin', 'tz')).toEqual({ ok: true, value: 'Europe/Berlin', warnings: [] });
    expect(paths(parseTimeZone('Mars/Olympus', 'tz'))).toEqual(['tz']);
    expect(parseTimeZone(undefined, 'tz')).toEqual({ ok: true, value: undefined, warnings: [] });
  });
});
