/**
 * A loopback HTTP server that plays a SCORM 2004 LMS for browser tests, like ./server.ts does
 * for 1.2: it serves an unzipped package and the strict 2004 host page (./lms2004.ts) with
 * scorm-again, and records commits, violations and the call log per launch.
 *
 * Routes:
 *   GET  /pkg/<path>                 files of the served folder
 *   GET  /lms/launch/<session>       the host page of a launch registered with `launch()`
 *   GET  /lms/scorm2004.js, /lms/host2004.js
 *   POST /lms/commit/<session>       scorm-again commits (sync XHR JSON; final one: beacon,
 *                                    text/plain, `?final=true`)
 *   POST /lms/violation/<session>    strict-rule violations, one beacon each
 *   POST /lms/calls/<session>        the host's call log, sent at Terminate
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import {
  LMS2004_HOST_SCRIPT,
  SCORM2004_BUNDLE,
  renderLms2004HostPage,
  type ApiCall,
  type Cmi2004,
  type Strict2004Violation,
} from './lms2004';
import type { CommitRecord, Launch } from './server';

const MAX_BODY_BYTES = 2_000_000;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface Launch2004Options {
  /** Path of the SCO's page inside the served folder. */
  readonly scoPath: string;
  /** `cmi` committed by the previous session (see `lastCommitted2004Cmi`); absent: first launch. */
  readonly previous?: Cmi2004 | null;
  /** `cmi.scaled_passing_score`, as an LMS takes it from the manifest. */
  readonly scaledPassingScore?: string | null;
  readonly studentId?: string;
  readonly studentName?: string;
}

export interface Lms2004Server {
  readonly origin: string;
  fileUrl(path: string): string;
  launch(options: Launch2004Options): Launch;
  commits(session: string): readonly CommitRecord[];
  violations(session: string): readonly Strict2004Violation[];
  /** The host's log of the SCO's API calls, as sent when the SCO called Terminate. */
  calls(session: string): readonly ApiCall[];
  /** Waits (bounded) until the session's final commit and call log arrived; returns the commit. */
  waitForFinalCommit(session: string, timeoutMs?: number): Promise<CommitRecord>;
  close(): Promise<void>;
}

interface SessionState {
  readonly html: string;
  readonly commits: CommitRecord[];
  readonly violations: Strict2004Violation[];
  calls: readonly ApiCall[];
}

/** The `cmi` of the session's last commit: what an LMS hands to the next launch. */
export function lastCommitted2004Cmi(commits: readonly CommitRecord[]): Cmi2004 | null {
  const cmi = commits[commits.length - 1]?.data['cmi'];
  return typeof cmi === 'object' && cmi !== null ? (cmi as Cmi2004) : null;
}

export async function startLms2004Server(rootDir: string): Promise<Lms2004Server> {
  const root = resolve(rootDir);
  const sessions = new Map<string, SessionState>();
  let launches = 0;

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => send(response, 500, 'text/plain', String(error)));
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const [, area, name, session] = path.split('/');
    if (request.method === 'GET' && area === 'pkg') return serveFile(root, path.slice('/pkg/'.length), response);
    if (path === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    if (area !== 'lms') return send(response, 404, 'text/plain', 'not found');
    if (request.method === 'GET' && name === 'scorm2004.js') return serveAbsolute(SCORM2004_BUNDLE, response);
    if (request.method === 'GET' && name === 'host2004.js') return serveAbsolute(LMS2004_HOST_SCRIPT, response);
    const state = session === undefined ? undefined : sessions.get(session);
    if (!state) return send(response, 404, 'text/plain', 'unknown session');
    if (request.method === 'GET' && name === 'launch') return send(response, 200, CONTENT_TYPES['.html']!, state.html);
    if (request.method !== 'POST') return send(response, 404, 'text/plain', 'not found');
    const body = await readBody(request);
    if (name === 'commit') {
      state.commits.push({
        final: url.searchParams.get('final') === 'true',
        contentType: request.headers['content-type'] ?? '',
        data: JSON.parse(body) as Record<string, unknown>,
      });
      return send(response, 200, 'application/json', JSON.stringify({ result: 'true', errorCode: 0 }));
    }
    if (name === 'calls') {
      state.calls = JSON.parse(body) as ApiCall[];
      return send(response, 204, 'text/plain', '');
    }
    if (name === 'violation') {
      state.violations.push(JSON.parse(body) as Strict2004Violation);
      return send(response, 204, 'text/plain', '');
    }
    return send(response, 404, 'text/plain', 'not found');
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    fileUrl: (path) => `${origin}/pkg/${path}`,
    launch(options) {
      launches += 1;
      const session = `s${launches}`;
      const html = renderLms2004HostPage({
        scoUrl: `/pkg/${options.scoPath}`,
        commitUrl: `/lms/commit/${session}`,
        violationUrl: `/lms/violation/${session}`,
        callsUrl: `/lms/calls/${session}`,
        bundleUrl: '/lms/scorm2004.js',
        hostScriptUrl: '/lms/host2004.js',
        previous: options.previous ?? null,
        scaledPassingScore: options.scaledPassingScore ?? null,
        studentId: options.studentId ?? 'learner-1',
        studentName: options.studentName ?? 'Learner, Test',
      });
      sessions.set(session, { html, commits: [], violations: [], calls: [] });
      return { session, url: `${origin}/lms/launch/${session}` };
    },
    commits: (session) => sessions.get(session)?.commits ?? [],
    violations: (session) => sessions.get(session)?.violations ?? [],
    calls: (session) => sessions.get(session)?.calls ?? [],
    async waitForFinalCommit(session, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const state = sessions.get(session);
        const final = state?.commits.find((commit) => commit.final);
        if (final && state && state.calls.length > 0) return final;
        if (Date.now() > deadline) throw new Error(`No final commit (Terminate) arrived for ${session} within ${timeoutMs} ms`);
        await new Promise((done) => setTimeout(done, 50));
      }
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

async function serveFile(root: string, relative: string, response: ServerResponse): Promise<void> {
  const file = resolve(root, relative);
  // Never serve anything outside the folder, whatever the URL says.
  if (file !== root && !file.startsWith(root + sep)) return send(response, 403, 'text/plain', 'forbidden');
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return send(response, 404, 'text/plain', `not found: ${relative}`);
  return serveAbsolute(file, response);
}

async function serveAbsolute(file: string, response: ServerResponse): Promise<void> {
  send(response, 200, CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', await readFile(file));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        fail(new Error(`request body over ${MAX_BODY_BYTES} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
}
