/// <reference types="node" />
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCredential, type FetchLike } from '@trust-signals/core/badge';
import {
  CLEAR_INDEX,
  FIXTURE_ISSUER,
  FIXTURE_ORIGIN,
  fixtureCredential,
  makeBadgeFixtures,
  makeFixtureKeys,
  publicJwk,
  REVOKED_INDEX,
  ROGUE_ISSUER,
  STATUS_LIST_URL,
  type BadgeFixture,
  type BadgeFixtureKeys,
} from '../../../test/helpers/badge-fixtures.js';
import { nodeIo, runCli, type CliIo } from './cli.js';
import { createStatusListCredential, generateIssuerKey, IssuerError, privateKeyAlgorithm, signCredential, signJws } from './issuer.js';

/** A fetch that answers from a table of URL → body, 404 for anything else. */
const serve =
  (web: Record<string, string>): FetchLike =>
  async (url) =>
    url in web ? { ok: true, status: 200, text: async () => web[url]! } : { ok: false, status: 404, text: async () => '' };
const KEY_SET_URL = 'https://certifier.example/.well-known/trust-badge/jwks.json';

/** An in-memory CLI environment: files, captured output, and a fetch that answers from a table. */
function memoryIo(files: Record<string, string> = {}, web: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const modes: Record<string, 'private' | 'public'> = {};
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return files[path]!;
    },
    writeFile: async (path, data, options) => {
      files[path] = data;
      modes[path] = options?.private ? 'private' : 'public';
    },
    exists: async (path) => path in files,
    readStdin: async () => files['<stdin>'] ?? '',
    fetch: serve(web),
  };
  const run = async (...argv: string[]) => {
    out.length = 0;
    err.length = 0;
    const code = await runCli(argv, io);
    return { code, stdout: out.join(''), stderr: err.join('') };
  };
  return { io, files, modes, run };
}

let keys: BadgeFixtureKeys;
let fixtures: Map<string, BadgeFixture>;

beforeAll(async () => {
  keys = await makeFixtureKeys();
  fixtures = new Map((await makeBadgeFixtures(keys)).map((f) => [f.name, f]));
});

describe('keygen', () => {
  it.each([
    ['ES256', 'EC', 'P-256'],
    ['EdDSA', 'OKP', 'Ed25519'],
  ])('--alg %s prints a private JWK and its public JWKS', async (alg, kty, crv) => {
    const { run } = memoryIo();
    const { code, stdout, stderr } = await run('keygen', '--alg', alg, '--kid', 'k1');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { privateJwk, jwks } = JSON.parse(stdout);
    expect(privateJwk).toMatchObject({ kty, crv, kid: 'k1', alg, use: 'sig' });
    expect(typeof privateJwk.d).toBe('string');
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toEqual(publicJwk(privateJwk));
    expect('d' in jwks.keys[0]).toBe(false);
  });

  it('uses the RFC 7638 thumbprint as kid by default', async () => {
    const pair = await generateIssuerKey('EdDSA');
    expect(pair.privateJwk.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pair.publicJwk.kid).toBe(pair.privateJwk.kid);
  });

  it('writes the files, the private one as private, and refuses to overwrite them', async () => {
    const env = memoryIo();
    const first = await env.run('keygen', '--alg', 'EdDSA', '--private', 'issuer.private.jwk', '--public', 'issuer.jwks.json');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(
      /^wrote the private key to issuer\.private\.jwk \(keep it secret\) and the public key set to issuer\.jwks\.json \(kid "/,
    );
    expect(env.modes).toEqual({ 'issuer.private.jwk': 'private', 'issuer.jwks.json': 'public' });
    expect(JSON.parse(env.files['issuer.jwks.json']!).keys[0].kty).toBe('OKP');
    const again = await env.run('keygen', '--alg', 'EdDSA', '--private', 'issuer.private.jwk', '--public', 'issuer.jwks.json');
    expect(again).toEqual({
      code: 2,
      stdout: '',
      stderr: 'trust-signals-issuer: error: "issuer.private.jwk" exists; not overwriting a key (use --force to replace it)\n',
    });
    expect(
      (await env.run('keygen', '--alg', 'EdDSA', '--private', 'issuer.private.jwk', '--public', 'issuer.jwks.json', '--force')).code,
    ).toBe(0);
  });

  it.each([
    [['keygen'], 'keygen: --alg is required'],
    [['keygen', '--alg', 'RS256'], 'keygen: --alg must be ES256 or EdDSA, got "RS256"'],
    [['keygen', '--alg', 'none'], 'keygen: --alg must be ES256 or EdDSA, got "none"'],
    [['keygen', '--alg', 'EdDSA', '--private', 'a.jwk'], 'keygen: give both --private and --public, or neither (then both are printed)'],
    [['keygen', '--alg', 'EdDSA', '--private', 'a', '--public', 'a'], 'keygen: --private and --public must be different files'],
    [['keygen', '--alg', 'EdDSA', '--size', '3'], "keygen: Unknown option '--size'"],
  ])('%j → %s', async (argv, message) => {
    const { run } = memoryIo();
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    const [first, second] = stderr.split('\n');
    expect(first).toBe(`trust-signals-issuer: error: ${message}`);
    expect(second).toMatch(/^usage: trust-signals-issuer keygen +--alg ES256\|EdDSA/);
  });
});

describe('sign', () => {
  it('signs a credential file that verifies to the same result as in the browser', async () => {
    const env = memoryIo({ 'key.jwk': JSON.stringify(keys.es256), 'cred.json': JSON.stringify(fixtureCredential()) });
    const { code, stdout } = await env.run('sign', '--key', 'key.jwk', '--credential', 'cred.json');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const result = await verifyCredential(stdout.trim(), {
      origin: FIXTURE_ORIGIN,
      fetch: serve({ [KEY_SET_URL]: JSON.stringify({ keys: [publicJwk(keys.es256)] }) }),
    });
    expect(result.status).toBe('verified');
    expect(result.keyId).toBe('test-es256');
  });

  it('reads the credential from stdin and writes --out, with --typ', async () => {
    const env = memoryIo({ 'key.jwk': JSON.stringify(keys.eddsa), '<stdin>': JSON.stringify(fixtureCredential()) });
    expect((await env.run('sign', '--key', 'key.jwk', '--credential', '-', '--typ', 'vc-ld+jwt', '--out', 'badge.jws')).code).toBe(0);
    const header = JSON.parse(Buffer.from(env.files['badge.jws']!.split('.')[0]!, 'base64url').toString());
    expect(header).toEqual({ alg: 'EdDSA', typ: 'vc-ld+jwt', kid: 'test-eddsa' });
  });

  it('refuses a credential the verifier would call malformed, naming every field', async () => {
    const bad = fixtureCredential({ origin: 'https://shop.example/path' });
    delete (bad as { validUntil?: unknown }).validUntil;
    const env = memoryIo({ 'key.jwk': JSON.stringify(keys.eddsa), 'cred.json': JSON.stringify(bad) });
    expect(await env.run('sign', '--key', 'key.jwk', '--credential', 'cred.json')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'trust-signals-issuer: error: the credential is not a valid badge credential: validUntil must be a date and time with a time zone such as "2025-01-01T00:00:00Z", got nothing; credentialSubject.id must be an origin such as "https://shop.example" (scheme, host and optional port only), got "https://shop.example/path" (it has more than an origin)\n',
    });
    expect((await env.run('sign', '--key', 'key.jwk', '--credential', 'cred.json', '--unchecked')).code).toBe(0);
  });

  it.each([
    [{}, ['sign', '--credential', 'cred.json'], 'sign: --key is required'],
    [{}, ['sign', '--key', 'missing.jwk', '--credential', 'cred.json'], 'cannot read --key file "missing.jwk": no such file'],
    [
      { 'key.jwk': '{"kty":' },
      ['sign', '--key', 'key.jwk', '--credential', 'cred.json'],
      '--key file "key.jwk" is not valid JSON (Unexpected end of JSON input)',
    ],
    [
      { 'key.jwk': 'PUBLIC', 'cred.json': '{}' },
      ['sign', '--key', 'key.jwk', '--credential', 'cred.json', '--typ', 'JWT'],
      'sign: --typ must be vc+jwt or vc-ld+jwt, got "JWT"',
    ],
    [
      { 'key.jwk': 'PUBLIC', 'cred.json': 'CRED' },
      ['sign', '--key', 'key.jwk', '--credential', 'cred.json'],
      'the signing key is a public key (no "d"); signing needs the private key',
    ],
    [
      { 'key.jwk': 'JWKS', 'cred.json': 'CRED' },
      ['sign', '--key', 'key.jwk', '--credential', 'cred.json'],
      'the signing key is a key set (JWKS); give the private JWK of one key',
    ],
    [
      { 'key.jwk': '{"kty":"RSA","n":"x","e":"AQAB","d":"y"}', 'cred.json': 'CRED' },
      ['sign', '--key', 'key.jwk', '--credential', 'cred.json'],
      'the signing key must be a P-256 (ES256) or Ed25519 (EdDSA) key, got kty "RSA" crv undefined',
    ],
    [
      { 'key.jwk': 'PRIVATE', 'cred.json': '[1]' },
      ['sign', '--key', 'key.jwk', '--credential', 'cred.json', '--unchecked'],
      'the credential must be a JSON object',
    ],
  ])('bad input %#: %s', async (files, argv, message) => {
    const resolved = Object.fromEntries(
      Object.entries(files).map(([k, v]) => [
        k,
        v === 'PUBLIC'
          ? JSON.stringify(publicJwk(keys.eddsa))
          : v === 'PRIVATE'
            ? JSON.stringify(keys.eddsa)
            : v === 'JWKS'
              ? JSON.stringify({ keys: [keys.eddsa] })
              : v === 'CRED'
                ? JSON.stringify(fixtureCredential())
                : v,
      ]),
    );
    const { run } = memoryIo(resolved);
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`trust-signals-issuer: error: ${message}`);
  });

  it('sign and status-list refuse a key without kid, as publish does (a badge names its key by kid)', async () => {
    const { kid: _kid, ...noKid } = keys.eddsa;
    const env = memoryIo({ 'key.jwk': JSON.stringify(noKid), 'cred.json': JSON.stringify(fixtureCredential()) });
    const message =
      'trust-signals-issuer: error: the signing key "key.jwk" has no "kid": every published key needs a key id (keygen always sets one)\n';
    expect(await env.run('sign', '--key', 'key.jwk', '--credential', 'cred.json')).toEqual({ code: 2, stdout: '', stderr: message });
    expect(await env.run('status-list', '--key', 'key.jwk', '--issuer', FIXTURE_ISSUER, '--url', STATUS_LIST_URL)).toEqual({
      code: 2,
      stdout: '',
      stderr: message,
    });
    env.files['key.jwk'] = JSON.stringify(keys.eddsa);
    expect((await env.run('sign', '--key', 'key.jwk', '--credential', 'cred.json')).code).toBe(0);
  });

  it('keygen refuses an empty or invisible kid', async () => {
    const { run } = memoryIo();
    for (const kid of ['', 'a b', 'é']) {
      const { code, stderr } = await run('keygen', '--alg', 'EdDSA', '--kid', kid);
      expect(code, kid).toBe(2);
      expect(stderr, kid).toBe(
        `trust-signals-issuer: error: the new key: the key id must be 1 to 100 visible ASCII characters, got ${JSON.stringify(kid)}\n`,
      );
    }
  });

  it('privateKeyAlgorithm refuses a key whose alg contradicts its curve', () => {
    expect(() => privateKeyAlgorithm({ ...keys.eddsa, alg: 'ES256' })).toThrow(
      new IssuerError('the signing key says alg "ES256", but a Ed25519 key signs with EdDSA'),
    );
  });
});

describe('status-list', () => {
  it('signs a list in which exactly the given indexes are revoked', async () => {
    const env = memoryIo({ 'key.jwk': JSON.stringify(keys.eddsa) });
    const made = await env.run(
      'status-list',
      '--key',
      'key.jwk',
      '--issuer',
      FIXTURE_ISSUER,
      '--url',
      STATUS_LIST_URL,
      '--revoked',
      `3, ${REVOKED_INDEX}`,
      '--valid-until',
      '2099-01-01T00:00:00Z',
    );
    expect(made.code).toBe(0);
    const list = made.stdout.trim();
    const jwks = { keys: [publicJwk(keys.eddsa)] };
    const options = { origin: FIXTURE_ORIGIN, fetch: serve({ [KEY_SET_URL]: JSON.stringify(jwks), [STATUS_LIST_URL]: list }) };
    const at = async (index: number) =>
      (await verifyCredential(await signCredential(fixtureCredential({ statusListIndex: index }), keys.eddsa), options)).status;
    expect(await at(3)).toBe('revoked');
    expect(await at(REVOKED_INDEX)).toBe('revoked');
    expect(await at(4)).toBe('verified');
    expect(await at(0)).toBe('verified');
  });

  it.each([
    [['--revoked', '1,x'], 'status-list: --revoked must be whole numbers separated by commas, got "x"'],
    [['--size', '100'], 'the status list size must be a whole number of at least 131072, got 100'],
    [['--revoked', '131072'], 'status list index 131072 is outside a list of 131072 entries'],
    [['--purpose', 'message'], 'status-list: --purpose must be revocation or suspension, got "message"'],
    [
      ['--url', 'https://lists.example/1'],
      "--url https://lists.example/1 is not on the issuer origin https://certifier.example: publish hosts a list only on the issuer's own site",
    ],
    [
      ['--issuer', 'Example Certifier'],
      'the issuer must be an https origin such as https://certifier.example or did:web:certifier.example (http only for localhost), got "Example Certifier"',
    ],
    [
      ['--valid-until', 'tomorrow'],
      'status-list: --valid-until must be a date and time with a time zone such as 2026-01-01T00:00:00Z, got "tomorrow"',
    ],
  ])('%j → %s', async (extra, message) => {
    const { run } = memoryIo({ 'key.jwk': JSON.stringify(keys.eddsa) });
    const { code, stderr } = await run('status-list', '--key', 'key.jwk', '--issuer', FIXTURE_ISSUER, '--url', STATUS_LIST_URL, ...extra);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`trust-signals-issuer: error: ${message}`);
  });
});

describe('publish', () => {
  const KEYS_FILE = 'site/.well-known/trust-badge/jwks.json';
  const LIST_FILE = 'site/status/1';
  /** A signed revocation list of the fixture issuer at `url`. */
  const list = async (fields: { url?: string; issuer?: string; validUntil?: string } = {}, key = keys.eddsa) =>
    `${await signJws(await createStatusListCredential({ url: fields.url ?? STATUS_LIST_URL, issuer: fields.issuer ?? FIXTURE_ISSUER, revoked: [REVOKED_INDEX], validUntil: fields.validUntil ?? '2099-01-01T00:00:00Z' }), key)}\n`;

  it('writes the public key set at the well-known path and each list at the path of its URL, and prints the headers', async () => {
    const env = memoryIo({
      'es256.private.jwk': JSON.stringify(keys.es256),
      'eddsa.jwks.json': JSON.stringify({ keys: [publicJwk(keys.eddsa)] }),
      'list.jws': await list(),
    });
    const { code, stdout, stderr } = await env.run(
      'publish',
      '--issuer',
      FIXTURE_ISSUER,
      '--keys',
      'es256.private.jwk',
      '--keys',
      'eddsa.jwks.json',
      '--out',
      'site',
      '--status-list',
      'list.jws',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(env.files[KEYS_FILE]!)).toEqual({ keys: [publicJwk(keys.es256), publicJwk(keys.eddsa)] });
    expect(env.files[KEYS_FILE]).not.toMatch(/"d"/);
    expect(env.files[LIST_FILE]).toBe(env.files['list.jws']);
    expect(stdout).toBe(
      `Wrote 2 files for https://certifier.example (key set kids: "test-es256", "test-eddsa").
Upload the folder site to the root of https://certifier.example, and serve each file at its URL over https:

${KEYS_FILE}
  serve at https://certifier.example/.well-known/trust-badge/jwks.json with the headers
    Content-Type: application/jwk-set+json
    Cache-Control: max-age=3600
    Access-Control-Allow-Origin: *
    X-Content-Type-Options: nosniff

${LIST_FILE}
  serve at ${STATUS_LIST_URL} with the headers
    Content-Type: application/vc+jwt
    Cache-Control: max-age=300
    Access-Control-Allow-Origin: *
    X-Content-Type-Options: nosniff

No redirects: the badge refuses a redirected key set (a redirect could move it to another origin), and status lists are fetched the same way.
Access-Control-Allow-Origin: * is needed because badges verify on the shops' origins; no cookies are sent.
`,
    );
  });

  it('writes no private member, whatever the private key carries', async () => {
    const rsaish = { ...keys.es256, p: 'secret', q: 'secret', dp: 'x', key_ops: ['sign'], ext: true, note: 'private' };
    const env = memoryIo({ 'k.jwk': JSON.stringify(rsaish) });
    expect((await env.run('publish', '--issuer', 'did:web:certifier.example', '--keys', 'k.jwk', '--out', 'site')).code).toBe(0);
    const published = JSON.parse(env.files[KEYS_FILE]!).keys[0];
    expect(Object.keys(published).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x', 'y']);
    expect(published).toEqual(publicJwk(keys.es256));
  });

  it('takes URL=FILE for a list and checks that it agrees with the list id', async () => {
    const env = memoryIo({ 'k.jwk': JSON.stringify(keys.eddsa), 'list.jws': await list() });
    expect(
      (
        await env.run(
          'publish',
          '--issuer',
          FIXTURE_ISSUER,
          '--keys',
          'k.jwk',
          '--out',
          'site',
          '--status-list',
          `${STATUS_LIST_URL}=list.jws`,
        )
      ).code,
    ).toBe(0);
    expect(env.files[LIST_FILE]).toBe(env.files['list.jws']);
    const other = await env.run(
      'publish',
      '--issuer',
      FIXTURE_ISSUER,
      '--keys',
      'k.jwk',
      '--out',
      'site',
      '--status-list',
      'https://certifier.example/status/2=list.jws',
    );
    expect(other.stderr).toBe(
      `trust-signals-issuer: error: --status-list file "list.jws" says its URL is ${STATUS_LIST_URL}, not https://certifier.example/status/2\n`,
    );
    expect(other.code).toBe(2);
  });

  it.each([
    [
      'a key without kid',
      { 'k.jwk': 'NO-KID' },
      ['--keys', 'k.jwk'],
      '--keys file "k.jwk" has no "kid": every published key needs a key id (keygen always sets one)',
    ],
    [
      'a key set with a key without kid',
      { 'k.json': 'JWKS-NO-KID' },
      ['--keys', 'k.json'],
      '--keys file "k.json" keys[1] has no "kid": every published key needs a key id (keygen always sets one)',
    ],
    [
      'two keys with one kid',
      { 'a.jwk': 'EDDSA', 'b.jwk': 'ES256-AS-EDDSA-KID' },
      ['--keys', 'a.jwk', '--keys', 'b.jwk'],
      'kid "test-eddsa" is given twice (--keys file "a.jwk" and --keys file "b.jwk"): each published key needs its own kid',
    ],
    [
      'an HMAC secret',
      { 'k.jwk': '{"kty":"oct","k":"c2VjcmV0","kid":"h"}' },
      ['--keys', 'k.jwk'],
      '--keys file "k.jwk" is not a P-256 (ES256) or Ed25519 (EdDSA) key: kty "oct" crv undefined',
    ],
    [
      'an encryption key',
      { 'k.jwk': 'USE-ENC' },
      ['--keys', 'k.jwk'],
      '--keys file "k.jwk" (kid "test-eddsa") has use "enc"; a badge key is for signatures ("sig")',
    ],
    [
      'an issuer that is not an origin',
      { 'k.jwk': 'EDDSA' },
      ['--keys', 'k.jwk', '--issuer', 'https://certifier.example/badges'],
      'the issuer must be an https origin such as https://certifier.example or did:web:certifier.example (http only for localhost), got "https://certifier.example/badges"',
    ],
    [
      'a plain-http issuer',
      { 'k.jwk': 'EDDSA' },
      ['--keys', 'k.jwk', '--issuer', 'http://certifier.example'],
      'the issuer must be an https origin such as https://certifier.example or did:web:certifier.example (http only for localhost), got "http://certifier.example"',
    ],
    [
      'a list on another origin',
      { 'k.jwk': 'EDDSA', 'l.jws': 'LIST-OTHER-ORIGIN' },
      ['--keys', 'k.jwk', '--status-list', 'l.jws'],
      '--status-list file "l.jws": https://lists.example/status/1 is not on the issuer origin https://certifier.example; badges accept only lists the issuer hosts',
    ],
    [
      'a list with a query',
      { 'k.jwk': 'EDDSA', 'l.jws': 'LIST-QUERY' },
      ['--keys', 'k.jwk', '--status-list', 'l.jws'],
      '--status-list file "l.jws": https://certifier.example/status?n=1 has a user name, query or fragment; give the plain URL the file is served at',
    ],
    [
      'a list at a folder URL',
      { 'k.jwk': 'EDDSA', 'l.jws': 'LIST-SLASH' },
      ['--keys', 'k.jwk', '--status-list', 'l.jws'],
      '--status-list file "l.jws": the path of https://certifier.example/status/ must be names of letters, digits, ".", "_", "~" and "-" separated by "/", not ending in "/"',
    ],
    [
      'a list at the key set path',
      { 'k.jwk': 'EDDSA', 'l.jws': 'LIST-AT-KEYS' },
      ['--keys', 'k.jwk', '--status-list', 'l.jws'],
      'two files would be served at https://certifier.example/.well-known/trust-badge/jwks.json',
    ],
    [
      'a list of another issuer',
      { 'k.jwk': 'EDDSA', 'l.jws': 'LIST-ROGUE' },
      ['--keys', 'k.jwk', '--status-list', 'l.jws'],
      '--status-list file "l.jws" is issued by "https://rogue.example", not by the issuer https://certifier.example',
    ],
    [
      'a list signed by a key not published',
      { 'k.jwk': 'ES256', 'l.jws': 'LIST' },
      ['--keys', 'k.jwk', '--status-list', 'l.jws'],
      '--status-list file "l.jws" is not signed by a key of the published key set (kids "test-es256")',
    ],
    [
      'a stale list',
      { 'k.jwk': 'EDDSA', 'l.jws': 'LIST-STALE' },
      ['--keys', 'k.jwk', '--status-list', 'l.jws'],
      '--status-list file "l.jws" expired at 2001-01-01T00:00:00.000Z: badges would say they could not check it; sign it again',
    ],
    [
      'a badge instead of a list',
      { 'k.jwk': 'EDDSA', 'l.jws': 'BADGE' },
      ['--keys', 'k.jwk', '--status-list', 'l.jws'],
      '--status-list file "l.jws" is not a Bitstring Status List credential: type must …',
    ],
    ['no --keys', {}, [], 'publish: --keys is required (a private or public JWK or JWKS file; repeat it for several)'],
  ])('refuses %s, writing nothing', async (_name, files, extra, message) => {
    const { kid: _kid, ...noKid } = keys.eddsa;
    const content: Record<string, () => Promise<string> | string> = {
      'NO-KID': () => JSON.stringify(noKid),
      'JWKS-NO-KID': () => JSON.stringify({ keys: [publicJwk(keys.es256), publicJwk(noKid as typeof keys.eddsa)] }),
      ES256: () => JSON.stringify(keys.es256),
      EDDSA: () => JSON.stringify(keys.eddsa),
      'ES256-AS-EDDSA-KID': () => JSON.stringify({ ...keys.es256, kid: 'test-eddsa' }),
      'USE-ENC': () => JSON.stringify({ ...publicJwk(keys.eddsa), use: 'enc' }),
      LIST: () => list(),
      'LIST-OTHER-ORIGIN': () => list({ url: 'https://lists.example/status/1' }),
      'LIST-QUERY': () => list({ url: 'https://certifier.example/status?n=1' }),
      'LIST-SLASH': () => list({ url: 'https://certifier.example/status/' }),
      'LIST-AT-KEYS': () => list({ url: 'https://certifier.example/.well-known/trust-badge/jwks.json' }),
      'LIST-ROGUE': () => list({ issuer: ROGUE_ISSUER }),
      'LIST-STALE': () => list({ validUntil: '2001-01-01T00:00:00Z' }),
      BADGE: async () => signCredential(fixtureCredential(), keys.eddsa),
    };
    const resolved: Record<string, string> = {};
    for (const [name, value] of Object.entries(files)) resolved[name] = await (content[value]?.() ?? value);
    const env = memoryIo(resolved);
    const argv: string[] = (extra as string[]).includes('--issuer') ? extra : ['--issuer', FIXTURE_ISSUER, ...extra];
    const { code, stdout, stderr } = await env.run('publish', ...argv, '--out', 'site');
    const first = stderr.split('\n')[0]!;
    // A message ending in "…" is a prefix (the rest is the core parser's wording).
    if (message.endsWith('…')) expect(first.startsWith(`trust-signals-issuer: error: ${message.slice(0, -1)}`), first).toBe(true);
    else expect(first).toBe(`trust-signals-issuer: error: ${message}`);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(Object.keys(env.files).filter((f) => f.startsWith('site/'))).toEqual([]);
  });

  it('with the real file system (nodeIo), creates the folders and writes the files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'issuer-publish-'));
    try {
      writeFileSync(join(dir, 'k.jwk'), JSON.stringify(keys.eddsa));
      writeFileSync(join(dir, 'list.jws'), await list());
      const out: string[] = [];
      const io: CliIo = { ...nodeIo, stdout: (t) => void out.push(t), stderr: (t) => void out.push(t) };
      const site = join(dir, 'site');
      expect(
        await runCli(
          ['publish', '--issuer', FIXTURE_ISSUER, '--keys', join(dir, 'k.jwk'), '--out', site, '--status-list', join(dir, 'list.jws')],
          io,
        ),
        out.join(''),
      ).toBe(0);
      expect(JSON.parse(readFileSync(join(site, '.well-known/trust-badge/jwks.json'), 'utf8'))).toEqual({ keys: [publicJwk(keys.eddsa)] });
      expect(readFileSync(join(site, 'status/1'), 'utf8')).toBe(readFileSync(join(dir, 'list.jws'), 'utf8'));
      expect(statSync(join(site, 'status/1')).mode & 0o777).toBe(0o644);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a published folder is what a badge verifies against: served through fetch, a revoked index reads revoked', async () => {
    const env = memoryIo({ 'k.jwk': JSON.stringify(keys.eddsa), 'list.jws': await list() });
    expect(
      (await env.run('publish', '--issuer', FIXTURE_ISSUER, '--keys', 'k.jwk', '--out', 'site', '--status-list', 'list.jws')).code,
    ).toBe(0);
    // Served exactly as written: the file at site/<path> answers https://certifier.example/<path>.
    const fetch = serve(
      Object.fromEntries(
        Object.entries(env.files)
          .filter(([f]) => f.startsWith('site/'))
          .map(([f, body]) => [`${FIXTURE_ISSUER}/${f.slice(5)}`, body]),
      ),
    );
    const options = { origin: FIXTURE_ORIGIN, fetch };
    const at = async (index: number) =>
      (await verifyCredential(await signCredential(fixtureCredential({ statusListIndex: index }), keys.eddsa), options)).status;
    expect(await at(REVOKED_INDEX)).toBe('revoked');
    expect(await at(CLEAR_INDEX)).toBe('verified');
  });
});

describe('verify', () => {
  /** The certifier's site as publish writes it: key set and status list, served by the fake fetch. */
  const site = (f: BadgeFixture) => ({ [KEY_SET_URL]: JSON.stringify(f.keys), [STATUS_LIST_URL]: f.statusLists[STATUS_LIST_URL]! });

  /** Runs `verify` on a fixture, its keys and list served from the issuer's origin; returns the exit code and the output. */
  async function verifyFixture(name: string, extra: string[] = [], issuer = FIXTURE_ISSUER) {
    const f = fixtures.get(name)!;
    const env = memoryIo({ 'badge.jws': `${f.jws}\n` }, site(f));
    return env.run('verify', '--jws', 'badge.jws', '--origin', f.origin, '--issuer', issuer, ...extra);
  }

  it('prints the same status and code as the browser code for every fixture; exit 0 only for verified', async () => {
    const statuses = new Set<string>();
    for (const [name, f] of fixtures) {
      const web = site(f);
      const expected = await verifyCredential(f.jws, {
        origin: f.origin,
        trustedIssuers: [FIXTURE_ISSUER],
        fetch: serve(web),
      });
      const { code, stdout } = await verifyFixture(name);
      expect(stdout.startsWith(`${expected.status} (${expected.code}): `), `${name}: ${stdout}`).toBe(true);
      expect(code, name).toBe(expected.status === 'verified' ? 0 : 1);
      statuses.add(expected.status);
    }
    expect([...statuses]).toEqual(
      expect.arrayContaining(['verified', 'revoked', 'bad-signature', 'wrong-origin', 'expired', 'unknown-issuer', 'malformed']),
    );
  });

  it('fetches the keys from the issuer origin only, and always checks revocation', async () => {
    const f = fixtures.get('revoked')!;
    const env = memoryIo({}, site(f));
    const asked: string[] = [];
    const fetch = env.io.fetch;
    env.io.fetch = (url, init) => (asked.push(url), fetch(url, init));
    const { code, stdout } = await env.run('verify', '--jws', f.jws, '--origin', FIXTURE_ORIGIN);
    expect(stdout).toBe(`revoked (revoked): ${(await verifyCredential(f.jws, { origin: FIXTURE_ORIGIN, fetch })).reason}\n`);
    expect(code).toBe(1);
    expect(asked.sort()).toEqual([KEY_SET_URL, STATUS_LIST_URL]);
  });

  it('an unreachable key set is unchecked (keys-unreachable), not verified', async () => {
    const f = fixtures.get('valid-eddsa')!;
    const { run } = memoryIo();
    const { code, stdout } = await run('verify', '--jws', f.jws, '--origin', FIXTURE_ORIGIN);
    expect(stdout).toMatch(/^unchecked \(keys-unreachable\): /);
    expect(code).toBe(1);
  });

  it('--issuer is the allow-list: another issuer is unknown-issuer (issuer-not-trusted)', async () => {
    const { code, stdout } = await verifyFixture('valid-eddsa', [], 'https://other-certifier.example');
    expect(stdout).toMatch(/^unknown-issuer \(issuer-not-trusted\): /);
    expect(code).toBe(1);
    expect((await verifyFixture('valid-eddsa')).stdout).toMatch(/^verified \(verified\): /);
  });

  it('--test-keys checks with the given keys without fetching them, and is never verified', async () => {
    const f = fixtures.get('valid-eddsa')!;
    const env = memoryIo({ 'test.jwks.json': JSON.stringify(f.keys) });
    const { code, stdout } = await env.run('verify', '--jws', f.jws, '--origin', FIXTURE_ORIGIN, '--test-keys', 'test.jwks.json');
    expect(stdout).toMatch(/^test-key \(test-key\): /);
    expect(code).toBe(1);
    const rogue = memoryIo({ 'rogue.jwks.json': JSON.stringify({ keys: [publicJwk(keys.rogue)] }) });
    expect((await rogue.run('verify', '--jws', f.jws, '--origin', FIXTURE_ORIGIN, '--test-keys', 'rogue.jwks.json')).stdout).not.toMatch(
      /^test-key/,
    );
  });

  it('--status-list URL=FILE serves that list from a file (checked like a fetched one)', async () => {
    const f = fixtures.get('revoked')!;
    const clear = await signJws(
      await createStatusListCredential({ url: STATUS_LIST_URL, issuer: FIXTURE_ISSUER, revoked: [] }),
      keys.eddsa,
    );
    const env = memoryIo(
      {
        'clear.jws': `${clear}\n`,
        'rogue.jws': await signJws(
          await createStatusListCredential({ url: STATUS_LIST_URL, issuer: FIXTURE_ISSUER, revoked: [] }),
          keys.rogue,
        ),
      },
      site(f),
    );
    expect(
      (await env.run('verify', '--jws', f.jws, '--origin', FIXTURE_ORIGIN, '--status-list', `${STATUS_LIST_URL}=clear.jws`)).stdout,
    ).toMatch(/^verified \(verified\): /);
    expect((await env.run('verify', '--jws', f.jws, '--origin', FIXTURE_ORIGIN)).stdout).toMatch(/^revoked /);
    expect(
      (await env.run('verify', '--jws', f.jws, '--origin', FIXTURE_ORIGIN, '--status-list', `${STATUS_LIST_URL}=rogue.jws`)).stdout,
    ).toMatch(/^unchecked \(status-[a-z]+\): .* not signed by a key of the credential's issuer/);
  });

  it('--timeout bounds a request that never answers', async () => {
    const f = fixtures.get('valid-eddsa')!;
    const env = memoryIo();
    env.io.fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const started = Date.now();
    const { code, stdout } = await env.run('verify', '--jws', f.jws, '--origin', FIXTURE_ORIGIN, '--timeout', '50');
    expect(stdout).toMatch(/^unchecked \(keys-unreachable\): /);
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('--json prints the whole result', async () => {
    const { stdout } = await verifyFixture('valid-es256', ['--json', '--now', '2030-01-01T00:00:00Z']);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      status: 'verified',
      code: 'verified',
      revocation: 'checked',
      keyId: 'test-es256',
      checkedAt: '2030-01-01T00:00:00.000Z',
      issuer: { origin: FIXTURE_ISSUER, host: 'certifier.example' },
    });
    expect(result.credential.subject).toEqual({ id: FIXTURE_ORIGIN, name: 'Example Shop Ltd' });
  });

  it('--now moves the clock', async () => {
    expect((await verifyFixture('valid-eddsa', ['--now', '2100-01-01T00:00:00Z'])).stdout).toMatch(/^expired \(expired\): /);
  });

  it.each([
    [['verify', '--origin', FIXTURE_ORIGIN], 'verify: --jws is required'],
    [['verify', '--jws', 'a.b.c'], 'verify: --origin is required'],
    [['verify', '--jws', 'nope.txt', '--origin', FIXTURE_ORIGIN], 'cannot read --jws file "nope.txt": no such file'],
    [
      ['verify', '--jws', 'a.b.c', '--origin', FIXTURE_ORIGIN, '--test-keys', 'missing.json'],
      'cannot read --test-keys file "missing.json": no such file',
    ],
    [
      ['verify', '--jws', 'a.b.c', '--keys', 'jwks.json', '--origin', FIXTURE_ORIGIN],
      "verify: --keys is gone: a badge takes its keys only from the issuer's origin (/.well-known/trust-badge/jwks.json); --test-keys FILE checks with a test key",
    ],
    [
      ['verify', '--jws', 'a.b.c', '--origin', FIXTURE_ORIGIN, '--now', 'yesterday'],
      'verify: --now must be a date and time with a time zone such as 2026-01-01T00:00:00Z, got "yesterday"',
    ],
    [
      ['verify', '--jws', 'a.b.c', '--origin', FIXTURE_ORIGIN, '--timeout', '0'],
      'verify: --timeout must be a whole number of milliseconds from 1 to 9999999, got "0"',
    ],
    [
      ['verify', '--jws', 'a.b.c', '--origin', FIXTURE_ORIGIN, '--issuer', ''],
      'verify: --issuer must be an issuer id such as https://certifier.example',
    ],
    [
      ['verify', '--jws', 'a.b.c', '--origin', FIXTURE_ORIGIN, '--status-list', 'fetch'],
      'verify: --status-list takes URL=FILE (the list at URL is read from FILE instead of the network), got "fetch"',
    ],
    [
      ['verify', '--jws', 'a.b.c', '--origin', FIXTURE_ORIGIN, '--status-list', `${STATUS_LIST_URL}=none.jws`],
      'cannot read --status-list file "none.jws": no such file',
    ],
    [['verify', 'a.b.c'], "verify: Unexpected argument 'a.b.c'. This command does not take positional arguments"],
  ])('%j → %s', async (argv, message) => {
    const { run } = memoryIo({ 'jwks.json': '{"keys":[]}' });
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`trust-signals-issuer: error: ${message}`);
  });
});

describe('the command line', () => {
  it('help prints the usage to stdout and exits 0; no command prints it to stderr and exits 2', async () => {
    const { run } = memoryIo();
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: trust-signals-issuer <command> \[options\]\n/);
    for (const command of ['keygen', 'sign', 'status-list', 'publish', 'verify']) expect(help.stdout).toContain(`\n  ${command} `);
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(help.stdout);
  });

  it('names an unknown command', async () => {
    const { run } = memoryIo();
    const { code, stderr } = await run('issue');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'trust-signals-issuer: error: unknown command "issue" (expected keygen, sign, status-list, publish or verify)',
    );
  });
});

describe('the real bin (node packages/issuer/bin/trust-signals-issuer.js, built by npm run build)', () => {
  const bin = fileURLToPath(new URL('../bin/trust-signals-issuer.js', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'issuer-cli-'));
  const exec = promisify(execFile);
  const node = (...args: string[]) =>
    exec(process.execPath, [bin, ...args], { cwd: dir }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keygen → sign → publish → verify with files, end to end', async () => {
    for (const built of ['../dist/cli.js', '../../core/dist/badge/index.js']) {
      expect(existsSync(fileURLToPath(new URL(built, import.meta.url))), `${built} is missing: run npm run build first`).toBe(true);
    }
    const keygen = await node(
      'keygen',
      '--alg',
      'EdDSA',
      '--kid',
      'cli-test',
      '--private',
      'issuer.private.jwk',
      '--public',
      'issuer.jwks.json',
    );
    expect(keygen.code).toBe(0);
    expect(statSync(join(dir, 'issuer.private.jwk')).mode & 0o777).toBe(0o600);
    writeFileSync(join(dir, 'cred.json'), JSON.stringify(fixtureCredential()));
    const sign = await node('sign', '--key', 'issuer.private.jwk', '--credential', 'cred.json', '--out', 'badge.jws');
    expect(sign).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'badge.jws'), 'utf8')).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const publish = await node('publish', '--issuer', FIXTURE_ISSUER, '--keys', 'issuer.private.jwk', '--out', 'site');
    expect(publish.code).toBe(0);
    const published = readFileSync(join(dir, 'site/.well-known/trust-badge/jwks.json'), 'utf8');
    expect(JSON.parse(published)).toEqual(JSON.parse(readFileSync(join(dir, 'issuer.jwks.json'), 'utf8')));
    const ok = await node(
      'verify',
      '--jws',
      'badge.jws',
      '--test-keys',
      'site/.well-known/trust-badge/jwks.json',
      '--origin',
      'https://shop.example',
      '--issuer',
      FIXTURE_ISSUER,
    );
    expect(ok.stdout).toMatch(/^test-key \(test-key\): /);
    expect(ok.code).toBe(1);
    const wrong = await node('verify', '--jws', 'badge.jws', '--test-keys', 'issuer.jwks.json', '--origin', 'https://elsewhere.example');
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/^wrong-origin \(wrong-origin\): /);
    const bad = await node('sign', '--key', 'issuer.jwks.json', '--credential', 'cred.json');
    expect(bad).toEqual({
      code: 2,
      stdout: '',
      stderr: 'trust-signals-issuer: error: the signing key is a key set (JWKS); give the private JWK of one key\n',
    });
  });
});
