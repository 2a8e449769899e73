/**
 * The automatic checks of /work/shared/docs/quiz-generation.md run on every generated item: each
 * is a named function returning problems (none when the item passes). An item with a problem is
 * dropped and the check's name is the reason the quiz report shows.
 */
import type { Language } from '../../model/course';
import type { ClozeKey, Distractor } from '../distractors/types';
import type { Statement } from '../rules/shared/statement';

export const CHECK_NAMES = [
  'restores-source', // 1
  'distractor-type', // 2
  'distractor-fits-sentence', // 2b (time order, approximate figures, multiples)
  'distractor-is-key', // 3 (equals the key, or is already in the stem)
  'distractor-true-elsewhere', // 4
  'agreement', // 5
  'options-give-away', // 6
  'stem-hygiene', // 7
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface Problem {
  readonly check: CheckName;
  readonly message: string;
}

/** What a cloze or a swapped true/false statement is made of, before it becomes an item. */
export interface Draft {
  readonly language: Language;
  readonly statement: Statement;
  readonly key: ClozeKey;
  /**
   * The sentences before, in text order, shown ahead of the stem when the statement points back
   * ("Бұл ұйым …"): one, or two when the one right before points back itself and the one before
   * it says what both point to. The stem then starts with their texts, each followed by a space.
   */
  readonly context?: readonly Statement[];
  /** The statement with the key replaced by the blank (after the context, if any). */
  readonly stem: string;
  readonly distractors: readonly Distractor[];
}

export const problem = (check: CheckName, message: string): Problem => ({ check, message });
