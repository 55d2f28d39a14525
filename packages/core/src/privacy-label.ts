/**
 * The data model of `<trust-privacy-label>`: data categories × how they are used, its parser and its grouping.
 * Pure functions, no DOM; bad input is a data error with a field path, never a thrown exception.
 */
import { describeValue, fail, issue, joinPath, type ParseResult } from './errors.js';
import { Collector, isRecord, parseChoice, parseDate, parseText, parseUrl } from './fields.js';
import { root } from './internal/notice-fields.js';

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
export const PRIVACY_PURPOSES = [
  'third-party-advertising',
  'own-advertising',
  'analytics',
  'personalization',
  'functionality',
  'other',
] as const;
export type PrivacyPurpose = (typeof PRIVACY_PURPOSES)[number];

/**
 * What `<trust-privacy-label>` accepts (its `data` property, or the JSON of its child script): generated from
 * scripts/data-formats/formats.ts with the JSON Schema `trust-signals/schemas/trust-privacy-label.json`; documented in
 * docs/data-formats.mdx.
 */
export type { PrivacyLabelEntryInput, PrivacyLabelInput } from './data-formats.js';

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
  if (raw.purposes !== undefined && !Array.isArray(raw.purposes))
    c.error(purposesPath, `must be a list, got ${describeValue(raw.purposes)}`);
  else {
    ((raw.purposes as unknown[] | undefined) ?? []).forEach((p, i) => {
      const purpose = c.take(parseChoice(p, joinPath(purposesPath, i), PRIVACY_PURPOSES));
      if (purpose && !purposes.includes(purpose)) purposes.push(purpose);
    });
    if (use === 'not-collected' && purposes.length) c.error(purposesPath, 'must be empty for data that is not collected');
    if (use && use !== 'not-collected' && !(raw.purposes as unknown[] | undefined)?.length)
      c.error(purposesPath, 'must name at least one purpose for collected data');
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
  if (!Array.isArray(d.categories))
    c.error('categories', d.categories === undefined ? 'is required but missing' : `must be a list, got ${describeValue(d.categories)}`);
  else if (d.categories.length === 0) c.error('categories', 'must list at least one category');
  else {
    d.categories.forEach((item, i) => {
      const entry = c.take(parsePrivacyEntry(item, joinPath('categories', i)));
      if (!entry) return;
      if (entries.some((e) => e.category === entry.category))
        c.error(joinPath(joinPath('categories', i), 'category'), `lists ${entry.category} a second time`);
      else entries.push(entry);
    });
  }
  return c.done(() => ({ ...(service ? { service } : {}), entries, ...(updated ? { updated } : {}), ...(policy ? { policy } : {}) }));
}

/** The entries of a label grouped by use, in {@link PRIVACY_USES} order; uses without entries are left out. */
export function groupByUse(label: PrivacyLabel): Array<{ use: PrivacyUse; entries: PrivacyEntry[] }> {
  return PRIVACY_USES.map((use) => ({ use, entries: label.entries.filter((e) => e.use === use) })).filter((g) => g.entries.length > 0);
}
