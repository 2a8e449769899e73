/**
 * One Moodle web-service call over REST (POST, form-encoded, JSON answer) with a time limit per
 * request and retries with backoff when the network or the server fails (5xx, timeouts: every
 * function the report calls only reads, so asking again is safe). Moodle's refusals (a bad
 * token, a function the service lacks, a missing capability) are not retried: ./errors.ts turns
 * them into messages with the administrator's steps.
 *
 * The token goes only into the request body, never into a URL, a message or a file; any text
 * from the server is redacted before it is shown, in case it echoes the token.
 */
import { MoodleCallError, redact, unreachable, wsDisabled, notMoodle, serverError, timedOut } from './errors';
import { formEncode, type Params } from './params';

export type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<Response>;

export interface ClientOptions {
  /** The site's address as the user gave it (wwwroot, or …/webservice/rest/server.php). */
  readonly url: string;
  readonly token: string;
  readonly fetch?: Fetch;
  /** Per request, body included (default 60 s). */
  readonly timeoutMs?: number;
  /** Tries after the first one on 5xx, network errors and timeouts (default 3). */
  readonly retries?: number;
  /** The first wait before a retry; doubled each time (default 500 ms). */
  readonly backoffMs?: number;
  /** Requests in flight at most (default 4): a report must not load the site like a crowd. */
  readonly concurrency?: number;
}

export interface BatchCall {
  readonly wsfunction: string;
  readonly params: Params;
}

export interface MoodleClient {
  /** The site's wwwroot, without credentials or query. */
  readonly site: string;
  call<T>(wsfunction: string, params?: Params): Promise<T>;
  /**
   * Several calls in one request through tool_mobile_call_external_functions (Moodle 3.7+,
   * when the token's service offers it): Moodle starts up once for all of them. Results in order.
   */
  batch<T>(calls: readonly BatchCall[]): Promise<T[]>;
  /** Requests sent so far (retries included). */
  readonly requests: () => number;
  /** The server's clock (HTTP Date of the latest answer), unix seconds; null before any answer. */
  readonly serverTime: () => number | null;
}

const REST_PATH = '/webservice/rest/server.php';

/** wwwroot from what the user typed: no query, no fragment, no credentials, no trailing slash or server.php. */
export function siteRoot(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new MoodleCallError('report/invalid-option', `--moodle must be the site's address, e.g. https://moodle.example.edu; "${redactUrl(url)}" is not an address.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new MoodleCallError('report/invalid-option', `--moodle must be an http(s) address; "${redactUrl(url)}" is not.`);
  }
  const pathname = parsed.pathname.replace(/\/+$/, '').replace(/\/webservice\/rest\/server\.php$/, '');
  return `${parsed.protocol}//${parsed.host}${pathname}`;
}

/** An address as it may be shown: credentials and query (a wstoken=… among them) left out. */
export function redactUrl(url: string): string {
  return url.replace(/\?.*$/s, '').replace(/\/\/[^/@]*@/, '//');
}

export function moodleClient(options: ClientOptions): MoodleClient {
  const site = siteRoot(options.url);
  const endpoint = `${site}${REST_PATH}?moodlewsrestformat=json`;
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 500;
  let requests = 0;
  let serverTime: number | null = null;
  const slot = semaphore(options.concurrency ?? 4);

  async function once(wsfunction: string, params: Params): Promise<unknown> {
    requests += 1;
    const body = formEncode({ wstoken: options.token, wsfunction, ...params });
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw isTimeout(error) ? timedOut(site, timeoutMs) : unreachable(site, reasonOf(error));
    }
    const date = Date.parse(response.headers.get('date') ?? '');
    if (!Number.isNaN(date)) serverTime = Math.floor(date / 1000);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw isTimeout(error) ? timedOut(site, timeoutMs) : unreachable(site, reasonOf(error));
    }
    if (response.status === 403) throw wsDisabled(site);
    if (response.status >= 500) throw serverError(site, response.status, redact(text, options.token));
    if (response.status !== 200) throw notMoodle(site, `HTTP ${response.status}`);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw notMoodle(site, 'an answer that is not JSON');
    }
  }

  async function call<T>(wsfunction: string, params: Params = {}): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const body = await slot(() => once(wsfunction, params));
        MoodleCallError.throwIfException(body, wsfunction, site, options.token);
        return body as T;
      } catch (error) {
        if (!(error instanceof MoodleCallError) || !error.retryable || attempt >= retries) throw error;
        await sleep(backoffMs * 2 ** attempt);
      }
    }
  }

  async function batch<T>(calls: readonly BatchCall[]): Promise<T[]> {
    if (calls.length === 0) return [];
    const requestsParam = calls.map((entry) => ({ function: entry.wsfunction, arguments: JSON.stringify(entry.params) }));
    const answer = await call<{ responses: readonly BatchResponse[] }>(BATCH_FUNCTION, { requests: requestsParam });
    return calls.map((entry, i) => {
      const response = answer.responses[i];
      if (response === undefined) throw new MoodleCallError('report/moodle-error', `${BATCH_FUNCTION} on ${site} answered ${answer.responses.length} of ${calls.length} calls.`);
      if (response.error) {
        MoodleCallError.throwIfException(parseJson(response.exception) ?? { errorcode: 'unknown' }, entry.wsfunction, site, options.token);
      }
      return parseJson(response.data) as T;
    });
  }

  return { site, call, batch, requests: () => requests, serverTime: () => serverTime };
}

/** Moodle's function that runs several others in one request. */
export const BATCH_FUNCTION = 'tool_mobile_call_external_functions';

interface BatchResponse {
  readonly error: boolean;
  /** JSON text. */
  readonly data?: string;
  readonly exception?: string;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isTimeout(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'TimeoutError' || name === 'AbortError';
}

/** Node hides the socket error in `cause`; duck-typed (the error may come from another realm). */
function reasonOf(error: unknown): string {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as { message?: string; cause?: { code?: string } };
  const code = failure.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused: nothing listens at that port';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host name not found';
  if (code !== undefined) return code;
  return failure.message ?? String(error);
}

/** At most `limit` of the functions given run at a time; the others wait their turn (first come, first served). */
export function semaphore(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next === undefined) running -= 1;
      else next();
    }
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
