/** Shared inputs for the xAPI player tests: one launch's settings and answered questions of every kind. */
import type { InteractionRecord } from '../../../src/player/lms/adapter';
import type { StatementSettings } from '../../../src/player/lms/xapi/statements';

export const COURSE = 'https://courses.example.edu/c';
export const LESSON = `${COURSE}/lessons/l1`;
export const CHAPTER = `${COURSE}/chapters/ch1`;
export const REGISTRATION = '6f1c3c4e-2b7a-4f7e-9a53-0b9b7f0d7c11';
export const ACTOR = { objectType: 'Agent', name: 'A', mbox: 'mailto:a@example.edu' };

export function settings(overrides: Partial<StatementSettings> = {}): StatementSettings {
  return {
    actor: ACTOR,
    registration: REGISTRATION,
    page: {
      course: { id: COURSE, name: { kk: 'Курс', en: 'Course' } },
      chapter: { id: CHAPTER, name: { kk: '1 Тарау' } },
      lesson: { id: LESSON, name: { kk: '1.1 Сабақ' }, description: { kk: 'Курс · 1.1 Сабақ' } },
      language: 'kk',
      revision: '1.0.0',
    },
    lessonObjectId: LESSON,
    cmi5: null,
    ...overrides,
  };
}

export const stamp = (n: number) => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, timestamp: `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z` });

const base = {
  lessonId: 'l1',
  attempt: 1,
  weighting: 1,
  latencyMs: 12_340,
  timestamp: new Date('2026-01-01T00:00:00Z'),
  choices: [],
  pairs: [],
} as const;

export const CHOICE: InteractionRecord = {
  ...base,
  id: 'l1.q-choice',
  itemId: 'q-choice',
  kind: 'choice',
  description: 'Жыл ____',
  response: { kind: 'choice', optionId: 'a' },
  correct: { kind: 'choice', optionId: 'b' },
  result: 'incorrect',
  scoreFraction: 0,
  choices: [{ id: 'a', text: '1991' }, { id: 'b', text: '1992' }],
};

export const TRUE_FALSE: InteractionRecord = {
  ...base,
  id: 'l1.q-tf',
  itemId: 'q-tf',
  kind: 'true-false',
  description: 'Дұрыс па?',
  response: { kind: 'true-false', value: true },
  correct: { kind: 'true-false', value: true },
  result: 'correct',
  scoreFraction: 1,
};

export const MULTIPLE: InteractionRecord = {
  ...base,
  id: 'l1.q-mr',
  itemId: 'q-mr',
  kind: 'multiple-response',
  description: 'Қайсылары?',
  response: { kind: 'multiple-response', optionIds: ['a'] },
  correct: { kind: 'multiple-response', optionIds: ['a', 'c'] },
  result: 'partial',
  scoreFraction: 0.5,
  choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }],
};

export const ORDERING: InteractionRecord = {
  ...base,
  id: 'l1.q-order',
  itemId: 'q-order',
  kind: 'ordering',
  description: 'Ретімен',
  response: { kind: 'ordering', stepIds: ['b', 'a', 'c'] },
  correct: { kind: 'ordering', stepIds: ['a', 'b', 'c'] },
  result: 'partial',
  scoreFraction: 1 / 3,
  choices: [{ id: 'a', text: 'Бірінші' }, { id: 'b', text: 'Екінші' }, { id: 'c', text: 'Үшінші' }],
};

export const MATCHING: InteractionRecord = {
  ...base,
  id: 'l1.q-match',
  itemId: 'q-match',
  kind: 'matching',
  description: 'Сәйкестендіріңіз',
  response: { kind: 'matching', pairs: [['p1', 'p2'], ['p2', 'p1']] },
  correct: { kind: 'matching', pairs: [['p1', 'p1'], ['p2', 'p2']] },
  result: 'incorrect',
  scoreFraction: 0,
  attempt: 2,
  pairs: [{ id: 'p1', left: 'Қазақстан', right: 'Астана' }, { id: 'p2', left: 'Өзбекстан', right: 'Ташкент' }],
};
