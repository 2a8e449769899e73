/**
 * Starts the player for an xAPI or cmi5 package: prepares the launch (./launch.ts), then hands
 * the player a selector that builds the xAPI adapter with its queue, or the stand-alone adapter
 * when the page was opened without an LMS. A launch that cannot be tracked says so and runs
 * stand-alone: the lesson itself always works.
 */
import { startPlayer } from '../../main';
import type { AdapterSelector } from '../select';
import { createStandaloneAdapter, openLocalStorage } from '../standalone';
import { createXapiAdapter } from './adapter';
import { safeSet, sessionMarkKey, type LaunchEnvironment, type LaunchResult } from './launch';
import { createStatementQueue } from './queue';
import { createSyncStatus, syncText } from './sync-status';

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
    const status = createSyncStatus(env.document);
    const queue = createStatementQueue({
      store: env.local,
      key: `coursepack-xapi-queue:${result.storageKey}`,
      send: (statements) => launch.client.sendStatements(statements),
      timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
      onStatus: (next) => status.show(next),
      onRejected: (statement, outcome) => {
        console.warn(`coursepack: the LRS refused statement ${statement.id} (HTTP ${outcome.status}): ${outcome.message}`);
        status.rejected();
      },
    });
    (window as Window).addEventListener('online', () => void queue.retryNow());
    const sessionId = launch.settings.cmi5?.sessionId;
    const adapter = createXapiAdapter(launch, context, {
      queue,
      uuid: env.uuid,
      saveLocal: (doc) => safeSet(env.local, `coursepack-xapi-state:${result.storageKey}`, JSON.stringify(doc)),
      markSession: (mark) => {
        if (sessionId !== undefined) safeSet(env.session, sessionMarkKey(sessionId), mark);
      },
      screenTitle: (index) => screenTitle(env.document, index),
    });
    if (result.returnUrl !== null) addExitButton(env.document, result.returnUrl);
    // Statements left by an earlier page load go first.
    void queue.flush();
    return adapter;
  };
}

/** cmi5's returnURL: leaving through it ends the session (pagehide sends terminated). */
function addExitButton(doc: Document, returnUrl: string): void {
  const pager = doc.querySelector('.cp-pager') ?? doc.body;
  const button = doc.createElement('button');
  button.type = 'button';
  button.id = 'cp-exit';
  button.className = 'cp-button';
  button.textContent = syncText(doc, 'exit');
  button.addEventListener('click', () => window.location.assign(returnUrl));
  pager.appendChild(button);
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
