/**
 * The data model of `<trust-incident-notice>`: candid incident and maintenance communication, its parser, and how
 * an incident is announced. Pure functions, no DOM; bad input is a data error with a field path, never a thrown
 * exception. Remembering a dismissal is `dismissal.ts`.
 */
import { describeValue, fail, issue, joinPath, ok, type ParseResult } from './errors.js';
import { Collector, isRecord, parseChoice, parseDate, parseText, parseUrl } from './fields.js';
import { parseTextList, root } from './internal/notice-fields.js';

export const INCIDENT_STATES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export const MAINTENANCE_STATES = ['scheduled', 'in-progress', 'completed'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number] | (typeof MAINTENANCE_STATES)[number];
const STATES: readonly IncidentState[] = [...INCIDENT_STATES, ...MAINTENANCE_STATES];

export const INCIDENT_IMPACTS = ['none', 'minor', 'major', 'critical'] as const;
export type IncidentImpact = (typeof INCIDENT_IMPACTS)[number];

/** True for the maintenance states (scheduled, in progress, completed). */
export const isMaintenance = (state: IncidentState): boolean => (MAINTENANCE_STATES as readonly string[]).includes(state);
/** True for the states after which nothing more is expected (resolved, completed). */
export const isClosed = (state: IncidentState): boolean => state === 'resolved' || state === 'completed';

/**
 * What `<trust-incident-notice>` accepts (its `data` property, or the JSON of its child script): generated from
 * scripts/data-formats/formats.ts with the JSON Schema `trust-signals/schemas/trust-incident-notice.json`; documented in
 * docs/data-formats.mdx.
 */
export type { IncidentInput, IncidentUpdateInput } from './data-formats.js';

/** One update of an incident's timeline. */
export interface IncidentUpdate {
  readonly at: Date;
  readonly state: IncidentState;
  readonly text: string;
}

/** A validated incident. `updates` are sorted newest first. */
export interface Incident {
  readonly id: string;
  readonly title: string;
  readonly state: IncidentState;
  readonly maintenance: boolean;
  readonly impact?: IncidentImpact;
  readonly services: readonly string[];
  readonly description?: string;
  readonly workaround?: string;
  readonly started: Date;
  readonly ended?: Date;
  readonly nextUpdate?: Date;
  readonly updates: readonly IncidentUpdate[];
  readonly apology?: string;
  readonly prevention?: string;
  readonly statusPage?: string;
  readonly postmortem?: string;
  readonly timeZone?: string;
}

/** A date that must carry a time: an incident timeline is about hours, not days. */
function parseInstant(raw: unknown, path: string, optional: boolean): ParseResult<Date | undefined> {
  const date = parseDate(raw, path, { optional });
  if (!date.ok || date.value === undefined) return date;
  if (typeof raw === 'string' && !/[T ]\d{2}:\d{2}/.test(raw))
    return fail([issue(path, `must include a time of day, got ${describeValue(raw)}`)]);
  return date;
}

/** An IANA time zone Intl knows. */
export function parseTimeZone(raw: unknown, path: string): ParseResult<string | undefined> {
  const text = parseText(raw, path, { optional: true, max: 64 });
  if (!text.ok || text.value === undefined) return text;
  try {
    new Intl.DateTimeFormat('en', { timeZone: text.value });
    return ok(text.value);
  } catch {
    return fail([issue(path, `must be an IANA time zone such as Europe/Berlin, got ${describeValue(text.value)}`)]);
  }
}

/**
 * Reads an incident. Besides each field's own rules: a resolved incident or completed maintenance needs `ended`;
 * `ended` cannot be before `started`; a closed incident has no "next update"; maintenance states and incident
 * states are not mixed in one timeline.
 */
export function parseIncident(raw: unknown): ParseResult<Incident> {
  const r = root(raw);
  if (!r.ok) return r;
  const d = r.value;
  const c = new Collector();
  const id = c.take(parseText(d.id, 'id', { max: 200 }));
  const title = c.take(parseText(d.title, 'title', { max: 300 }));
  const state = c.take(parseChoice(d.state, 'state', STATES));
  const maintenance = state ? isMaintenance(state) : false;
  const impact = c.take(parseChoice(d.impact, 'impact', INCIDENT_IMPACTS, { optional: maintenance || !state }));
  const services = c.take(parseTextList(d.services, 'services', true));
  const description = c.take(parseText(d.description, 'description', { optional: true, max: 4000 }));
  const workaround = c.take(parseText(d.workaround, 'workaround', { optional: true, max: 4000 }));
  const started = c.take(parseInstant(d.started, 'started', false));
  const closed = state ? isClosed(state) : false;
  const ended = c.take(parseInstant(d.ended, 'ended', !closed));
  if (closed && (d.ended === undefined || d.ended === null || d.ended === '')) {
    // parseInstant already said "is required"; say why.
    c.errors[c.errors.length - 1] = issue(
      'ended',
      `is required when state is ${state} (the ${state === 'resolved' ? 'resolution' : 'completion'} time)`,
    );
  }
  if (started && ended && ended < started) c.error('ended', 'is before started');
  const nextUpdate = c.take(parseInstant(d.nextUpdate, 'nextUpdate', true));
  if (nextUpdate && closed) c.error('nextUpdate', `must not be set when state is ${state}`);
  const updates: IncidentUpdate[] = [];
  if (d.updates !== undefined && !Array.isArray(d.updates)) c.error('updates', `must be a list, got ${describeValue(d.updates)}`);
  else {
    ((d.updates as unknown[] | undefined) ?? []).forEach((u, i) => {
      const path = joinPath('updates', i);
      if (!isRecord(u)) return c.error(path, `must be an object, got ${describeValue(u)}`);
      const at = c.take(parseInstant(u.at, joinPath(path, 'at'), false));
      const s = c.take(parseChoice(u.state, joinPath(path, 'state'), STATES));
      const text = c.take(parseText(u.text, joinPath(path, 'text'), { max: 4000 }));
      if (s && state && isMaintenance(s) !== maintenance)
        c.error(joinPath(path, 'state'), `mixes ${s} into ${maintenance ? 'maintenance' : 'an incident'}`);
      if (at && s && text) updates.push({ at, state: s, text });
    });
  }
  updates.sort((a, b) => b.at.getTime() - a.at.getTime());
  const apology = c.take(parseText(d.apology, 'apology', { optional: true, max: 4000 }));
  const prevention = c.take(parseText(d.prevention, 'prevention', { optional: true, max: 4000 }));
  const statusPage = c.take(parseUrl(d.statusPage, 'statusPage', { optional: true, mailto: false }));
  const postmortem = c.take(parseUrl(d.postmortem, 'postmortem', { optional: true, mailto: false }));
  const timeZone = c.take(parseTimeZone(d.timeZone, 'timeZone'));
  return c.done(() => {
    const o = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
    return {
      id: id!,
      title: title!,
      state: state!,
      maintenance,
      ...o('impact', impact),
      services: services!,
      ...o('description', description),
      ...o('workaround', workaround),
      started: started!,
      ...o('ended', ended),
      ...o('nextUpdate', nextUpdate),
      updates,
      ...o('apology', apology),
      ...o('prevention', prevention),
      ...o('statusPage', statusPage),
      ...o('postmortem', postmortem),
      ...o('timeZone', timeZone),
    };
  });
}

/** The live-region role an incident is announced with: `alert` for critical impact, `status` otherwise. */
export const announcementRole = (incident: Incident): 'alert' | 'status' => (incident.impact === 'critical' ? 'alert' : 'status');
