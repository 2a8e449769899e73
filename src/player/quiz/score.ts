/**
 * Scoring, per question 0–1:
 * - choice, true-false: 1 or 0;
 * - multiple-response: (right options ticked − wrong options ticked) / right options, at least 0;
 * - ordering: the share of the n − 1 neighbour pairs of the right order that the learner kept
 *   (step b right after step a). Chosen over "share of steps in the right place" because one
 *   step moved from the front to the end keeps most of the sequence, and this gives it most of
 *   the credit where the place count would give none;
 * - matching: the share of left sides matched to their own right side.
 * The attempt's score is the sum over the questions / their number × 100, as a percent with at
 * most 2 decimals; it passes when that is at least the pass mark.
 */
import type { PageQuizItem } from '../../model/rendered';
import { isAnswered, type Answer } from './answers';

export type QuestionResult = 'correct' | 'incorrect' | 'partial';

export interface QuestionScore {
  /** Credit earned, 0–1. */
  readonly fraction: number;
  readonly result: QuestionResult;
}

export function scoreAnswer(item: PageQuizItem, answer: Answer | null): QuestionScore {
  const fraction = isAnswered(item, answer) ? credit(item, answer as Answer) : 0;
  return { fraction, result: fraction >= 1 ? 'correct' : fraction <= 0 ? 'incorrect' : 'partial' };
}

function credit(item: PageQuizItem, answer: Answer): number {
  switch (item.kind) {
    case 'choice':
      return item.options[answer[0]]?.id === item.answer ? 1 : 0;
    case 'true-false':
      return (answer[0] === 1) === item.answer ? 1 : 0;
    case 'multiple-response': {
      const picked = answer.map((i) => item.options[i].id);
      const right = picked.filter((id) => item.answers.includes(id)).length;
      const wrong = picked.length - right;
      return Math.max(0, right - wrong) / item.answers.length;
    }
    case 'ordering': {
      if (answer.length < 2) return 1;
      let kept = 0;
      for (let i = 1; i < answer.length; i += 1) if (answer[i] === answer[i - 1] + 1) kept += 1;
      return kept / (answer.length - 1);
    }
    case 'matching':
      return answer.filter((chosen, left) => chosen === left).length / answer.length;
  }
}

/** Percent (0–100, 2 decimals) of the credit earned over `count` questions. */
export function attemptPercent(fractions: readonly number[]): number {
  if (fractions.length === 0) return 0;
  const sum = fractions.reduce((total, fraction) => total + fraction, 0);
  return Math.round((sum / fractions.length) * 10000) / 100;
}

export function isPass(percent: number, passMark: number): boolean {
  return percent >= passMark;
}
