/**
 * One attempt's questions: `questionsPerAttempt` items drawn from the pool, and for each the
 * order its options (choice, multiple-response), steps (ordering) or right sides (matching)
 * are shown in. Everything follows from the seed, so the attempt can be rebuilt after a reload.
 */
import type { PageQuizItem, QuizPageData, QuizPoolEntry } from '../../model/rendered';
import { seededRandom, shuffled, type Random } from './random';

export interface DrawnQuestion {
  readonly item: PageQuizItem;
  /** Screen where the answer is taught. */
  readonly screen: number;
  /** Indexes into the item's options / steps / pairs (right sides) in the order shown; empty for true-false. */
  readonly order: readonly number[];
}

export function drawAttempt(quiz: Pick<QuizPageData, 'pool' | 'questionsPerAttempt'>, seed: number): DrawnQuestion[] {
  const random = seededRandom(seed);
  const count = Math.min(quiz.questionsPerAttempt, quiz.pool.length);
  const picked = shuffled(quiz.pool, random).slice(0, count);
  return picked.map((entry) => drawQuestion(entry, random));
}

function drawQuestion(entry: QuizPoolEntry, random: Random): DrawnQuestion {
  const { item } = entry;
  return { item, screen: entry.screen, order: shownOrder(item, random) };
}

function shownOrder(item: PageQuizItem, random: Random): number[] {
  switch (item.kind) {
    case 'true-false':
      return [];
    case 'choice':
    case 'multiple-response':
      return shuffled(indexes(item.options.length), random);
    case 'ordering':
      return notInOrder(shuffled(indexes(item.steps.length), random));
    case 'matching':
      return notInOrder(shuffled(indexes(item.pairs.length), random));
  }
}

/**
 * Steps shown already in the right order would give the answer away (and right sides lined up
 * with their left sides likewise): such a shuffle is rotated by one.
 */
function notInOrder(order: number[]): number[] {
  const sorted = order.every((value, i) => value === i);
  return sorted && order.length > 1 ? [...order.slice(1), order[0]] : order;
}

export function indexes(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}
