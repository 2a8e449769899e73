/**
 * The durable statement queue. Every statement is written to storage (localStorage) with its
 * id before anything is sent, then sent in order, in batches, one batch at a time:
 *
 * - delivered (2xx; a 409 duplicate too: the LRS already has that id) → removed;
 * - unavailable (network error, timeout, 5xx, 401/403/408/429) → kept, in order, and tried
 *   again after a back-off that doubles up to a cap; `retryNow` (the browser's `online` event)
 *   tries at once;
 * - rejected (any other 4xx: the LRS refuses a statement as such) → a batch is split and its
 *   statements sent one by one, so only the bad one is dropped and reported, never retried.
 *
 * Nothing here knows about HTTP or the DOM: sending, storage and timers are injected.
 */
import type { XapiStatement } from './statement-types';

export type SendOutcome =
  | { readonly kind: 'delivered' }
  | { readonly kind: 'rejected'; readonly status: number; readonly message: string }
  | { readonly kind: 'unavailable'; readonly reason: string };

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
  | { readonly kind: 'waiting'; readonly pending: number; readonly retryInMs: number };

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
  readonly onStatus?: (status: QueueStatus) => void;
  /** A statement the LRS refused: dropped after this call. */
  readonly onRejected?: (statement: XapiStatement, outcome: Extract<SendOutcome, { kind: 'rejected' }>) => void;
}

export interface StatementQueue {
  /** Stores the statement, then sends it (after those before it). */
  enqueue(statement: XapiStatement): void;
  /** Sends what is pending now; resolves when the queue is empty or waiting for a retry. */
  flush(): Promise<void>;
  /** Forget the back-off and send at once (the network is back). */
  retryNow(): Promise<void>;
  /** Statements not yet delivered, in order. */
  pending(): readonly XapiStatement[];
  /** Cancels a scheduled retry (the page is going away). */
  stop(): void;
}

const DEFAULT_BATCH_SIZE = 25;
const DEFAULT_INITIAL_DELAY_MS = 1_000;
const DEFAULT_MAX_DELAY_MS = 30_000;

export function createStatementQueue(options: QueueOptions): StatementQueue {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const initialDelay = options.initialDelayMs ?? DEFAULT_INITIAL_DELAY_MS;
  const maxDelay = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  let items: XapiStatement[] = loadStored(options.store, options.key);
  let failures = 0;
  let retryHandle: unknown = null;
  let running: Promise<void> | null = null;
  /** After a rejected batch: how many statements at the head to send one by one. */
  let isolate = 0;
  let stopped = false;

  function persist(): void {
    try {
      options.store?.setItem(options.key, JSON.stringify(items));
    } catch {
      // Quota or storage switched off: the statements stay in memory and are still sent.
    }
  }

  function status(next: QueueStatus): void {
    options.onStatus?.(next);
  }

  function removeDelivered(batch: readonly XapiStatement[]): void {
    const ids = new Set(batch.map((statement) => statement.id));
    items = items.filter((statement) => !ids.has(statement.id));
    persist();
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

  /** Sends batches until the queue is empty or the LRS is unavailable. */
  async function drain(): Promise<void> {
    while (items.length > 0 && !stopped) {
      const size = isolate > 0 ? 1 : batchSize;
      const batch = items.slice(0, size);
      status({ kind: 'sending', pending: items.length });
      const outcome = await sendSafely(options.send, batch);
      if (outcome.kind === 'unavailable') {
        scheduleRetry();
        return;
      }
      failures = 0;
      if (outcome.kind === 'delivered') {
        isolate = Math.max(0, isolate - batch.length);
        removeDelivered(batch);
      } else if (batch.length > 1) {
        // Which statement is bad? Send this batch's statements one at a time to find out.
        isolate = batch.length;
      } else {
        isolate = Math.max(0, isolate - 1);
        removeDelivered(batch);
        options.onRejected?.(batch[0], outcome);
      }
    }
    if (items.length === 0) status({ kind: 'idle' });
  }

  function flush(): Promise<void> {
    if (retryHandle !== null) return Promise.resolve();
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
  let text: string | null = null;
  try {
    text = store?.getItem(key) ?? null;
  } catch {
    return [];
  }
  if (text === null) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter((entry): entry is XapiStatement => typeof entry === 'object' && entry !== null && typeof entry.id === 'string');
  } catch {
    return [];
  }
}

/** How an HTTP status of the LRS is handled (see the file comment). */
export function outcomeOfStatus(status: number, message: string): SendOutcome {
  if ((status >= 200 && status < 300) || status === 409) return { kind: 'delivered' };
  if (status >= 500 || [401, 403, 408, 429].includes(status) || status === 0) {
    return { kind: 'unavailable', reason: `HTTP ${status}` };
  }
  return { kind: 'rejected', status, message };
}
