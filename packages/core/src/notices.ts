/**
 * Transparency notices: the data models of `<trust-data-notice>` (a just-in-time GDPR Art. 13 notice),
 * `<trust-privacy-label>` (data categories × how they are used) and `<trust-incident-notice>` (candid incident and
 * maintenance communication), their parsers, and the opt-in storage of a dismissed notice. Pure functions, no DOM;
 * bad input is a data error with a field path, never a thrown exception and never a half-true notice.
 */
import { describeValue, fail, issue, joinPath, ok, type ParseResult } from './errors.js';
import { Collector, isRecord, parseChoice, parseDate, parseText, parseUrl } from './fields.js';

export { parseJsonText } from './errors.js';

/** A list of short texts (names of recipients, services): every item must be text; one bad item is an error. */
function parseTextList(raw: unknown, path: string, optional: boolean): ParseResult<string[]> {
  if (raw === undefined || raw === null) return optional ? ok([]) : fail([issue(path, 'is required but missing (use [] for none)')]);
  if (!Array.isArray(raw)) return fail([issue(path, `must be a list of texts, got ${describeValue(raw)}`)]);
  const c = new Collector();
  const items = raw.map((item, i) => c.take(parseText(item, joinPath(path, i), { max: 200 })) ?? '');
  return c.done(() => items);
}

/** A record at the root, or an error naming what was there. */
function root(raw: unknown): ParseResult<Record<string, unknown>> {
  return isRecord(raw) ? ok(raw) : fail([issue('', `must be an object, got ${describeValue(raw)}`)]);
}

// ---------------------------------------------------------------------------------------------------------
// Data notice (GDPR Art. 13)

/** The six lawful bases of GDPR Art. 6(1), points (a) to (f). */
export const LEGAL_BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** What `<trust-data-notice>` accepts (its `data` property, or the JSON of its child script). */
export interface DataNoticeInput {
  /** One line shown next to the field and used as its accessible description. Required. */
  summary?: unknown;
  /** Who is responsible for the data (the controller, Art. 13(1)(a)). Required. */
  controller?: unknown;
  /** How to reach the controller or its data protection officer: http(s), mailto or relative URL. */
  contact?: unknown;
  /** What the data is used for (Art. 13(1)(c)). Required. */
  purpose?: unknown;
  /** The lawful basis (Art. 13(1)(c)): one of {@link LEGAL_BASES}. Required. */
  legalBasis?: unknown;
  /** The legitimate interest pursued; required when `legalBasis` is `legitimate-interests` (Art. 13(1)(d)). */
  legitimateInterest?: unknown;
  /** How long the data is kept, or how that is decided (Art. 13(2)(a)). Required. */
  retention?: unknown;
  /** Who receives the data (Art. 13(1)(e)): names or categories. Required; `[]` says "no one else". */
  recipients?: unknown;
  /** Transfers to other countries and their safeguards (Art. 13(1)(f)), when there are any. */
  transfers?: unknown;
  /** Replaces the standard sentence about the visitor's rights (Art. 13(2)(b)–(d)). */
  rights?: unknown;
  /** The full privacy policy: http(s) or relative URL. Required. */
  policy?: unknown;
}

/** A validated data notice. */
export interface DataNotice {
  readonly summary: string;
  readonly controller: string;
  readonly contact?: string;
  readonly purpose: string;
  readonly legalBasis: LegalBasis;
  readonly legitimateInterest?: string;
  readonly retention: string;
  /** Empty: the data goes to no one else. */
  readonly recipients: readonly string[];
  readonly transfers?: string;
  readonly rights?: string;
  readonly policy: string;
}

/**
 * Reads a data notice. Required: summary, controller, purpose, legalBasis, retention, recipients, policy (and
 * legitimateInterest when the basis is legitimate interests). Every missing or invalid field is reported at
 * once, each with its path.
 */
export function parseDataNotice(raw: unknown): ParseResult<DataNotice> {
  const r = root(raw);
  if (!r.ok) return r;
  const d = r.value;
  const c = new Collector();
  const summary = c.take(parseText(d.summary, 'summary', { max: 300 }));
  const controller = c.take(parseText(d.controller, 'controller', { max: 300 }));
  const contact = c.take(parseUrl(d.contact, 'contact', { optional: true }));
  const purpose = c.take(parseText(d.purpose, 'purpose', { max: 2000 }));
  const legalBasis = c.take(parseChoice(d.legalBasis, 'legalBasis', LEGAL_BASES));
  const legitimateInterest = c.take(parseText(d.legitimateInterest, 'legitimateInterest', { optional: legalBasis !== 'legitimate-interests', max: 2000 }));
  const retention = c.take(parseText(d.retention, 'retention', { max: 2000 }));
  const recipients = c.take(parseTextList(d.recipients, 'recipients', false));
  const transfers = c.take(parseText(d.transfers, 'transfers', { optional: true, max: 2000 }));
  const rights = c.take(parseText(d.rights, 'rights', { optional: true, max: 2000 }));
  const policy = c.take(parseUrl(d.policy, 'policy', { mailto: false }));
  return c.done(() => ({
    summary: summary!,
    controller: controller!,
    ...(contact ? { contact } : {}),
    purpose: purpose!,
    legalBasis: legalBasis!,
    ...(legitimateInterest ? { legitimateInterest } : {}),
    retention: retention!,
    recipients: recipients!,
    ...(transfers ? { transfers } : {}),
    ...(rights ? { rights } : {}),
    policy: policy!,
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Privacy label

/** Data categories (the categories app stores use for privacy labels). */
export const PRIVACY_CATEGORIES = [
  'contact-info',
  'health-fitness',
  'financial-info',
  'location',
  'sensitive-info',
  'contacts',
  'user-content',
  'browsing-history',
  'search-history',
  'identifiers',
  'purchases',
  'usage-data',
  'diagnostics',
  'other',
] as const;
export type PrivacyCategory = (typeof PRIVACY_CATEGORIES)[number];

/** How a category is used, most to least revealing: used to track you, linked to you, not linked to you, not collected. */
export const PRIVACY_USES = ['tracking', 'linked', 'not-linked', 'not-collected'] as const;
export type PrivacyUse = (typeof PRIVACY_USES)[number];

/** Why a category is collected. */
export const PRIVACY_PURPOSES = ['third-party-advertising', 'own-advertising', 'analytics', 'personalization', 'functionality', 'other'] as const;
export type PrivacyPurpose = (typeof PRIVACY_PURPOSES)[number];

/** What `<trust-privacy-label>` accepts. */
export interface PrivacyLabelInput {
  /** The website or service the label is about ("Example Shop"). */
  service?: unknown;
  /** One entry per category: `{ category, use, purposes? }`. At least one; each category at most once. */
  categories?: unknown;
  /** When the label was last reviewed (ISO 8601 date). */
  updated?: unknown;
  /** The full privacy policy: http(s) or relative URL. */
  policy?: unknown;
}

/** One row of a privacy label. */
export interface PrivacyEntry {
  readonly category: PrivacyCategory;
  readonly use: PrivacyUse;
  /** Empty for `not-collected`; at least one purpose otherwise. */
  readonly purposes: readonly PrivacyPurpose[];
}

/** A validated privacy label. Entries keep the author's order within each use. */
export interface PrivacyLabel {
  readonly service?: string;
  readonly entries: readonly PrivacyEntry[];
  readonly updated?: Date;
  readonly policy?: string;
}

function parsePrivacyEntry(raw: unknown, path: string): ParseResult<PrivacyEntry> {
  if (!isRecord(raw)) return fail([issue(path, `must be an object, got ${describeValue(raw)}`)]);
  const c = new Collector();
  const category = c.take(parseChoice(raw.category, joinPath(path, 'category'), PRIVACY_CATEGORIES));
  const use = c.take(parseChoice(raw.use, joinPath(path, 'use'), PRIVACY_USES));
  const purposesPath = joinPath(path, 'purposes');
  const purposes: PrivacyPurpose[] = [];
  if (raw.purposes !== undefined && !Array.isArray(raw.purposes)) c.error(purposesPath, `must be a list, got ${describeValue(raw.purposes)}`);
  else {
    ((raw.purposes as unknown[] | undefined) ?? []).forEach((p, i) => {
      const purpose = c.take(parseChoice(p, joinPath(purposesPath, i), PRIVACY_PURPOSES));
      if (purpose && !purposes.includes(purpose)) purposes.push(purpose);
    });
    if (use === 'not-collected' && purposes.length) c.error(purposesPath, 'must be empty for data that is not collected');
    if (use && use !== 'not-collected' && !(raw.purposes as unknown[] | undefined)?.length) c.error(purposesPath, 'must name at least one purpose for collected data');
  }
  return c.done(() => ({ category: category!, use: use!, purposes }));
}

/**
 * Reads a privacy label. An unknown category, use or purpose is an error (a label that silently drops a row
 * would understate what is collected), as is a category listed twice or an empty list.
 */
export function parsePrivacyLabel(raw: unknown): ParseResult<PrivacyLabel> {
  const r = root(raw);
  if (!r.ok) return r;
  const d = r.value;
  const c = new Collector();
  const service = c.take(parseText(d.service, 'service', { optional: true, max: 200 }));
  const updated = c.take(parseDate(d.updated, 'updated', { optional: true }));
  const policy = c.take(parseUrl(d.policy, 'policy', { optional: true, mailto: false }));
  const entries: PrivacyEntry[] = [];
  if (!Array.isArray(d.categories)) c.error('categories', d.categories === undefined ? 'is required but missing' : `must be a list, got ${describeValue(d.categories)}`);
  else if (d.categories.length === 0) c.error('categories', 'must list at least one category');
  else {
    d.categories.forEach((item, i) => {
      const entry = c.take(parsePrivacyEntry(item, joinPath('categories', i)));
      if (!entry) return;
      if (entries.some((e) => e.category === entry.category)) c.error(joinPath(joinPath('categories', i), 'category'), `lists ${entry.category} a second time`);
      else entries.push(entry);
    });
  }
  return c.done(() => ({ ...(service ? { service } : {}), entries, ...(updated ? { updated } : {}), ...(policy ? { policy } : {}) }));
}

/** The entries of a label grouped by use, in {@link PRIVACY_USES} order; uses without entries are left out. */
export function groupByUse(label: PrivacyLabel): Array<{ use: PrivacyUse; entries: PrivacyEntry[] }> {
  return PRIVACY_USES.map((use) => ({ use, entries: label.entries.filter((e) => e.use === use) })).filter((g) => g.entries.length > 0);
}

// ---------------------------------------------------------------------------------------------------------
// Incident notice

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

/** What `<trust-incident-notice>` accepts. Dates are ISO 8601 with a time and an offset (`2026-03-02T09:40:00Z`). */
export interface IncidentInput {
  /** A stable id of the incident: the key of "announced once" and of a remembered dismissal. Required. */
  id?: unknown;
  /** A short plain-language title ("Card payments failing at checkout"). Required. */
  title?: unknown;
  /** investigating, identified, monitoring, resolved; or for maintenance scheduled, in-progress, completed. Required. */
  state?: unknown;
  /** none, minor, major or critical. Required for incidents; optional for maintenance. `critical` is announced as an alert. */
  impact?: unknown;
  /** Names of the affected services. */
  services?: unknown;
  /** What this means for the visitor, in plain language. */
  description?: unknown;
  /** What the visitor can do meanwhile. */
  workaround?: unknown;
  /** When it started (maintenance: when it is scheduled to start). Required. */
  started?: unknown;
  /** When it was resolved or completed (required for `resolved` and `completed`); for maintenance, the planned end. */
  ended?: unknown;
  /** When the next update will be posted, at the latest. Not allowed once resolved or completed. */
  nextUpdate?: unknown;
  /** Updates: `{ at, state, text }`, in any order (shown newest first). */
  updates?: unknown;
  /** An apology, in the author's words. */
  apology?: unknown;
  /** What will change so that it does not happen again. */
  prevention?: unknown;
  /** The status page: http(s) or relative URL. */
  statusPage?: unknown;
  /** The post-mortem: http(s) or relative URL. */
  postmortem?: unknown;
  /** IANA time zone the times are shown in (`Europe/Berlin`); default: the visitor's. */
  timeZone?: unknown;
}

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
  if (typeof raw === 'string' && !/[T ]\d{2}:\d{2}/.test(raw)) return fail([issue(path, `must include a time of day, got ${describeValue(raw)}`)]);
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
    c.errors[c.errors.length - 1] = issue('ended', `is required when state is ${state} (the ${state === 'resolved' ? 'resolution' : 'completion'} time)`);
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
      if (s && state && isMaintenance(s) !== maintenance) c.error(joinPath(path, 'state'), `mixes ${s} into ${maintenance ? 'maintenance' : 'an incident'}`);
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

/**
 * The key under which a dismissal is remembered: the incident and its state, so that a dismissed "investigating"
 * notice comes back when the incident is resolved (there is news), but not on the next page view.
 */
export const dismissalKey = (incident: Pick<Incident, 'id' | 'state'>): string => `${incident.id}:${incident.state}`;

// ---------------------------------------------------------------------------------------------------------
// Opt-in storage of dismissals

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
