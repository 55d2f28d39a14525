/// <reference types="node" />
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCredential } from '@trust-signals/core/badge';
import {
  FIXTURE_ISSUER,
  FIXTURE_ORIGIN,
  REVOKED_INDEX,
  STATUS_LIST_URL,
  fixtureCredential,
  makeBadgeFixtures,
  makeFixtureKeys,
  publicJwk,
  type BadgeFixture,
  type BadgeFixtureKeys,
} from '../../../test/helpers/badge-fixtures.js';
import { runCli, type CliIo } from './cli.js';
import { IssuerError, generateIssuerKey, privateKeyAlgorithm, signCredential } from './issuer.js';

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
    fetch: async (url) => (url in web ? { ok: true, status: 200, text: async () => web[url]! } : { ok: false, status: 404, text: async () => '' }),
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
    expect(first.stderr).toMatch(/^wrote the private key to issuer\.private\.jwk \(keep it secret\) and the public key set to issuer\.jwks\.json \(kid "/);
    expect(env.modes).toEqual({ 'issuer.private.jwk': 'private', 'issuer.jwks.json': 'public' });
    expect(JSON.parse(env.files['issuer.jwks.json']!).keys[0].kty).toBe('OKP');
    const again = await env.run('keygen', '--alg', 'EdDSA', '--private', 'issuer.private.jwk', '--public', 'issuer.jwks.json');
    expect(again).toEqual({ code: 2, stdout: '', stderr: 'trust-signals-issuer: error: "issuer.private.jwk" exists; not overwriting a key (use --force to replace it)\n' });
    expect((await env.run('keygen', '--alg', 'EdDSA', '--private', 'issuer.private.jwk', '--public', 'issuer.jwks.json', '--force')).code).toBe(0);
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
    const result = await verifyCredential(stdout.trim(), { origin: FIXTURE_ORIGIN, keys: { keys: [publicJwk(keys.es256)] } });
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
    [{ 'key.jwk': '{"kty":' }, ['sign', '--key', 'key.jwk', '--credential', 'cred.json'], '--key file "key.jwk" is not valid JSON (Unexpected end of JSON input)'],
    [{ 'key.jwk': 'PUBLIC', 'cred.json': '{}' }, ['sign', '--key', 'key.jwk', '--credential', 'cred.json', '--typ', 'JWT'], 'sign: --typ must be vc+jwt or vc-ld+jwt, got "JWT"'],
    [{ 'key.jwk': 'PUBLIC', 'cred.json': 'CRED' }, ['sign', '--key', 'key.jwk', '--credential', 'cred.json'], 'the signing key is a public key (no "d"); signing needs the private key'],
    [{ 'key.jwk': 'JWKS', 'cred.json': 'CRED' }, ['sign', '--key', 'key.jwk', '--credential', 'cred.json'], 'the signing key is a key set (JWKS); give the private JWK of one key'],
    [{ 'key.jwk': '{"kty":"RSA","n":"x","e":"AQAB","d":"y"}', 'cred.json': 'CRED' }, ['sign', '--key', 'key.jwk', '--credential', 'cred.json'], 'the signing key must be a P-256 (ES256) or Ed25519 (EdDSA) key, got kty "RSA" crv undefined'],
    [{ 'key.jwk': 'PRIVATE', 'cred.json': '[1]' }, ['sign', '--key', 'key.jwk', '--credential', 'cred.json', '--unchecked'], 'the credential must be a JSON object'],
  ])('bad input %#: %s', async (files, argv, message) => {
    const resolved = Object.fromEntries(
      Object.entries(files).map(([k, v]) => [
        k,
        v === 'PUBLIC' ? JSON.stringify(publicJwk(keys.eddsa)) : v === 'PRIVATE' ? JSON.stringify(keys.eddsa) : v === 'JWKS' ? JSON.stringify({ keys: [keys.eddsa] }) : v === 'CRED' ? JSON.stringify(fixtureCredential()) : v,
      ]),
    );
    const { run } = memoryIo(resolved);
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`trust-signals-issuer: error: ${message}`);
  });

  it('privateKeyAlgorithm refuses a key whose alg contradicts its curve', () => {
    expect(() => privateKeyAlgorithm({ ...keys.eddsa, alg: 'ES256' })).toThrow(new IssuerError('the signing key says alg "ES256", but a Ed25519 key signs with EdDSA'));
  });
});

describe('status-list', () => {
  it('signs a list in which exactly the given indexes are revoked', async () => {
    const env = memoryIo({ 'key.jwk': JSON.stringify(keys.eddsa) });
    const made = await env.run('status-list', '--key', 'key.jwk', '--issuer', FIXTURE_ISSUER, '--url', STATUS_LIST_URL, '--revoked', `3, ${REVOKED_INDEX}`, '--valid-until', '2099-01-01T00:00:00Z');
    expect(made.code).toBe(0);
    const list = made.stdout.trim();
    const jwks = { keys: [publicJwk(keys.eddsa)] };
    const options = { origin: FIXTURE_ORIGIN, keys: jwks, fetchStatusList: async () => list };
    const at = async (index: number) => (await verifyCredential(await signCredential(fixtureCredential({ statusListIndex: index }), keys.eddsa), options)).status;
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
    [['--valid-until', 'tomorrow'], 'status-list: --valid-until must be a date and time with a time zone such as 2026-01-01T00:00:00Z, got "tomorrow"'],
  ])('%j → %s', async (extra, message) => {
    const { run } = memoryIo({ 'key.jwk': JSON.stringify(keys.eddsa) });
    const { code, stderr } = await run('status-list', '--key', 'key.jwk', '--issuer', FIXTURE_ISSUER, '--url', STATUS_LIST_URL, ...extra);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`trust-signals-issuer: error: ${message}`);
  });
});

describe('verify', () => {
  /** Runs `verify` on a fixture with its keys file and status list file; returns the exit code and the output. */
  async function verifyFixture(name: string, extra: string[] = []) {
    const f = fixtures.get(name)!;
    const env = memoryIo({ 'jwks.json': JSON.stringify(f.keys), 'list.jws': f.statusLists[STATUS_LIST_URL]!, 'badge.jws': `${f.jws}\n` });
    return env.run('verify', '--jws', 'badge.jws', '--keys', 'jwks.json', '--origin', f.origin, '--issuer', FIXTURE_ISSUER, '--status-list', 'list.jws', ...extra);
  }

  it('prints the same status as the browser code for every fixture; exit 0 only for verified', async () => {
    for (const [name, f] of fixtures) {
      const { code, stdout } = await verifyFixture(name);
      expect(stdout.split(':')[0], name).toBe(f.expected);
      expect(code, name).toBe(f.expected === 'verified' ? 0 : 1);
    }
  });

  it('prints "status: reason"', async () => {
    expect((await verifyFixture('revoked')).stdout).toBe(`revoked: the issuer has revoked this credential (status list ${STATUS_LIST_URL}, index ${REVOKED_INDEX})\n`);
  });

  it('--json prints the whole result', async () => {
    const { stdout } = await verifyFixture('valid-es256', ['--json', '--now', '2030-01-01T00:00:00Z']);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ status: 'verified', revocation: 'checked', keyId: 'test-es256', checkedAt: '2030-01-01T00:00:00.000Z' });
    expect(result.credential.subject).toEqual({ id: FIXTURE_ORIGIN, name: 'Example Shop Ltd' });
  });

  it('--now moves the clock', async () => {
    expect((await verifyFixture('valid-eddsa', ['--now', '2100-01-01T00:00:00Z'])).stdout).toMatch(/^expired: /);
  });

  it('takes the JWS itself, a keys URL and "fetch" for the status list', async () => {
    const f = fixtures.get('revoked')!;
    const env = memoryIo({}, { 'https://certifier.example/jwks.json': JSON.stringify(f.keys), [STATUS_LIST_URL]: f.statusLists[STATUS_LIST_URL]! });
    const { code, stdout } = await env.run('verify', '--jws', f.jws, '--keys', 'https://certifier.example/jwks.json', '--origin', FIXTURE_ORIGIN, '--status-list', 'fetch');
    expect(stdout).toMatch(/^revoked: /);
    expect(code).toBe(1);
  });

  it('without --status-list, revocation is reported as not checked', async () => {
    const f = fixtures.get('revoked')!;
    const { run } = memoryIo({ 'jwks.json': JSON.stringify(f.keys) });
    const { code, stdout } = await run('verify', '--jws', f.jws, '--keys', 'jwks.json', '--origin', FIXTURE_ORIGIN);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^verified: .*revocation NOT checked/);
  });

  it.each([
    [['verify', '--keys', 'jwks.json', '--origin', FIXTURE_ORIGIN], 'verify: --jws is required'],
    [['verify', '--jws', 'a.b.c', '--keys', 'jwks.json'], 'verify: --origin is required'],
    [['verify', '--jws', 'nope.txt', '--keys', 'jwks.json', '--origin', FIXTURE_ORIGIN], 'cannot read --jws file "nope.txt": no such file'],
    [['verify', '--jws', 'a.b.c', '--keys', 'missing.json', '--origin', FIXTURE_ORIGIN], 'cannot read --keys file "missing.json": no such file'],
    [['verify', '--jws', 'a.b.c', '--keys', 'jwks.json', '--origin', FIXTURE_ORIGIN, '--now', 'yesterday'], 'verify: --now must be a date and time with a time zone such as 2026-01-01T00:00:00Z, got "yesterday"'],
    [['verify', '--jws', 'a.b.c', '--keys', 'jwks.json', '--origin', FIXTURE_ORIGIN, '--status-list', 'a', '--status-list', 'b'], 'verify: give one --status-list FILE, or one URL=FILE per list'],
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
    for (const command of ['keygen', 'sign', 'status-list', 'verify']) expect(help.stdout).toContain(`\n  ${command} `);
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(help.stdout);
  });

  it('names an unknown command', async () => {
    const { run } = memoryIo();
    const { code, stderr } = await run('issue');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('trust-signals-issuer: error: unknown command "issue" (expected keygen, sign, status-list or verify)');
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

  it('keygen → sign → verify with files, end to end', async () => {
    for (const built of ['../dist/cli.js', '../../core/dist/badge/index.js']) {
      expect(existsSync(fileURLToPath(new URL(built, import.meta.url))), `${built} is missing: run npm run build first`).toBe(true);
    }
    const keygen = await node('keygen', '--alg', 'EdDSA', '--kid', 'cli-test', '--private', 'issuer.private.jwk', '--public', 'issuer.jwks.json');
    expect(keygen.code).toBe(0);
    expect(statSync(join(dir, 'issuer.private.jwk')).mode & 0o777).toBe(0o600);
    writeFileSync(join(dir, 'cred.json'), JSON.stringify(fixtureCredential()));
    const sign = await node('sign', '--key', 'issuer.private.jwk', '--credential', 'cred.json', '--out', 'badge.jws');
    expect(sign).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'badge.jws'), 'utf8')).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const ok = await node('verify', '--jws', 'badge.jws', '--keys', 'issuer.jwks.json', '--origin', 'https://shop.example', '--issuer', FIXTURE_ISSUER);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^verified: signed by https:\/\/certifier\.example \(key "cli-test"\) for https:\/\/shop\.example/);
    const wrong = await node('verify', '--jws', 'badge.jws', '--keys', 'issuer.jwks.json', '--origin', 'https://elsewhere.example');
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe("wrong-origin: the credential was issued for https://shop.example, not for this page's origin https://elsewhere.example\n");
    const bad = await node('sign', '--key', 'issuer.jwks.json', '--credential', 'cred.json');
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'trust-signals-issuer: error: the signing key is a key set (JWKS); give the private JWK of one key\n' });
  });
});
