/** Pairs the text gives, found by one finder (scholars, definitions, a table column, acronyms). */
export type PairKind = 'scholar-theory' | 'term-definition' | 'table-column' | 'acronym' | 'actor-action';

export interface FoundPair {
  readonly left: string;
  readonly right: string;
  /** The sentence (or table caption) that gives the pair, and its line in the lesson file. */
  readonly sentence: string;
  readonly line: number;
  /** Actor ↔ action: the actor's entity id (one pair per actor). */
  readonly actor?: string;
}

export interface PairSet {
  readonly kind: PairKind;
  /** Tables: the caption and the column header the stem names. */
  readonly caption?: string;
  readonly column?: string;
  readonly pairs: readonly FoundPair[];
}
