import { describe, expect, it } from 'vitest';
import { parseIssuerKeys } from './keys.js';

const p256 = {
  kty: 'EC',
  crv: 'P-256',
  x: 'pfgW7n1DOfDxgFEvUYDMOETLL8EhVMEeC4SDNvRqjx4',
  y: '9x3kW8On4OFjUSvOq1Q9p7-n3ch5M2W5x3bXB9qFINo',
  kid: 'a',
  alg: 'ES256',
  use: 'sig',
};
const ed = { kty: 'OKP', crv: 'Ed25519', x: 'yHdPj1CdvL3k3BblX20rmSIPbIY0Ixbt7rdd4pFNiYc', kid: 'b' };

describe('parseIssuerKeys', () => {
  it('wraps a single JWK in a set', () => {
    expect(parseIssuerKeys(ed)).toEqual({ ok: true, value: { keys: [ed] }, warnings: [] });
  });

  it("returns plain copies that can be cloned, even of a framework's reactive proxy (Vue sets objects as proxies)", () => {
    const reactive = <T extends object>(o: T): T => new Proxy(o, {});
    const result = parseIssuerKeys(reactive({ keys: [reactive(p256), reactive({ ...ed, ext: true, key_ops: ['verify'] })] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(() => structuredClone(result.value)).not.toThrow();
    expect(structuredClone(result.value)).toEqual({ keys: [p256, { ...ed, key_ops: ['verify'] }] });
    expect(() => structuredClone(new Proxy({}, {}))).toThrow();
  });

  it('ignores, with a warning, a key whose kid, use or key_ops has the wrong type (found by fuzzing)', () => {
    for (const [member, value] of [
      ['kid', Number.NEGATIVE_INFINITY],
      ['use', 1],
      ['key_ops', 'verify'],
      ['key_ops', [1]],
    ] as const) {
      const result = parseIssuerKeys({ keys: [{ ...ed, [member]: value }, p256] });
      expect(result.ok, member).toBe(true);
      if (!result.ok) continue;
      expect(result.value.keys).toEqual([p256]);
      expect(result.warnings.map((w) => w.path)).toEqual([`keys.keys[0].${member}`]);
    }
  });

  it('reads a JWKS and its JSON text', () => {
    const jwks = { keys: [p256, ed] };
    expect(parseIssuerKeys(jwks)).toEqual({ ok: true, value: jwks, warnings: [] });
    expect(parseIssuerKeys(JSON.stringify(jwks))).toEqual({ ok: true, value: jwks, warnings: [] });
  });

  it('skips keys of other types with a warning naming them', () => {
    const result = parseIssuerKeys({
      keys: [{ kty: 'RSA', n: 'AQAB', e: 'AQAB' }, ed, { kty: 'EC', crv: 'P-384', x: 'a', y: 'b' }, { ...p256, alg: 'ES384' }],
    });
    expect(result).toEqual({
      ok: true,
      value: { keys: [ed] },
      warnings: [
        { path: 'keys.keys[0]', message: 'ignored: kty "RSA" is not a P-256 (ES256) or Ed25519 (EdDSA) public key', severity: 'warning' },
        {
          path: 'keys.keys[2]',
          message: 'ignored: kty "EC" crv "P-384" is not a P-256 (ES256) or Ed25519 (EdDSA) public key',
          severity: 'warning',
        },
        { path: 'keys.keys[3].alg', message: 'ignored key: alg "ES384" is not ES256', severity: 'warning' },
      ],
    });
  });

  it.each([
    ['not JSON', '{"keys": [', 'keys', 'must be the JSON of a JWK or a JWKS, got "{\\"keys\\": [" (not valid JSON)'],
    ['a number', 7, 'keys', 'must be a JWK or a JWKS ({"keys": [...]}), got 7'],
    ['an array', [ed], 'keys', 'must be a JWK or a JWKS ({"keys": [...]}), got an array of 1'],
    ['keys that is not an array', { keys: ed }, 'keys.keys', 'must be an array of JWKs, got an object'],
    ['an entry without kty', { keys: [{ x: 'a' }] }, 'keys.keys[0]', 'must be a JSON Web Key (an object with "kty"), got an object'],
    ['an empty set', { keys: [] }, 'keys', 'holds no usable key: need a P-256 (ES256) or Ed25519 (EdDSA) public key'],
    [
      'a private key',
      { ...ed, d: 'secret' },
      'keys',
      'is a private or secret key (it has "d"): publish only the public key set, and treat this key as leaked',
    ],
    [
      'an HMAC secret',
      { kty: 'oct', k: 'c2VjcmV0' },
      'keys',
      'is a private or secret key (it has "k"): publish only the public key set, and treat this key as leaked',
    ],
  ])('refuses %s', (_, input, path, message) => {
    const result = parseIssuerKeys(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toEqual({ path, message, severity: 'error' });
  });

  it('refuses the whole set when one member is private', () => {
    const result = parseIssuerKeys({ keys: [p256, { ...ed, d: 'secret' }] }, 'issuer-keys');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['issuer-keys.keys[1]']);
  });
});
