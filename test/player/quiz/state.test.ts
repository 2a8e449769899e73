import { decodeProgressState, encodeProgressState } from '../../../src/player/lms/progress-codec';
import { attemptInteractions, interactionId } from '../../../src/player/quiz/interactions';
import { canTryAgain, lessonOutcome, questionsOf, restoreQuiz, setAnswer, startAttempt, submitAttempt, tryAgain } from '../../../src/player/quiz/state';
import type { QuizProgress } from '../../../src/player/lms/adapter';
import type { PageQuizItem } from '../../../src/model/rendered';
import { fixtureQuiz } from './fixture';

/** The right answer to each drawn question, as the quiz state holds it. */
function rightAnswer(item: PageQuizItem): number[] {
  switch (item.kind) {
    case 'choice':
      return [item.options.findIndex((o) => o.id === item.answer)];
    case 'true-false':
      return [item.answer ? 1 : 0];
    case 'multiple-response':
      return item.options.flatMap((o, i) => (item.answers.includes(o.id) ? [i] : []));
    case 'ordering':
      return item.steps.map((_, i) => i);
    case 'matching':
      return item.pairs.map((_, i) => i);
  }
}

/** An answer that is not fully right. */
function wrongAnswer(item: PageQuizItem, right: number[]): number[] {
  switch (item.kind) {
    case 'choice':
      return [(right[0]! + 1) % item.options.length];
    case 'true-false':
      return [1 - right[0]!];
    case 'multiple-response':
      return [item.options.findIndex((o) => !item.answers.includes(o.id))];
    default:
      return [...right].reverse();
  }
}

function answerAll(quiz: ReturnType<typeof fixtureQuiz>, progress: QuizProgress, wrong: number): QuizProgress {
  return questionsOf(quiz, progress).reduce((state, question, i) => {
    const right = rightAnswer(question.item);
    return setAnswer(state, i, i < wrong ? wrongAnswer(question.item, right) : right);
  }, progress);
}

describe('quiz state', () => {
  const quiz = fixtureQuiz();

  it('starts with ordering and matching answers prefilled as shown, the rest empty', () => {
    const progress = startAttempt(quiz, 1, 42, null);
    const kinds = questionsOf(quiz, progress).map((q) => q.item.kind);
    progress.answers.forEach((answer, i) => {
      if (kinds[i] === 'ordering') expect(answer).toEqual(questionsOf(quiz, progress)[i]!.order);
      else if (kinds[i] === 'matching') expect(answer).toEqual([63, 63, 63]);
      else expect(answer).toBeNull();
    });
  });

  it('keeps the best score over attempts and stops at the attempt limit', () => {
    let progress = answerAll(quiz, startAttempt(quiz, 1, 42, null), 0);
    progress = submitAttempt(quiz, progress);
    expect(progress.best).toBe(100);
    expect(lessonOutcome(true, quiz, progress)).toEqual({ completed: true, score: { raw: 100, min: 0, max: 100, scaled: 1 }, success: 'passed' });
    expect(canTryAgain(quiz, progress)).toBe(true);
    progress = tryAgain(quiz, progress, 7);
    expect(progress).toMatchObject({ attempt: 2, seed: 7, submitted: false, best: 100 });
    progress = submitAttempt(quiz, answerAll(quiz, progress, 5));
    expect(progress.best).toBe(100);
    expect(canTryAgain(quiz, progress)).toBe(false);
    expect(tryAgain(quiz, progress, 8)).toBe(progress);
  });

  it('reports failed below the pass mark and unknown before the first submit', () => {
    const fresh = startAttempt(quiz, 1, 3, null);
    expect(lessonOutcome(true, quiz, fresh)).toEqual({ completed: true, success: 'unknown' });
    const failed = submitAttempt(quiz, answerAll(quiz, fresh, 3));
    expect(lessonOutcome(false, quiz, failed).success).toBe('failed');
  });

  it('says whether a failed learner may still change the verdict: yes with an attempt open or left, no after the last', () => {
    const first = submitAttempt(quiz, answerAll(quiz, startAttempt(quiz, 1, 3, null), 3));
    expect(lessonOutcome(true, quiz, first)).toMatchObject({ success: 'failed', canRetry: true });
    const second = tryAgain(quiz, first, 4);
    expect(lessonOutcome(true, quiz, second)).toMatchObject({ success: 'failed', canRetry: true });
    const last = submitAttempt(quiz, answerAll(quiz, second, 3));
    expect(lessonOutcome(true, quiz, last)).toMatchObject({ success: 'failed', canRetry: false });
  });

  it('survives the suspend_data round trip and restores the same questions and answers', () => {
    const progress = setAnswer(startAttempt(quiz, 1, 2024, null), 0, [1]);
    const text = encodeProgressState([0, 2], 4, progress);
    const decoded = decodeProgressState(text);
    expect(decoded).toEqual({ screenCount: 4, visited: [0, 2], quiz: progress });
    expect(restoreQuiz(quiz, decoded!.quiz)).toEqual(progress);
  });

  it('drops saved quiz state from another pool or with answers that do not fit', () => {
    const progress = startAttempt(quiz, 1, 5, null);
    expect(restoreQuiz(fixtureQuiz({ questionsPerAttempt: 4 }), progress)).toBeNull();
    expect(restoreQuiz(quiz, { ...progress, answers: progress.answers.slice(1) })).toBeNull();
    expect(restoreQuiz(quiz, { ...progress, answers: progress.answers.map(() => [60]) })).toBeNull();
    expect(restoreQuiz(quiz, null)).toBeNull();
  });

  it('journals one interaction per question, with ids that are valid CMIIdentifiers', () => {
    const done = submitAttempt(quiz, answerAll(quiz, startAttempt(quiz, 1, 11, null), 2));
    const records = attemptInteractions('orgs', quiz, done, [1500, 0, 0, 0, 0], new Date(2026, 0, 2, 9, 5, 7));
    expect(records).toHaveLength(5);
    for (const record of records) {
      expect(record.id).toBe(interactionId('orgs', record.itemId));
      expect(record.id).toMatch(/^[\x21-\x7E]{1,255}$/);
      expect(record.weighting).toBe(1);
      expect(record.attempt).toBe(1);
    }
    expect(records[0]!.latencyMs).toBe(1500);
    expect(records.map((record) => record.result).slice(2)).toEqual(['correct', 'correct', 'correct']);
    expect(records.slice(0, 2).every((record) => record.result !== 'correct')).toBe(true);
  });
});
