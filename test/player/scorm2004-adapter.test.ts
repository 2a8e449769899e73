import { createScorm2004Adapter, findScorm2004Api } from '../../src/player/lms/scorm2004';
import { createLmsSession } from '../../src/player/lms/session';
import type {
  AdapterContext,
  InteractionRecord,
  LessonOutcome,
  LessonProgress,
  LmsProblem,
  QuizReporting,
} from '../../src/player/lms/adapter';
import { restoreProgress, visitScreen } from '../../src/player/progress';
import { FakeScorm2004Api, TIME, TIMEINTERVAL } from './scorm2004-fake-api';

const QUIZ: QuizReporting = { passMark: 70, statusOnPass: 'passed', statusOnFail: 'incomplete' };

function context(screenCount: number, quiz: QuizReporting | null = null) {
  let clock = 1_000_000;
  const problems: LmsProblem[] = [];
  const value: AdapterContext = {
    courseId: 'c',
    lessonId: 'l',
    screenCount,
    quiz,
    now: () => clock,
    onProblem: (problem) => problems.push(problem),
  };
  return { value, problems, advance: (ms: number) => (clock += ms) };
}

/** A learner's visit through the real commit policy (./session.ts): start, move, leave. */
function launch(api: FakeScorm2004Api, screenCount: number) {
  const ctx = context(screenCount);
  const session = createLmsSession(createScorm2004Adapter(api, ctx.value), screenCount, ctx.value.now);
  const saved = session.begin();
  let progress: LessonProgress = restoreProgress(saved, screenCount);
  session.update(progress);
  return {
    saved,
    problems: ctx.problems,
    session,
    go(index: number, afterMs = 2_000) {
      ctx.advance(afterMs);
      progress = visitScreen(progress, index);
      session.update(progress);
    },
    wait: ctx.advance,
  };
}

const progressAt = (location: number, visited: number[]): LessonProgress => ({ location, visited, quiz: null });
const score = (raw: number) => ({ raw, min: 0, max: 100, scaled: raw / 100 });

function answer(overrides: Partial<InteractionRecord> = {}): InteractionRecord {
  return {
    id: 'l.q1',
    lessonId: 'l',
    itemId: 'q1',
    attempt: 1,
    kind: 'choice',
    description: 'Қазақстан қай жылы тәуелсіздік алды?',
    response: { kind: 'choice', optionId: 'b' },
    correct: { kind: 'choice', optionId: 'b' },
    result: 'correct',
    scoreFraction: 1,
    weighting: 1,
    latencyMs: 12_340,
    timestamp: new Date(Date.UTC(2026, 10, 26, 3, 50, 21, 456)),
    choices: [{ id: 'a', text: '1990' }, { id: 'b', text: '1991' }],
    pairs: [],
    ...overrides,
  };
}

describe('SCORM 2004 adapter, a lesson without a quiz, with the commit policy', () => {
  it('goes incomplete → completed with the progress measure, bookmark and exit, and ends with Terminate alone', () => {
    const api = new FakeScorm2004Api();
    const visit = launch(api, 4);
    expect(visit.saved).toBeNull();
    expect(api.data['cmi.completion_status']).toBe('incomplete');
    expect(api.data['cmi.exit']).toBe('suspend');
    visit.go(1);
    expect(api.data['cmi.progress_measure']).toBe('0.5');
    expect(api.data['cmi.location']).toBe('1');
    visit.go(2);
    expect(api.commits).toBe(0);
    visit.go(3);
    expect(api.data['cmi.completion_status']).toBe('completed');
    expect(api.data['cmi.progress_measure']).toBe('1');
    expect(api.commits).toBe(1); // the moment of completion is committed at once
    visit.wait(3_600_000 + 120_000 + 3_450);
    visit.session.pageHidden();
    visit.session.end();
    visit.session.end(); // pagehide, then beforeunload: one Terminate
    expect(api.writesOf('cmi.completion_status')).toEqual(['incomplete', 'completed']);
    expect(api.writesOf('cmi.exit')).toEqual(['suspend', 'normal']);
    expect(api.writesOf('cmi.progress_measure')).toEqual(['0.25', '0.5', '0.75', '1']);
    expect(api.data['cmi.session_time']).toBe('PT1H2M9.45S'); // 6 s of navigation + 1 h 2 min 3.45 s
    expect(api.data['cmi.success_status']).toBe('unknown'); // no quiz: nothing to pass
    expect(api.data['cmi.score.scaled']).toBeUndefined();
    expect(api.terminations).toBe(1);
    expect(api.commits).toBe(2); // completion and page hidden; Terminate persists the rest
    expect(api.calls.slice(api.calls.indexOf('Terminate') + 1)).toEqual([]);
    expect(api.violations).toEqual([]);
    expect(visit.problems).toEqual([]);
  });

  it('resumes at the bookmark with the screens seen after a suspended visit', () => {
    const first = new FakeScorm2004Api();
    const visit = launch(first, 5);
    visit.go(1);
    visit.go(2);
    visit.session.end();
    expect(first.data['cmi.exit']).toBe('suspend');
    const second = first.relaunch();
    const again = launch(second, 5);
    expect(again.saved).toEqual({ location: 2, visited: [0, 1, 2], quiz: null });
    expect(second.writesOf('cmi.completion_status')).toEqual([]); // still incomplete: nothing to write
    expect(second.violations).toEqual([]);
    expect(again.problems).toEqual([]);
  });

  it('treats a first launch (no location, no suspend_data: error 403) as no saved progress, without a notice', () => {
    const api = new FakeScorm2004Api({ 'cmi.entry': '' });
    const visit = launch(api, 3);
    expect(visit.saved).toBeNull();
    expect(visit.problems).toEqual([]);
  });

  it('keeps a completed lesson completed when the learner comes back', () => {
    const api = new FakeScorm2004Api({ 'cmi.entry': 'resume', 'cmi.completion_status': 'completed', 'cmi.location': '3' });
    const visit = launch(api, 4);
    visit.go(0);
    visit.session.end();
    expect(api.writesOf('cmi.completion_status')).toEqual([]);
    expect(api.data['cmi.exit']).toBe('normal');
    expect(api.violations).toEqual([]);
  });

  it('writes nothing at all in review mode, and says it is not recording', () => {
    const api = new FakeScorm2004Api({ 'cmi.mode': 'review', 'cmi.entry': 'resume', 'cmi.completion_status': 'incomplete', 'cmi.location': '1' });
    const visit = launch(api, 2);
    visit.go(1);
    visit.session.end();
    expect(api.writes).toEqual([]);
    expect(api.data['cmi.location']).toBe('1');
    expect(api.violations).toEqual([]);
  });

  it('in one LMS window with several SCOs: commits and leaves the session open when only its frame is replaced, and the next SCO goes on with it (103)', () => {
    const api = new FakeScorm2004Api();
    const first = launch(api, 2);
    first.go(1);
    first.session.end('replaced');
    expect(api.terminations).toBe(0);
    expect(api.data['cmi.completion_status']).toBe('completed');
    const committed = api.commits;
    expect(committed).toBeGreaterThan(0);
    const second = launch(api, 3); // Initialize answers 103: the session is still open
    expect(second.problems).toEqual([]);
    second.go(1);
    second.session.end('leave');
    expect(api.terminations).toBe(1);
    expect(api.writesOf('cmi.location')).toEqual(['0', '1', '0', '1']);
    // A strict LMS notes the second Initialize; Moodle answers it so and switches its data model.
    expect(api.violations).toEqual(['Initialize twice']);
  });

  it('appends interactions after earlier sessions also when the LMS gives the count as a number (Moodle does)', () => {
    const api = new FakeScorm2004Api({ 'cmi.entry': 'resume', 'cmi.interactions._count': '10' });
    const get = api.GetValue.bind(api);
    api.GetValue = ((element: string) => (element === 'cmi.interactions._count' ? 10 : get(element))) as typeof api.GetValue;
    const ctx = context(2, QUIZ);
    const adapter = createScorm2004Adapter(api, ctx.value);
    adapter.start();
    adapter.recordInteraction(answer());
    expect(api.data['cmi.interactions.10.id']).toBe('l.q1');
    expect(api.data['cmi.interactions.0.id']).toBeUndefined();
  });

  it('reports a refused write with its 2004 error code, once per failing call', () => {
    const api = new FakeScorm2004Api();
    api.refuse = { element: 'cmi.suspend_data', code: '351' };
    const visit = launch(api, 3);
    expect(visit.problems).toEqual([{ code: '351', operation: 'SetValue cmi.suspend_data' }]);
  });

  it('reports an LMS that refuses to start, and then stays silent', () => {
    const api = new FakeScorm2004Api();
    api.Initialize('');
    api.Terminate('');
    const visit = launch(api, 2); // Initialize after Terminate: 104
    expect(visit.problems).toEqual([{ code: '104', operation: 'Initialize' }]);
    visit.go(1);
    expect(api.writes).toEqual([]);
  });

  it('finds API_1484_11 on a parent window, and not the SCORM 1.2 API', () => {
    const api = new FakeScorm2004Api();
    const top: Record<string, unknown> = { API_1484_11: api };
    top['parent'] = top;
    const frame = { parent: top, API: { LMSInitialize() {} } };
    expect(findScorm2004Api(frame)).toBe(api);
    expect(findScorm2004Api({ parent: null, API: {} })).toBeNull();
  });
});

describe('SCORM 2004 adapter, a lesson with a quiz', () => {
  function start(api: FakeScorm2004Api, screens = 4) {
    const ctx = context(screens, QUIZ);
    const adapter = createScorm2004Adapter(api, ctx.value);
    adapter.start();
    return { adapter, ctx };
  }

  it('is not completed by the screens alone: the quiz counts in progress_measure and completion', () => {
    const api = new FakeScorm2004Api();
    const { adapter } = start(api);
    const allSeen = progressAt(3, [0, 1, 2, 3]);
    adapter.record(allSeen, { completed: true, success: 'unknown' });
    expect(api.data['cmi.completion_status']).toBe('incomplete');
    expect(api.data['cmi.progress_measure']).toBe('0.8');
    expect(api.data['cmi.exit']).toBe('suspend');
  });

  it('reports a passed attempt: completed, passed, score scaled and raw/min/max, exit normal', () => {
    const api = new FakeScorm2004Api();
    const { adapter, ctx } = start(api);
    const outcome: LessonOutcome = { completed: true, success: 'passed', score: score(83.33) };
    adapter.record(progressAt(3, [0, 1, 2, 3]), outcome);
    ctx.advance(5_000);
    adapter.finish(progressAt(3, [0, 1, 2, 3]), outcome);
    expect(api.data).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.scaled': '0.8333',
      'cmi.score.raw': '83.33',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.progress_measure': '1',
      'cmi.exit': 'normal',
      'cmi.session_time': 'PT5S',
    });
    expect(api.violations).toEqual([]);
  });

  it('keeps a failed learner who may try again incomplete (Moodle would reopen a completed SCO in review mode), with the score and failed', () => {
    const api = new FakeScorm2004Api();
    const { adapter } = start(api);
    adapter.record(progressAt(3, [0, 1, 2, 3]), { completed: true, success: 'failed', score: score(40), canRetry: true });
    expect(api.data).toMatchObject({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'failed',
      'cmi.score.raw': '40',
      'cmi.exit': 'suspend',
    });
    expect(Number(api.data['cmi.progress_measure'])).toBeLessThan(1);
    adapter.record(progressAt(3, [0, 1, 2, 3]), { completed: true, success: 'passed', score: score(80) });
    expect(api.data).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.progress_measure': '1', 'cmi.exit': 'normal' });
    expect(api.violations).toEqual([]);
  });

  it('reports a failed attempt with no attempt left as completed but failed, and keeps it resumable', () => {
    const api = new FakeScorm2004Api();
    const { adapter } = start(api);
    adapter.record(progressAt(3, [0, 1, 2, 3]), { completed: true, success: 'failed', score: score(40), canRetry: false });
    expect(api.data).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'failed',
      'cmi.score.scaled': '0.4',
      'cmi.score.raw': '40',
      'cmi.exit': 'suspend',
    });
    expect(api.violations).toEqual([]);
  });

  it('counts a quiz submitted before every screen was seen in progress_measure, not as completion', () => {
    const api = new FakeScorm2004Api();
    const { adapter } = start(api);
    adapter.record(progressAt(1, [0, 1]), { completed: false, success: 'passed', score: score(100) });
    expect(api.data['cmi.progress_measure']).toBe('0.6');
    expect(api.data['cmi.completion_status']).toBe('incomplete');
    expect(api.data['cmi.success_status']).toBe('passed');
  });

  it('journals answers as interactions with every 2004 field, appending after those the LMS holds', () => {
    const api = new FakeScorm2004Api({
      'cmi.entry': 'resume',
      'cmi.interactions._count': '1',
      'cmi.interactions.0.id': 'l.q0',
    });
    const { adapter } = start(api);
    adapter.recordInteraction(answer());
    adapter.recordInteraction(answer({
      id: 'l.q2',
      kind: 'multiple-response',
      response: { kind: 'multiple-response', optionIds: ['a', 'c'] },
      correct: { kind: 'multiple-response', optionIds: ['a', 'b', 'c'] },
      result: 'partial',
      scoreFraction: 2 / 3,
      latencyMs: 65_000,
    }));
    adapter.recordInteraction(answer({
      id: 'l.q3',
      kind: 'true-false',
      response: { kind: 'true-false', value: false },
      correct: { kind: 'true-false', value: true },
      result: 'incorrect',
      scoreFraction: 0,
    }));
    adapter.recordInteraction(answer({
      id: 'l.q4',
      kind: 'ordering',
      response: { kind: 'ordering', stepIds: ['c', 'a', 'b'] },
      correct: { kind: 'ordering', stepIds: ['a', 'b', 'c'] },
      result: 'incorrect',
      scoreFraction: 0,
    }));
    adapter.recordInteraction(answer({
      id: 'l.q5',
      kind: 'matching',
      response: { kind: 'matching', pairs: [['p', 'q'], ['q', 'p'], ['r', 'r']] },
      correct: { kind: 'matching', pairs: [['p', 'p'], ['q', 'q'], ['r', 'r']] },
      result: 'partial',
      scoreFraction: 1 / 3,
      pairs: [{ id: 'p', left: 'A', right: '1' }, { id: 'q', left: 'B', right: '2' }, { id: 'r', left: 'C', right: '3' }],
    }));
    const [, choice, multiple, trueFalse, ordering, matching] = api.interactions();
    expect(choice).toEqual({
      id: 'l.q1',
      type: 'choice',
      description: 'Қазақстан қай жылы тәуелсіздік алды?',
      weighting: '1',
      learner_response: 'b',
      'correct_responses.0.pattern': 'b',
      result: 'correct',
      latency: 'PT12.34S',
      timestamp: '2026-11-26T03:50:21.45Z',
    });
    expect(multiple).toMatchObject({ type: 'choice', learner_response: 'a[,]c', 'correct_responses.0.pattern': 'a[,]b[,]c', result: '0.6667', latency: 'PT1M5S' });
    expect(trueFalse).toMatchObject({ type: 'true-false', learner_response: 'false', 'correct_responses.0.pattern': 'true', result: 'incorrect' });
    expect(ordering).toMatchObject({ type: 'sequencing', learner_response: 'c[,]a[,]b', 'correct_responses.0.pattern': 'a[,]b[,]c' });
    expect(matching).toMatchObject({
      type: 'matching',
      learner_response: 'p[.]2[,]q[.]1[,]r[.]3',
      'correct_responses.0.pattern': 'p[.]1[,]q[.]2[,]r[.]3',
      result: '0.3333',
    });
    for (const interaction of api.interactions().slice(1)) {
      expect(interaction['latency']).toMatch(TIMEINTERVAL);
      expect(interaction['timestamp']).toMatch(TIME);
    }
    expect(api.violations).toEqual([]);
  });

  it('leaves out the learner_response of an unanswered question, and never writes after Terminate', () => {
    const api = new FakeScorm2004Api();
    const { adapter } = start(api);
    adapter.recordInteraction(answer({ response: { kind: 'multiple-response', optionIds: [] }, correct: { kind: 'multiple-response', optionIds: ['a'] }, result: 'incorrect', scoreFraction: 0 }));
    expect(api.interactions()[0]).not.toHaveProperty('learner_response');
    expect(api.interactions()[0]).toHaveProperty('result', 'incorrect');
    adapter.finish(progressAt(0, [0]), { completed: false, success: 'unknown' });
    const after = api.calls.length;
    adapter.recordInteraction(answer());
    adapter.record(progressAt(0, [0]), { completed: false, success: 'unknown' });
    adapter.commit();
    expect(api.calls.length).toBe(after);
    expect(api.violations).toEqual([]);
  });

  it('shortens a long question to a valid 250-character description', () => {
    const api = new FakeScorm2004Api();
    const { adapter } = start(api);
    adapter.recordInteraction(answer({ description: `{lang} ${'сөз '.repeat(120)}` }));
    const description = api.interactions()[0]!['description']!;
    expect(description.length).toBeLessThanOrEqual(250);
    expect(description.endsWith('сөз…')).toBe(true);
    expect(api.violations).toEqual([]);
  });
});

describe('SCORM 2004 adapter, coming back to a failed quiz', () => {
  it('keeps the attempt resumable (exit suspend) even though the lesson is completed', () => {
    const api = new FakeScorm2004Api({ 'cmi.entry': 'resume', 'cmi.completion_status': 'completed', 'cmi.success_status': 'failed' });
    const ctx = context(3, QUIZ);
    createScorm2004Adapter(api, ctx.value).start();
    expect(api.data['cmi.exit']).toBe('suspend');
    expect(api.writesOf('cmi.completion_status')).toEqual([]);
    expect(api.violations).toEqual([]);
  });
});

describe('SCORM 2004 adapter, the quiz state between visits', () => {
  it('keeps the drawn attempt and the answers given in suspend_data, and gives them back on resume', () => {
    const api = new FakeScorm2004Api();
    const ctx = context(4, QUIZ);
    const adapter = createScorm2004Adapter(api, ctx.value);
    adapter.start();
    const quiz = { pool: 'k3x9', attempt: 2, seed: 123456789, answers: [[1], null, [0, 2], [2, 0, 1]], submitted: false, best: 40 };
    const progress: LessonProgress = { location: 3, visited: [0, 1, 2, 3], quiz };
    adapter.finish(progress, { completed: true, success: 'failed', score: score(40) });
    expect(api.data['cmi.exit']).toBe('suspend');
    const again = createScorm2004Adapter(api.relaunch(), context(4, QUIZ).value).start();
    expect(again).toEqual(progress);
  });
});
