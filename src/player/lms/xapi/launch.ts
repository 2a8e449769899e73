/**
 * Everything asynchronous before the player starts: the launch parameters, the page's activity
 * data, for cmi5 the auth token (single-use fetch URL; the token is kept in sessionStorage for
 * the lesson's later page loads) and LMS.LaunchData, and the saved state (State API, merged
 * with this browser's copy). The LmsAdapter contract is synchronous; this is why it is done here.
 */
import type { LaunchMode, PreparedLaunch } from './adapter';
import { createLrsClient, type LrsClient, type StateKey } from './client';
import { readCmi5Launch, readTinCanLaunch, type Cmi5Launch, type TinCanLaunch } from './launch-params';
import { XAPI_PAGE_DATA_ID, type XapiPageData } from './page-data';
import { newerDocument, parseProgressDocument, type ProgressDocument } from './state';
import type { XapiContext } from './statement-types';
import { CMI5, PROGRESS_STATE_ID } from './vocabulary';

export type LaunchResult =
  /** No launch parameters or no activity data: the page runs stand-alone. */
  | { readonly kind: 'none' }
  | { readonly kind: 'ready'; readonly launch: PreparedLaunch; readonly returnUrl: string | null; readonly storageKey: string }
  /** The launch cannot be tracked; `code` is shown to the learner. */
  | { readonly kind: 'failed'; readonly code: string; readonly operation: string };

export interface LaunchEnvironment {
  readonly search: string;
  readonly document: Document;
  readonly fetch: typeof fetch;
  readonly local: Storage | null;
  readonly session: Storage | null;
  readonly uuid: () => string;
}

/** Reading the saved state at start waits at most this long; then the browser's copy is used. */
const START_READ_TIMEOUT_MS = 5_000;

export async function prepareTinCanLaunch(env: LaunchEnvironment): Promise<LaunchResult> {
  const params = readTinCanLaunch(env.search);
  const page = readXapiPageData(env.document);
  if (params === null || page === null) return { kind: 'none' };
  const client = createLrsClient({ endpoint: params.endpoint, auth: params.auth }, env.fetch);
  return ready(env, params, page, client, { lessonObjectId: page.lesson.id, launchMode: 'Normal', cmi5: null, returnUrl: null });
}

export async function prepareCmi5Launch(env: LaunchEnvironment): Promise<LaunchResult> {
  const params = readCmi5Launch(env.search);
  const page = readXapiPageData(env.document);
  if (params === null || page === null) return { kind: 'none' };
  const token = await authToken(env, params);
  if (token === null) return { kind: 'failed', code: 'cmi5-fetch', operation: 'POST fetch URL' };
  const client = createLrsClient({ endpoint: params.endpoint, auth: `Basic ${token}` }, env.fetch);
  const key: StateKey = { activityId: params.activityId, agent: params.actor, registration: params.registration, stateId: CMI5.launchDataStateId };
  let launchData: LaunchData;
  try {
    launchData = readLaunchData(await client.getState(key));
  } catch {
    return { kind: 'failed', code: 'cmi5-launchdata', operation: 'GET LMS.LaunchData' };
  }
  const sessionId = launchData.sessionId ?? env.uuid();
  const mark = readSessionMark(env.session, sessionId);
  if (mark === 'terminated') return { kind: 'failed', code: 'cmi5-terminated', operation: 'session already terminated' };
  const preferences = learnerPreferencesReader(client, params.actor);
  return ready(env, params, page, client, {
    lessonObjectId: params.activityId,
    launchMode: launchData.launchMode,
    cmi5: { sessionId, contextTemplate: launchData.contextTemplate, masteryScore: launchData.masteryScore },
    returnUrl: launchData.returnUrl,
    alreadyInitialized: mark === 'initialized',
    learnerLanguages: await preferences.languagesAtStart(),
    beforeSend: preferences.read,
  });
}

/**
 * cmi5 11.0: the AU reads the learner's preferences (Agent Profile `cmi5LearnerPreferences`)
 * before its first statement; a 404 (none kept) counts as read. The start waits a moment for
 * them (their languagePreference chooses the language of the player's own messages); if the LRS
 * cannot be reached then, statements wait until a read succeeds (`read` is the queue's gate).
 */
function learnerPreferencesReader(client: LrsClient, actor: Cmi5Launch['actor']) {
  let done: Promise<readonly string[]> | null = null;
  const attempt = (): Promise<readonly string[]> => {
    done ??= client.getAgentProfile(actor, CMI5.learnerPreferencesProfileId).then(languagesOf, (error: unknown) => {
      done = null;
      throw error;
    });
    return done;
  };
  return {
    languagesAtStart: () => withTimeout(attempt(), START_READ_TIMEOUT_MS).catch(() => [] as readonly string[]),
    read: () => attempt().then(() => true, () => false),
  };
}

/** `languagePreference`: a comma-separated list of language tags, most preferred first. */
export function languagesOf(preferences: unknown): readonly string[] {
  const value = typeof preferences === 'object' && preferences !== null ? (preferences as Record<string, unknown>)['languagePreference'] : undefined;
  if (typeof value !== 'string') return [];
  return value.split(',').map((tag) => tag.trim()).filter((tag) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag));
}

interface LaunchChoices {
  readonly lessonObjectId: string;
  readonly launchMode: LaunchMode;
  readonly cmi5: PreparedLaunch['settings']['cmi5'];
  readonly returnUrl: string | null;
  readonly alreadyInitialized?: boolean;
  readonly learnerLanguages?: readonly string[];
  readonly beforeSend?: () => Promise<boolean>;
}

async function ready(
  env: LaunchEnvironment,
  params: TinCanLaunch | Cmi5Launch,
  page: XapiPageData,
  client: LrsClient,
  choices: LaunchChoices,
): Promise<LaunchResult> {
  const stateKey: StateKey = { activityId: choices.lessonObjectId, agent: params.actor, registration: params.registration, stateId: PROGRESS_STATE_ID };
  const storageKey = `${params.registration || 'none'}:${choices.lessonObjectId}`;
  const local = parseProgressDocument(safeGet(env.local, `coursepack-xapi-state:${storageKey}`));
  const remote = await readRemoteState(client, stateKey);
  const launch: PreparedLaunch = {
    settings: {
      actor: params.actor,
      registration: params.registration,
      page,
      lessonObjectId: choices.lessonObjectId,
      cmi5: choices.cmi5,
      ...(params.kind === 'tincan' ? { grouping: params.grouping, platform: params.platform } : {}),
    },
    client,
    stateKey,
    saved: newerDocument(remote, local),
    launchMode: choices.launchMode,
    quizAttempts: readQuizAttempts(env.document),
    alreadyInitialized: choices.alreadyInitialized ?? false,
    learnerLanguages: choices.learnerLanguages ?? [],
    beforeSend: choices.beforeSend ?? (async () => true),
  };
  return { kind: 'ready', launch, returnUrl: choices.returnUrl, storageKey };
}

async function readRemoteState(client: LrsClient, key: StateKey): Promise<ProgressDocument | null> {
  try {
    return parseProgressDocument(await withTimeout(client.getState(key), START_READ_TIMEOUT_MS));
  } catch {
    return null;
  }
}

/** The cmi5 token: this tab's saved one (the fetch URL works once), else one from the fetch URL. */
async function authToken(env: LaunchEnvironment, params: Cmi5Launch): Promise<string | null> {
  const key = `coursepack-cmi5-token:${params.fetchUrl}`;
  const kept = safeGet(env.session, key);
  if (kept) return kept;
  try {
    const response = await env.fetch(params.fetchUrl, { method: 'POST' });
    const body = (await response.json()) as Record<string, unknown>;
    const token = body['auth-token'];
    if (!response.ok || typeof token !== 'string' || token === '') return null;
    safeSet(env.session, key, token);
    return token;
  } catch {
    return null;
  }
}

export interface LaunchData {
  readonly launchMode: LaunchMode;
  readonly masteryScore: number | null;
  readonly returnUrl: string | null;
  readonly moveOn: string | null;
  readonly contextTemplate: XapiContext | null;
  readonly sessionId: string | null;
}

/** LMS.LaunchData (cmi5 10.2.1), read leniently: a missing field takes the spec's default. */
export function readLaunchData(value: unknown): LaunchData {
  const data = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const mode = data['launchMode'];
  const mastery = data['masteryScore'];
  const template = typeof data['contextTemplate'] === 'object' && data['contextTemplate'] !== null ? (data['contextTemplate'] as XapiContext) : null;
  const sessionId = template?.extensions?.[CMI5.sessionIdExtension];
  return {
    launchMode: mode === 'Browse' || mode === 'Review' ? mode : 'Normal',
    masteryScore: typeof mastery === 'number' && mastery >= 0 && mastery <= 1 ? mastery : null,
    returnUrl: typeof data['returnURL'] === 'string' && data['returnURL'] !== '' ? data['returnURL'] : null,
    moveOn: typeof data['moveOn'] === 'string' ? data['moveOn'] : null,
    contextTemplate: template,
    sessionId: typeof sessionId === 'string' && sessionId !== '' ? sessionId : null,
  };
}

export function readXapiPageData(doc: Document): XapiPageData | null {
  const element = doc.getElementById(XAPI_PAGE_DATA_ID);
  if (element === null) return null;
  try {
    const value = JSON.parse(element.textContent ?? '') as XapiPageData;
    if (typeof value?.course?.id !== 'string' || typeof value.lesson?.id !== 'string' || typeof value.language !== 'string') return null;
    return value;
  } catch {
    return null;
  }
}

function readQuizAttempts(doc: Document): number | null {
  const element = doc.getElementById('cp-quiz');
  if (element === null) return null;
  try {
    const attempts = (JSON.parse(element.textContent ?? '') as { attempts?: unknown }).attempts;
    return typeof attempts === 'number' && attempts >= 0 ? attempts : null;
  } catch {
    return null;
  }
}

function readSessionMark(session: Storage | null, sessionId: string): string | null {
  return safeGet(session, sessionMarkKey(sessionId));
}

export function sessionMarkKey(sessionId: string): string {
  return `coursepack-cmi5-session:${sessionId}`;
}

export function safeGet(store: Storage | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function safeSet(store: Storage | null, key: string, value: string): void {
  try {
    store?.setItem(key, value);
  } catch {
    // Storage full or switched off: the value lives as long as the page.
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
