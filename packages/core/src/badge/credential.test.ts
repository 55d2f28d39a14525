import { describe, expect, it } from 'vitest';
import type { DataIssue, ParseResult } from '../errors.js';
import {
  normalizeOrigin,
  parseBadgeCredential,
  parseDateTimeStamp,
  parseOrigin,
  parseStatusEntries,
  type BadgeCredential,
} from './credential.js';

/** A complete, valid badge credential payload. */
const valid = () => ({
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://certifier.example/contexts/badge/v1'],
  id: 'urn:uuid:7a0e8c6e-2f55-4a5b-9d59-3f3f0c1a2b3c',
  type: ['VerifiableCredential', 'TrustBadgeCredential'],
  issuer: { id: 'https://certifier.example', name: 'Example Certifier' },
  validFrom: '2025-01-01T00:00:00Z',
  validUntil: '2026-01-01T00:00:00+01:00',
  credentialSubject: {
    id: 'https://shop.example',
    name: 'Example Shop Ltd',
    certification: {
      scheme: 'Example Secure Checkout',
      level: 'Gold',
      scope: 'Checkout and payment pages',
      criteria: 'https://certifier.example/criteria/v2',
    },
  },
  credentialStatus: {
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: '94567',
    statusListCredential: 'https://certifier.example/status/3',
  },
});

type Payload = ReturnType<typeof valid> & Record<string, unknown>;

/** The valid payload with changes applied by `edit`. */
const edited = (edit: (p: Payload) => void): Payload => {
  const p = valid() as Payload;
  edit(p);
  return p;
};

function errorsOf<T>(result: ParseResult<T>): readonly DataIssue[] {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.errors;
}

describe('parseBadgeCredential', () => {
  it('reads a complete credential', () => {
    expect(parseBadgeCredential(valid())).toEqual<ParseResult<BadgeCredential>>({
      ok: true,
      value: {
        id: 'urn:uuid:7a0e8c6e-2f55-4a5b-9d59-3f3f0c1a2b3c',
        type: ['VerifiableCredential', 'TrustBadgeCredential'],
        issuer: { id: 'https://certifier.example', name: 'Example Certifier' },
        validFrom: new Date('2025-01-01T00:00:00Z'),
        validUntil: new Date('2025-12-31T23:00:00Z'),
        subject: { id: 'https://shop.example', name: 'Example Shop Ltd' },
        certification: {
          scheme: 'Example Secure Checkout',
          level: 'Gold',
          scope: 'Checkout and payment pages',
          criteria: 'https://certifier.example/criteria/v2',
        },
        status: [{ statusPurpose: 'revocation', statusListIndex: 94567, statusListCredential: 'https://certifier.example/status/3' }],
        unsupportedStatus: [],
      },
      warnings: [],
    });
  });

  it('accepts an issuer given as a plain URL, a did:, a missing level and no credentialStatus', () => {
    const result = parseBadgeCredential(
      edited((p) => {
        (p as Record<string, unknown>).issuer = 'did:web:certifier.example';
        delete (p.credentialSubject.certification as Record<string, unknown>).level;
        delete (p as Record<string, unknown>).credentialStatus;
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.issuer).toEqual({ id: 'did:web:certifier.example' });
    expect(result.value.certification).toEqual({
      scheme: 'Example Secure Checkout',
      scope: 'Checkout and payment pages',
      criteria: 'https://certifier.example/criteria/v2',
    });
    expect(result.value.status).toEqual([]);
  });

  it('trims texts', () => {
    const result = parseBadgeCredential(edited((p) => (p.credentialSubject.name = '  Example Shop Ltd \n')));
    expect(result.ok && result.value.subject.name).toBe('Example Shop Ltd');
  });

  it.each([
    ['not an object', () => 'hello', '', 'the credential must be a JSON object, got "hello"'],
    ['an array', () => [valid()], '', 'the credential must be a JSON object, got an array of 1'],
    [
      'a VC 1.1 context',
      () => edited((p) => (p['@context'] = ['https://www.w3.org/2018/credentials/v1'])),
      '@context',
      'must be an array starting with "https://www.w3.org/ns/credentials/v2", got an array of 1',
    ],
    [
      'a missing type',
      () => edited((p) => delete (p as Record<string, unknown>).type),
      'type',
      'must be a list including "VerifiableCredential", got nothing',
    ],
    [
      'a type without VerifiableCredential',
      () => edited((p) => (p.type = ['TrustBadgeCredential'])),
      'type',
      'must be a list including "VerifiableCredential", got an array of 1',
    ],
    [
      'an id that is not a URL',
      () => edited((p) => (p.id = 'badge 7')),
      'id',
      'must be a URL (e.g. "https://certifier.example" or a "did:"), got "badge 7"',
    ],
    [
      'an issuer number',
      () => edited((p) => ((p as Record<string, unknown>).issuer = 7)),
      'issuer',
      'must be a URL or an object with an "id", got 7',
    ],
    [
      'an issuer without id',
      () => edited((p) => ((p as Record<string, unknown>).issuer = { name: 'X' })),
      'issuer.id',
      'must be a URL (e.g. "https://certifier.example" or a "did:"), got nothing',
    ],
    ['an empty issuer name', () => edited((p) => (p.issuer.name = ' ')), 'issuer.name', 'must not be empty'],
    [
      'a missing validFrom',
      () => edited((p) => delete (p as Record<string, unknown>).validFrom),
      'validFrom',
      'must be a date and time with a time zone such as "2025-01-01T00:00:00Z", got nothing',
    ],
    [
      'a date without time zone',
      () => edited((p) => (p.validUntil = '2026-01-01T00:00:00')),
      'validUntil',
      'must be a date and time with a time zone such as "2025-01-01T00:00:00Z", got "2026-01-01T00:00:00"',
    ],
    [
      'a date only',
      () => edited((p) => (p.validUntil = '2026-01-01')),
      'validUntil',
      'must be a date and time with a time zone such as "2025-01-01T00:00:00Z", got "2026-01-01"',
    ],
    [
      'an impossible date',
      () => edited((p) => (p.validUntil = '2026-13-45T00:00:00Z')),
      'validUntil',
      'must be a date and time with a time zone such as "2025-01-01T00:00:00Z", got "2026-13-45T00:00:00Z"',
    ],
    [
      'validUntil before validFrom',
      () => edited((p) => (p.validUntil = '2024-01-01T00:00:00Z')),
      'validUntil',
      'must be after validFrom (2025-01-01T00:00:00Z), got "2024-01-01T00:00:00Z"',
    ],
    [
      'validUntil equal to validFrom',
      () => edited((p) => (p.validUntil = '2025-01-01T00:00:00Z')),
      'validUntil',
      'must be after validFrom (2025-01-01T00:00:00Z), got "2025-01-01T00:00:00Z"',
    ],
    [
      'two subjects',
      () => edited((p) => ((p as Record<string, unknown>).credentialSubject = [valid().credentialSubject, valid().credentialSubject])),
      'credentialSubject',
      'a badge certifies exactly one origin, so it must be a single object',
    ],
    [
      'no subject',
      () => edited((p) => delete (p as Record<string, unknown>).credentialSubject),
      'credentialSubject',
      'must be an object, got nothing',
    ],
    [
      'a subject without id',
      () => edited((p) => delete (p.credentialSubject as Record<string, unknown>).id),
      'credentialSubject.id',
      'must be an origin such as "https://shop.example" (scheme, host and optional port only), got nothing',
    ],
    [
      'a subject id with a path',
      () => edited((p) => (p.credentialSubject.id = 'https://shop.example/blog')),
      'credentialSubject.id',
      'must be an origin such as "https://shop.example" (scheme, host and optional port only), got "https://shop.example/blog" (it has more than an origin)',
    ],
    [
      'a subject id that is a did',
      () => edited((p) => (p.credentialSubject.id = 'did:web:shop.example')),
      'credentialSubject.id',
      'must be an origin such as "https://shop.example" (scheme, host and optional port only), got "did:web:shop.example" (not http or https)',
    ],
    [
      'a missing subject name',
      () => edited((p) => delete (p.credentialSubject as Record<string, unknown>).name),
      'credentialSubject.name',
      'must be a text string, got nothing',
    ],
    [
      'a language map as name',
      () => edited((p) => ((p.credentialSubject as Record<string, unknown>).name = { '@value': 'Shop', '@language': 'en' })),
      'credentialSubject.name',
      'must be a text string, got an object',
    ],
    [
      'a missing certification',
      () => edited((p) => delete (p.credentialSubject as Record<string, unknown>).certification),
      'credentialSubject.certification',
      'must be an object with scheme, scope and criteria, got nothing',
    ],
    [
      'a missing scope',
      () => edited((p) => delete (p.credentialSubject.certification as Record<string, unknown>).scope),
      'credentialSubject.certification.scope',
      'must be a text string, got nothing',
    ],
    [
      'a javascript: criteria URL',
      () => edited((p) => (p.credentialSubject.certification.criteria = 'javascript:alert(1)')),
      'credentialSubject.certification.criteria',
      'must be an absolute http(s) URL, got "javascript:alert(1)"',
    ],
    [
      'a relative criteria URL',
      () => edited((p) => (p.credentialSubject.certification.criteria = '/criteria')),
      'credentialSubject.certification.criteria',
      'must be an absolute http(s) URL, got "/criteria"',
    ],
    [
      'a 301-character level',
      () => edited((p) => (p.credentialSubject.certification.level = 'x'.repeat(301))),
      'credentialSubject.certification.level',
      'must be at most 300 characters, got 301',
    ],
    [
      'an iss that disagrees',
      () => edited((p) => (p.iss = 'https://other.example')),
      'iss',
      'must equal the issuer id "https://certifier.example" when present, got "https://other.example"',
    ],
    [
      'a sub that disagrees',
      () => edited((p) => (p.sub = 'https://other.example')),
      'sub',
      'must equal credentialSubject.id "https://shop.example" when present, got "https://other.example"',
    ],
    ['an nbf that disagrees', () => edited((p) => (p.nbf = 0)), 'nbf', 'must equal validFrom in seconds (1735689600) when present, got 0'],
    [
      'an exp given as a string',
      () => edited((p) => (p.exp = '1767222000')),
      'exp',
      'must equal validUntil in seconds (1767222000) when present, got "1767222000"',
    ],
  ])('refuses %s', (_, make, path, message) => {
    expect(errorsOf(parseBadgeCredential(make()))).toEqual([{ path, message, severity: 'error' }]);
  });

  it('accepts JWT claims that agree (sub compared as an origin)', () => {
    const result = parseBadgeCredential(
      edited((p) =>
        Object.assign(p, { iss: 'https://certifier.example', sub: 'https://SHOP.example:443', nbf: 1735689600, exp: 1767222000 }),
      ),
    );
    expect(result.ok).toBe(true);
  });

  it('reports every problem at once, each with its path', () => {
    const result = parseBadgeCredential({
      '@context': [],
      type: 'VerifiableCredential',
      credentialSubject: { id: 'https://x.example', certification: {} },
    });
    expect(errorsOf(result).map((i) => i.path)).toEqual([
      '@context',
      'issuer',
      'validFrom',
      'validUntil',
      'credentialSubject.name',
      'credentialSubject.certification.scheme',
      'credentialSubject.certification.scope',
      'credentialSubject.certification.criteria',
    ]);
  });
});

describe('normalizeOrigin', () => {
  it.each([
    ['https://shop.example', 'https://shop.example'],
    ['HTTPS://Shop.EXAMPLE/', 'https://shop.example'],
    ['https://shop.example:443', 'https://shop.example'],
    ['http://shop.example:80/x', 'http://shop.example'],
    ['https://shop.example:8443/a?b#c', 'https://shop.example:8443'],
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
    ['  https://shop.example  ', 'https://shop.example'],
    ['http://localhost:6006', 'http://localhost:6006'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeOrigin(input)).toBe(expected);
  });

  it.each(['null', '', 'shop.example', 'file:///tmp/a.html', 'data:text/html,hi', 'ftp://shop.example', 'javascript:alert(1)'])(
    '%j is not an http(s) origin',
    (input) => {
      expect(normalizeOrigin(input)).toBeUndefined();
    },
  );
});

describe('parseOrigin', () => {
  it.each(['https://shop.example/', 'https://Shop.Example:443'])('accepts %s as https://shop.example', (raw) => {
    expect(parseOrigin(raw, 'o')).toEqual({ ok: true, value: 'https://shop.example', warnings: [] });
  });

  it.each([
    'https://shop.example/?',
    'https://shop.example/#',
    'https://user@shop.example',
    'https://shop.example/?a=1',
    'https://shop.example/#x',
  ])('refuses %s', (raw) => {
    expect(errorsOf(parseOrigin(raw, 'o'))[0]?.message).toMatch(/\(it has more than an origin\)$/);
  });
});

describe('parseDateTimeStamp', () => {
  it('reads offsets and fractions', () => {
    expect(parseDateTimeStamp('2025-06-01T12:00:00.250+02:00', 'd')).toEqual({
      ok: true,
      value: new Date('2025-06-01T10:00:00.250Z'),
      warnings: [],
    });
  });
});

describe('parseStatusEntries', () => {
  const entry = {
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: '5',
    statusListCredential: 'https://c.example/s/1',
  };

  it('reads one entry or a list, with the entry id', () => {
    expect(parseStatusEntries({ ...entry, id: 'https://c.example/s/1#5' })).toEqual({
      ok: true,
      value: {
        entries: [
          { id: 'https://c.example/s/1#5', statusPurpose: 'revocation', statusListIndex: 5, statusListCredential: 'https://c.example/s/1' },
        ],
        unsupported: [],
      },
      warnings: [],
    });
    const two = parseStatusEntries([entry, { ...entry, statusPurpose: 'suspension', statusListIndex: 9 }]);
    expect(two.ok && two.value.entries.map((e) => [e.statusPurpose, e.statusListIndex])).toEqual([
      ['revocation', 5],
      ['suspension', 9],
    ]);
  });

  it('keeps entries it cannot check apart (so a verifier fails closed on them), with a warning', () => {
    const result = parseStatusEntries([{ ...entry, type: 'StatusList2021Entry' }, { ...entry, statusPurpose: 'message' }, entry]);
    expect(result).toEqual({
      ok: true,
      value: {
        entries: [{ statusPurpose: 'revocation', statusListIndex: 5, statusListCredential: 'https://c.example/s/1' }],
        unsupported: [
          'credentialStatus[0].type: "StatusList2021Entry" is not a status type this library can check (BitstringStatusListEntry)',
          'credentialStatus[1].statusPurpose: "message" is not a purpose this library can check (revocation, suspension)',
        ],
      },
      warnings: [
        {
          path: 'credentialStatus[0].type',
          message: '"StatusList2021Entry" is not a status type this library can check (BitstringStatusListEntry)',
          severity: 'warning',
        },
        {
          path: 'credentialStatus[1].statusPurpose',
          message: '"message" is not a purpose this library can check (revocation, suspension)',
          severity: 'warning',
        },
      ],
    });
  });

  it.each([
    [{ ...entry, statusListIndex: '-1' }, 'credentialStatus.statusListIndex', 'must be a whole number ≥ 0 written as a string, got "-1"'],
    [{ ...entry, statusListIndex: '1.5' }, 'credentialStatus.statusListIndex', 'must be a whole number ≥ 0 written as a string, got "1.5"'],
    [
      { ...entry, statusListIndex: undefined },
      'credentialStatus.statusListIndex',
      'must be a whole number ≥ 0 written as a string, got nothing',
    ],
    [{ ...entry, statusSize: 2 }, 'credentialStatus.statusSize', 'must be 1 for revocation, got 2'],
    [
      { ...entry, statusListCredential: 'status/1' },
      'credentialStatus.statusListCredential',
      'must be an absolute http(s) URL, got "status/1"',
    ],
    ['x', 'credentialStatus', 'must be an object, got "x"'],
  ])('refuses %j', (raw, path, message) => {
    expect(errorsOf(parseStatusEntries(raw))).toEqual([{ path, message, severity: 'error' }]);
  });
});
