/**
 * The first `GET statements` URL of a report: the course's statements (the course activity,
 * with related activities so lessons, screens and questions count), oldest first.
 * Never filtered by agent: some LRSs (xapi-statements among them) break the `more` link of an
 * agent query, and the report wants every learner anyway.
 */
import { diagnostic } from '../../../diagnostics/codes';
import { UserError } from '../../../diagnostics/errors';

export interface StatementQuery {
  readonly endpoint: string;
  /** The course IRI. */
  readonly activity: string;
  /** ISO 8601: statements the LRS stored after this time. */
  readonly since?: string;
  readonly registration?: string;
  /** Statements per page asked for (the LRS may give fewer). */
  readonly pageSize: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** xAPI timestamps: a date, a time and an offset (Z or ±hh:mm); a date alone is accepted too. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/** The endpoint as a URL ending in `/`, so that `statements` resolves under it. */
export function normalizeEndpoint(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint.trim());
  } catch {
    throw invalid(`--lrs "${endpoint}" is not a URL.`, 'Give the LRS endpoint with its scheme, e.g. --lrs https://lrs.example.edu/data/xAPI/.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalid(`--lrs "${endpoint}" is not an http(s) address.`, 'Give the LRS endpoint as an https:// (or http://) address.');
  }
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  url.search = '';
  url.hash = '';
  return url;
}

/** The filters as sent, for messages and the report header. */
export function queryFilters(query: StatementQuery): Record<string, string> {
  checkFilters(query);
  return {
    activity: query.activity,
    related_activities: 'true',
    ...(query.since === undefined ? {} : { since: normalizedSince(query.since) }),
    ...(query.registration === undefined ? {} : { registration: query.registration.toLowerCase() }),
  };
}

export function firstPageUrl(query: StatementQuery): string {
  const url = new URL('statements', normalizeEndpoint(query.endpoint));
  const params = new URLSearchParams({ ...queryFilters(query), ascending: 'true', limit: String(query.pageSize) });
  url.search = params.toString();
  return url.toString();
}

function checkFilters(query: StatementQuery): void {
  if (query.since !== undefined && !(ISO_DATE_TIME.test(query.since) && !Number.isNaN(Date.parse(query.since)))) {
    throw invalid(`--since "${query.since}" is not an ISO 8601 date or date-time.`, 'Write it like 2025-09-01 or 2025-09-01T08:00:00Z.');
  }
  if (query.registration !== undefined && !UUID.test(query.registration)) {
    throw invalid(`--registration "${query.registration}" is not a UUID.`, 'A registration looks like 6f1c3c4e-2b7a-4f7e-9a53-0b9b7f0d7c11 (the LMS shows it per attempt).');
  }
  if (!Number.isInteger(query.pageSize) || query.pageSize < 1 || query.pageSize > 10_000) {
    throw invalid(`--page-size ${query.pageSize} is not a whole number from 1 to 10000.`, 'Leave it out (500) unless the LRS asks for smaller pages.');
  }
}

/** A bare date means its start in UTC; the LRS wants a full timestamp. */
function normalizedSince(since: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(since) ? `${since}T00:00:00Z` : since;
}

function invalid(message: string, hint: string): UserError {
  return new UserError([diagnostic('report/invalid-option', message, undefined, hint)]);
}
