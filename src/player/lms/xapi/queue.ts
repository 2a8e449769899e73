/**
 * The durable statement queue. Every statement is written to storage (localStorage) with its
 * id before anything is sent, then sent in order, in batches, one batch at a time:
 *
 * - delivered (2xx; a 409 duplicate too: the LRS already has that id) → removed, reported to
 *   `onDelivered` (what a learner earned counts only from here: docs/xapi.md);
 * - unavailable (network error, timeout, 5xx, 408, 429) → kept, in order, and tried again after
 *   a back-off that doubles up to a cap; `retryNow` (the browser's `online` event) tries at once;
 * - rejected (any other 4xx: the LRS or LMS refuses the statement as such) → a batch is split and
 *   its statements sent one by one, so only the refused one is dropped and reported, never
 *   retried, and the rest goes on;
 * - rejected for the whole session (`sessionClosed`: the LMS ended or abandoned the session,
 *   or no longer knows the credential) → nothing more can get through: sending stops and every
 *   statement stays in storage.
 *
 * Statements `alone` says so (cmi5's initialized) travel in a request of their own, and nothing
 * after them leaves before they were delivered (the order already guarantees that).
 *
 * A statement whose request has left but not been answered is marked "outcome unknown" in
 * storage first: the page may go away (a reload) while the LRS stores it, or the answer may be
 * lost (a timeout). At unload the head of the queue goes out once more in a keepalive request
 * whose outcome is never known (`takeForUnload`), marked the same way. Before sending a marked
 * statement again, the queue asks the LRS whether it arrived (`wasDelivered`), because a cmi5 LMS
 * refuses a second `initialized`, `completed` or `passed` even with the same id.
 *
 * Nothing here knows about HTTP or the DOM: sending, storage and timers are injected.
 */
import type { XapiStatement } from './statement-types';

export type SendOutcome =
  | { readonly kind: 'delivered' }
  | { readonly kind: 'rejected'; readonly status: number; readonly message: string; readonly sessionClosed?: boolean }
  | { readonly kind: 'unavailable'; readonly reason: string };

export type RejectedOutcome = Extract<SendOutcome, { kind: 'rejected' }>;

export type SendStatements = (statements: readonly XapiStatement[]) => Promise<SendOutcome>;

/** The part of `Storage` the queue uses. */
export interface QueueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface QueueTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type QueueStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending'; readonly pending: number }
  | { readonly kind: 'waiting'; readonly pending: number; readonly retryInMs: number }
  /** The LMS refuses everything of this session: nothing more is sent. */
  | { readonly kind: 'closed'; readonly pending: number; readonly status: number; readonly message: string };

export interface QueueOptions {
  /** null: storage unavailable (private mode, quota): the queue lives in memory only. */
  readonly store: QueueStore | null;
  readonly key: string;
  readonly send: SendStatements;
  readonly timers: QueueTimers;
  /** Statements per request (default 25). */
  readonly batchSize?: number;
  /** First retry delay (default 1 s); doubles after each failure up to `maxDelayMs` (default 30 s). */
  readonly initialDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Statements that must be sent in a request of their own. */
  readonly alone?: (statement: XapiStatement) => boolean;
  /** Did a statement sent at an earlier unload arrive? null: cannot tell now (it is sent again). */
  readonly wasDelivered?: (statement: XapiStatement) => Promise<boolean | null>;
  readonly onStatus?: (status: QueueStatus) => void;
  readonly onDelivered?: (statements: readonly XapiStatement[]) => void;
  /** A statement the LRS refused: dropped after this call. */
  readonly onRejected?: (statement: XapiStatement, outcome: RejectedOutcome) => void;
}

export interface StatementQueue {
  /** Stores the statement, then sends it (after those before it). */
  enqueue(statement: XapiStatement): void;
  /** Sends what is pending now; resolves when the queue is empty, waiting for a retry, or closed. */
  flush(): Promise<void>;
  /** Forget the back-off and send at once (the network is back). */
  retryNow(): Promise<void>;
  /** Statements not yet delivered, in order. */
  pending(): readonly XapiStatement[];
  /** Cancels a scheduled retry (the page is going away). */
  stop(): void;
  /**
   * The head of the queue for one last keepalive request (at most `fits` of them, the first
   * `alone` statement alone); they stay stored, marked as sent at unload. Nothing while a
   * request is out and unanswered.
   */
  takeForUnload(fits: (statements: readonly XapiStatement[]) => readonly XapiStatement[]): readonly XapiStatement[];
}

const DEFAULT_BATCH_SIZE = 25;
const DEFAULT_INITIAL_DELAY_MS = 1_000;
const DEFAULT_MAX_DELAY_MS = 30_000;

export function createStatementQueue(options: QueueOptions): StatementQueue {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const initialDelay = options.initialDelayMs ?? DEFAULT_INITIAL_DELAY_MS;
  const maxDelay = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const alone = options.alone ?? (() => false);
  let items: XapiStatement[] = loadStored(options.store, options.key);
  /** Ids of statements sent without a known outcome: in flight when a page went away, lost answers, keepalive at unload. */
  let unloadSent = new Set(loadIds(options.store, `${options.key}:unload`).filter((id) => items.some((s) => s.id === id)));
  let failures = 0;
  let retryHandle: unknown = null;
  let running: Promise<void> | null = null;
  /** After a rejected batch: how many statements at the head to send one by one. */
  let isolate = 0;
  let stopped = false;
  let closed = false;
  /** A request is out and unanswered: nothing may overtake it, not even at unload. */
  let inFlight = false;

  function persist(): void {
    try {
      options.store?.setItem(options.key, JSON.stringify(items));
      options.store?.setItem(`${options.key}:unload`, JSON.stringify([...unloadSent]));
    } catch {
      // Quota or storage switched off: the statements stay in memory and are still sent.
    }
  }

  function status(next: QueueStatus): void {
    options.onStatus?.(next);
  }

  function remove(batch: readonly XapiStatement[]): void {
    const ids = new Set(batch.map((statement) => statement.id));
    items = items.filter((statement) => !ids.has(statement.id));
    for (const id of ids) unloadSent.delete(id);
    persist();
  }

  function delivered(batch: readonly XapiStatement[]): void {
    remove(batch);
    options.onDelivered?.(batch);
  }

  function scheduleRetry(): void {
    failures += 1;
    const delay = Math.min(maxDelay, initialDelay * 2 ** (failures - 1));
    status({ kind: 'waiting', pending: items.length, retryInMs: delay });
    if (stopped) return;
    retryHandle = options.timers.setTimeout(() => {
      retryHandle = null;
      void flush();
    }, delay);
  }

  /** The next request: one statement while isolating or when it must go alone, else a batch up to the next `alone` one. */
  function nextBatch(): XapiStatement[] {
    if (isolate > 0) return items.slice(0, 1);
    return nextBatchIgnoringIsolation().slice(0, batchSize);
  }

  function nextBatchIgnoringIsolation(): XapiStatement[] {
    if (alone(items[0]!)) return items.slice(0, 1);
    const end = items.findIndex((statement, i) => i > 0 && alone(statement));
    return items.slice(0, end === -1 ? items.length : end);
  }

  /** Statements sent at an earlier unload that the LRS has already are removed without a resend. */
  async function confirmUnloadSent(): Promise<boolean> {
    const check = options.wasDelivered;
    for (const statement of items.filter((s) => unloadSent.has(s.id))) {
      if (stopped) return false;
      let known: boolean | null = null;
      if (check) {
        try {
          known = await check(statement);
        } catch {
          known = null;
        }
      }
      unloadSent.delete(statement.id);
      if (known) delivered([statement]);
      else persist();
    }
    return true;
  }

  /** Sends batches until the queue is empty, the LRS is unavailable, or the LMS closed the session. */
  async function drain(): Promise<void> {
    // Only when there is something to ask about: otherwise the first request leaves at once.
    if (unloadSent.size > 0 && !(await confirmUnloadSent())) return;
    while (items.length > 0 && !stopped && !closed) {
      const batch = nextBatch();
      status({ kind: 'sending', pending: items.length });
      // Marked before the request leaves: a reload now must not send it blind a second time.
      for (const statement of batch) unloadSent.add(statement.id);
      persist();
      inFlight = true;
      const outcome = await sendSafely(options.send, batch).finally(() => {
        inFlight = false;
      });
      if (outcome.kind === 'unavailable') {
        // It may have arrived all the same (a timeout): the next try asks first.
        scheduleRetry();
        return;
      }
      failures = 0;
      if (outcome.kind === 'delivered') {
        isolate = Math.max(0, isolate - batch.length);
        delivered(batch);
      } else if (outcome.sessionClosed) {
        for (const statement of batch) unloadSent.delete(statement.id);
        persist();
        closed = true;
        status({ kind: 'closed', pending: items.length, status: outcome.status, message: outcome.message });
        return;
      } else if (batch.length > 1) {
        // Which statement is refused? Send this batch's statements one at a time to find out.
        // A refusal refuses the whole request: none of them arrived.
        for (const statement of batch) unloadSent.delete(statement.id);
        isolate = batch.length;
      } else {
        isolate = Math.max(0, isolate - 1);
        remove(batch);
        options.onRejected?.(batch[0]!, outcome);
      }
    }
    if (items.length === 0) status({ kind: 'idle' });
  }

  function flush(): Promise<void> {
    if (retryHandle !== null || closed) return Promise.resolve();
    if (running === null) {
      running = drain().finally(() => {
        running = null;
      });
    }
    return running;
  }

  return {
    enqueue(statement) {
      items.push(statement);
      persist();
      void flush();
    },
    flush,
    retryNow() {
      if (retryHandle !== null) options.timers.clearTimeout(retryHandle);
      retryHandle = null;
      failures = 0;
      return flush();
    },
    pending: () => items.slice(),
    stop() {
      stopped = true;
      if (retryHandle !== null) options.timers.clearTimeout(retryHandle);
      retryHandle = null;
    },
    takeForUnload(fits) {
      // With a request out, a second copy could arrive twice (cmi5 refuses a second initialized)
      // or overtake it: all stays stored and marked, and the next page load asks and sends.
      if (closed || items.length === 0 || inFlight) return [];
      const chosen = fits(nextBatchIgnoringIsolation());
      for (const statement of chosen) unloadSent.add(statement.id);
      persist();
      return chosen;
    },
  };
}

/** A sender that throws is an unavailable LRS, not a reason to stop the lesson. */
async function sendSafely(send: SendStatements, batch: readonly XapiStatement[]): Promise<SendOutcome> {
  try {
    return await send(batch);
  } catch (error) {
    return { kind: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** What an earlier page load left unsent; anything unreadable is ignored. */
function loadStored(store: QueueStore | null, key: string): XapiStatement[] {
  const value = readJson(store, key);
  if (!Array.isArray(value)) return [];
  return value.filter((entry): entry is XapiStatement => typeof entry === 'object' && entry !== null && typeof entry.id === 'string');
}

function loadIds(store: QueueStore | null, key: string): string[] {
  const value = readJson(store, key);
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

function readJson(store: QueueStore | null, key: string): unknown {
  try {
    const text = store?.getItem(key) ?? null;
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/** cmi5 (8.1.2): the session's token no longer works: terminated or abandoned. */
const SESSION_CLOSED = /8\.1\.2\.0-2|abandoned|terminated/i;

/**
 * How an HTTP status of the LRS is handled (see the file comment): 408, 429 and 5xx are passing
 * trouble; any other 4xx is a refusal, of the whole session when the credential is no longer
 * accepted (401, or cmi5's 403 for an ended session).
 */
export function outcomeOfStatus(status: number, message: string): SendOutcome {
  if ((status >= 200 && status < 300) || status === 409) return { kind: 'delivered' };
  if (status >= 500 || status === 408 || status === 429 || status === 0) {
    return { kind: 'unavailable', reason: `HTTP ${status}` };
  }
  const sessionClosed = status === 401 || (status === 403 && SESSION_CLOSED.test(message));
  return { kind: 'rejected', status, message, ...(sessionClosed ? { sessionClosed } : {}) };
}
