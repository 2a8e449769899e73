/**
 * Starts the player for an xAPI or cmi5 package: prepares the launch (./launch.ts), then hands
 * the player a selector that builds the xAPI adapter with its queue, or the stand-alone adapter
 * when the page was opened without an LMS. A launch that cannot be tracked says so and runs
 * stand-alone: the lesson itself always works.
 */
import { startPlayer } from '../../main';
import type { AdapterSelector } from '../select';
import { createStandaloneAdapter, openLocalStorage } from '../standalone';
import { createXapiAdapter, type XapiAdapter } from './adapter';
import { safeGet, safeSet, sessionMarkKey, type LaunchEnvironment, type LaunchResult } from './launch';
import { createStatementQueue } from './queue';
import type { XapiStatement } from './statement-types';
import { createSyncStatus, messageLanguage, syncText, type SyncStatus } from './sync-status';
import { VERBS } from './vocabulary';

/** localStorage key (+ registration and lesson) of the statements the LMS refused. */
export const REFUSED_KEY_PREFIX = 'coursepack-xapi-refused:';
/** The record of refusals keeps the latest this many. */
const MAX_REFUSED_KEPT = 50;

export type PrepareLaunch = (env: LaunchEnvironment) => Promise<LaunchResult>;

export function startXapiPlayer(prepare: PrepareLaunch): void {
  const env = browserEnvironment();
  prepare(env).then(
    (result) => startPlayer(selectorFor(result, env)),
    () => startPlayer(selectorFor({ kind: 'failed', code: 'launch', operation: 'launch' }, env)),
  );
}

function selectorFor(result: LaunchResult, env: LaunchEnvironment): AdapterSelector {
  return (window, context) => {
    if (result.kind === 'none') return createStandaloneAdapter(openLocalStorage(window), context);
    if (result.kind === 'failed') {
      context.onProblem({ code: result.code, operation: result.operation });
      return createStandaloneAdapter(openLocalStorage(window), context);
    }
    const { launch } = result;
    const cmi5 = launch.settings.cmi5;
    const language = messageLanguage(env.document, launch.learnerLanguages);
    const status = createSyncStatus(env.document, language);
    let adapter: XapiAdapter | null = null;
    const queue = createStatementQueue({
      store: env.local,
      // cmi5: one queue per session; statements of an ended session can never get through.
      key: `coursepack-xapi-queue:${result.storageKey}${cmi5 ? `:${cmi5.sessionId}` : ''}`,
      send: async (statements) => {
        if (!(await launch.beforeSend())) return { kind: 'unavailable', reason: 'learner preferences not read yet' };
        return launch.client.sendStatements(statements);
      },
      timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
      // cmi5 9.3: initialized is the session's first statement: nothing else may share its request.
      alone: (statement) => cmi5 !== null && statement.verb.id === VERBS.initialized,
      wasDelivered: (statement) => launch.client.hasStatement(statement.id),
      onStatus: (next) => status.show(next),
      onDelivered: (statements) => adapter?.delivered(statements),
      onRejected: (statement, outcome) => {
        const reason = reasonOf(outcome.message);
        console.warn(`coursepack: the LRS refused statement ${statement.id} (HTTP ${outcome.status}): ${outcome.message}`);
        keepRefused(env.local, result.storageKey, statement, outcome.status, reason);
        status.rejected(`HTTP ${outcome.status}${reason ? `: ${reason}` : ''}`);
      },
    });
    (window as Window).addEventListener('online', () => void queue.retryNow());
    const sessionId = cmi5?.sessionId;
    adapter = createXapiAdapter(launch, context, {
      queue,
      uuid: env.uuid,
      saveLocal: (doc) => safeSet(env.local, `coursepack-xapi-state:${result.storageKey}`, JSON.stringify(doc)),
      markSession: (mark) => {
        if (sessionId !== undefined) safeSet(env.session, sessionMarkKey(sessionId), mark);
      },
      screenTitle: (index) => screenTitle(env.document, index),
    });
    if (cmi5 !== null) addExitButton(env.document, language, adapter, result.returnUrl, status);
    // Statements left by an earlier page load go first.
    void queue.flush();
    return adapter;
  };
}

/**
 * cmi5: leaving through this button ends the session (terminated), then goes to returnURL, or,
 * without one, says the window can be closed.
 */
function addExitButton(doc: Document, language: string, adapter: XapiAdapter, returnUrl: string | null, status: SyncStatus): void {
  const pager = doc.querySelector('.cp-pager') ?? doc.body;
  const button = doc.createElement('button');
  button.type = 'button';
  button.id = 'cp-exit';
  button.className = 'cp-button';
  button.lang = language;
  button.textContent = syncText(language, 'exit');
  button.addEventListener('click', () => {
    button.disabled = true;
    void adapter.leave().then(() => {
      if (returnUrl !== null) window.location.assign(returnUrl);
      else status.left();
    });
  });
  pager.appendChild(button);
}

/** The LMS's reason in a refusal body: cmi5's `violatedReqId`, else the start of the text. */
function reasonOf(message: string): string {
  const id = /"violatedReqId"\s*:\s*"([^"]+)"/.exec(message);
  if (id) return id[1]!;
  return message.replace(/^HTTP \d+:?\s*/, '').slice(0, 80);
}

/** What the LMS refused stays on this device, readable by the page (and a tracking panel). */
function keepRefused(store: Storage | null, storageKey: string, statement: XapiStatement, httpStatus: number, reason: string): void {
  const key = `${REFUSED_KEY_PREFIX}${storageKey}`;
  let list: unknown[] = [];
  try {
    const value: unknown = JSON.parse(safeGet(store, key) ?? '[]');
    if (Array.isArray(value)) list = value;
  } catch {
    list = [];
  }
  list.push({ status: httpStatus, reason, statement });
  safeSet(store, key, JSON.stringify(list.slice(-MAX_REFUSED_KEPT)));
}

function screenTitle(doc: Document, index: number): string {
  const heading = doc.querySelector(`section.cp-screen[data-cp-screen="${index}"] .cp-screen__title`);
  return heading?.textContent?.replace(/\s+/g, ' ').trim() || String(index + 1);
}

function browserEnvironment(): LaunchEnvironment {
  return {
    search: window.location.search,
    document,
    fetch: window.fetch.bind(window),
    local: storage(() => window.localStorage),
    session: storage(() => window.sessionStorage),
    uuid: uuidV4,
  };
}

function storage(open: () => Storage): Storage | null {
  try {
    return open();
  } catch {
    return null;
  }
}

/** A random UUID v4 (statement ids are made here so a resend is recognised as the same statement). */
export function uuidV4(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
