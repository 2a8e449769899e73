/**
 * A bank file as written, after its shape was checked: mirrors src/schema/quiz.schema.json.
 * It differs from the model only where a person writing by hand may leave something out.
 */
import type { ItemStatus, MatchPair, Option, QuestionKind } from '../../model/quiz';

export interface RawItem {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly status: ItemStatus;
  readonly rule: string;
  readonly stem: string;
  readonly feedback: string;
  readonly source: { readonly lesson: string; readonly line: number; readonly text: string };
  /** Hand-written (`manual`) items may leave it out. */
  readonly fingerprint?: string;
  readonly stale?: true;
  readonly options?: readonly Option[];
  readonly answer?: string | boolean;
  readonly answers?: readonly string[];
  readonly steps?: readonly Option[];
  readonly pairs?: readonly MatchPair[];
}

export interface RawBank {
  readonly course: string;
  readonly lesson: string;
  readonly language: string;
  readonly items: readonly RawItem[];
}
