/**
 * Question banks: one per lesson, `quizzes/<lesson-id>.quiz.yaml`, generated from the lesson
 * text by `coursepack quiz generate`, reviewed by an instructor, committed. Generation,
 * review (lint, regenerate), the player, every package format and the exports read these types.
 */

export const QUESTION_KINDS = ['choice', 'true-false', 'multiple-response', 'ordering', 'matching'] as const;
/** `choice`: one right option; `multiple-response`: one or more right options. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const ITEM_STATUSES = ['draft', 'approved', 'rejected'] as const;
/** Review state: only `approved` items (and `draft` ones when the course allows it) are shipped. */
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Where an item's answer is taught. */
export interface ItemSource {
  readonly lesson: string;
  /** 1-based line in the lesson file of the paragraph holding the sentence (links feedback to its screen). */
  readonly line: number;
  /** The source sentence as written in the lesson (citation marks removed). */
  readonly text: string;
}

export interface Option {
  /** Short id, unique in the item, stable across regenerations: `a`, `b`, … */
  readonly id: string;
  readonly text: string;
}

export interface MatchPair {
  readonly id: string;
  /** The prompt side (e.g. a scholar, a term, a survey group). */
  readonly left: string;
  /** The answer side (e.g. a theory, a definition, a figure). */
  readonly right: string;
}

interface ItemCommon {
  /** Stable, CMIIdentifier-safe (letters, digits, `-`, `_`; ≤ 64 chars), unique in the course. */
  readonly id: string;
  readonly status: ItemStatus;
  /** The generator rule that made the item (e.g. `cloze-year`), or `manual` for hand-written ones. */
  readonly rule: string;
  /** The question text shown to the learner; a cloze blank is written `____`. */
  readonly stem: string;
  /** Shown after submitting; quotes the source sentence. */
  readonly feedback: string;
  readonly source: ItemSource;
  /**
   * Hash of the item as generated. When the item's content no longer matches it, an instructor
   * edited the item, and regeneration keeps it as it is.
   */
  readonly fingerprint: string;
  /**
   * Set by `quiz generate` on a kept item whose source sentence is no longer in the lesson:
   * the question may be about text the learner cannot read any more.
   */
  readonly stale?: true;
}

export interface ChoiceItem extends ItemCommon {
  readonly kind: 'choice';
  readonly options: readonly Option[];
  /** Id of the right option. */
  readonly answer: string;
}

export interface TrueFalseItem extends ItemCommon {
  readonly kind: 'true-false';
  /** Whether the statement in `stem` is true according to the text. */
  readonly answer: boolean;
}

export interface MultipleResponseItem extends ItemCommon {
  readonly kind: 'multiple-response';
  readonly options: readonly Option[];
  /** Ids of every right option (at least one). */
  readonly answers: readonly string[];
}

export interface OrderingItem extends ItemCommon {
  readonly kind: 'ordering';
  /** The steps in the right order (the player shuffles them). */
  readonly steps: readonly Option[];
}

export interface MatchingItem extends ItemCommon {
  readonly kind: 'matching';
  readonly pairs: readonly MatchPair[];
}

export type QuizItem = ChoiceItem | TrueFalseItem | MultipleResponseItem | OrderingItem | MatchingItem;

/** The content of `quizzes/<lesson-id>.quiz.yaml`. */
export interface QuestionBank {
  /** Id of the course the bank belongs to: a bank is never read or replaced for another course. */
  readonly course: string;
  readonly lesson: string;
  readonly language: string;
  readonly items: readonly QuizItem[];
}

/** Exhaustiveness guard for `switch (item.kind)`. */
export function assertNever(value: never): never {
  throw new Error(`unexpected variant: ${JSON.stringify(value)}`);
}
