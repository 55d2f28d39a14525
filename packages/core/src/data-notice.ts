/**
 * The data model of `<trust-data-notice>`: a just-in-time GDPR Art. 13 notice, and its parser. Pure functions, no
 * DOM; bad input is a data error with a field path, never a thrown exception and never a half-true notice.
 */
import type { ParseResult } from './errors.js';
import { Collector, parseChoice, parseText, parseUrl } from './fields.js';
import { parseTextList, root } from './internal/notice-fields.js';

/** The six lawful bases of GDPR Art. 6(1), points (a) to (f). */
export const LEGAL_BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/**
 * What `<trust-data-notice>` accepts (its `data` property, or the JSON of its child script): generated from
 * scripts/data-formats/formats.ts with the JSON Schema `trust-signals/schemas/trust-data-notice.json`; documented in
 * docs/data-formats.mdx.
 */
export type { DataNoticeInput } from './data-formats.js';

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
  const legitimateInterest = c.take(
    parseText(d.legitimateInterest, 'legitimateInterest', { optional: legalBasis !== 'legitimate-interests', max: 2000 }),
  );
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
