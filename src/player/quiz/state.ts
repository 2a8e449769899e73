/**
 * The quiz's state and its moves, pure: start an attempt, answer, submit, try again, and
 * restore what an LMS gave back (anything that does not fit the pool on this page is dropped).
 */
import type { QuizPageData } from '../../model/rendered';
import type { LessonOutcome, QuizProgress } from '../lms/adapter';
import { MAX_ANSWER_VALUE, MAX_ATTEMPT_NUMBER } from '../lms/progress-codec';
import { fitsItem, initialAnswer, type Answer } from './answers';
import { drawAttempt, type DrawnQuestion } from './draw';
import { attemptPercent, isPass, scoreAnswer, type QuestionScore } from './score';

export type QuizData = Pick<QuizPageData, 'pool' | 'questionsPerAttempt' | 'passMark' | 'attempts'>;

/** Fingerprint of the pool and the draw size: a state drawn from another pool is void. */
export function poolFingerprint(quiz: Pick<QuizPageData, 'pool' | 'questionsPerAttempt'>): string {
  const text = `${quiz.questionsPerAttempt}|${quiz.pool.map((entry) => entry.item.id).join(',')}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function startAttempt(quiz: QuizData, attempt: number, seed: number, best: number | null): QuizProgress {
  const questions = drawAttempt(quiz, seed);
  return {
    pool: poolFingerprint(quiz),
    attempt: Math.min(attempt, MAX_ATTEMPT_NUMBER),
    seed,
    answers: questions.map(initialAnswer),
    submitted: false,
    best,
  };
}

/** The saved state if it belongs to this pool and every answer fits its question; else null. */
export function restoreQuiz(quiz: QuizData, saved: QuizProgress | null): QuizProgress | null {
  if (saved === null || saved.pool !== poolFingerprint(quiz)) return null;
  const questions = drawAttempt(quiz, saved.seed);
  if (saved.answers.length !== questions.length) return null;
  const fits = questions.every((question, i) => fitsItem(question.item, saved.answers[i]));
  if (!fits) return null;
  return saved;
}

export function questionsOf(quiz: QuizData, progress: QuizProgress): DrawnQuestion[] {
  return drawAttempt(quiz, progress.seed);
}

export function setAnswer(progress: QuizProgress, index: number, answer: Answer | null): QuizProgress {
  if (progress.submitted || index < 0 || index >= progress.answers.length) return progress;
  const answers = progress.answers.slice();
  answers[index] = answer;
  return { ...progress, answers };
}

export interface AttemptResult {
  readonly percent: number;
  readonly passed: boolean;
  readonly questions: readonly QuestionScore[];
}

export function scoreAttempt(quiz: QuizData, progress: QuizProgress): AttemptResult {
  const questions = questionsOf(quiz, progress).map((question, i) => scoreAnswer(question.item, progress.answers[i]));
  const percent = attemptPercent(questions.map((question) => question.fraction));
  return { percent, passed: isPass(percent, quiz.passMark), questions };
}

/** Submits the current attempt; the best score keeps the higher of the old best and this one. */
export function submitAttempt(quiz: QuizData, progress: QuizProgress): QuizProgress {
  if (progress.submitted) return progress;
  const { percent } = scoreAttempt(quiz, progress);
  const best = progress.best === null ? percent : Math.max(progress.best, percent);
  return { ...progress, submitted: true, best };
}

/** Attempts the learner may still start after the current one; null = unlimited. */
export function attemptsLeft(quiz: QuizData, progress: QuizProgress): number | null {
  if (quiz.attempts === 0) return progress.attempt >= MAX_ATTEMPT_NUMBER ? 0 : null;
  return Math.max(quiz.attempts - progress.attempt, 0);
}

export function canTryAgain(quiz: QuizData, progress: QuizProgress): boolean {
  const left = attemptsLeft(quiz, progress);
  return progress.submitted && (left === null || left > 0);
}

export function tryAgain(quiz: QuizData, progress: QuizProgress, seed: number): QuizProgress {
  if (!canTryAgain(quiz, progress)) return progress;
  return startAttempt(quiz, progress.attempt + 1, seed, progress.best);
}

/** What the LMS is told: content done when every text screen was seen; verdict from the best score. */
export function lessonOutcome(contentDone: boolean, quiz: QuizData | null, progress: QuizProgress | null): LessonOutcome {
  if (quiz === null || progress === null || progress.best === null) return { completed: contentDone, success: 'unknown' };
  const raw = progress.best;
  const passed = isPass(raw, quiz.passMark);
  return {
    completed: contentDone,
    score: { raw, min: 0, max: 100, scaled: Math.round(raw * 100) / 10000 },
    success: passed ? 'passed' : 'failed',
    ...(passed ? {} : { canRetry: !progress.submitted || attemptsLeft(quiz, progress) !== 0 }),
  };
}

/** Items whose answers cannot be stored (more than MAX_ANSWER_VALUE + 1 options). */
export function isStorable(count: number): boolean {
  return count <= MAX_ANSWER_VALUE;
}
