import type { AdapterContext, LessonOutcome, LessonProgress } from '../../../src/player/lms/adapter';
import { createXapiAdapter, type PreparedLaunch } from '../../../src/player/lms/xapi/adapter';
import type { LrsClient } from '../../../src/player/lms/xapi/client';
import type { StatementQueue } from '../../../src/player/lms/xapi/queue';
import { progressDocument, type ProgressDocument } from '../../../src/player/lms/xapi/state';
import type { XapiStatement } from '../../../src/player/lms/xapi/statement-types';
import { CHOICE, LESSON, settings } from './fixtures';

const SCREENS = 3;
const quiz = (attempt: number, submitted: boolean) => ({ pool: 'p', attempt, seed: 1, answers: [[0]], submitted, best: submitted ? 50 : null });
const at = (location: number, visited: number[], quizState: LessonProgress['quiz'] = null): LessonProgress => ({ location, visited, quiz: quizState });
const open: LessonOutcome = { completed: false, success: 'unknown' };
const read: LessonOutcome = { completed: true, success: 'unknown' };
const score = (raw: number) => ({ raw, min: 0, max: 100, scaled: raw / 100 });

interface Harness {
  readonly adapter: ReturnType<typeof createXapiAdapter>;
  readonly sent: XapiStatement[];
  readonly saved: ProgressDocument[];
  readonly unloadSends: { statements: readonly XapiStatement[]; state: unknown }[];
  readonly clock: { now: number };
  verbs(): string[];
}

function harness(launch: Partial<PreparedLaunch> = {}): Harness {
  const sent: XapiStatement[] = [];
  const saved: ProgressDocument[] = [];
  const unloadSends: { statements: readonly XapiStatement[]; state: unknown }[] = [];
  const clock = { now: 1_000_000 };
  let stopped = false;
  const pending: XapiStatement[] = [];
  const queue: StatementQueue = {
    enqueue: (statement) => {
      sent.push(statement);
      if (stopped) pending.push(statement);
    },
    flush: async () => undefined,
    retryNow: async () => undefined,
    pending: () => pending.slice(),
    stop: () => {
      stopped = true;
    },
    takeForUnload: (fits) => fits(pending),
  };
  const client: LrsClient = {
    sendStatements: async () => ({ kind: 'delivered' }),
    getState: async () => null,
    setState: async () => undefined,
    getAgentProfile: async () => null,
    hasStatement: async () => null,
    sendOnUnload: (statements, state) => unloadSends.push({ statements, state: state?.document }),
  };
  const context: AdapterContext = { courseId: 'c', lessonId: 'l1', screenCount: SCREENS, quiz: null, now: () => clock.now, onProblem: () => undefined };
  let n = 0;
  const adapter = createXapiAdapter(
    {
      settings: settings(),
      client,
      stateKey: { activityId: LESSON, agent: {}, registration: 'r', stateId: 'coursepack-progress' },
      saved: null,
      launchMode: 'Normal',
      quizAttempts: null,
      alreadyInitialized: false,
      learnerLanguages: [],
      beforeSend: async () => true,
      ...launch,
    } as PreparedLaunch,
    context,
    {
      queue,
      uuid: () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`,
      saveLocal: (doc) => saved.push(doc),
      markSession: () => undefined,
      screenTitle: (index) => `Screen ${index + 1}`,
    },
  );
  const verbs = () => sent.map((s) => s.verb.display['en']!);
  return { adapter, sent, saved, unloadSends, clock, verbs };
}

it('reads a lesson without quiz: initialized, experienced per screen left, progressed, completed, terminated', () => {
  const h = harness();
  expect(h.adapter.start()).toBeNull();
  h.adapter.record(at(0, [0]), open);
  h.clock.now += 5_000;
  h.adapter.record(at(1, [0, 1]), open);
  h.clock.now += 7_000;
  h.adapter.record(at(2, [0, 1, 2]), read);
  h.adapter.finish(at(2, [0, 1, 2]), read);
  expect(h.verbs()).toEqual(['initialized', 'progressed', 'experienced', 'progressed', 'experienced', 'completed', 'experienced', 'terminated']);
  const experienced = h.sent.filter((s) => s.verb.display['en'] === 'experienced');
  expect(experienced.map((s) => [s.object.id.split('/').pop(), s.result?.duration])).toEqual([
    ['1', 'PT5S'],
    ['2', 'PT7S'],
    ['3', 'PT0S'],
  ]);
  expect(h.sent.filter((s) => s.verb.display['en'] === 'progressed').map((s) => Object.values(s.result?.extensions ?? {})[0])).toEqual([33, 66]);
  // The end goes out with keepalive: the statements made while finishing, and the state.
  expect(h.unloadSends[0]!.statements.map((s) => s.verb.display['en'])).toEqual(['experienced', 'terminated']);
  expect(h.unloadSends[0]!.state).toMatchObject({ location: 2, suspended: false, completedSent: false });
});

it('suspends an unfinished lesson and resumes it next time', () => {
  const first = harness();
  first.adapter.start();
  first.adapter.record(at(1, [0, 1]), open);
  first.adapter.finish(at(1, [0, 1]), open);
  expect(first.verbs().slice(-2)).toEqual(['suspended', 'terminated']);
  const doc = first.saved[first.saved.length - 1]!;
  expect(doc.suspended).toBe(true);

  const second = harness({ saved: doc });
  expect(second.adapter.start()).toEqual({ location: 1, visited: [0, 1], quiz: null });
  expect(second.verbs()).toEqual(['initialized', 'resumed']);
});

it('sends completed and a verdict once per registration, remembered in the state', () => {
  const first = harness({ quizAttempts: 0 });
  first.adapter.start();
  first.adapter.record(at(3, [0, 1, 2], quiz(1, true)), { completed: true, success: 'passed', score: score(80) });
  first.adapter.record(at(3, [0, 1, 2], quiz(1, true)), { completed: true, success: 'passed', score: score(80) });
  expect(first.verbs().filter((v) => v === 'completed' || v === 'passed')).toEqual(['completed', 'passed']);
  // Remembered only once the LRS has them.
  expect(first.saved[first.saved.length - 1]).toMatchObject({ completedSent: false, verdictSent: null });
  first.adapter.delivered(first.sent);
  const doc = first.saved[first.saved.length - 1]!;
  expect(doc).toMatchObject({ completedSent: true, verdictSent: 'passed' });

  const second = harness({ quizAttempts: 0, saved: doc });
  second.adapter.start();
  second.adapter.record(at(3, [0, 1, 2], quiz(1, true)), { completed: true, success: 'passed', score: score(90) });
  second.adapter.finish(at(3, [0, 1, 2], quiz(1, true)), { completed: true, success: 'passed', score: score(90) });
  expect(second.verbs()).not.toContain('completed');
  expect(second.verbs()).not.toContain('passed');
});

it('sends failed only when no attempt is left (a later pass must stay possible)', () => {
  const h = harness({ quizAttempts: 2 });
  h.adapter.start();
  const failing = { completed: true, success: 'failed', score: score(40) } as const;
  h.adapter.record(at(3, [0, 1, 2], quiz(1, true)), failing);
  expect(h.verbs()).not.toContain('failed');
  h.adapter.record(at(3, [0, 1, 2], quiz(2, true)), failing);
  expect(h.verbs().filter((v) => v === 'failed')).toEqual(['failed']);
  const failed = h.sent.find((s) => s.verb.display['en'] === 'failed')!;
  expect(failed.result).toMatchObject({ success: false, score: { raw: 40, scaled: 0.4 } });
});

it('judges by the LMS masteryScore (cmi5) when it differs from the pass mark', () => {
  const cmi5 = { sessionId: 's', contextTemplate: null, masteryScore: 0.9 };
  const h = harness({ quizAttempts: 1, settings: settings({ cmi5 }) });
  h.adapter.start();
  h.adapter.record(at(3, [0, 1, 2], quiz(1, true)), { completed: true, success: 'passed', score: score(80) });
  expect(h.verbs()).toContain('failed');
  expect(h.verbs()).not.toContain('passed');
});

it('sends no completed, passed or failed in Browse or Review mode', () => {
  for (const launchMode of ['Browse', 'Review'] as const) {
    const h = harness({ quizAttempts: 1, launchMode });
    h.adapter.start();
    h.adapter.recordInteraction(CHOICE);
    h.adapter.record(at(3, [0, 1, 2], quiz(1, true)), { completed: true, success: 'passed', score: score(100) });
    h.adapter.finish(at(3, [0, 1, 2], quiz(1, true)), { completed: true, success: 'passed', score: score(100) });
    expect(h.verbs().filter((v) => ['completed', 'passed', 'failed'].includes(v))).toEqual([]);
    expect(h.verbs()).toContain('answered');
  }
});

it('sends nothing after terminated, and no second initialized after a reload of the session', () => {
  const h = harness();
  h.adapter.start();
  h.adapter.finish(at(0, [0]), open);
  const count = h.sent.length;
  h.adapter.record(at(1, [0, 1]), open);
  h.adapter.recordInteraction(CHOICE);
  h.adapter.commit();
  h.adapter.finish(at(1, [0, 1]), open);
  expect(h.sent.length).toBe(count);
  expect(h.verbs()[h.verbs().length - 1]).toBe('terminated');

  const reloaded = harness({ alreadyInitialized: true, saved: progressDocument(at(1, [0, 1]), SCREENS, { suspended: false, completedSent: false, verdictSent: null }) });
  reloaded.adapter.start();
  expect(reloaded.verbs()).toEqual([]);
});

it('makes completed and passed again in a later session when the LRS never accepted them (refused or lost)', () => {
  const first = harness({ quizAttempts: 0 });
  first.adapter.start();
  first.adapter.record(at(3, [0, 1, 2], quiz(1, true)), { completed: true, success: 'passed', score: score(80) });
  first.adapter.finish(at(3, [0, 1, 2], quiz(1, true)), { completed: true, success: 'passed', score: score(80) });
  const doc = first.saved[first.saved.length - 1]!;
  expect(doc).toMatchObject({ completedSent: false, verdictSent: null });

  const second = harness({ quizAttempts: 0, saved: doc });
  second.adapter.start();
  second.adapter.record(at(3, [0, 1, 2], quiz(1, true)), { completed: true, success: 'passed', score: score(80) });
  expect(second.verbs().filter((v) => v === 'completed' || v === 'passed')).toEqual(['completed', 'passed']);
});

describe('a cmi5 session', () => {
  const cmi5 = (masteryScore: number | null = null) => settings({ cmi5: { sessionId: 's', contextTemplate: null, masteryScore } });

  it('goes on when the page goes away (maybe a reload): no suspended, no terminated; the queue and state leave by keepalive', () => {
    const h = harness({ settings: cmi5() });
    h.adapter.start();
    h.adapter.record(at(1, [0, 1]), open);
    h.adapter.finish(at(1, [0, 1]), open);
    expect(h.verbs()).not.toContain('terminated');
    expect(h.verbs()).not.toContain('suspended');
    expect(h.unloadSends).toHaveLength(1);
    expect(h.unloadSends[0]!.state).toMatchObject({ location: 1 });
  });

  it('ends only when the learner leaves by the exit button: the last screen, suspended when unfinished, terminated', async () => {
    const h = harness({ settings: cmi5() });
    h.adapter.start();
    h.adapter.record(at(1, [0, 1]), open);
    await h.adapter.leave();
    expect(h.verbs().slice(-3)).toEqual(['experienced', 'suspended', 'terminated']);
    h.adapter.record(at(2, [0, 1, 2]), read);
    h.adapter.finish(at(2, [0, 1, 2]), read);
    expect(h.verbs().slice(-1)).toEqual(['terminated']);
  });

  it('gives the LMS masteryScore as the pass mark the quiz screen shows', () => {
    expect(harness({ settings: cmi5(0.95) }).adapter.passMark!()).toBe(95);
    expect(harness({ settings: cmi5(null) }).adapter.passMark!()).toBeNull();
    expect(harness().adapter.passMark!()).toBeNull();
  });
});
