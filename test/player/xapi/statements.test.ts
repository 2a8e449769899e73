import * as build from '../../../src/player/lms/xapi/statements';
import { isoDuration } from '../../../src/player/lms/xapi/duration';
import { statementProblems } from '../../harness/xapi-validate';
import { ACTOR, CHAPTER, CHOICE, COURSE, LESSON, MATCHING, MULTIPLE, ORDERING, REGISTRATION, TRUE_FALSE, settings, stamp } from './fixtures';

const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
const score = { raw: 80, min: 0, max: 100, scaled: 0.8 };

const cmi5Settings = () =>
  settings({
    lessonObjectId: 'https://lms.example/au/7',
    cmi5: {
      sessionId: 'sess-1',
      masteryScore: 0.7,
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: LESSON }] },
        extensions: { [SESSION]: 'sess-1', 'https://lms.example/ext': 'kept' },
      },
    },
  });

/** One statement of every verb, with the same settings. */
function everyVerb(s = settings()) {
  return {
    initialized: build.initializedStatement(s, stamp(1)),
    resumed: build.resumedStatement(s, stamp(2)),
    experienced: build.experiencedStatement(s, stamp(3), { index: 0, title: 'Кіріспе' }, 61_250),
    answered: build.answeredStatement(s, stamp(4), CHOICE),
    progressed: build.progressedStatement(s, stamp(5), 42.9),
    completed: build.completedStatement(s, stamp(6), 90_000),
    passed: build.judgedStatement(s, stamp(7), 'passed', score, 95_000),
    failed: build.judgedStatement(s, stamp(8), 'failed', { ...score, raw: 40, scaled: 0.4 }, 95_000),
    suspended: build.suspendedStatement(s, stamp(9), 50),
    terminated: build.terminatedStatement(s, stamp(10), 100_000),
  };
}

describe('the statement of every verb', () => {
  it('names its ADL verb and keeps the given id, timestamp and actor', () => {
    for (const [verb, statement] of Object.entries(everyVerb())) {
      expect(statement.verb).toEqual({ id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { en: verb } });
      expect(statement.actor).toEqual(ACTOR);
      expect(statement.id).toMatch(/^00000000-0000-4000-8000-/);
      expect(statement.timestamp).toMatch(/^2026-01-01T/);
    }
  });

  it('carries registration, platform, language and revision in its context', () => {
    for (const statement of Object.values(everyVerb())) {
      expect(statement.context).toMatchObject({ registration: REGISTRATION, platform: 'coursepack', language: 'kk', revision: '1.0.0' });
    }
  });

  it('makes the lesson the object of lesson verbs, with its chapter as parent and the course as grouping', () => {
    const { completed } = everyVerb();
    expect(completed.object).toEqual({
      objectType: 'Activity',
      id: LESSON,
      definition: { type: 'http://adlnet.gov/expapi/activities/lesson', name: { kk: '1.1 Сабақ' }, description: { kk: 'Курс · 1.1 Сабақ' } },
    });
    expect(completed.context.contextActivities?.parent?.map((a) => a.id)).toEqual([CHAPTER]);
    expect(completed.context.contextActivities?.grouping?.map((a) => a.id)).toEqual([COURSE]);
  });

  it('makes the course the parent of a lesson outside chapters', () => {
    const statement = build.initializedStatement(settings({ page: { ...settings().page, chapter: null } }), stamp(1));
    expect(statement.context.contextActivities).toEqual({ parent: [{ objectType: 'Activity', id: COURSE, definition: { type: 'http://adlnet.gov/expapi/activities/course' } }] });
  });

  it('sends a screen as experienced, with its 1-based id, its title and the time spent', () => {
    const { experienced } = everyVerb();
    expect(experienced.object.id).toBe(`${LESSON}/screens/1`);
    expect(experienced.object.definition).toEqual({ type: 'http://activitystrea.ms/schema/1.0/page', name: { kk: 'Кіріспе' } });
    expect(experienced.result).toEqual({ duration: 'PT1M1.25S' });
    expect(experienced.context.contextActivities?.parent?.map((a) => a.id)).toEqual([LESSON]);
    expect(experienced.context.contextActivities?.grouping?.map((a) => a.id)).toEqual([COURSE, CHAPTER]);
  });

  it('reports progress as an integer percent, completion, verdicts with score and durations', () => {
    const all = everyVerb();
    expect(all.progressed.result).toEqual({ extensions: { [PROGRESS]: 42 } });
    expect(all.completed.result).toEqual({ completion: true, duration: 'PT1M30S' });
    expect(all.passed.result).toEqual({ score: { scaled: 0.8, raw: 80, min: 0, max: 100 }, success: true, duration: 'PT1M35S' });
    expect(all.failed.result).toMatchObject({ success: false, score: { scaled: 0.4, raw: 40 } });
    expect(all.suspended.result).toEqual({ extensions: { [PROGRESS]: 50 } });
    expect(all.terminated.result).toEqual({ duration: 'PT1M40S' });
    expect(all.initialized.result).toBeUndefined();
  });

  it('puts a TinCan launch\'s activity_platform and grouping into the context', () => {
    const made = build.experiencedStatement(settings({ platform: 'Our LMS', grouping: 'https://lms.example/courses/7' }), stamp(1), { index: 0, title: 'A' }, 1000);
    expect(made.context.platform).toBe('Our LMS');
    expect(made.context.contextActivities?.grouping?.map((a) => a.id)).toEqual([COURSE, CHAPTER, 'https://lms.example/courses/7']);
  });

  it('leaves the registration out when a TinCan launch gave none', () => {
    expect(build.initializedStatement(settings({ registration: '' }), stamp(1)).context.registration).toBeUndefined();
  });

  it('is a function of its input only', () => {
    expect(everyVerb()).toEqual(everyVerb());
  });
});

describe('answered statements', () => {
  const answered = (interaction = CHOICE) => build.answeredStatement(settings(), stamp(4), interaction);

  it('carry the question id under the lesson, the response, success, score, duration and attempt', () => {
    const statement = answered(MULTIPLE);
    expect(statement.object.id).toBe(`${LESSON}/questions/q-mr`);
    expect(statement.result).toEqual({
      response: 'a',
      success: false,
      score: { scaled: 0.5, raw: 0.5, min: 0, max: 1 },
      duration: 'PT12.34S',
      extensions: { 'https://coursepack.invalid/xapi/extensions/quiz-attempt': 1 },
    });
  });

  it('define a choice question with its options in the course language', () => {
    expect(answered(CHOICE).object.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      name: { kk: 'Жыл ____' },
      interactionType: 'choice',
      correctResponsesPattern: ['b'],
      choices: [
        { id: 'a', description: { kk: '1991' } },
        { id: 'b', description: { kk: '1992' } },
      ],
    });
  });

  it('define true-false, multiple-response, ordering and matching in xAPI pattern syntax', () => {
    expect(answered(TRUE_FALSE).object.definition).toMatchObject({ interactionType: 'true-false', correctResponsesPattern: ['true'] });
    expect(answered(TRUE_FALSE).result?.response).toBe('true');
    expect(answered(MULTIPLE).object.definition).toMatchObject({ interactionType: 'choice', correctResponsesPattern: ['a[,]c'] });
    const ordering = answered(ORDERING);
    expect(ordering.object.definition).toMatchObject({ interactionType: 'sequencing', correctResponsesPattern: ['a[,]b[,]c'] });
    expect(ordering.object.definition?.choices?.map((c) => c.description['kk'])).toEqual(['Бірінші', 'Екінші', 'Үшінші']);
    expect(ordering.result?.response).toBe('b[,]a[,]c');
    expect(ordering.result?.score?.scaled).toBe(0.3333);
    const matching = answered(MATCHING);
    expect(matching.object.definition).toMatchObject({
      interactionType: 'matching',
      correctResponsesPattern: ['p1[.]p1[,]p2[.]p2'],
      source: [{ id: 'p1', description: { kk: 'Қазақстан' } }, { id: 'p2', description: { kk: 'Өзбекстан' } }],
      target: [{ id: 'p1', description: { kk: 'Астана' } }, { id: 'p2', description: { kk: 'Ташкент' } }],
    });
    expect(matching.result?.response).toBe('p1[.]p2[,]p2[.]p1');
    expect(matching.result?.extensions).toEqual({ 'https://coursepack.invalid/xapi/extensions/quiz-attempt': 2 });
  });
});

describe('cmi5 statements', () => {
  it('put the cmi5 category on defined verbs only, and moveOn on completed/passed/failed', () => {
    for (const [verb, statement] of Object.entries(everyVerb(cmi5Settings()))) {
      const categories = (statement.context.contextActivities?.category ?? []).map((a) => a.id);
      const defined = ['initialized', 'completed', 'passed', 'failed', 'terminated'].includes(verb);
      expect([verb, categories.includes(CMI5_CATEGORY)]).toEqual([verb, defined]);
      expect([verb, categories.includes(MOVE_ON)]).toEqual([verb, ['completed', 'passed', 'failed'].includes(verb)]);
    }
  });

  it('carry the session id and the LMS context template in every statement', () => {
    for (const statement of Object.values(everyVerb(cmi5Settings()))) {
      expect(statement.context.extensions).toMatchObject({ [SESSION]: 'sess-1', 'https://lms.example/ext': 'kept' });
      expect(statement.context.contextActivities?.grouping?.[0]?.id).toBe(LESSON);
    }
  });

  it('use the launch activityId for the AU and add the mastery score to verdicts', () => {
    const all = everyVerb(cmi5Settings());
    expect(all.passed.object.id).toBe('https://lms.example/au/7');
    expect(all.passed.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.7);
    expect(all.completed.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBeUndefined();
    expect(all.answered.context.contextActivities?.parent?.map((a) => a.id)).toEqual(['https://lms.example/au/7']);
    expect(all.answered.object.id).toBe(`${LESSON}/questions/q-choice`);
  });
});

describe('isoDuration', () => {
  it('writes hours, minutes and seconds to the hundredth, and zero as PT0S', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1_234)).toBe('PT1.23S');
    expect(isoDuration(3_600_000 + 120_000)).toBe('PT1H2M');
    expect(isoDuration(-5)).toBe('PT0S');
  });
});

describe('validity', () => {
  it('every verb, TinCan and cmi5, passes the xAPI statement schema and @learninglocker/xapi-validation', () => {
    const cmi5 = settings({ cmi5: { sessionId: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: LESSON }] } }, masteryScore: 0.7 } });
    const score = { raw: 80, min: 0, max: 100, scaled: 0.8 };
    const all = [settings({ grouping: 'https://lms.example/courses/7', platform: 'Our LMS' }), cmi5].flatMap((s) => [
      build.initializedStatement(s, stamp(1)),
      build.resumedStatement(s, stamp(2)),
      build.experiencedStatement(s, stamp(3), { index: 0, title: 'Кіріспе' }, 1500),
      build.progressedStatement(s, stamp(4), 33.3),
      ...[CHOICE, TRUE_FALSE, MULTIPLE, ORDERING, MATCHING].map((interaction, i) => build.answeredStatement(s, stamp(5 + i), interaction)),
      build.completedStatement(s, stamp(10), 60_000),
      build.judgedStatement(s, stamp(11), 'passed', score, 60_000),
      build.judgedStatement(s, stamp(12), 'failed', score, 60_000),
      build.suspendedStatement(s, stamp(13), 50),
      build.terminatedStatement(s, stamp(14), 61_000),
    ]);
    expect(statementProblems(all as unknown as Record<string, unknown>[])).toEqual([]);
  });
});
