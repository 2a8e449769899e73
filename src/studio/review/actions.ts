/**
 * What a reviewer can do to one item in the studio, as pure functions on the bank model. The
 * fingerprint is never touched: an item whose content differs from it is "edited", and `quiz
 * generate` keeps it as the reviewer left it (src/quiz/bank/merge.ts); a status change is not an
 * edit, but an approved or rejected item is kept too.
 */
import type { ItemStatus, MatchPair, Option, QuestionBank, QuizItem } from '../../model/quiz';

/** The texts and answers a reviewer may change in place; ids, kinds, rules and sources stay. */
export interface ItemChanges {
  readonly stem?: string;
  readonly feedback?: string;
  /** By option id: the new text. */
  readonly options?: Readonly<Record<string, string>>;
  readonly steps?: Readonly<Record<string, string>>;
  /** By pair id. */
  readonly pairs?: Readonly<Record<string, { readonly left?: string; readonly right?: string }>>;
  /** choice: an option id; true-false: a boolean. */
  readonly answer?: string | boolean;
  /** multiple-response: option ids. */
  readonly answers?: readonly string[];
}

export type ReviewAction =
  | { readonly kind: 'status'; readonly status: ItemStatus }
  | { readonly kind: 'edit'; readonly changes: ItemChanges }
  /** Undo: the item as it was before, whole (same id). */
  | { readonly kind: 'restore'; readonly item: QuizItem };

export class ReviewRefused extends Error {}

export function applyToBank(bank: QuestionBank, itemId: string, action: ReviewAction): { bank: QuestionBank; before: QuizItem; after: QuizItem } {
  const index = bank.items.findIndex((item) => item.id === itemId);
  if (index < 0) throw new ReviewRefused(`the bank of lesson ${bank.lesson} has no item ${itemId}`);
  const before = bank.items[index]!;
  const after = applyToItem(before, action);
  const items = bank.items.map((item, at) => (at === index ? after : item));
  return { bank: { ...bank, items }, before, after };
}

export function applyToItem(item: QuizItem, action: ReviewAction): QuizItem {
  switch (action.kind) {
    case 'status':
      return { ...item, status: action.status };
    case 'edit':
      return editItem(item, action.changes);
    case 'restore':
      if (action.item.id !== item.id) throw new ReviewRefused(`an undo of item ${action.item.id} cannot replace item ${item.id}`);
      return action.item;
  }
}

function editItem(item: QuizItem, changes: ItemChanges): QuizItem {
  const texts = { ...item, ...(changes.stem !== undefined ? { stem: changes.stem } : {}), ...(changes.feedback !== undefined ? { feedback: changes.feedback } : {}) };
  switch (texts.kind) {
    case 'choice': {
      const options = renameOptions(texts.options, changes.options);
      const answer = changes.answer === undefined ? texts.answer : String(changes.answer);
      if (!options.some((option) => option.id === answer)) throw new ReviewRefused(`answer "${answer}" is not the id of an option`);
      return { ...texts, options, answer };
    }
    case 'true-false':
      return changes.answer === undefined ? texts : { ...texts, answer: changes.answer === true || changes.answer === 'true' };
    case 'multiple-response': {
      const options = renameOptions(texts.options, changes.options);
      const answers = changes.answers === undefined ? texts.answers : options.map((option) => option.id).filter((id) => changes.answers!.includes(id));
      return { ...texts, options, answers };
    }
    case 'ordering':
      return { ...texts, steps: renameOptions(texts.steps, changes.steps) };
    case 'matching':
      return { ...texts, pairs: renamePairs(texts.pairs, changes.pairs) };
  }
}

function renameOptions(options: readonly Option[], texts: Readonly<Record<string, string>> | undefined): Option[] {
  unknownIds(Object.keys(texts ?? {}), options.map((option) => option.id));
  return options.map((option) => (texts?.[option.id] === undefined ? option : { ...option, text: texts[option.id]! }));
}

function renamePairs(pairs: readonly MatchPair[], texts: ItemChanges['pairs']): MatchPair[] {
  unknownIds(Object.keys(texts ?? {}), pairs.map((pair) => pair.id));
  return pairs.map((pair) => {
    const change = texts?.[pair.id];
    return change ? { ...pair, left: change.left ?? pair.left, right: change.right ?? pair.right } : pair;
  });
}

/** Options are edited, never added or removed here: their ids are answers and LMS interaction ids. */
function unknownIds(given: readonly string[], known: readonly string[]): void {
  const unknown = given.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new ReviewRefused(`no option with the id ${unknown.join(', ')}`);
}
