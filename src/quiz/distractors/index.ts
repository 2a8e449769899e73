/**
 * Distractor selection: candidates of the key's type in tiers of preference (what the course
 * states first, values made near the key next), each tier in an order seeded by the item (a
 * hash, never Math.random), then the first three that pass checks 2–5. What was refused is
 * returned too, so that a rule can say why it had too few.
 */
import type { Language } from '../../model/course';
import { distractorProblems } from '../checks';
import type { Draft, Problem } from '../checks/types';
import { seededOrder } from '../rules/shared/hash';
import type { CourseText } from '../text/types';
import { dateCandidates } from './dates';
import { entityCandidates } from './entities';
import { saysRecent, valueCandidates, yearCandidates } from './numbers';
import { isEntityKey, type ClozeKey, type Distractor } from './types';

export type { ClozeKey, Distractor, KeyType } from './types';
export { KEY_TYPES, isEntityKey } from './types';

export const DISTRACTORS_PER_ITEM = 3;

/** Every candidate for the key, most preferred first, in the seed's order within a tier. */
export function distractorCandidates(key: ClozeKey, text: CourseText, language: Language, seed: string): Distractor[] {
  const tiers = isEntityKey(key) ? entityCandidates(key, text, language)
    : key.type === 'year' ? yearCandidates(key, text)
    : key.type === 'date' ? [dateCandidates(key, text)]
    : valueCandidates(key, text, language);
  const seen = new Set<string>();
  const ordered: Distractor[] = [];
  for (const tier of tiers) {
    for (const candidate of seededOrder(seed, tier, (distractor) => distractor.identity)) {
      if (seen.has(candidate.identity)) continue;
      seen.add(candidate.identity);
      ordered.push(candidate);
    }
  }
  return ordered;
}

export interface Picked {
  readonly distractors: readonly Distractor[];
  /** Candidates refused, with the first problem found. */
  readonly refused: readonly { readonly distractor: Distractor; readonly problem: Problem }[];
}

/**
 * The first `count` candidates that pass checks 2–5 against the draft (its own distractors
 * ignored). When the sentence calls its year recent and none of them is later, the nearest
 * later year that passes takes the place of the least preferred, so that "the latest option"
 * is no giveaway.
 */
export function pickDistractors(draft: Omit<Draft, 'distractors'>, text: CourseText, seed: string, count = DISTRACTORS_PER_ITEM): Picked {
  const chosen: Distractor[] = [];
  const refused: { distractor: Distractor; problem: Problem }[] = [];
  const full: Draft = { ...draft, distractors: [] };
  const passes = (candidate: Distractor): boolean => {
    const problems = distractorProblems(full, candidate, text);
    if (problems.length > 0) refused.push({ distractor: candidate, problem: problems[0]! });
    return problems.length === 0 && !chosen.some((other) => other.text.toLowerCase() === candidate.text.toLowerCase());
  };
  const candidates = distractorCandidates(draft.key, text, draft.language, seed);
  let next = 0;
  for (; next < candidates.length && chosen.length < count; next++) if (passes(candidates[next]!)) chosen.push(candidates[next]!);
  const later = laterThanRecentKey(draft);
  if (later && chosen.length === count && !chosen.some(later)) {
    const nearest = candidates.slice(next).filter(later).sort((a, b) => a.value! - b.value!).find(passes);
    if (nearest) chosen[count - 1] = nearest;
  }
  return { distractors: chosen, refused };
}

/** For a year the sentence calls recent, what tells a later year; undefined otherwise. */
function laterThanRecentKey(draft: Omit<Draft, 'distractors'>): ((candidate: Distractor) => boolean) | undefined {
  if (draft.key.type !== 'year' || !saysRecent(draft.statement.text, draft.language)) return undefined;
  const year = draft.key.quantity.value;
  return (candidate) => candidate.value !== undefined && candidate.value > year;
}
