export { matchingPairsRule, MATCHING_PAIRS, unambiguous, MIN_PAIRS, MAX_PAIRS } from './matching-pairs';
export { scholarPairs } from './scholars';
export { definitionPairs } from './definitions';
export { tablePairSets } from './survey-tables';
export { acronymPairs } from './acronyms';
export type { FoundPair, PairSet, PairKind } from './types';
