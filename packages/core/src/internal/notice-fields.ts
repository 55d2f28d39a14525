/**
 * Field parsers shared by the notice models (data notice, privacy label, incident notice). Internal: no entry
 * point exports them.
 */
import { describeValue, fail, issue, joinPath, ok, type ParseResult } from '../errors.js';
import { Collector, isRecord, parseText } from '../fields.js';

/** A list of short texts (names of recipients, services): every item must be text; one bad item is an error. */
export function parseTextList(raw: unknown, path: string, optional: boolean): ParseResult<string[]> {
  if (raw === undefined || raw === null) return optional ? ok([]) : fail([issue(path, 'is required but missing (use [] for none)')]);
  if (!Array.isArray(raw)) return fail([issue(path, `must be a list of texts, got ${describeValue(raw)}`)]);
  const c = new Collector();
  const items = raw.map((item, i) => c.take(parseText(item, joinPath(path, i), { max: 200 })) ?? '');
  return c.done(() => items);
}

/** A record at the root, or an error naming what was there. */
export function root(raw: unknown): ParseResult<Record<string, unknown>> {
  return isRecord(raw) ? ok(raw) : fail([issue('', `must be an object, got ${describeValue(raw)}`)]);
}
