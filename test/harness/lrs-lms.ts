/**
 * The LMS side of an xAPI / cmi5 launch, for browser tests: one loopback server that
 *   - serves the unpacked packages (`/pkg/<path>`) and a return page (`/lms/returned`);
 *   - is the player's xAPI endpoint (`/xapi/`): statements are forwarded to the real LRS
 *     (test/harness/lrs.ts); the State API, which xapi-statements lacks, is answered here,
 *     in memory; every request must carry a credential this LMS issued;
 *   - issues cmi5 launches: a single-use fetch URL (`/lms/fetch/<id>`: the second POST fails),
 *     and LMS.LaunchData in the State API;
 *   - can be made unreachable (503 or a refused connection) and brought back, for fault tests.
 * Same origin for pages and endpoint: no CORS in the way of what is being tested.
 */
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, resolve, sep } from 'node:path';

export type Outage = 'none' | '503' | 'refuse';

const LEARNER_PREFERENCES = { languagePreference: 'en-US', audioPreference: 'off' };

export interface Learner {
  readonly name: string;
  readonly email: string;
}

export interface TinCanLaunchOptions {
  /** Package path of the page, e.g. `xapi/lessons/x/lessons/x/index.html`. */
  readonly page: string;
  readonly learner: Learner;
  readonly activityId: string;
  readonly registration?: string;
}

export interface Cmi5LaunchOptions extends TinCanLaunchOptions {
  readonly launchMode?: 'Normal' | 'Browse' | 'Review';
  readonly masteryScore?: number;
  readonly moveOn?: string;
  /** The AU id of cmi5.xml (the LMS puts it in the context template as publisher id). */
  readonly publisherId: string;
}

export interface IssuedLaunch {
  readonly url: string;
  readonly registration: string;
  readonly actor: Record<string, unknown>;
  /** cmi5 only. */
  readonly sessionId?: string;
  readonly fetchId?: string;
  readonly returnUrl?: string;
}

export interface StatementRequest {
  readonly method: string;
  /** What the proxy answered (503 / 0 during an outage). */
  readonly status: number;
  readonly ids: readonly string[];
}

export interface LmsProxy {
  readonly origin: string;
  readonly endpoint: string;
  launchTinCan(options: TinCanLaunchOptions): IssuedLaunch;
  launchCmi5(options: Cmi5LaunchOptions): IssuedLaunch;
  /** How often each fetch URL was POSTed to. */
  fetchUses(fetchId: string): number;
  setOutage(outage: Outage): void;
  /** Statement requests holding a statement with this verb (e.g. `progressed`) get 403 with a cmi5 requirement id; null: none. */
  refuseVerb(verb: string | null): void;
  /** Statement requests seen, in order (also those refused during an outage). */
  readonly statementRequests: readonly StatementRequest[];
  /** The State API document, or undefined. */
  state(activityId: string, registration: string, stateId: string): unknown;
  /** Times `/lms/returned` was opened (cmi5 returnURL). */
  readonly returns: number;
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
  const states = new Map<string, { contentType: string; body: string }>();
  const tokens = new Set<string>();
  const fetchTokens = new Map<string, { token: string; uses: number }>();
  const statementRequests: StatementRequest[] = [];
  const sockets = new Set<Socket>();
  let outage: Outage = 'none';
  let refusedVerb: string | null = null;
  let returns = 0;

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
  const endpoint = `${origin}/xapi/`;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith('/pkg/')) return serveFile(packagesDir, decodeURIComponent(url.pathname.slice(5)), response);
    if (url.pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    if (url.pathname === '/lms/returned') {
      returns += 1;
      return send(response, 200, 'text/html; charset=utf-8', '<!doctype html><title>LMS</title><p>Back in the LMS.</p>');
    }
    if (url.pathname.startsWith('/lms/fetch/') && request.method === 'POST') return answerFetch(url.pathname.slice('/lms/fetch/'.length), response);
    if (url.pathname.startsWith('/xapi/')) return xapi(request, response, url);
    send(response, 404, 'text/plain', 'not found');
  }

  function answerFetch(id: string, response: ServerResponse): void {
    const entry = fetchTokens.get(id);
    if (entry === undefined) return send(response, 404, 'application/json', JSON.stringify({ 'error-code': '3', 'error-text': 'unknown' }));
    entry.uses += 1;
    // cmi5 8.2.3: the fetch URL may be used once; a second request gets an error.
    if (entry.uses > 1) return send(response, 200, 'application/json', JSON.stringify({ 'error-code': '1', 'error-text': 'already in use' }));
    send(response, 200, 'application/json', JSON.stringify({ 'auth-token': entry.token }));
  }

  async function xapi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const body = await readBody(request);
    const resource = url.pathname.slice('/xapi/'.length);
    if (resource === 'statements' && request.method !== 'GET') {
      const ids = statementIds(body);
      if (refusedVerb !== null && statementVerbs(body).includes(refusedVerb)) {
        statementRequests.push({ method: request.method ?? '', status: 403, ids });
        const refusal = { statusCode: 403, error: 'Forbidden', message: '9.3.0.0-5 - refused by the test LMS', violatedReqId: '9.3.0.0-5' };
        return send(response, 403, 'application/json', JSON.stringify(refusal));
      }
      if (outage !== 'none') {
        statementRequests.push({ method: request.method ?? '', status: outage === '503' ? 503 : 0, ids });
        return fail(request, response);
      }
      const status = await forwardStatements(request, response, url, body);
      statementRequests.push({ method: request.method ?? '', status, ids });
      return;
    }
    if (outage !== 'none') return fail(request, response);
    if (!authorised(request)) return send(response, 401, 'text/plain', 'unknown credentials');
    if (resource === 'activities/state') return stateApi(request, response, url, body);
    // cmi5 11.0: the LMS keeps the learner's preferences; this one has some for everybody.
    if (resource === 'agents/profile' && request.method === 'GET' && url.searchParams.get('profileId') === 'cmi5LearnerPreferences') {
      return send(response, 200, 'application/json', JSON.stringify(LEARNER_PREFERENCES));
    }
    // A statement by id (the player asks whether one sent at unload arrived).
    if (resource === 'statements' && url.searchParams.has('statementId')) return forwardStatements(request, response, url, body).then(() => undefined);
    if (resource === 'about') return send(response, 200, 'application/json', JSON.stringify({ version: ['1.0.3'] }));
    send(response, 404, 'text/plain', 'not served by this LMS');
  }

  function fail(request: IncomingMessage, response: ServerResponse): void {
    if (outage === 'refuse') {
      request.socket.destroy();
      return;
    }
    send(response, 503, 'text/plain', 'LRS unavailable');
  }

  function authorised(request: IncomingMessage): boolean {
    return tokens.has(String(request.headers['authorization'] ?? ''));
  }

  async function forwardStatements(request: IncomingMessage, response: ServerResponse, url: URL, body: string): Promise<number> {
    if (!authorised(request)) {
      send(response, 401, 'text/plain', 'unknown credentials');
      return 401;
    }
    const forwarded = await fetch(`${lrsEndpoint}statements${url.search}`, {
      method: request.method,
      headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: lrsAuth },
      body: request.method === 'GET' ? undefined : body,
    });
    send(response, forwarded.status, forwarded.headers.get('content-type') ?? 'application/json', await forwarded.text());
    return forwarded.status;
  }

  function stateApi(request: IncomingMessage, response: ServerResponse, url: URL, body: string): void {
    const activityId = url.searchParams.get('activityId');
    const agent = url.searchParams.get('agent');
    const stateId = url.searchParams.get('stateId');
    if (!activityId || !agent) return send(response, 400, 'text/plain', 'activityId and agent are required');
    if (!stateId) {
      if (request.method !== 'GET') return send(response, 405, 'text/plain', 'only GET lists state ids');
      const prefix = stateKey(activityId, agentKey(agent), url.searchParams.get('registration') ?? '', '').slice(0, -3);
      const ids = [...states.keys()].filter((key) => key.startsWith(prefix)).map((key) => (JSON.parse(key) as string[])[3]);
      return send(response, 200, 'application/json', JSON.stringify(ids));
    }
    const key = stateKey(activityId, agentKey(agent), url.searchParams.get('registration') ?? '', stateId);
    switch (request.method) {
      case 'GET': {
        const doc = states.get(key);
        return doc ? send(response, 200, doc.contentType, doc.body) : send(response, 404, 'text/plain', 'no such document');
      }
      case 'PUT':
        states.set(key, { contentType: String(request.headers['content-type'] ?? 'application/json'), body });
        return send(response, 204, 'text/plain', '');
      case 'POST': {
        // POST merges JSON objects (xAPI 1.0.3, 7.3 JSON procedure with requests).
        const before = states.get(key);
        const merged = { ...(before ? (JSON.parse(before.body) as object) : {}), ...(JSON.parse(body || '{}') as object) };
        states.set(key, { contentType: 'application/json', body: JSON.stringify(merged) });
        return send(response, 204, 'text/plain', '');
      }
      case 'DELETE':
        states.delete(key);
        return send(response, 204, 'text/plain', '');
      default:
        return send(response, 405, 'text/plain', 'method not allowed');
    }
  }

  function actorOf(learner: Learner): Record<string, unknown> {
    return { objectType: 'Agent', name: learner.name, mbox: `mailto:${learner.email}` };
  }

  function pageUrl(page: string, params: Record<string, string>): string {
    return `${origin}/pkg/${page}?${new URLSearchParams(params).toString()}`;
  }

  return {
    origin,
    endpoint,
    launchTinCan(options) {
      const registration = options.registration ?? randomUUID();
      const token = `Basic ${Buffer.from(`tincan:${randomUUID()}`).toString('base64')}`;
      tokens.add(token);
      const actor = actorOf(options.learner);
      const url = pageUrl(options.page, {
        endpoint,
        auth: token,
        actor: JSON.stringify(actor),
        registration,
        activity_id: options.activityId,
      });
      return { url, registration, actor };
    },
    launchCmi5(options) {
      const registration = options.registration ?? randomUUID();
      const token = Buffer.from(`cmi5:${randomUUID()}`).toString('base64');
      tokens.add(`Basic ${token}`);
      const fetchId = randomUUID();
      fetchTokens.set(fetchId, { token, uses: 0 });
      const actor = actorOf(options.learner);
      const sessionId = randomUUID();
      const returnUrl = `${origin}/lms/returned`;
      const launchData = {
        contextTemplate: {
          contextActivities: { grouping: [{ objectType: 'Activity', id: options.publisherId }] },
          extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
        },
        launchMode: options.launchMode ?? 'Normal',
        moveOn: options.moveOn ?? 'Completed',
        returnURL: returnUrl,
        ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
      };
      const key = stateKey(options.activityId, agentKey(JSON.stringify(actor)), registration, 'LMS.LaunchData');
      states.set(key, { contentType: 'application/json', body: JSON.stringify(launchData) });
      const url = pageUrl(options.page, {
        endpoint,
        fetch: `${origin}/lms/fetch/${fetchId}`,
        actor: JSON.stringify(actor),
        registration,
        activityId: options.activityId,
      });
      return { url, registration, actor, sessionId, fetchId, returnUrl };
    },
    fetchUses: (fetchId) => fetchTokens.get(fetchId)?.uses ?? 0,
    setOutage(next) {
      outage = next;
    },
    refuseVerb(verb) {
      refusedVerb = verb;
    },
    statementRequests,
    state(activityId, registration, stateId) {
      for (const [key, doc] of states) {
        const [a, , r, s] = JSON.parse(key) as string[];
        if (a === activityId && r === registration && s === stateId) return JSON.parse(doc.body);
      }
      return undefined;
    },
    get returns() {
      return returns;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function stateKey(activityId: string, agent: string, registration: string, stateId: string): string {
  return JSON.stringify([activityId, agent, registration, stateId]);
}

/** Agents compare by their identifier (mbox here), not by the JSON text. */
function agentKey(agentJson: string): string {
  try {
    const agent = JSON.parse(agentJson) as Record<string, unknown>;
    if (typeof agent['mbox'] === 'string') return agent['mbox'];
    return agent['account'] ? JSON.stringify(agent['account']) : agentJson;
  } catch {
    return agentJson;
  }
}

function statementVerbs(body: string): string[] {
  try {
    const value = JSON.parse(body) as unknown;
    const list = Array.isArray(value) ? value : [value];
    return list.map((statement) => String((statement as { verb?: { id?: unknown } }).verb?.id ?? '').split('/').pop() ?? '');
  } catch {
    return [];
  }
}

function statementIds(body: string): string[] {
  try {
    const value = JSON.parse(body) as unknown;
    const list = Array.isArray(value) ? value : [value];
    return list.map((statement) => String((statement as { id?: unknown }).id ?? ''));
  } catch {
    return [];
  }
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
