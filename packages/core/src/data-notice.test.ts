import { describe, expect, it } from 'vitest';
import { parseDataNotice } from './data-notice.js';
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
