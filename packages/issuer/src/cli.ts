/// <reference types="node" />
import { constants } from 'node:fs';
import { access, readFile, writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { verifyCredential, type BadgeAlgorithm, type FetchLike, type VerifyCredentialOptions } from '@trust-signals/core/badge';
import { IssuerError, createStatusListCredential, generateIssuerKey, signCredential, signJws, type BadgeJwsType } from './issuer.js';

/**
 * `trust-signals-issuer`: keygen, sign, status-list, verify. {@link runCli} takes its I/O as a parameter so that
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
  verify: `verify       --jws JWS|FILE|- --keys JWKS.json|URL --origin URL [--issuer ID]… [--status-list SOURCE]…
               [--now ISO] [--json]
               Verify as <trust-badge> does; prints "status: reason"; exit 0 only for verified.
               SOURCE: "fetch" (download the list named in the credential), FILE (the list's JWS, for every
               list URL), or URL=FILE.`,
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
  writeFile(path: string, data: string, options?: { private?: boolean }): Promise<void>;
  exists(path: string): Promise<boolean>;
  readStdin(): Promise<string>;
  fetch: FetchLike;
}

/** The real I/O: files, standard streams and the global fetch. */
export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, data, options) => writeFile(path, data, { mode: options?.private ? 0o600 : 0o644 }),
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
  keygen: { alg: { type: 'string' }, kid: { type: 'string' }, private: { type: 'string' }, public: { type: 'string' }, force: { type: 'boolean' } },
  sign: { key: { type: 'string' }, credential: { type: 'string' }, typ: { type: 'string' }, out: { type: 'string' }, unchecked: { type: 'boolean' } },
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
    keys: { type: 'string' },
    origin: { type: 'string' },
    issuer: { type: 'string', multiple: true },
    'status-list': { type: 'string', multiple: true },
    now: { type: 'string' },
    json: { type: 'boolean' },
  },
} satisfies Record<string, ParseArgsConfig['options']>;

type Command = keyof typeof options;

function parse(command: Command, args: string[]) {
  try {
    return parseArgs({ args, options: options[command], strict: true, allowPositionals: false }).values as Record<string, string | string[] | boolean | undefined>;
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
  if ((privatePath === undefined) !== (publicPath === undefined)) throw new UsageError('keygen', 'give both --private and --public, or neither (then both are printed)');
  if (privatePath !== undefined && privatePath === publicPath) throw new UsageError('keygen', '--private and --public must be different files');
  if (privatePath && publicPath && !values.force) {
    for (const path of [privatePath, publicPath]) {
      if (await io.exists(path)) throw new IssuerError(`"${path}" exists; not overwriting a key (use --force to replace it)`);
    }
  }
  const pair = await generateIssuerKey(alg as BadgeAlgorithm, values.kid === undefined ? {} : { kid: values.kid as string });
  if (privatePath && publicPath) {
    await io.writeFile(privatePath, json(pair.privateJwk), { private: true });
    await io.writeFile(publicPath, json(pair.jwks));
    io.stderr(`wrote the private key to ${privatePath} (keep it secret) and the public key set to ${publicPath} (kid "${pair.publicJwk.kid}")\n`);
  } else {
    io.stdout(json({ privateJwk: pair.privateJwk, jwks: pair.jwks }));
  }
  return 0;
}

function parseTyp(values: Record<string, unknown>, command: Command): BadgeJwsType | undefined {
  const typ = values.typ as string | undefined;
  if (typ !== undefined && typ !== 'vc+jwt' && typ !== 'vc-ld+jwt') throw new UsageError(command, `--typ must be vc+jwt or vc-ld+jwt, got "${typ}"`);
  return typ;
}

async function sign(io: CliIo, args: string[]): Promise<number> {
  const values = parse('sign', args);
  const keyPath = required(values, 'key', 'sign');
  const credentialPath = required(values, 'credential', 'sign');
  const typ = parseTyp(values, 'sign');
  const key = await readJson(io, keyPath, '--key file');
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
  const revoked = revokedText.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    if (!/^\d+$/.test(s)) throw new UsageError('status-list', `--revoked must be whole numbers separated by commas, got "${s}"`);
    return Number(s);
  });
  const sizeText = values.size as string | undefined;
  if (sizeText !== undefined && !/^\d+$/.test(sizeText)) throw new UsageError('status-list', `--size must be a whole number, got "${sizeText}"`);
  const purpose = (values.purpose as string | undefined) ?? 'revocation';
  if (purpose !== 'revocation' && purpose !== 'suspension') throw new UsageError('status-list', `--purpose must be revocation or suspension, got "${purpose}"`);
  for (const name of ['valid-from', 'valid-until']) {
    const v = values[name] as string | undefined;
    if (v !== undefined && !ISO.test(v)) throw new UsageError('status-list', `--${name} must be a date and time with a time zone such as 2026-01-01T00:00:00Z, got "${v}"`);
  }
  const key = await readJson(io, keyPath, '--key file');
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
  const values = parse('verify', args);
  const jwsArg = required(values, 'jws', 'verify');
  const keysArg = required(values, 'keys', 'verify');
  const origin = required(values, 'origin', 'verify');
  const jws = COMPACT_JWS.test(jwsArg) ? jwsArg : (await readText(io, jwsArg, '--jws file')).trim();
  const options: { -readonly [K in keyof VerifyCredentialOptions]: VerifyCredentialOptions[K] } = { origin, fetch: io.fetch };
  if (/^https?:\/\//i.test(keysArg)) options.keysUrl = keysArg;
  else options.keys = (await readJson(io, keysArg, '--keys file')) as VerifyCredentialOptions['keys'];
  const issuers = values.issuer as string[] | undefined;
  if (issuers?.length) options.trustedIssuers = issuers;
  if (values.now !== undefined) {
    const now = values.now as string;
    if (!ISO.test(now)) throw new UsageError('verify', `--now must be a date and time with a time zone such as 2026-01-01T00:00:00Z, got "${now}"`);
    options.now = new Date(now);
  }
  const sources = (values['status-list'] as string[] | undefined) ?? [];
  if (sources.length) {
    const byUrl = new Map<string, string>();
    let fallback: string | undefined;
    let download = false;
    for (const source of sources) {
      const eq = source.indexOf('=');
      if (source === 'fetch') download = true;
      else if (eq > 0 && /^https?:\/\//i.test(source)) byUrl.set(source.slice(0, eq), source.slice(eq + 1));
      else if (fallback === undefined) fallback = source;
      else throw new UsageError('verify', 'give one --status-list FILE, or one URL=FILE per list');
    }
    options.fetchStatusList = async (url) => {
      const file = byUrl.get(url) ?? fallback;
      if (file !== undefined) return readText(io, file, '--status-list file');
      if (!download) throw new Error(`no --status-list file given for ${url}`);
      const response = await io.fetch(url, { headers: { accept: 'application/vc+jwt, application/jwt, text/plain' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    };
  }
  const result = await verifyCredential(jws, options);
  if (values.json) io.stdout(json(result));
  else io.stdout(`${result.status}: ${result.reason}\n`);
  return result.status === 'verified' ? 0 : 1;
}

const commands: Record<Command, (io: CliIo, args: string[]) => Promise<number>> = {
  keygen,
  sign,
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
    io.stderr(`trust-signals-issuer: error: unknown command "${command}" (expected keygen, sign, status-list or verify)\n\n${USAGE}\n`);
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
