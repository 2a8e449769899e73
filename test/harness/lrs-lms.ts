/**
 * The LMS side of an xAPI / cmi5 launch for browser tests: the product's xAPI LMS
 * (src/lms/xapi-lms.ts, which the studio preview uses too) on one loopback server that also
 * serves the unpacked packages (`/pkg/<path>`). Statements are forwarded to the real LRS
 * (./lrs.ts), which validates them. Same origin for pages and endpoint: no CORS in the way.
 * A refused connection (outage 'refuse') destroys the socket.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { forwardStatements } from '../../src/lms/statements';
import { createXapiLms, type LmsReply, type XapiLms } from '../../src/lms/xapi-lms';

export type { Cmi5LaunchOptions, IssuedLaunch, Learner, Outage, StatementRequest, TinCanLaunchOptions } from '../../src/lms/xapi-lms';

export interface LmsProxy extends Omit<XapiLms, 'handle' | 'statesOf'> {
  readonly origin: string;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export async function startLmsProxy(packagesDir: string, lrsEndpoint: string, lrsAuth: string): Promise<LmsProxy> {
  const sockets = new Set<Socket>();
  let lms: XapiLms | undefined;
  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain', String(error));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  lms = createXapiLms({ origin, base: '', pageUrl: (page) => `${origin}/pkg/${page}`, statements: forwardStatements(lrsEndpoint, lrsAuth) });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith('/pkg/')) return serveFile(packagesDir, decodeURIComponent(url.pathname.slice(5)), response);
    if (url.pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    const answer = await lms!.handle({ method: request.method ?? 'GET', url, headers: request.headers, body: await readBody(request) });
    if (answer === undefined) return send(response, 404, 'text/plain', 'not found');
    answerWith(request, response, answer);
  }

  const own = lms;
  return {
    origin,
    endpoint: own.endpoint,
    launchTinCan: (options) => own.launchTinCan(options),
    launchCmi5: (options) => own.launchCmi5(options),
    fetchUses: (fetchId) => own.fetchUses(fetchId),
    setOutage: (outage) => own.setOutage(outage),
    refuseVerb: (verb) => own.refuseVerb(verb),
    statementRequests: own.statementRequests,
    state: (activityId, registration, stateId) => own.state(activityId, registration, stateId),
    get returns() {
      return own.returns;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function answerWith(request: IncomingMessage, response: ServerResponse, answer: LmsReply): void {
  if ('destroy' in answer) {
    request.socket.destroy();
    return;
  }
  send(response, answer.status, answer.contentType, answer.body);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(status === 204 ? undefined : body);
}

async function serveFile(root: string, relative: string, response: ServerResponse): Promise<void> {
  const base = resolve(root);
  const file = resolve(base, relative);
  if (!file.startsWith(base + sep)) return send(response, 403, 'text/plain', 'outside the packages');
  try {
    if (!(await stat(file)).isFile()) return send(response, 404, 'text/plain', 'not found');
  } catch {
    return send(response, 404, 'text/plain', 'not found');
  }
  send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 2_000_000) request.destroy(new Error('body too large'));
    });
    request.on('end', () => done(body));
    request.on('error', fail);
  });
}
