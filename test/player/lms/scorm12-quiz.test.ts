import type { InteractionRecord, LessonOutcome, LmsProblem, QuizReporting } from '../../../src/player/lms/adapter';
import { createScorm12Adapter } from '../../../src/player/lms/scorm12';
import {
  formatScorm12ClockTime,
  scorm12InteractionValues,
  scorm12Response,
  scorm12Status,
} from '../../../src/player/lms/scorm12-data';
import { FakeScorm12Api } from './fake-scorm12-api';

const QUIZ: QuizReporting = { passMark: 70, statusOnPass: 'passed', statusOnFail: 'incomplete' };
const PAIRS = [
  { id: 'p1', left: 'Kazakhstan', right: 'Astana' },
  { id: 'p2', left: 'Uzbekistan', right: 'Tashkent' },
  { id: 'p3', left: 'Kyrgyzstan', right: 'Bishkek' },
];

function record(overrides: Partial<InteractionRecord> = {}): InteractionRecord {
  return {
    id: 'orgs.orgs-choice-1',
    lessonId: 'orgs',
    itemId: 'orgs-choice-1',
    attempt: 1,
    kind: 'choice',
    description: 'The SCO was founded in ____.',
    response: { kind: 'choice', optionId: 'a' },
    correct: { kind: 'choice', optionId: 'b' },
    result: 'incorrect',
    scoreFraction: 0,
    weighting: 1,
    latencyMs: 83_450,
    timestamp: new Date(2026, 0, 2, 9, 5, 7),
    choices: [],
    pairs: [],
    ...overrides,
  };
}

describe('SCORM 1.2 spelling of quiz data', () => {
  it('maps the outcome to lesson_status by the course settings', () => {
    const passed: LessonOutcome = { completed: true, success: 'passed' };
    const failed: LessonOutcome = { completed: true, success: 'failed' };
    const unquizzed: LessonOutcome = { completed: true, success: 'unknown' };
    expect(scorm12Status(passed, QUIZ)).toBe('passed');
    expect(scorm12Status(passed, { ...QUIZ, statusOnPass: 'completed' })).toBe('completed');
    expect(scorm12Status(failed, QUIZ)).toBe('incomplete');
    expect(scorm12Status(failed, { ...QUIZ, statusOnFail: 'failed' })).toBe('failed');
    expect(scorm12Status(unquizzed, QUIZ)).toBe('incomplete'); // read everything, quiz not taken
    expect(scorm12Status(unquizzed, null)).toBe('completed'); // no quiz: as before
  });

  it('writes responses in the 1.2 formats', () => {
    expect(scorm12Response({ kind: 'true-false', value: true }, [])).toBe('t');
    expect(scorm12Response({ kind: 'true-false', value: false }, [])).toBe('f');
    expect(scorm12Response({ kind: 'choice', optionId: 'b' }, [])).toBe('b');
    expect(scorm12Response({ kind: 'multiple-response', optionIds: ['a', 'c', 'd'] }, [])).toBe('a,c,d');
    expect(scorm12Response({ kind: 'ordering', stepIds: ['b', 'a', 'c'] }, [])).toBe('b,a,c');
    const matched = { kind: 'matching', pairs: [['p1', 'p1'], ['p2', 'p3'], ['p3', 'p2']] } as const;
    expect(scorm12Response(matched, PAIRS)).toBe('p1.1,p2.3,p3.2');
  });

  it('gives every field of an interaction, partial credit journalled as wrong', () => {
    const values = scorm12InteractionValues(4, record({ kind: 'multiple-response', response: { kind: 'multiple-response', optionIds: ['a', 'c'] }, correct: { kind: 'multiple-response', optionIds: ['a', 'c', 'd'] }, result: 'partial', scoreFraction: 2 / 3 }));
    expect(Object.fromEntries(values)).toEqual({
      'cmi.interactions.4.id': 'orgs.orgs-choice-1',
      'cmi.interactions.4.type': 'choice',
      'cmi.interactions.4.time': '09:05:07',
      'cmi.interactions.4.weighting': '1',
      'cmi.interactions.4.student_response': 'a,c',
      'cmi.interactions.4.correct_responses.0.pattern': 'a,c,d',
      'cmi.interactions.4.result': 'wrong',
      'cmi.interactions.4.latency': '0000:01:23.45',
    });
    expect(formatScorm12ClockTime(new Date(2026, 5, 1, 23, 59, 0))).toBe('23:59:00');
  });

  it('names sequencing and true-false types and marks a right answer correct', () => {
    const ordering = Object.fromEntries(scorm12InteractionValues(0, record({ kind: 'ordering', result: 'correct', response: { kind: 'ordering', stepIds: ['a', 'b'] }, correct: { kind: 'ordering', stepIds: ['a', 'b'] } })));
    expect(ordering['cmi.interactions.0.type']).toBe('sequencing');
    expect(ordering['cmi.interactions.0.result']).toBe('correct');
    const tf = Object.fromEntries(scorm12InteractionValues(0, record({ kind: 'true-false', response: { kind: 'true-false', value: true }, correct: { kind: 'true-false', value: false } })));
    expect(tf['cmi.interactions.0.type']).toBe('true-false');
    expect(tf['cmi.interactions.0.student_response']).toBe('t');
    expect(tf['cmi.interactions.0.correct_responses.0.pattern']).toBe('f');
  });
});

describe('SCORM 1.2 adapter with a quiz', () => {
  function open(api: FakeScorm12Api, quiz: QuizReporting | null = QUIZ) {
    const problems: LmsProblem[] = [];
    const adapter = createScorm12Adapter(api, { courseId: 'c', lessonId: 'orgs', screenCount: 4, quiz, now: () => 0, onProblem: (p) => problems.push(p) });
    const saved = adapter.start();
    return { adapter, saved, problems };
  }
  const progress = { location: 3, visited: [0, 1, 2, 3], quiz: null };

  it('keeps a read but unquizzed lesson incomplete, then reports score and status after the quiz', () => {
    const api = new FakeScorm12Api();
    const { adapter, problems } = open(api);
    adapter.record(progress, { completed: true, success: 'unknown' });
    expect(api.data['cmi.core.lesson_status']).toBe('incomplete');
    adapter.record(progress, { completed: true, success: 'failed', score: { raw: 40, min: 0, max: 100, scaled: 0.4 } });
    expect(api.data['cmi.core.lesson_status']).toBe('incomplete');
    expect(api.data['cmi.core.score.raw']).toBe('40');
    adapter.record(progress, { completed: true, success: 'passed', score: { raw: 86.67, min: 0, max: 100, scaled: 0.8667 } });
    expect(api.data).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '86.67', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.core.exit': '' });
    expect(api.violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('lets a failed lesson pass on a later attempt, and never undoes a pass', () => {
    const api = new FakeScorm12Api({ 'cmi.core.lesson_status': 'failed', 'cmi.core.entry': 'resume' });
    const { adapter } = open(api, { ...QUIZ, statusOnFail: 'failed' });
    adapter.record(progress, { completed: true, success: 'passed', score: { raw: 80, min: 0, max: 100, scaled: 0.8 } });
    adapter.record(progress, { completed: true, success: 'failed', score: { raw: 80, min: 0, max: 100, scaled: 0.8 } });
    expect(api.statusWrites).toEqual(['passed']);
  });

  it('appends interactions after those the LMS already holds', () => {
    const api = new FakeScorm12Api({ 'cmi.interactions._count': '5', 'cmi.core.entry': 'resume' });
    const { adapter } = open(api);
    adapter.recordInteraction(record());
    adapter.recordInteraction(record({ id: 'orgs.orgs-tf-2', kind: 'true-false', response: { kind: 'true-false', value: false }, correct: { kind: 'true-false', value: false }, result: 'correct' }));
    expect(api.data['cmi.interactions.5.id']).toBe('orgs.orgs-choice-1');
    expect(api.data['cmi.interactions.6.id']).toBe('orgs.orgs-tf-2');
    expect(api.data['cmi.interactions.6.result']).toBe('correct');
    expect(api.data['cmi.interactions._count']).toBe('7');
    expect(api.violations).toEqual([]);
  });

  it('appends after earlier sessions also when the LMS gives the count as a number (Moodle does)', () => {
    const api = new FakeScorm12Api({ 'cmi.interactions._count': '10', 'cmi.core.entry': 'resume' });
    const get = api.LMSGetValue.bind(api);
    api.LMSGetValue = ((element: string) => (element === 'cmi.interactions._count' ? 10 : get(element))) as typeof api.LMSGetValue;
    const { adapter } = open(api);
    adapter.recordInteraction(record());
    expect(api.data['cmi.interactions.10.id']).toBe('orgs.orgs-choice-1');
    expect(api.data['cmi.interactions.0.id']).toBeUndefined();
  });

  it('brings back the quiz state saved in suspend_data', () => {
    const api = new FakeScorm12Api();
    const first = open(api);
    const quiz = { pool: 'abc', attempt: 1, seed: 99, answers: [[1], null], submitted: false, best: null };
    first.adapter.finish({ location: 3, visited: [0, 1, 2, 3], quiz }, { completed: true, success: 'unknown' });
    expect(open(api.relaunch()).saved).toEqual({ location: 3, visited: [0, 1, 2, 3], quiz });
  });
});
