/**
 * The longest suspend_data a lesson can ever need, computed with the encoder the player uses:
 * every screen seen, the last attempt counted, the largest seed and best score, and the draw
 * whose questions hold the longest answers. The build fails a lesson over SCORM 1.2's limit.
 */
import type { QuizPageData } from '../../model/rendered';
import type { QuizProgress } from '../lms/adapter';
import { encodeProgressState, MAX_ATTEMPT_NUMBER } from '../lms/progress-codec';
import { longestAnswer } from './answers';
import { poolFingerprint } from './state';

/** SCORM 1.2's bound on `cmi.suspend_data`. */
export const SCORM12_SUSPEND_DATA_LIMIT = 4096;

/** `screenCount`: every screen of the page, the quiz screen included. */
export function worstCaseStateLength(screenCount: number, quiz: QuizPageData | null): number {
  const everyScreen = Array.from({ length: screenCount }, (_, i) => i);
  return encodeProgressState(everyScreen, screenCount, quiz === null ? null : worstQuiz(quiz)).length;
}

function worstQuiz(quiz: QuizPageData): QuizProgress {
  const count = Math.min(quiz.questionsPerAttempt, quiz.pool.length);
  const lengths = quiz.pool.map((entry) => longestAnswer(entry.item)).sort((a, b) => b - a).slice(0, count);
  return {
    pool: poolFingerprint(quiz),
    attempt: quiz.attempts === 0 ? MAX_ATTEMPT_NUMBER : quiz.attempts,
    seed: 0xffffffff,
    answers: lengths.map((length) => Array.from({ length }, () => 62)),
    submitted: true,
    best: 99.99,
  };
}
