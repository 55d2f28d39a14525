/**
 * Browser side of the issuer hosts started by test/issuer-hosts.setup.ts: separate loopback origins that a
 * test programs (files, hangs, delays, redirects) and whose request logs it reads. Also certifiers built on
 * them: fresh keys made with the issuer CLI's own `generateIssuerKey`, a published key set at the well-known
 * path, signed credentials and status lists.
 */
import { inject } from 'vitest';
import type { BadgeJWKS } from '@trust-signals/core/badge';
import {
  createStatusListCredential,
  generateIssuerKey,
  signCredential,
  signJws,
  type IssuerKeyPair,
  type StatusListInput,
} from '../../packages/issuer/src/issuer.js';
// not index.js: the CLI there needs Node
import type { FileSpec, LogEntry } from '../issuer-hosts.setup.js';

export type { FileSpec, LogEntry };

/** Where an issuer publishes its key set (core's `BADGE_KEYS_PATH`; the suite asserts they agree). */
export const KEYS_PATH = '/.well-known/trust-badge/jwks.json';

/** Paths of the hosts' own control endpoints (never part of a badge's traffic). */
export const isControlUrl = (url: string) => /\/__(control|log)(\?|$)/.test(url);

/** One programmable host on http://127.0.0.1:PORT. */
export class Host {
  readonly origin: string;
  /** `127.0.0.1:PORT`, as a badge names the issuer. */
  readonly host: string;
  constructor(
    readonly name: string,
    readonly port: number,
  ) {
    this.origin = `http://127.0.0.1:${port}`;
    this.host = `127.0.0.1:${port}`;
  }

  url(path: string): string {
    return this.origin + path;
  }

  private async control(command: { reset?: boolean; files?: Record<string, FileSpec> }): Promise<void> {
    // A string body is sent as text/plain: a simple request, no preflight.
    const response = await fetch(this.url('/__control'), { method: 'POST', body: JSON.stringify(command) });
    if (!response.ok) throw new Error(`${this.name}: control failed with HTTP ${response.status}: ${await response.text()}`);
  }

  /** Serves these files (in addition to what it served). */
  serve(files: Record<string, FileSpec>): Promise<void> {
    return this.control({ files });
  }

  /** Forgets every file and the request log. */
  reset(): Promise<void> {
    return this.control({ reset: true });
  }

  /** The requests it received since the last read (control requests excluded). */
  async log(): Promise<LogEntry[]> {
    const response = await fetch(this.url('/__log'), { cache: 'no-store' });
    return (await response.json()) as LogEntry[];
  }
}

const ports = () => inject('issuerHosts');
let nextSpare = 0;

/** The fixed hosts: certifier A, certifier B, the attacker. */
export function fixedHosts(): { certA: Host; certB: Host; attacker: Host } {
  const p = ports();
  return { certA: new Host('certifier A', p.certA), certB: new Host('certifier B', p.certB), attacker: new Host('attacker', p.attacker) };
}

/** A host no other test case used: a fresh issuer origin (no cached key set or status list). */
export function freshHost(name: string): Host {
  const pool = ports().pool;
  const port = pool[nextSpare++];
  if (port === undefined) throw new Error(`the pool of ${pool.length} spare issuer hosts is used up`);
  return new Host(name, port);
}

/** A status entry of a badge credential. */
export interface StatusEntry {
  type?: string;
  statusPurpose: string;
  statusListIndex: number | string;
  statusListCredential: string;
}

/** A badge credential payload (VC 2.0) for `subject` (default: this page's origin). */
export function badgeCredential(options: {
  issuer: string;
  subject?: string;
  validFrom?: string;
  validUntil?: string;
  status?: StatusEntry[];
  name?: string;
}): Record<string, unknown> {
  const credential: Record<string, unknown> = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiableCredential', 'TrustBadgeCredential'],
    issuer: { id: options.issuer, name: options.name ?? 'Example Certifier' },
    validFrom: options.validFrom ?? '2024-01-01T00:00:00Z',
    validUntil: options.validUntil ?? '2099-12-31T23:59:59Z',
    credentialSubject: {
      id: options.subject ?? location.origin,
      name: 'Example Shop Ltd',
      certification: {
        scheme: 'Example Secure Checkout',
        level: 'Gold',
        scope: 'Checkout and payment pages',
        criteria: 'https://certifier.example/criteria/v2',
      },
    },
  };
  const status = options.status?.map((e) => ({
    type: e.type ?? 'BitstringStatusListEntry',
    statusPurpose: e.statusPurpose,
    statusListIndex: String(e.statusListIndex),
    statusListCredential: e.statusListCredential,
  }));
  if (status?.length) credential.credentialStatus = status.length === 1 ? status[0] : status;
  return credential;
}

/** A certifier on a host: its own fresh keys (EdDSA and ES256), published at the well-known path. */
export class Certifier {
  private constructor(
    readonly host: Host,
    readonly eddsa: IssuerKeyPair,
    readonly es256: IssuerKeyPair,
  ) {}

  static async create(host: Host, options: { publish?: boolean } = {}): Promise<Certifier> {
    const [eddsa, es256] = await Promise.all([generateIssuerKey('EdDSA'), generateIssuerKey('ES256')]);
    const certifier = new Certifier(host, eddsa, es256);
    if (options.publish !== false) await certifier.publishKeys();
    return certifier;
  }

  get origin(): string {
    return this.host.origin;
  }

  /** The public key set: both keys. */
  get jwks(): BadgeJWKS {
    return { keys: [this.eddsa.publicJwk, this.es256.publicJwk] };
  }

  /** Serves the key set at the well-known path (or `spec` there instead, e.g. a hang). */
  publishKeys(spec?: FileSpec): Promise<void> {
    return this.host.serve({ [KEYS_PATH]: spec ?? { body: JSON.stringify(this.jwks), type: 'application/jwk-set+json' } });
  }

  /** Signs a badge credential; `issuer` defaults to this certifier's origin. */
  sign(
    fields: Partial<Parameters<typeof badgeCredential>[0]> = {},
    options: { key?: 'eddsa' | 'es256'; check?: boolean } = {},
  ): Promise<string> {
    const credential = badgeCredential({ issuer: this.origin, ...fields });
    return signCredential(credential, this[options.key ?? 'eddsa'].privateJwk, options.check === undefined ? {} : { check: options.check });
  }

  /** Signs any payload with one of its keys. */
  signPayload(payload: object, key: 'eddsa' | 'es256' = 'eddsa'): Promise<string> {
    return signJws(payload, this[key].privateJwk);
  }

  /** A signed status list for `path` on this host (issuer: this certifier unless `issuer` says otherwise). */
  async statusList(path: string, input: Partial<StatusListInput> = {}): Promise<string> {
    const payload = await createStatusListCredential({
      url: this.host.url(path),
      issuer: this.origin,
      validFrom: '2024-01-01T00:00:00Z',
      validUntil: '2099-12-31T23:59:59Z',
      ...input,
    });
    return signJws(payload, this.eddsa.privateJwk);
  }

  /** Signs a status list and serves it at `path`; returns its URL. */
  async publishStatusList(path: string, input: Partial<StatusListInput> = {}): Promise<string> {
    await this.host.serve({ [path]: { body: await this.statusList(path, input), type: 'application/vc+jwt' } });
    return this.host.url(path);
  }
}
