/// <reference types="node" />
import { constants } from 'node:fs';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  BADGE_KEYS_PATH,
  verifyCredential,
  type BadgeAlgorithm,
  type FetchLike,
  type IssuerKeysInput,
  type VerifyCredentialOptions,
} from '@trust-signals/core/badge';
import {
  checkKid,
  createStatusListCredential,
  generateIssuerKey,
  hostedKeySet,
  hostedStatusList,
  hostingOrigin,
  IssuerError,
  privateKeyAlgorithm,
  publicKeySet,
  signCredential,
  signJws,
  type BadgeJwsType,
  type HostedFile,
} from './issuer.js';

/**
 * `trust-signals-issuer`: keygen, sign, status-list, publish, verify. {@link runCli} takes its I/O as a parameter so that
 * tests run it in-process; the bin passes the real one.
 */

/** Synopsis and description of each command, as printed in the usage. */
const COMMAND_USAGE = {
  keygen: `keygen       --alg ES256|EdDSA [--kid ID] [--private FILE --public FILE] [--force]
               Generate a signing key. With --private and --public, writes the private JWK (mode 600) and the
               public JWKS; without them, prints {"privateJwk": …, "jwks": …}.`,
  sign: `sign         --key PRIVATE.jwk --credential CRED.json|- [--typ vc+jwt|vc-ld+jwt] [--out FILE] [--unchecked]
               Check a badge credential and sign it: prints the compact JWS.`,
  'status-list': `status-list  --key PRIVATE.jwk --issuer ID --url URL [--revoked 3,17,…] [--size N]
               [--purpose revocation|suspension] [--valid-from ISO] [--valid-until ISO] [--out FILE]
               Sign a Bitstring Status List credential with the given indexes set (revoked).`,
  publish: `publish      --issuer ID --keys KEY.jwk|JWKS.json [--keys …] --out DIR [--status-list FILE|URL=FILE]…
               Write the files a certifier hosts into DIR: the PUBLIC key set at /.well-known/trust-badge/jwks.json
               (from private or public JWK / JWKS files; every key needs its own kid) and each signed status list at
               the path of its URL on the issuer's origin (URL: the list's id). Prints each file's URL and the
               response headers to serve it with.`,
  verify: `verify       --jws JWS|FILE|- --origin URL [--issuer ID]… [--test-keys JWKS.json|URL] [--status-list URL=FILE]…
               [--timeout MS] [--now ISO] [--json]
               Verify as <trust-badge> does: the keys come from the issuer's origin (/.well-known/trust-badge/
               jwks.json) and revocation is always checked. Prints "status (code): reason"; exit 0 only for
               verified. --issuer: the trusted issuers (none given: any issuer). --test-keys: test mode (at best
               "test-key", never verified). --status-list URL=FILE: read the list at URL from FILE instead.`,
} as const;

export const USAGE = `Usage: trust-signals-issuer <command> [options]

Commands:
${Object.values(COMMAND_USAGE)
  .map((text) => `  ${text}`)
  .join('\n')}

Exit codes: 0 success (verify: verified), 1 verify: any other status, 2 bad input or usage.`;

/** The I/O the CLI uses: the real process by default, fakes in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  /** Writes a file; `parents` first creates its missing folders. */
  writeFile(path: string, data: string, options?: { private?: boolean; parents?: boolean }): Promise<void>;
  exists(path: string): Promise<boolean>;
  readStdin(): Promise<string>;
  fetch: FetchLike;
}

/** The real I/O: files, standard streams and the global fetch. */
export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: async (path, data, options) => {
    if (options?.parents) await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data, { mode: options?.private ? 0o600 : 0o644 });
  },
  exists: (path) =>
    access(path, constants.F_OK).then(
      () => true,
      () => false,
    ),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  fetch: (url, init) => globalThis.fetch(url, init),
};

class UsageError extends Error {
  constructor(
    readonly command: Command,
    message: string,
  ) {
    super(`${command}: ${message}`);
  }
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

const options = {
  keygen: {
    alg: { type: 'string' },
    kid: { type: 'string' },
    private: { type: 'string' },
    public: { type: 'string' },
    force: { type: 'boolean' },
  },
  sign: {
    key: { type: 'string' },
    credential: { type: 'string' },
    typ: { type: 'string' },
    out: { type: 'string' },
    unchecked: { type: 'boolean' },
  },
  publish: {
    issuer: { type: 'string' },
    keys: { type: 'string', multiple: true },
    out: { type: 'string' },
    'status-list': { type: 'string', multiple: true },
  },
  'status-list': {
    key: { type: 'string' },
    issuer: { type: 'string' },
    url: { type: 'string' },
    revoked: { type: 'string' },
    size: { type: 'string' },
    purpose: { type: 'string' },
    'valid-from': { type: 'string' },
    'valid-until': { type: 'string' },
    out: { type: 'string' },
  },
  verify: {
    jws: { type: 'string' },
    origin: { type: 'string' },
    issuer: { type: 'string', multiple: true },
    'test-keys': { type: 'string' },
    'status-list': { type: 'string', multiple: true },
    timeout: { type: 'string' },
    now: { type: 'string' },
    json: { type: 'boolean' },
  },
} satisfies Record<string, ParseArgsConfig['options']>;

type Command = keyof typeof options;

function parse(command: Command, args: string[]) {
  try {
    return parseArgs({ args, options: options[command], strict: true, allowPositionals: false }).values as Record<
      string,
      string | string[] | boolean | undefined
    >;
  } catch (error) {
    throw new UsageError(command, (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, ''));
  }
}

function required(values: Record<string, unknown>, name: string, command: Command): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(command, `--${name} is required`);
  return value;
}

async function readText(io: CliIo, path: string, what: string): Promise<string> {
  if (path === '-') return io.readStdin();
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IssuerError(`cannot read ${what} "${path}"${code === 'ENOENT' ? ': no such file' : `: ${(error as Error).message}`}`);
  }
}

async function readJson(io: CliIo, path: string, what: string): Promise<unknown> {
  const text = await readText(io, path, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new IssuerError(`${what} "${path}" is not valid JSON (${(error as Error).message})`);
  }
}

async function write(io: CliIo, path: string | undefined, data: string, opts: { private?: boolean } = {}) {
  if (path === undefined || path === '-') io.stdout(data);
  else await io.writeFile(path, data, opts);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function keygen(io: CliIo, args: string[]): Promise<number> {
  const values = parse('keygen', args);
  const alg = required(values, 'alg', 'keygen');
  if (alg !== 'ES256' && alg !== 'EdDSA') throw new UsageError('keygen', `--alg must be ES256 or EdDSA, got "${alg}"`);
  const privatePath = values.private as string | undefined;
  const publicPath = values.public as string | undefined;
  if ((privatePath === undefined) !== (publicPath === undefined))
    throw new UsageError('keygen', 'give both --private and --public, or neither (then both are printed)');
  if (privatePath !== undefined && privatePath === publicPath)
    throw new UsageError('keygen', '--private and --public must be different files');
  if (privatePath && publicPath && !values.force) {
    for (const path of [privatePath, publicPath]) {
      if (await io.exists(path)) throw new IssuerError(`"${path}" exists; not overwriting a key (use --force to replace it)`);
    }
  }
  const pair = await generateIssuerKey(alg as BadgeAlgorithm, values.kid === undefined ? {} : { kid: values.kid as string });
  if (privatePath && publicPath) {
    await io.writeFile(privatePath, json(pair.privateJwk), { private: true });
    await io.writeFile(publicPath, json(pair.jwks));
    io.stderr(
      `wrote the private key to ${privatePath} (keep it secret) and the public key set to ${publicPath} (kid "${pair.publicJwk.kid}")\n`,
    );
  } else {
    io.stdout(json({ privateJwk: pair.privateJwk, jwks: pair.jwks }));
  }
  return 0;
}

/** Reads a private signing key; like publish, refuses one without kid (a badge names its key by kid). */
async function signingKey(io: CliIo, path: string): Promise<unknown> {
  const key = await readJson(io, path, '--key file');
  privateKeyAlgorithm(key);
  checkKid((key as { kid?: unknown }).kid, `the signing key "${path}"`);
  return key;
}

function parseTyp(values: Record<string, unknown>, command: Command): BadgeJwsType | undefined {
  const typ = values.typ as string | undefined;
  if (typ !== undefined && typ !== 'vc+jwt' && typ !== 'vc-ld+jwt')
    throw new UsageError(command, `--typ must be vc+jwt or vc-ld+jwt, got "${typ}"`);
  return typ;
}

async function sign(io: CliIo, args: string[]): Promise<number> {
  const values = parse('sign', args);
  const keyPath = required(values, 'key', 'sign');
  const credentialPath = required(values, 'credential', 'sign');
  const typ = parseTyp(values, 'sign');
  const key = await signingKey(io, keyPath);
  const credential = await readJson(io, credentialPath, '--credential file');
  const jws = await signCredential(credential, key, { ...(typ ? { typ } : {}), check: !values.unchecked });
  await write(io, values.out as string | undefined, `${jws}\n`);
  return 0;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

async function statusList(io: CliIo, args: string[]): Promise<number> {
  const values = parse('status-list', args);
  const keyPath = required(values, 'key', 'status-list');
  const issuer = required(values, 'issuer', 'status-list');
  const url = required(values, 'url', 'status-list');
  const revokedText = (values.revoked as string | undefined) ?? '';
  const revoked = revokedText
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      if (!/^\d+$/.test(s)) throw new UsageError('status-list', `--revoked must be whole numbers separated by commas, got "${s}"`);
      return Number(s);
    });
  const sizeText = values.size as string | undefined;
  if (sizeText !== undefined && !/^\d+$/.test(sizeText))
    throw new UsageError('status-list', `--size must be a whole number, got "${sizeText}"`);
  const purpose = (values.purpose as string | undefined) ?? 'revocation';
  if (purpose !== 'revocation' && purpose !== 'suspension')
    throw new UsageError('status-list', `--purpose must be revocation or suspension, got "${purpose}"`);
  for (const name of ['valid-from', 'valid-until']) {
    const v = values[name] as string | undefined;
    if (v !== undefined && !ISO.test(v))
      throw new UsageError('status-list', `--${name} must be a date and time with a time zone such as 2026-01-01T00:00:00Z, got "${v}"`);
  }
  const origin = hostingOrigin(issuer);
  if (URL.canParse(url) && new URL(url).origin !== origin) {
    throw new IssuerError(`--url ${url} is not on the issuer origin ${origin}: publish hosts a list only on the issuer's own site`);
  }
  const key = await signingKey(io, keyPath);
  const payload = await createStatusListCredential({
    url,
    issuer,
    revoked,
    statusPurpose: purpose,
    ...(sizeText === undefined ? {} : { size: Number(sizeText) }),
    ...(values['valid-from'] === undefined ? {} : { validFrom: values['valid-from'] as string }),
    ...(values['valid-until'] === undefined ? {} : { validUntil: values['valid-until'] as string }),
  });
  await write(io, values.out as string | undefined, `${await signJws(payload, key)}\n`);
  return 0;
}

async function verify(io: CliIo, args: string[]): Promise<number> {
  if (args.includes('--keys') || args.some((a) => a.startsWith('--keys='))) {
    throw new UsageError(
      'verify',
      `--keys is gone: a badge takes its keys only from the issuer's origin (${BADGE_KEYS_PATH}); --test-keys FILE checks with a test key`,
    );
  }
  const values = parse('verify', args);
  const jwsArg = required(values, 'jws', 'verify');
  const origin = required(values, 'origin', 'verify');
  const options: { -readonly [K in keyof VerifyCredentialOptions]: VerifyCredentialOptions[K] } = { origin };
  const issuers = (values.issuer as string[] | undefined) ?? [];
  if (issuers.some((id) => id.trim() === ''))
    throw new UsageError('verify', '--issuer must be an issuer id such as https://certifier.example');
  if (issuers.length) options.trustedIssuers = issuers;
  const testKeys = values['test-keys'] as string | undefined;
  if (testKeys !== undefined) {
    if (/^https?:\/\//i.test(testKeys)) options.testKeysUrl = testKeys;
    else options.testKeys = (await readJson(io, testKeys, '--test-keys file')) as IssuerKeysInput;
  }
  const timeout = values.timeout as string | undefined;
  if (timeout !== undefined) {
    if (!/^[1-9]\d{0,6}$/.test(timeout))
      throw new UsageError('verify', `--timeout must be a whole number of milliseconds from 1 to 9999999, got "${timeout}"`);
    options.timeout = Number(timeout);
  }
  if (values.now !== undefined) {
    const now = values.now as string;
    if (!ISO.test(now))
      throw new UsageError('verify', `--now must be a date and time with a time zone such as 2026-01-01T00:00:00Z, got "${now}"`);
    options.now = new Date(now);
  }
  const served = new Map<string, string>();
  for (const source of (values['status-list'] as string[] | undefined) ?? []) {
    const eq = source.indexOf('=');
    if (!(eq > 0 && /^https?:\/\//i.test(source)))
      throw new UsageError(
        'verify',
        `--status-list takes URL=FILE (the list at URL is read from FILE instead of the network), got "${source}"`,
      );
    served.set(source.slice(0, eq), (await readText(io, source.slice(eq + 1), '--status-list file')).trim());
  }
  // Status lists given as files answer their URL; every other request (the issuer's key set, other lists) goes to the network.
  options.fetch = (url, init) => {
    const text = served.get(url);
    return text === undefined ? io.fetch(url, init) : Promise.resolve({ ok: true, status: 200, text: async () => text });
  };
  const jws = COMPACT_JWS.test(jwsArg) ? jwsArg : (await readText(io, jwsArg, '--jws file')).trim();
  const result = await verifyCredential(jws, options);
  if (values.json) io.stdout(json(result));
  else io.stdout(`${result.status} (${result.code}): ${result.reason}\n`);
  return result.status === 'verified' ? 0 : 1;
}

/** The text `publish` prints for one file: where it is, its URL, and its response headers. */
function describeHosted(out: string, file: HostedFile): string {
  const headers = Object.entries(file.headers)
    .map(([name, value]) => `    ${name}: ${value}\n`)
    .join('');
  return `${join(out, ...file.path.split('/'))}\n  serve at ${file.url} with the headers\n${headers}`;
}

async function publish(io: CliIo, args: string[]): Promise<number> {
  const values = parse('publish', args);
  const origin = hostingOrigin(required(values, 'issuer', 'publish'));
  const keyPaths = (values.keys as string[] | undefined) ?? [];
  if (!keyPaths.length) throw new UsageError('publish', '--keys is required (a private or public JWK or JWKS file; repeat it for several)');
  const out = required(values, 'out', 'publish');
  const keys = publicKeySet(
    await Promise.all(keyPaths.map(async (path) => ({ source: `--keys file "${path}"`, value: await readJson(io, path, '--keys file') }))),
  );
  const files: HostedFile[] = [hostedKeySet(keys, origin)];
  for (const source of (values['status-list'] as string[] | undefined) ?? []) {
    const eq = source.indexOf('=');
    const [url, path] = eq > 0 && /^https?:\/\//i.test(source) ? [source.slice(0, eq), source.slice(eq + 1)] : [undefined, source];
    const list = await readText(io, path, '--status-list file');
    const file = await hostedStatusList(list, {
      issuerOrigin: origin,
      keys,
      source: `--status-list file "${path}"`,
      ...(url === undefined ? {} : { url }),
    });
    const clash = files.find((f) => f.path === file.path);
    if (clash) throw new IssuerError(`two files would be served at ${file.url}`);
    files.push(file);
  }
  for (const file of files) await io.writeFile(join(out, ...file.path.split('/')), file.contents, { parents: true });
  io.stdout(
    `Wrote ${files.length} file${files.length === 1 ? '' : 's'} for ${origin} ` +
      `(key set kids: ${keys.keys.map((k) => `"${k.kid}"`).join(', ')}).\n` +
      `Upload the folder ${out} to the root of ${origin}, and serve each file at its URL over https:\n\n` +
      files.map((file) => describeHosted(out, file)).join('\n') +
      `\nNo redirects: the badge refuses a redirected key set (a redirect could move it to another origin), ` +
      `and status lists are fetched the same way.\n` +
      `Access-Control-Allow-Origin: * is needed because badges verify on the shops' origins; no cookies are sent.\n`,
  );
  return 0;
}

const commands: Record<Command, (io: CliIo, args: string[]) => Promise<number>> = {
  keygen,
  sign,
  publish,
  'status-list': statusList,
  verify,
};

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Bad input prints one line
 * `trust-signals-issuer: error: …` (plus the usage for usage errors) to stderr and returns 2.
 */
export async function runCli(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    (command === undefined ? io.stderr : io.stdout)(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (!(command in commands)) {
    io.stderr(
      `trust-signals-issuer: error: unknown command "${command}" (expected keygen, sign, status-list, publish or verify)\n\n${USAGE}\n`,
    );
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    return await commands[command as Command](io, args);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`trust-signals-issuer: error: ${error.message}\nusage: trust-signals-issuer ${COMMAND_USAGE[error.command]}\n`);
      return 2;
    }
    if (error instanceof IssuerError) {
      io.stderr(`trust-signals-issuer: error: ${error.message}\n`);
      return 2;
    }
    io.stderr(`trust-signals-issuer: error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
