/** The hand-made bank of test/fixtures/quiz-player (one approved item of every kind) as page data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuizItem } from '../../../src/model/quiz';
import type { QuizPageData } from '../../../src/model/rendered';
import { parseBankText } from '../../../src/quiz/bank/read';

export const FIXTURE_DIR = join(__dirname, '../../fixtures/quiz-player');

export function fixtureItems(): QuizItem[] {
  const file = join(FIXTURE_DIR, 'quizzes/orgs.quiz.yaml');
  const bank = parseBankText(file, readFileSync(file, 'utf8')).bank;
  if (!bank) throw new Error('the fixture bank does not parse');
  return [...bank.items];
}

export function itemOfKind<K extends QuizItem['kind']>(kind: K): Extract<QuizItem, { kind: K }> {
  const item = fixtureItems().find((candidate) => candidate.kind === kind);
  if (!item) throw new Error(`no ${kind} item in the fixture bank`);
  return item as Extract<QuizItem, { kind: K }>;
}

export function fixtureQuiz(overrides: Partial<QuizPageData> = {}): QuizPageData {
  return {
    lessonId: 'orgs',
    textScreens: 3,
    questionsPerAttempt: 5,
    passMark: 70,
    attempts: 2,
    requireAllScreens: true,
    statusOnPass: 'passed',
    statusOnFail: 'incomplete',
    pool: fixtureItems().map((item, i) => ({ item, screen: Math.min(i, 2) })),
    ...overrides,
  };
}
