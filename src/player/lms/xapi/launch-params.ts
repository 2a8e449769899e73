/**
 * Launch parameters from the page's query string. Nothing of these is ever in a package: the
 * LMS puts them in the launch URL.
 *
 * TinCan ("Rustici launch"): `endpoint`, `auth` (the Authorization header value), `actor`
 * (JSON; old launchers send arrays of names and mboxes), `registration`, `activity_id`, and the
 * optional `grouping` (an activity id for the statements' grouping) and `activity_platform`
 * (their `context.platform`).
 * cmi5 (spec 8.1): `endpoint`, `fetch` (single-use URL for the auth token), `actor`,
 * `registration`, `activityId`.
 */
import type { XapiAgent } from './statement-types';

export interface TinCanLaunch {
  readonly kind: 'tincan';
  readonly endpoint: string;
  readonly auth: string;
  readonly actor: XapiAgent;
  readonly registration: string;
  /** The activity the LMS launched (absent with some launchers). */
  readonly activityId: string | null;
  /** `grouping`: an activity id the launcher wants in every statement's grouping; null without. */
  readonly grouping: string | null;
  /** `activity_platform`: the launcher's value for `context.platform`; null without. */
  readonly platform: string | null;
}

export interface Cmi5Launch {
  readonly kind: 'cmi5';
  readonly endpoint: string;
  readonly fetchUrl: string;
  readonly actor: XapiAgent;
  readonly registration: string;
  readonly activityId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** null when the query has no usable TinCan launch (the page was opened without an LMS). */
export function readTinCanLaunch(search: string): TinCanLaunch | null {
  const params = new URLSearchParams(search);
  const endpoint = params.get('endpoint');
  const auth = params.get('auth');
  const actor = parseActor(params.get('actor'));
  if (!endpoint || !isHttpUrl(endpoint) || !auth || actor === null) return null;
  const registration = params.get('registration') ?? '';
  return {
    kind: 'tincan',
    endpoint,
    auth,
    actor,
    // Statements need a registration to be grouped into an attempt; without one the launch is not tracked.
    registration: UUID.test(registration) ? registration.toLowerCase() : '',
    activityId: params.get('activity_id'),
    grouping: absoluteIri(params.get('grouping')),
    platform: nonEmpty(params.get('activity_platform')),
  };
}

export function readCmi5Launch(search: string): Cmi5Launch | null {
  const params = new URLSearchParams(search);
  const endpoint = params.get('endpoint');
  const fetchUrl = params.get('fetch');
  const actor = parseActor(params.get('actor'));
  const registration = params.get('registration') ?? '';
  const activityId = params.get('activityId');
  if (!endpoint || !isHttpUrl(endpoint) || !fetchUrl || !isHttpUrl(fetchUrl) || actor === null) return null;
  if (!UUID.test(registration) || !activityId) return null;
  return { kind: 'cmi5', endpoint, fetchUrl, actor, registration: registration.toLowerCase(), activityId };
}

/** The actor as an xAPI agent; TinCan's array form (`"name": ["…"]`) is reduced to single values. */
export function parseActor(text: string | null): XapiAgent | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const agent: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    agent[key] = Array.isArray(field) ? field[0] : field;
  }
  if (agent['account'] && typeof agent['account'] === 'object') agent['account'] = singleAccount(agent['account'] as Record<string, unknown>);
  const identified = ['mbox', 'mbox_sha1sum', 'openid', 'account'].some((key) => agent[key] !== undefined);
  if (!identified) return null;
  if (agent['objectType'] === undefined) agent['objectType'] = 'Agent';
  return agent;
}

/** TinCan's `account: [{ accountServiceHomePage, accountName }]` → xAPI's `{ homePage, name }`. */
function singleAccount(account: Record<string, unknown>): Record<string, unknown> {
  if (account['homePage'] !== undefined) return account;
  return { homePage: account['accountServiceHomePage'], name: account['accountName'] };
}

function absoluteIri(text: string | null): string | null {
  return text !== null && /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(text) ? text : null;
}

function nonEmpty(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function isHttpUrl(text: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(text);
}
