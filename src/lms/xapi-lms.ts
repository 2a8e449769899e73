/**
 * The LMS side of an xAPI / cmi5 launch, without a server of its own (the studio preview mounts
 * it on its routes; the browser tests on a small loopback server, test/harness/lrs-lms.ts):
 *   - issues launches: TinCan launch parameters (endpoint, auth, actor, registration), and for
 *     cmi5 a single-use fetch URL (`<base>/lms/fetch/<id>`: the second POST fails) and
 *     LMS.LaunchData in the State API;
 *   - is the player's xAPI endpoint (`<base>/xapi/`): statements go to a statement store (kept in
 *     memory here, or forwarded to a real LRS); the State API and the learner preferences are
 *     answered here, in memory; every request must carry a credential this LMS issued;
 *   - can be made unreachable (503 or a refused connection) or refuse one verb, for fault tests.
 */
import { randomUUID } from 'node:crypto';

export type Outage = 'none' | '503' | 'refuse';

const LEARNER_PREFERENCES = { languagePreference: 'en-US', audioPreference: 'off' };

export interface Learner {
  readonly name: string;
  readonly email: string;
}

export interface TinCanLaunchOptions {
  /** The page, as the LMS's `pageUrl` option takes it. */
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
  /** What the LMS answered (503 / 0 during an outage). */
  readonly status: number;
  readonly ids: readonly string[];
}

export interface LmsRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly body: string;
}

/** What to answer; `destroy`: drop the connection (an unreachable LRS). */
export type LmsReply = { readonly status: number; readonly contentType: string; readonly body: string } | { readonly destroy: true };

/** Where the statements go: `GET`, `POST` and `PUT` of `statements`, already authorised. */
export interface StatementStore {
  handle(request: LmsRequest): Promise<LmsReply>;
}

export interface XapiLmsOptions {
  /** `http://127.0.0.1:<port>`: launch URLs are absolute. */
  readonly origin: string;
  /** Path prefix of the LMS's own URLs ('' or e.g. `/lrs`). */
  readonly base: string;
  /** The absolute URL of a launched page. */
  readonly pageUrl: (page: string) => string;
  readonly statements: StatementStore;
}

export interface XapiLms {
  readonly endpoint: string;
  /** The answer to a request for one of the LMS's URLs; undefined when the URL is not the LMS's. */
  handle(request: LmsRequest): Promise<LmsReply | undefined>;
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
  /** Every State API document of a registration, by state id. */
  statesOf(registration: string): Record<string, unknown>;
  /** Times `<base>/lms/returned` was opened (cmi5 returnURL). */
  readonly returns: number;
}

const reply = (status: number, contentType: string, body: string): LmsReply => ({ status, contentType, body });
const json = (status: number, value: unknown): LmsReply => reply(status, 'application/json', JSON.stringify(value));

export function createXapiLms(options: XapiLmsOptions): XapiLms {
  const { origin, base } = options;
  const states = new Map<string, { contentType: string; body: string }>();
  const tokens = new Set<string>();
  const fetchTokens = new Map<string, { token: string; uses: number }>();
  const statementRequests: StatementRequest[] = [];
  let outage: Outage = 'none';
  let refusedVerb: string | null = null;
  let returns = 0;
  const endpoint = `${origin}${base}/xapi/`;

  async function handle(request: LmsRequest): Promise<LmsReply | undefined> {
    const path = request.url.pathname;
    if (!path.startsWith(`${base}/`)) return undefined;
    const local = path.slice(base.length);
    if (local === '/lms/returned') {
      returns += 1;
      return reply(200, 'text/html; charset=utf-8', '<!doctype html><html lang="en"><title>LMS</title><p>Back in the LMS.</p></html>');
    }
    if (local.startsWith('/lms/fetch/') && request.method === 'POST') return answerFetch(local.slice('/lms/fetch/'.length));
    if (local.startsWith('/xapi/')) return xapi(request, local.slice('/xapi/'.length));
    return undefined;
  }

  function answerFetch(id: string): LmsReply {
    const entry = fetchTokens.get(id);
    if (entry === undefined) return json(404, { 'error-code': '3', 'error-text': 'unknown' });
    entry.uses += 1;
    // cmi5 8.2.3: the fetch URL may be used once; a second request gets an error.
    if (entry.uses > 1) return json(200, { 'error-code': '1', 'error-text': 'already in use' });
    return json(200, { 'auth-token': entry.token });
  }

  async function xapi(request: LmsRequest, resource: string): Promise<LmsReply> {
    const { url, body } = request;
    if (resource === 'statements' && request.method !== 'GET') {
      const ids = statementIds(body);
      if (refusedVerb !== null && statementVerbs(body).includes(refusedVerb)) {
        statementRequests.push({ method: request.method, status: 403, ids });
        return json(403, { statusCode: 403, error: 'Forbidden', message: '9.3.0.0-5 - refused by the test LMS', violatedReqId: '9.3.0.0-5' });
      }
      if (outage !== 'none') {
        statementRequests.push({ method: request.method, status: outage === '503' ? 503 : 0, ids });
        return fail();
      }
      const answer = authorised(request) ? await options.statements.handle(request) : reply(401, 'text/plain', 'unknown credentials');
      statementRequests.push({ method: request.method, status: 'status' in answer ? answer.status : 0, ids });
      return answer;
    }
    if (outage !== 'none') return fail();
    if (!authorised(request)) return reply(401, 'text/plain', 'unknown credentials');
    if (resource === 'activities/state') return stateApi(request.method, url, body, String(request.headers['content-type'] ?? 'application/json'));
    // cmi5 11.0: the LMS keeps the learner's preferences; this one has some for everybody.
    if (resource === 'agents/profile' && request.method === 'GET' && url.searchParams.get('profileId') === 'cmi5LearnerPreferences') {
      return json(200, LEARNER_PREFERENCES);
    }
    // A statement by id (the player asks whether one sent at unload arrived).
    if (resource === 'statements' && url.searchParams.has('statementId')) return options.statements.handle(request);
    if (resource === 'about') return json(200, { version: ['1.0.3'] });
    return reply(404, 'text/plain', 'not served by this LMS');
  }

  function fail(): LmsReply {
    return outage === 'refuse' ? { destroy: true } : reply(503, 'text/plain', 'LRS unavailable');
  }

  function authorised(request: LmsRequest): boolean {
    return tokens.has(String(request.headers['authorization'] ?? ''));
  }

  function stateApi(method: string, url: URL, body: string, contentType: string): LmsReply {
    const activityId = url.searchParams.get('activityId');
    const agent = url.searchParams.get('agent');
    const stateId = url.searchParams.get('stateId');
    if (!activityId || !agent) return reply(400, 'text/plain', 'activityId and agent are required');
    if (!stateId) {
      if (method !== 'GET') return reply(405, 'text/plain', 'only GET lists state ids');
      const prefix = stateKey(activityId, agentKey(agent), url.searchParams.get('registration') ?? '', '').slice(0, -3);
      return json(200, [...states.keys()].filter((key) => key.startsWith(prefix)).map((key) => (JSON.parse(key) as string[])[3]));
    }
    const key = stateKey(activityId, agentKey(agent), url.searchParams.get('registration') ?? '', stateId);
    switch (method) {
      case 'GET': {
        const doc = states.get(key);
        return doc ? reply(200, doc.contentType, doc.body) : reply(404, 'text/plain', 'no such document');
      }
      case 'PUT':
        states.set(key, { contentType, body });
        return reply(204, 'text/plain', '');
      case 'POST': {
        // POST merges JSON objects (xAPI 1.0.3, 7.3 JSON procedure with requests).
        const before = states.get(key);
        const merged = { ...(before ? (JSON.parse(before.body) as object) : {}), ...(JSON.parse(body || '{}') as object) };
        states.set(key, { contentType: 'application/json', body: JSON.stringify(merged) });
        return reply(204, 'text/plain', '');
      }
      case 'DELETE':
        states.delete(key);
        return reply(204, 'text/plain', '');
      default:
        return reply(405, 'text/plain', 'method not allowed');
    }
  }

  function actorOf(learner: Learner): Record<string, unknown> {
    return { objectType: 'Agent', name: learner.name, mbox: `mailto:${learner.email}` };
  }

  function pageUrl(page: string, params: Record<string, string>): string {
    return `${options.pageUrl(page)}?${new URLSearchParams(params).toString()}`;
  }

  return {
    endpoint,
    handle,
    launchTinCan(launch) {
      const registration = launch.registration ?? randomUUID();
      const token = `Basic ${Buffer.from(`tincan:${randomUUID()}`).toString('base64')}`;
      tokens.add(token);
      const actor = actorOf(launch.learner);
      const url = pageUrl(launch.page, { endpoint, auth: token, actor: JSON.stringify(actor), registration, activity_id: launch.activityId });
      return { url, registration, actor };
    },
    launchCmi5(launch) {
      const registration = launch.registration ?? randomUUID();
      const token = Buffer.from(`cmi5:${randomUUID()}`).toString('base64');
      tokens.add(`Basic ${token}`);
      const fetchId = randomUUID();
      fetchTokens.set(fetchId, { token, uses: 0 });
      const actor = actorOf(launch.learner);
      const sessionId = randomUUID();
      const returnUrl = `${origin}${base}/lms/returned`;
      const launchData = {
        contextTemplate: {
          contextActivities: { grouping: [{ objectType: 'Activity', id: launch.publisherId }] },
          extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
        },
        launchMode: launch.launchMode ?? 'Normal',
        moveOn: launch.moveOn ?? 'Completed',
        returnURL: returnUrl,
        ...(launch.masteryScore === undefined ? {} : { masteryScore: launch.masteryScore }),
      };
      const key = stateKey(launch.activityId, agentKey(JSON.stringify(actor)), registration, 'LMS.LaunchData');
      states.set(key, { contentType: 'application/json', body: JSON.stringify(launchData) });
      const url = pageUrl(launch.page, { endpoint, fetch: `${origin}${base}/lms/fetch/${fetchId}`, actor: JSON.stringify(actor), registration, activityId: launch.activityId });
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
    statesOf(registration) {
      const found: Record<string, unknown> = {};
      for (const [key, doc] of states) {
        const [, , r, s] = JSON.parse(key) as string[];
        if (r === registration) found[s!] = parseOrText(doc.body);
      }
      return found;
    },
    get returns() {
      return returns;
    },
  };
}

function parseOrText(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
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

/** Each statement of a request body (one, or a list). */
export function statementsOf(body: string): Record<string, unknown>[] {
  try {
    const value = JSON.parse(body) as unknown;
    return (Array.isArray(value) ? value : [value]).filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null);
  } catch {
    return [];
  }
}

function statementVerbs(body: string): string[] {
  return statementsOf(body).map((statement) => String((statement['verb'] as { id?: unknown } | undefined)?.id ?? '').split('/').pop() ?? '');
}

function statementIds(body: string): string[] {
  return statementsOf(body).map((statement) => String(statement['id'] ?? ''));
}
