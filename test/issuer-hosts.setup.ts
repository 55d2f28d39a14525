/**
 * Vitest globalSetup of the `browser` project: separate origins for the badge forgery suite
 * (test/browser/badge-forgery.test.ts). The test page is the shop (Vitest's own origin, http://localhost:PORT);
 * these are other origins on loopback, each a small programmable Node `http` server with an OS-assigned port:
 * `certA`, `certB` (two legitimate certifiers), `attacker`, and a pool of spare hosts. A spare host is a fresh
 * issuer origin for one test case: the element fetches a key set once per page and core caches status lists by
 * URL, so a case that breaks a certifier's key set or list must not share its origin with a later case.
 *
 * Every host answers, with `Access-Control-Allow-Origin: *` (and preflight `OPTIONS`):
 * - `POST /__control` with JSON `{ reset?: boolean, files?: { [path]: FileSpec } }`: sets what it serves
 *   (sent as text/plain by the tests, so no preflight); `reset` drops every file and the request log first.
 * - `GET /__log`: the requests it received since the last read (method, path, origin), then clears it.
 * - any other path: the file programmed for it (404 if none). A file may hang (never answer, until the host
 *   closes), wait `delay` ms, redirect to another URL, carry any status, type and headers.
 * Bounded: a hanging or delayed answer ends after at most 30 s, bodies of control requests are capped, and
 * every server and connection is closed in teardown.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';

/** What a host serves at one path. */
export interface FileSpec {
  /** Response body (text). Default empty. */
  body?: string;
  /** HTTP status, default 200. */
  status?: number;
  /** Content-Type, default `application/json`. */
  type?: string;
  /** Extra response headers. */
  headers?: Record<string, string>;
  /** Never answer (the connection stays open until teardown, or 30 s). */
  hang?: boolean;
  /** Answer after this many ms (at most 30 000). */
  delay?: number;
  /** Answer 302 with this `Location`. */
  redirect?: string;
  /** Send `Access-Control-Allow-Origin: *` (default true). */
  cors?: boolean;
}

export interface LogEntry {
  method: string;
  path: string;
  origin: string | null;
}

/** The ports the browser tests get through `inject('issuerHosts')`. */
export interface IssuerHostPorts {
  certA: number;
  certB: number;
  attacker: number;
  /** Spare hosts, one fresh origin per test case. */
  pool: number[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    issuerHosts: IssuerHostPorts;
  }
}

const POOL_SIZE = 96;
const MAX_WAIT = 30_000;
const MAX_CONTROL_BODY = 32 * 1024 * 1024;

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': '*',
  'access-control-max-age': '600',
};

function startHost(): Promise<Server> {
  let files = new Map<string, FileSpec>();
  let log: LogEntry[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(
      () => {
        timers.delete(t);
        fn();
      },
      Math.min(Math.max(ms, 0), MAX_WAIT),
    );
    timers.add(t);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/__control') {
      if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end();
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_CONTROL_BODY) req.destroy();
        else chunks.push(chunk);
      });
      req.on('end', () => {
        try {
          const command = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { reset?: boolean; files?: Record<string, FileSpec> };
          if (command.reset) {
            files = new Map();
            log = [];
          }
          for (const [p, spec] of Object.entries(command.files ?? {})) files.set(p, spec);
          res.writeHead(204, CORS).end();
        } catch (error) {
          res.writeHead(400, { ...CORS, 'content-type': 'text/plain' }).end(String(error));
        }
      });
      return;
    }
    if (path === '/__log') {
      const taken = log;
      log = [];
      return void res
        .writeHead(200, { ...CORS, 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(JSON.stringify(taken));
    }
    log.push({ method: req.method ?? '', path, origin: req.headers.origin ?? null });
    if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end();
    const spec = files.get(path);
    if (!spec) return void res.writeHead(404, { ...CORS, 'content-type': 'text/plain' }).end('not found');
    const cors = spec.cors === false ? {} : CORS;
    if (spec.hang) {
      // Never answers; the socket is destroyed in teardown, or after MAX_WAIT at the latest.
      later(MAX_WAIT, () => res.destroy());
      return;
    }
    const answer = () => {
      if (res.destroyed) return;
      if (spec.redirect) return void res.writeHead(302, { ...cors, location: spec.redirect, 'cache-control': 'no-store' }).end();
      res
        .writeHead(spec.status ?? 200, {
          ...cors,
          'content-type': spec.type ?? 'application/json',
          'cache-control': 'no-store',
          ...spec.headers,
        })
        .end(spec.body ?? '');
    };
    if (spec.delay) later(spec.delay, answer);
    else answer();
  };

  const server = createServer(handle);
  server.on('close', () => {
    for (const t of timers) clearTimeout(t);
    timers.clear();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers = await Promise.all(Array.from({ length: POOL_SIZE + 3 }, () => startHost()));
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  const [certA, certB, attacker, ...pool] = ports as [number, number, number, ...number[]];
  project.provide('issuerHosts', { certA, certB, attacker, pool });
  return async () => {
    await Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
          }),
      ),
    );
  };
}
