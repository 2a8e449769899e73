/**
 * One `GET statements` request, with every way it can fail turned into a message for the
 * instructor: the LRS is down or the address is wrong, the credentials are refused, the address
 * is not an xAPI endpoint, or the answer is not a statement result.
 */
import { diagnostic } from '../../../diagnostics/codes';
import { UserError } from '../../../diagnostics/errors';

export type Fetch = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

export interface StatementPage {
  readonly statements: readonly unknown[];
  /** The `more` link, '' on the last page. */
  readonly more: string;
}

/** xAPI's version header; an LRS refuses requests without it. */
export const XAPI_VERSION = '1.0.3';
const TIMEOUT_MS = 60_000;

export async function fetchStatementPage(url: string, authorization: string, fetchImpl: Fetch = fetch): Promise<StatementPage> {
  const response = await request(url, authorization, fetchImpl);
  if (response.status === 401 || response.status === 403) throw authRefused(url, response.status);
  if (response.status === 404) throw notFound(url);
  if (!response.ok) throw lrsError(url, `answered HTTP ${response.status} ${response.statusText}`.trim(), await excerpt(response));
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    // The time limit covers the body too: an answer cut off by it is a timeout, not bad JSON.
    if (isTimeout(error)) throw timedOut(url);
    throw lrsError(url, 'answered with something that is not JSON', '');
  }
  return statementPage(url, body);
}

async function request(url: string, authorization: string, fetchImpl: Fetch): Promise<Response> {
  try {
    return await fetchImpl(url, {
      headers: { 'X-Experience-API-Version': XAPI_VERSION, Authorization: authorization, Accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw unreachable(url, error);
  }
}

function statementPage(url: string, body: unknown): StatementPage {
  const record = body as { statements?: unknown; more?: unknown } | null;
  if (typeof record !== 'object' || record === null || !Array.isArray(record.statements)) {
    throw lrsError(url, 'answered JSON without a "statements" list', '');
  }
  return { statements: record.statements, more: typeof record.more === 'string' ? record.more : '' };
}

function unreachable(url: string, error: unknown): UserError {
  const origin = new URL(url).origin;
  const reason = errorReason(error);
  return new UserError([diagnostic('report/lrs-unreachable', `The LRS at ${origin} could not be reached (${reason}).`)]);
}

/**
 * The most telling part of a fetch failure: Node hides the socket error in `cause`. Duck-typed,
 * because the error may come from another realm (a test runner's sandbox) where `instanceof` fails.
 */
function errorReason(error: unknown): string {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as { name?: string; message?: string; cause?: { code?: string } };
  if (failure.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  const code = failure.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused: nothing listens at that port';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host name not found';
  if (code !== undefined) return code;
  return failure.message ?? String(error);
}

function isTimeout(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'TimeoutError' || name === 'AbortError';
}

function timedOut(url: string): UserError {
  const message = `The LRS at ${new URL(url).origin} began to answer but sent no more within ${TIMEOUT_MS / 1000} s (the answer was cut off).`;
  return new UserError([diagnostic('report/lrs-timeout', message)]);
}

function authRefused(url: string, status: number): UserError {
  const what = status === 401 ? 'did not accept the credentials' : 'does not let these credentials read statements';
  return new UserError([diagnostic('report/lrs-auth', `The LRS at ${new URL(url).origin} ${what} (HTTP ${status}).`)]);
}

function notFound(url: string): UserError {
  const statements = new URL(url);
  statements.search = '';
  return new UserError([diagnostic('report/lrs-not-found', `There is no xAPI statements resource at ${statements} (HTTP 404).`)]);
}

function lrsError(url: string, what: string, body: string): UserError {
  const statements = new URL(url);
  statements.search = '';
  const detail = body === '' ? '' : `: ${body}`;
  return new UserError([diagnostic('report/lrs-error', `GET ${statements} ${what}${detail}`)]);
}

/** The start of an error body, on one line (LRSs explain refused queries there). */
async function excerpt(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  const line = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
