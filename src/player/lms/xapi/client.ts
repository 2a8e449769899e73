/**
 * The LRS as the player talks to it: statements and State API documents through `@xapi/xapi`,
 * over `fetch`. The client gets its own fetch-based request function instead of the built-in
 * `'fetch'` adapter because the queue must tell a refused statement (4xx) from an LRS that is
 * down (5xx) or slow (timeout): the built-in one throws with the response body only and never
 * times out. The unload path (`sendOnUnload`) bypasses the client: only a raw
 * `fetch(…, { keepalive: true })` outlives the page.
 */
import XAPI from '@xapi/xapi';
import type { AdapterFunction } from '@xapi/xapi/dist/types/adapters';
import type { XapiAgent, XapiStatement } from './statement-types';
import { outcomeOfStatus, type SendOutcome } from './queue';

export const XAPI_VERSION = '1.0.3';
/** A request that takes longer counts as a failure (the queue tries again later). */
export const REQUEST_TIMEOUT_MS = 10_000;
/** Browsers refuse keepalive bodies over 64 KiB in total; stay below. */
const KEEPALIVE_BUDGET_BYTES = 60_000;

export interface LrsConnection {
  /** Ends with `/`. */
  readonly endpoint: string;
  /** The Authorization header value (`Basic …`). */
  readonly auth: string;
}

export interface StateKey {
  readonly activityId: string;
  readonly agent: XapiAgent;
  readonly registration: string;
  readonly stateId: string;
}

export interface LrsClient {
  sendStatements(statements: readonly XapiStatement[]): Promise<SendOutcome>;
  /** The document as JSON, or null when there is none (404). Throws when the LRS cannot be reached. */
  getState(key: StateKey): Promise<unknown>;
  setState(key: StateKey, document: unknown): Promise<void>;
  /** An Agent Profile document as JSON, or null when there is none (404). Throws when the LRS cannot be reached. */
  getAgentProfile(agent: XapiAgent, profileId: string): Promise<unknown>;
  /** Does the LRS hold a statement with this id? null when it cannot tell (unreachable). */
  hasStatement(id: string): Promise<boolean | null>;
  /** Last-chance sends while the page unloads (statements already cut to `fitsKeepalive`); their outcome is never known. */
  sendOnUnload(statements: readonly XapiStatement[], state: { readonly key: StateKey; readonly document: unknown } | null): void;
}

/** An HTTP answer other than 2xx, with its status (the built-in adapter loses it). */
export class LrsHttpError extends Error {
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(`HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`);
  }
}

export function normalizeEndpoint(endpoint: string): string {
  return endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
}

export function createLrsClient(connection: LrsConnection, fetchImpl: typeof fetch = fetch.bind(globalThis)): LrsClient {
  const endpoint = normalizeEndpoint(connection.endpoint);
  const xapi = new XAPI({ endpoint, auth: connection.auth, adapter: fetchAdapter(fetchImpl), version: XAPI_VERSION });
  const headers = {
    Authorization: connection.auth,
    'X-Experience-API-Version': XAPI_VERSION,
    'Content-Type': 'application/json',
  };
  return {
    async sendStatements(statements) {
      try {
        await xapi.sendStatements({ statements: statements as never });
        return { kind: 'delivered' };
      } catch (error) {
        if (error instanceof LrsHttpError) return outcomeOfStatus(error.status, error.message);
        return { kind: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
      }
    },
    async getState(key) {
      // The list first: asking for a missing document is a 404, which browsers log as an error.
      const { stateId, ...where } = stateParams(key);
      const listed = await xapi.getStates(where);
      if (!Array.isArray(listed.data) || !listed.data.includes(stateId)) return null;
      try {
        const response = await xapi.getState({ ...where, stateId });
        return response.data;
      } catch (error) {
        if (error instanceof LrsHttpError && error.status === 404) return null;
        throw error;
      }
    },
    async setState(key, document) {
      await xapi.setState({ ...stateParams(key), state: document as never });
    },
    async getAgentProfile(agent, profileId) {
      try {
        const response = await xapi.getAgentProfile({ agent: agent as never, profileId });
        return response.data;
      } catch (error) {
        if (error instanceof LrsHttpError && error.status === 404) return null;
        throw error;
      }
    },
    async hasStatement(id) {
      try {
        const response = await xapi.getStatement({ statementId: id });
        return typeof response.data === 'object' && response.data !== null;
      } catch (error) {
        if (error instanceof LrsHttpError && error.status === 404) return false;
        return null;
      }
    },
    sendOnUnload(statements, state) {
      const batch = fitsKeepalive(statements);
      if (batch.length > 0) {
        void fetchImpl(`${endpoint}statements`, { method: 'POST', keepalive: true, headers, body: JSON.stringify(batch) }).catch(() => undefined);
      }
      if (state !== null) {
        const url = `${endpoint}activities/state?${stateQuery(state.key)}`;
        void fetchImpl(url, { method: 'PUT', keepalive: true, headers, body: JSON.stringify(state.document) }).catch(() => undefined);
      }
    },
  };
}

function stateParams(key: StateKey) {
  return { agent: key.agent as never, activityId: key.activityId, registration: key.registration, stateId: key.stateId };
}

function stateQuery(key: StateKey): string {
  return new URLSearchParams({
    activityId: key.activityId,
    agent: JSON.stringify(key.agent),
    registration: key.registration,
    stateId: key.stateId,
  }).toString();
}

/** The head of the queue that fits a keepalive request; the rest stays queued for the next visit. */
export function fitsKeepalive(statements: readonly XapiStatement[]): XapiStatement[] {
  const chosen: XapiStatement[] = [];
  let bytes = 2;
  for (const statement of statements) {
    bytes += JSON.stringify(statement).length * 3 + 1;
    if (bytes > KEEPALIVE_BUDGET_BYTES) break;
    chosen.push(statement);
  }
  return chosen;
}

/** @xapi/xapi's request function over fetch, with a timeout and the HTTP status kept on failure. */
function fetchAdapter(fetchImpl: typeof fetch): AdapterFunction {
  return (async ({ url, method, data, headers }: { url: string; method: string; data?: unknown; headers?: Record<string, string> }) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    try {
      const json = headers?.['Content-Type'] === 'application/json' && typeof data !== 'string';
      const body = data === undefined ? undefined : json ? JSON.stringify(data) : (data as string);
      const response = await fetchImpl(url, { method, headers, body, signal: controller.signal });
      const text = await response.text();
      if (!response.ok) throw new LrsHttpError(response.status, text);
      return { data: parseJson(text), headers: {}, status: response.status };
    } finally {
      clearTimeout(timer);
    }
  }) as AdapterFunction;
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
