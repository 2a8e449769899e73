/**
 * A loopback HTTP server that plays the LMS for browser tests: it serves an unzipped package,
 * a strict host page with scorm-again (SCORM 1.2: ./lms12.ts; SCORM 2004: ./lms2004.ts via
 * ./lms2004-server.ts), and records what the host commits so a test can read it and hand it to
 * the next launch (resume).
 *
 * Routes:
 *   GET  /pkg/<path>                 files of the served folder
 *   GET  /lms/launch/<session>       the host page of a launch registered with `launch()`
 *   GET  /lms/bundle.js, /lms/host.js  scorm-again's bundle and the host script of the runtime
 *   POST /lms/commit/<session>       scorm-again commits (sync XHR JSON; final one: beacon,
 *                                    text/plain, `?final=true`)
 *   POST /lms/violation/<session>    strict-limit violations, one beacon each
 *   POST /lms/calls/<session>        the host's call log, sent when the SCO ends its session
 */
import { lastCommittedCmi as lastCommit } from '../../src/lms/commits';
import type { HostUrls } from '../../src/lms/host-urls';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import {
  LMS12_HOST_SCRIPT,
  SCORM12_BUNDLE,
  renderLmsHostPage,
  type ApiCall,
  type CmiData,
  type StrictViolation,
} from './lms12';

const MAX_BODY_BYTES = 2_000_000;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};

export interface CommitRecord {
  /** True for the terminate commit (sent as a beacon to `?final=true`). */
  readonly final: boolean;
  readonly contentType: string;
  /** The commit object as scorm-again sent it (`{ cmi: … }` in the json format). */
  readonly data: Readonly<Record<string, unknown>>;
}

export interface LaunchOptions {
  /** Path of the SCO's page inside the served folder, e.g. `lessons/s1-1/index.html`. */
  readonly scoPath: string;
  /** `cmi` committed by the previous session (see `lastCommittedCmi`); absent: first launch. */
  readonly previous?: CmiData | null;
  readonly studentId?: string;
  readonly studentName?: string;
}

export interface Launch {
  readonly session: string;
  /** URL of the host page to open in the browser. */
  readonly url: string;
}

export type { HostUrls } from '../../src/lms/host-urls';

/** What differs between the SCORM 1.2 and SCORM 2004 LMS sides. */
export interface LmsRuntime<Options extends { readonly scoPath: string }> {
  /** scorm-again's browser bundle for the standard. */
  readonly bundleFile: string;
  /** The strict host script that wraps scorm-again's API. */
  readonly hostScriptFile: string;
  /** The call that ends a SCO's session (`LMSFinish`, `Terminate`), for messages. */
  readonly finishCall: string;
  hostPage(options: Options, urls: HostUrls): string;
}

export interface RecordingLms<Options, Violation, Call> {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** URL of a file of the served folder (for opening a page without an LMS). */
  fileUrl(path: string): string;
  /** Registers a launch of a SCO and returns the host page's URL. */
  launch(options: Options): Launch;
  commits(session: string): readonly CommitRecord[];
  violations(session: string): readonly Violation[];
  /** The host's log of the SCO's API calls, as sent when the SCO ended its session. */
  calls(session: string): readonly Call[];
  /** Waits (bounded) until the session's final commit and call log arrived; returns the commit. */
  waitForFinalCommit(session: string, timeoutMs?: number): Promise<CommitRecord>;
  close(): Promise<void>;
}

export type LmsServer = RecordingLms<LaunchOptions, StrictViolation, ApiCall>;

interface SessionState<Violation, Call> {
  readonly html: string;
  readonly commits: CommitRecord[];
  readonly violations: Violation[];
  /** The host's call log as of the end of the session. */
  calls: readonly Call[];
}

/** The `cmi` of the session's last commit: what an LMS hands to the next launch. */
export function lastCommittedCmi(commits: readonly CommitRecord[]): CmiData | null {
  return lastCommit(commits) as CmiData | null;
}

const SCORM12_RUNTIME: LmsRuntime<LaunchOptions> = {
  bundleFile: SCORM12_BUNDLE,
  hostScriptFile: LMS12_HOST_SCRIPT,
  finishCall: 'LMSFinish',
  hostPage: (options, urls) =>
    renderLmsHostPage({
      ...urls,
      previous: options.previous ?? null,
      studentId: options.studentId ?? 'learner-1',
      studentName: options.studentName ?? 'Learner, Test',
    }),
};

/** Starts the SCORM 1.2 LMS on 127.0.0.1 (a free port) serving `rootDir` under `/pkg/`. */
export function startLmsServer(rootDir: string): Promise<LmsServer> {
  return startRecordingLms<LaunchOptions, StrictViolation, ApiCall>(rootDir, SCORM12_RUNTIME);
}

/** Starts an LMS for `runtime` on 127.0.0.1 (a free port) serving `rootDir` under `/pkg/`. */
export async function startRecordingLms<Options extends { readonly scoPath: string }, Violation, Call>(
  rootDir: string,
  runtime: LmsRuntime<Options>,
): Promise<RecordingLms<Options, Violation, Call>> {
  const root = resolve(rootDir);
  const sessions = new Map<string, SessionState<Violation, Call>>();
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
    // Browsers ask for it by themselves; a 404 would show up as a console error.
    if (path === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    if (area !== 'lms') return send(response, 404, 'text/plain', 'not found');
    if (request.method === 'GET' && name === 'bundle.js') return serveAbsolute(runtime.bundleFile, response);
    if (request.method === 'GET' && name === 'host.js') return serveAbsolute(runtime.hostScriptFile, response);
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
      state.calls = JSON.parse(body) as Call[];
      return send(response, 204, 'text/plain', '');
    }
    if (name === 'violation') {
      state.violations.push(JSON.parse(body) as Violation);
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
      const html = runtime.hostPage(options, {
        scoUrl: `/pkg/${options.scoPath}`,
        commitUrl: `/lms/commit/${session}`,
        violationUrl: `/lms/violation/${session}`,
        callsUrl: `/lms/calls/${session}`,
        bundleUrl: '/lms/bundle.js',
        hostScriptUrl: '/lms/host.js',
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
        // Both beacons leave when the session ends: the commit from scorm-again, then the call log.
        if (final && state && state.calls.length > 0) return final;
        if (Date.now() > deadline) {
          throw new Error(`No final commit (${runtime.finishCall}) arrived for ${session} within ${timeoutMs} ms`);
        }
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
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  send(response, 200, type, await readFile(file));
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
