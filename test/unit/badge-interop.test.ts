/**
 * Interoperability of badge credentials and status lists with independent implementations (issue 13):
 * - a Bitstring Status List made by `@digitalbazaar/vc-bitstring-status-list` reads the same in core, and one made
 *   by core reads the same there; a list credential it made, signed with the issuer CLI's library, drives
 *   `verifyCredential` to `revoked` / `suspended` / `verified`;
 * - credentials signed by the issuer CLI's library verify with a second JOSE verifier, did-jwt's `verifyJWS`
 *   (its own base64url, JSON and @noble/curves signatures: neither jose nor WebCrypto, which the badge uses).
 * Both libraries are dev dependencies, for this test only.
 */
import { verifyJWS } from 'did-jwt';
import { describe, expect, it } from 'vitest';
import {
  createBitstring,
  decodeStatusList,
  encodeStatusList,
  issuerKeysUrl,
  MIN_STATUS_LIST_ENTRIES,
  readBit,
  verifyCredential,
  type BadgeJWK,
  type FetchLike,
} from '@trust-signals/core/badge';
import { createStatusListCredential, generateIssuerKey, signCredential, signJws } from '../../packages/issuer/src/issuer.js';

/** The part of @digitalbazaar/vc-bitstring-status-list used here (the package ships no types). */
interface DigitalBazaarList {
  readonly length: number;
  setStatus(index: number, status: boolean): void;
  getStatus(index: number): boolean;
  encode(): Promise<string>;
}
interface DigitalBazaarStatusList {
  createList(options: { length: number }): Promise<DigitalBazaarList>;
  decodeList(options: { encodedList: string }): Promise<DigitalBazaarList>;
  createCredential(options: { id: string; list: DigitalBazaarList; statusPurpose: string }): Promise<Record<string, unknown>>;
}
const DIGITALBAZAAR = '@digitalbazaar/vc-bitstring-status-list';
const digitalbazaar = async () => (await import(/* @vite-ignore */ DIGITALBAZAAR)) as DigitalBazaarStatusList;

const ISSUER = 'https://certifier.example';
const SHOP = 'https://shop.example';
const LIST_URL = 'https://certifier.example/status/7';
const SIZE = MIN_STATUS_LIST_ENTRIES;

/** A badge credential of the certifier for the shop, at the given level. */
const badgeCredential = (level: string) => ({
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  type: ['VerifiableCredential', 'TrustBadgeCredential'],
  issuer: { id: ISSUER, name: 'Example Certifier' },
  validFrom: '2024-01-01T00:00:00Z',
  validUntil: '2099-12-31T23:59:59Z',
  credentialSubject: {
    id: SHOP,
    name: 'Example Shop',
    certification: { scheme: 'Example Secure Checkout', level, scope: 'Checkout pages', criteria: 'https://certifier.example/criteria' },
  },
});

/** Set indexes: both ends, byte edges, and scattered ones from a fixed pseudo-random sequence. */
const SET = (() => {
  const set = new Set([0, 1, 7, 8, 9, 15, 16, 42, 255, 256, 1000, 65_535, 65_536, SIZE - 8, SIZE - 2, SIZE - 1]);
  let x = 2_463_534_242;
  for (let i = 0; i < 64; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    set.add((x >>> 0) % SIZE);
  }
  return [...set].sort((a, b) => a - b);
})();

/** Clear indexes to compare: the neighbours of every set index that are clear, and every 997th index. */
const CLEAR_SAMPLE = (() => {
  const set = new Set(SET);
  const sample = new Set<number>();
  for (const i of SET) for (const n of [i - 1, i + 1]) if (n >= 0 && n < SIZE && !set.has(n)) sample.add(n);
  for (let i = 3; i < SIZE; i += 997) if (!set.has(i)) sample.add(i);
  return [...sample];
})();

describe('Bitstring Status List: @digitalbazaar/vc-bitstring-status-list and core read each other', () => {
  it('a list encoded by digitalbazaar decodes in core with every set bit set and the sampled clear bits clear', async () => {
    const { createList } = await digitalbazaar();
    const list = await createList({ length: SIZE });
    for (const i of SET) list.setStatus(i, true);
    const decoded = await decodeStatusList(await list.encode());
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const bits = decoded.value;
    expect(bits.length * 8).toBe(SIZE);
    expect(SET.filter((i) => readBit(bits, i) !== true)).toEqual([]);
    expect(CLEAR_SAMPLE.length).toBeGreaterThan(100);
    expect(CLEAR_SAMPLE.filter((i) => readBit(bits, i) !== false)).toEqual([]);
    // And nothing else: the count of set bits is the count of indexes set.
    let count = 0;
    for (const byte of bits) for (let b = byte; b; b &= b - 1) count++;
    expect(count).toBe(SET.length);
  });

  it('a list encoded by core (and by the issuer CLI) decodes in digitalbazaar to the same bits', async () => {
    const { decodeList } = await digitalbazaar();
    const bits = createBitstring(SIZE, SET);
    const fromCore = await decodeList({ encodedList: await encodeStatusList(bits) });
    const payload = await createStatusListCredential({ url: LIST_URL, issuer: ISSUER, revoked: SET });
    const fromCli = await decodeList({ encodedList: (payload.credentialSubject as { encodedList: string }).encodedList });
    for (const list of [fromCore, fromCli]) {
      expect(list.length).toBe(SIZE);
      expect(SET.filter((i) => list.getStatus(i) !== true)).toEqual([]);
      expect(CLEAR_SAMPLE.filter((i) => list.getStatus(i) !== false)).toEqual([]);
    }
  });

  describe('a list credential made by digitalbazaar, signed with the CLI library, checked by verifyCredential', () => {
    /** A fake network: the issuer's key set at its well-known URL and the list at LIST_URL; records every URL asked. */
    async function setup(statusPurpose: 'revocation' | 'suspension') {
      const { createList, createCredential } = await digitalbazaar();
      const { privateJwk, jwks } = await generateIssuerKey('EdDSA', { kid: 'interop-1' });
      const list = await createList({ length: SIZE });
      for (const i of SET) list.setStatus(i, true);
      const listCredential = { ...(await createCredential({ id: LIST_URL, list, statusPurpose })), issuer: ISSUER };
      const web: Record<string, string> = {
        [issuerKeysUrl(ISSUER)]: JSON.stringify(jwks),
        [LIST_URL]: await signJws(listCredential, privateJwk),
      };
      const asked: string[] = [];
      const fetch: FetchLike = async (url) => {
        asked.push(url);
        return url in web ? { ok: true, status: 200, text: async () => web[url]! } : { ok: false, status: 404, text: async () => '' };
      };
      const verifyAt = async (index: number) => {
        const credential = {
          ...badgeCredential('Gold'),
          credentialStatus: {
            type: 'BitstringStatusListEntry',
            statusPurpose,
            statusListIndex: String(index),
            statusListCredential: LIST_URL,
          },
        };
        return verifyCredential(await signCredential(credential, privateJwk), { origin: SHOP, fetch, trustedIssuers: [ISSUER] });
      };
      return { verifyAt, asked };
    }

    it('revocation: a set index is revoked, a clear one verified, and only the issuer origin is asked', async () => {
      const { verifyAt, asked } = await setup('revocation');
      for (const index of [SET[3]!, SET[SET.length - 1]!])
        expect(await verifyAt(index), `index ${index}`).toMatchObject({ status: 'revoked', code: 'revoked' });
      const clear = await verifyAt(CLEAR_SAMPLE[0]!);
      expect(clear).toMatchObject({
        status: 'verified',
        code: 'verified',
        revocation: 'checked',
        issuer: { origin: ISSUER, host: 'certifier.example' },
      });
      expect(new Set(asked)).toEqual(new Set([issuerKeysUrl(ISSUER), LIST_URL]));
    });

    it('suspension: a set index is suspended, a clear one verified', async () => {
      const { verifyAt } = await setup('suspension');
      expect(await verifyAt(SET[5]!)).toMatchObject({ status: 'suspended', code: 'suspended' });
      expect(await verifyAt(CLEAR_SAMPLE[1]!)).toMatchObject({ status: 'verified', revocation: 'checked' });
    });
  });
});

describe('credentials signed by the CLI library verify with a second JOSE verifier (did-jwt verifyJWS, @noble/curves)', () => {
  /** A DID-style verification method holding a public JWK, the form did-jwt verifies against. */
  type Method = Exclude<Parameters<typeof verifyJWS>[1], unknown[]>;
  const method = (jwk: BadgeJWK): Method => ({
    id: `${ISSUER}#${jwk.kid}`,
    type: 'JsonWebKey2020',
    controller: ISSUER,
    publicKeyJwk: jwk as Method['publicKeyJwk'],
  });
  const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it.each(['ES256', 'EdDSA'] as const)('%s: the signature verifies, and a tampered payload or another key does not', async (alg) => {
    const { privateJwk, publicJwk } = await generateIssuerKey(alg);
    const other = await generateIssuerKey(alg);
    const jws = await signCredential(badgeCredential('Gold'), privateJwk);
    const [header, payload, signature] = jws.split('.') as [string, string, string];
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg, typ: 'vc+jwt', kid: publicJwk.kid });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual(badgeCredential('Gold'));

    const signer = method(publicJwk);
    expect(verifyJWS(jws, [method(other.publicJwk), signer])).toBe(signer);

    const tampered = `${header}.${segment(badgeCredential('Platinum'))}.${signature}`;
    expect(() => verifyJWS(tampered, signer)).toThrow(/invalid_signature/);
    expect(() => verifyJWS(jws, method(other.publicJwk))).toThrow(/invalid_signature/);
  });

  it('a status list signed by the CLI verifies too, and a flipped list bit breaks it', async () => {
    const { privateJwk, publicJwk } = await generateIssuerKey('EdDSA');
    const payload = await createStatusListCredential({ url: LIST_URL, issuer: ISSUER, revoked: [42] });
    const jws = await signJws(payload, privateJwk);
    expect(verifyJWS(jws, method(publicJwk)).publicKeyJwk).toEqual(publicJwk);
    const flipped = structuredClone(payload) as { credentialSubject: { encodedList: string } };
    flipped.credentialSubject.encodedList = await encodeStatusList(createBitstring(SIZE, [43]));
    const [header, , signature] = jws.split('.') as [string, string, string];
    expect(() => verifyJWS(`${header}.${segment(flipped)}.${signature}`, method(publicJwk))).toThrow(/invalid_signature/);
  });
});
