/**
 * A question's answer as the quiz state keeps it: a short list of small integers, indexes into
 * the item as written in the bank (see QuizProgress.answers in ../lms/adapter.ts):
 * - choice `[option]`; true-false `[1]` true / `[0]` false;
 * - multiple-response: the options ticked, ascending;
 * - ordering: every step, in the learner's order;
 * - matching: for each left side (bank order) the pair whose right side was chosen, or UNSET_ANSWER.
 * Also the conversions to the standard-neutral LearnerResponse the adapters get.
 */
import type { PageQuizItem } from '../../model/rendered';
import { UNSET_ANSWER, type LearnerResponse } from '../lms/adapter';
import type { DrawnQuestion } from './draw';

export type Answer = readonly number[];

/** What a question holds before the learner touches it: ordering starts as shown, the rest empty. */
export function initialAnswer(question: DrawnQuestion): Answer | null {
  switch (question.item.kind) {
    case 'ordering':
      return question.order;
    case 'matching':
      return question.item.pairs.map(() => UNSET_ANSWER);
    default:
      return null;
  }
}

/** True when `answer` could have been given to `item` (restored data is checked with it). */
export function fitsItem(item: PageQuizItem, answer: Answer | null): boolean {
  if (answer === null) return true;
  if (!answer.every((value) => Number.isInteger(value) && value >= 0)) return false;
  switch (item.kind) {
    case 'choice':
      return answer.length === 1 && answer[0] < item.options.length;
    case 'true-false':
      return answer.length === 1 && answer[0] <= 1;
    case 'multiple-response':
      return isAscendingUnique(answer) && answer.every((value) => value < item.options.length);
    case 'ordering':
      return isPermutation(answer, item.steps.length);
    case 'matching':
      return answer.length === item.pairs.length && answer.every((value) => value < item.pairs.length || value === UNSET_ANSWER);
  }
}

/** True when the question may be submitted: something chosen, every left side matched. */
export function isAnswered(item: PageQuizItem, answer: Answer | null): boolean {
  if (answer === null || !fitsItem(item, answer)) return false;
  switch (item.kind) {
    case 'matching':
      return answer.every((value) => value !== UNSET_ANSWER);
    default:
      return answer.length > 0;
  }
}

/** The learner's answer in bank ids; call only for answered questions. */
export function toResponse(item: PageQuizItem, answer: Answer): LearnerResponse {
  switch (item.kind) {
    case 'choice':
      return { kind: 'choice', optionId: item.options[answer[0]].id };
    case 'true-false':
      return { kind: 'true-false', value: answer[0] === 1 };
    case 'multiple-response':
      return { kind: 'multiple-response', optionIds: answer.map((i) => item.options[i].id) };
    case 'ordering':
      return { kind: 'ordering', stepIds: answer.map((i) => item.steps[i].id) };
    case 'matching':
      return { kind: 'matching', pairs: item.pairs.map((pair, i) => [pair.id, item.pairs[answer[i]]?.id ?? ''] as const) };
  }
}

export function correctResponse(item: PageQuizItem): LearnerResponse {
  switch (item.kind) {
    case 'choice':
      return { kind: 'choice', optionId: item.answer };
    case 'true-false':
      return { kind: 'true-false', value: item.answer };
    case 'multiple-response':
      return { kind: 'multiple-response', optionIds: item.options.filter((o) => item.answers.includes(o.id)).map((o) => o.id) };
    case 'ordering':
      return { kind: 'ordering', stepIds: item.steps.map((step) => step.id) };
    case 'matching':
      return { kind: 'matching', pairs: item.pairs.map((pair) => [pair.id, pair.id] as const) };
  }
}

/** The most numbers an answer to `item` can hold (for the worst-case suspend_data size). */
export function longestAnswer(item: PageQuizItem): number {
  switch (item.kind) {
    case 'choice':
    case 'true-false':
      return 1;
    case 'multiple-response':
      return item.options.length;
    case 'ordering':
      return item.steps.length;
    case 'matching':
      return item.pairs.length;
  }
}

function isAscendingUnique(values: Answer): boolean {
  return values.every((value, i) => i === 0 || value > values[i - 1]);
}

function isPermutation(values: Answer, length: number): boolean {
  return values.length === length && new Set(values).size === length && values.every((value) => value < length);
}
