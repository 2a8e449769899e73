import { createStatementQueue, outcomeOfStatus, type QueueStatus, type SendOutcome } from '../../../src/player/lms/xapi/queue';
import type { XapiStatement } from '../../../src/player/lms/xapi/statement-types';

const statement = (n: number): XapiStatement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { mbox: 'mailto:a@example.edu' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'experienced' } },
  object: { objectType: 'Activity', id: `urn:x:${n}` },
  context: {},
  timestamp: '2026-01-01T00:00:00.000Z',
});
const numbers = (list: readonly XapiStatement[]) => list.map((s) => Number(s.id.slice(-12)));

/** A fake LRS: answers by a script (default: delivered), records what reached it. */
function fakeLrs() {
  const calls: number[][] = [];
  const stored: number[] = [];
  let answer: (batch: readonly XapiStatement[]) => SendOutcome = () => ({ kind: 'delivered' });
  return {
    calls,
    stored,
    answerWith(next: (batch: readonly XapiStatement[]) => SendOutcome) {
      answer = next;
    },
    send: async (batch: readonly XapiStatement[]): Promise<SendOutcome> => {
      calls.push(numbers(batch));
      const outcome = answer(batch);
      if (outcome.kind === 'delivered') for (const n of numbers(batch)) if (!stored.includes(n)) stored.push(n);
      return outcome;
    },
  };
}

function memoryStore() {
  const data = new Map<string, string>();
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), data };
}

const down: SendOutcome = { kind: 'unavailable', reason: 'HTTP 503' };

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** Lets pending promises settle without moving the clock. */
const settle = async () => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};

function makeQueue(lrs: ReturnType<typeof fakeLrs>, store = memoryStore(), extra: { statuses?: QueueStatus[]; rejected?: number[]; batchSize?: number } = {}) {
  return createStatementQueue({
    store,
    key: 'q',
    send: lrs.send,
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    batchSize: extra.batchSize ?? 3,
    initialDelayMs: 1_000,
    maxDelayMs: 8_000,
    onStatus: (status) => extra.statuses?.push(status),
    onRejected: (s) => extra.rejected?.push(Number(s.id.slice(-12))),
  });
}

/** A queue whose `wasDelivered` answers `known` and notes each statement it was asked about. */
function askingQueue(store: ReturnType<typeof memoryStore>, send: (batch: readonly XapiStatement[]) => Promise<SendOutcome>, known: boolean, asked: number[]) {
  return createStatementQueue({
    store,
    key: 'q',
    send,
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    initialDelayMs: 1_000,
    wasDelivered: async (s) => {
      asked.push(Number(s.id.slice(-12)));
      return known;
    },
  });
}

it('stores each statement before sending it, and forgets it once delivered', async () => {
  const lrs = fakeLrs();
  const store = memoryStore();
  let storedWhenSent: string | undefined;
  lrs.answerWith(() => {
    storedWhenSent = store.data.get('q');
    return { kind: 'delivered' };
  });
  const queue = makeQueue(lrs, store);
  queue.enqueue(statement(1));
  await settle();
  expect(storedWhenSent).toContain(statement(1).id);
  expect(JSON.parse(store.data.get('q')!)).toEqual([]);
  expect(queue.pending()).toEqual([]);
});

it('keeps everything, in order, while the LRS is down, and retries with a doubling, capped back-off', async () => {
  const lrs = fakeLrs();
  const statuses: QueueStatus[] = [];
  lrs.answerWith(() => down);
  const queue = makeQueue(lrs, memoryStore(), { statuses });
  for (let n = 1; n <= 5; n += 1) queue.enqueue(statement(n));
  await settle();
  expect(lrs.calls).toEqual([[1]]);
  const delays: number[] = [];
  for (let round = 0; round < 6; round += 1) {
    const before = lrs.calls.length;
    let waited = 0;
    while (lrs.calls.length === before && waited < 20_000) {
      await jest.advanceTimersByTimeAsync(250);
      waited += 250;
    }
    delays.push(waited);
  }
  expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  expect(numbers(queue.pending())).toEqual([1, 2, 3, 4, 5]);
  expect(statuses.some((s) => s.kind === 'waiting')).toBe(true);

  lrs.answerWith(() => ({ kind: 'delivered' }));
  await jest.advanceTimersByTimeAsync(8_000);
  expect(lrs.stored).toEqual([1, 2, 3, 4, 5]);
  expect(queue.pending()).toEqual([]);
  expect(statuses[statuses.length - 1]).toEqual({ kind: 'idle' });
});

it('sends at once when the network comes back (online), forgetting the back-off', async () => {
  const lrs = fakeLrs();
  lrs.answerWith(() => down);
  const queue = makeQueue(lrs);
  queue.enqueue(statement(1));
  await settle();
  await jest.advanceTimersByTimeAsync(1_000 + 2_000 + 4_000);
  lrs.answerWith(() => ({ kind: 'delivered' }));
  await queue.retryNow();
  expect(lrs.stored).toEqual([1]);
});

it('treats a timeout or a thrown error like a down LRS', async () => {
  const lrs = fakeLrs();
  let calls = 0;
  const queue = createStatementQueue({
    store: null,
    key: 'q',
    send: async (batch) => {
      calls += 1;
      if (calls === 1) throw new Error('The operation was aborted');
      return lrs.send(batch);
    },
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    initialDelayMs: 1_000,
  });
  queue.enqueue(statement(1));
  queue.enqueue(statement(2));
  await settle();
  expect(numbers(queue.pending())).toEqual([1, 2]);
  await jest.advanceTimersByTimeAsync(1_000);
  expect(lrs.stored).toEqual([1, 2]);
});

it('sends in batches, one batch at a time, new statements after the earlier ones', async () => {
  const lrs = fakeLrs();
  const queue = makeQueue(lrs);
  for (let n = 1; n <= 7; n += 1) queue.enqueue(statement(n));
  await settle();
  await jest.advanceTimersByTimeAsync(0);
  expect(lrs.calls).toEqual([[1], [2, 3, 4], [5, 6, 7]]);
});

it('drops a statement the LRS refuses (4xx) after reporting it, and delivers the others of its batch', async () => {
  const lrs = fakeLrs();
  const rejected: number[] = [];
  lrs.answerWith((batch) => (numbers(batch).includes(3) ? { kind: 'rejected', status: 400, message: 'bad verb' } : { kind: 'delivered' }));
  const queue = makeQueue(lrs, memoryStore(), { rejected, batchSize: 5 });
  queue.enqueue(statement(1));
  await settle();
  for (let n = 2; n <= 5; n += 1) queue.enqueue(statement(n));
  queue.enqueue(statement(6));
  await settle();
  await jest.advanceTimersByTimeAsync(0);
  expect(rejected).toEqual([3]);
  expect(lrs.stored).toEqual([1, 2, 4, 5, 6]);
  expect(queue.pending()).toEqual([]);
  // Sent once more on its own to find it, never again after that.
  expect(lrs.calls.filter((call) => call.includes(3)).length).toBe(2);
});

it('counts a duplicate (409) as delivered; 408, 429 and 5xx as passing trouble; any other 4xx as a refusal, of the session when the credential is gone', () => {
  expect(outcomeOfStatus(409, 'conflict')).toEqual({ kind: 'delivered' });
  expect(outcomeOfStatus(204, '')).toEqual({ kind: 'delivered' });
  for (const status of [503, 500, 408, 429, 0]) expect(outcomeOfStatus(status, '')).toMatchObject({ kind: 'unavailable' });
  expect(outcomeOfStatus(400, 'bad')).toEqual({ kind: 'rejected', status: 400, message: 'bad' });
  const refused = 'HTTP 403: {"violatedReqId":"9.3.0.0-4"}';
  expect(outcomeOfStatus(403, refused)).toEqual({ kind: 'rejected', status: 403, message: refused });
  expect(outcomeOfStatus(401, '')).toEqual({ kind: 'rejected', status: 401, message: '', sessionClosed: true });
  const ended = 'HTTP 403: {"message":"8.1.2.0-2 - ... (Session terminated)","violatedReqId":"8.1.2.0-2"}';
  expect(outcomeOfStatus(403, ended)).toMatchObject({ kind: 'rejected', sessionClosed: true });
});

it('sends an `alone` statement in a request of its own, before anything after it', async () => {
  const lrs = fakeLrs();
  const queue = createStatementQueue({
    store: memoryStore(),
    key: 'q',
    send: lrs.send,
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    batchSize: 10,
    alone: (s) => s.id.endsWith('1') || s.id.endsWith('4'),
  });
  lrs.answerWith(() => down);
  for (let n = 1; n <= 6; n += 1) queue.enqueue(statement(n));
  await settle();
  lrs.answerWith(() => ({ kind: 'delivered' }));
  await queue.retryNow();
  expect(lrs.calls.slice(1)).toEqual([[1], [2, 3], [4], [5, 6]]);
});

it('reports what was delivered, and stops for good when the LMS closed the session (statements kept)', async () => {
  const lrs = fakeLrs();
  const delivered: number[] = [];
  const statuses: QueueStatus[] = [];
  const store = memoryStore();
  const queue = createStatementQueue({
    store,
    key: 'q',
    send: lrs.send,
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    onDelivered: (batch) => delivered.push(...numbers(batch)),
    onStatus: (status) => statuses.push(status),
  });
  queue.enqueue(statement(1));
  await settle();
  lrs.answerWith(() => ({ kind: 'rejected', status: 403, message: '8.1.2.0-2', sessionClosed: true }));
  queue.enqueue(statement(2));
  queue.enqueue(statement(3));
  await settle();
  await jest.advanceTimersByTimeAsync(60_000);
  expect(delivered).toEqual([1]);
  expect(lrs.calls).toEqual([[1], [2]]);
  expect(numbers(queue.pending())).toEqual([2, 3]);
  expect(statuses[statuses.length - 1]).toEqual({ kind: 'closed', pending: 2, status: 403, message: '8.1.2.0-2' });
});

it('asks the LRS about statements sent at an earlier unload before sending them again (a cmi5 LMS refuses a second completed)', async () => {
  const store = memoryStore();
  const first = makeQueue(fakeLrs(), store);
  first.stop();
  first.enqueue(statement(1));
  first.enqueue(statement(2));
  expect(numbers(first.takeForUnload((list) => list.slice(0, 1)))).toEqual([1]);

  const lrs = fakeLrs();
  const asked: number[] = [];
  const after = askingQueue(store, lrs.send, true, asked);
  await after.flush();
  expect(asked).toEqual([1]);
  expect(lrs.calls).toEqual([[2]]);
  expect(after.pending()).toEqual([]);
});

it('asks the LRS about a statement whose request was still unanswered when the page went away (a reload), before sending it again', async () => {
  const store = memoryStore();
  const hanging = createStatementQueue({
    store,
    key: 'q',
    send: () => new Promise<SendOutcome>(() => undefined),
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
  });
  hanging.enqueue(statement(1));
  await settle();
  hanging.stop();

  const lrs = fakeLrs();
  const asked: number[] = [];
  const after = askingQueue(store, lrs.send, true, asked);
  after.enqueue(statement(2));
  await after.flush();
  expect(asked).toEqual([1]);
  expect(lrs.calls).toEqual([[2]]);
  expect(after.pending()).toEqual([]);
});

it('after a lost answer (timeout), asks before sending again, and sends when the LRS does not have it', async () => {
  const lrs = fakeLrs();
  lrs.answerWith(() => down);
  const asked: number[] = [];
  const queue = askingQueue(memoryStore(), lrs.send, false, asked);
  queue.enqueue(statement(1));
  await settle();
  lrs.answerWith(() => ({ kind: 'delivered' }));
  await jest.advanceTimersByTimeAsync(1_000);
  await settle();
  expect(asked).toEqual([1]);
  expect(lrs.calls).toEqual([[1], [1]]);
  expect(lrs.stored).toEqual([1]);
});

it('sends nothing more at unload while a request is out and unanswered (a second initialized would be refused)', async () => {
  const queue = createStatementQueue({
    store: memoryStore(),
    key: 'q',
    send: () => new Promise<SendOutcome>(() => undefined),
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
  });
  queue.enqueue(statement(1));
  queue.enqueue(statement(2));
  await settle();
  expect(queue.takeForUnload((list) => list)).toEqual([]);
  expect(numbers(queue.pending())).toEqual([1, 2]);
});

it('picks up what an earlier page load left unsent, before anything new', async () => {
  const store = memoryStore();
  const first = fakeLrs();
  first.answerWith(() => down);
  const before = makeQueue(first, store);
  before.enqueue(statement(1));
  before.enqueue(statement(2));
  await settle();
  before.stop();

  const lrs = fakeLrs();
  const after = makeQueue(lrs, store);
  after.enqueue(statement(3));
  await settle();
  await jest.advanceTimersByTimeAsync(0);
  expect(lrs.stored).toEqual([1, 2, 3]);
});

it('keeps working in memory when storage throws (quota, private mode)', async () => {
  const lrs = fakeLrs();
  const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
  const queue = makeQueue(lrs, broken as never);
  queue.enqueue(statement(1));
  await settle();
  expect(lrs.stored).toEqual([1]);
});
