/**
 * Which lessons end with a quiz, and so get an objective satisfied by their score.
 * The rendered lesson does not say yet (quizzes in the player are being added): until it
 * does, no lesson has one and every objective stays unmeasured.
 */
import type { RenderedLesson } from '../../model/rendered';

export function hasQuiz(_rendered: RenderedLesson): boolean {
  return false;
}
