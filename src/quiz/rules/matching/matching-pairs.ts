/**
 * `matching-pairs`: 3–5 pairs the lesson gives — scholar ↔ theory, term ↔ definition, table row
 * ↔ figure, acronym ↔ full name. Every side is distinct; a right side that would fit two lefts
 * (two scholars of one theory, one figure in two rows) is dropped with its pairs, since the
 * learner could not tell which is meant; a left side told twice keeps its first pair.
 */
import type { Language } from '../../../model/course';
import type { MatchingItem } from '../../../model/quiz';
import type { DroppedCandidate, QuizRule, QuizRuleContext, RuleOutput } from '../registry';
import { generatedItemId, optionId, seededOrder } from '../lists/item-id';
import { contentStems, normalisedText } from '../lists/text-compare';
import { actorPairs } from './actors';
import { definitionPairs } from './definitions';
import { MATCHING_PHRASES } from './phrases';
import { scholarPairs } from './scholars';
import { tablePairSets } from './survey-tables';
import type { FoundPair, PairSet } from './types';
import type { KeyFact } from '../../salience/trivia';

export const MATCHING_PAIRS = 'matching-pairs';
const SHORT = 'match';
export const MIN_PAIRS = 3;
export const MAX_PAIRS = 5;

export function matchingPairsRule(): QuizRule {
  return { id: MATCHING_PAIRS, kinds: ['matching'], languages: 'all', generate };
}

function generate(context: QuizRuleContext): RuleOutput {
  const lesson = context.lesson.id;
  const language = context.course.language;
  const sentences = context.text.sentences.filter((s) => s.lesson === lesson);
  const sets: PairSet[] = [
    { kind: 'scholar-theory', pairs: scholarPairs(sentences, language) },
    { kind: 'term-definition', pairs: definitionPairs(sentences, language).filter((pair) => !namesItsTerm(pair, language)) },
    ...tablePairSets(context.lesson),
    // acronym ↔ full name is off: each pair is matched by its initials alone (two blind reviewers, docs/quiz-quality.md)
    { kind: 'actor-action', pairs: actorPairs(sentences, language) },
  ];
  const items: MatchingItem[] = [];
  const dropped: DroppedCandidate[] = [];
  const keys = new Map<string, KeyFact>();
  // items of one kind made before: the stem of each later one names its part
  const made = new Map<string, number>();
  for (const set of sets) {
    const { kept, ambiguous } = unambiguous(set.pairs);
    for (const pair of ambiguous) dropped.push({ rule: MATCHING_PAIRS, reason: 'ambiguous-right', sentence: pair.sentence, line: pair.line });
    if (kept.length < MIN_PAIRS) {
      if (kept.length > 0) dropped.push({ rule: MATCHING_PAIRS, reason: `too-few-pairs`, sentence: kept[0].sentence, line: kept[0].line });
      continue;
    }
    for (const chunk of chunks(kept)) {
      const item = itemOf(lesson, { ...set, pairs: chunk }, language, made.get(set.kind) ?? 0);
      made.set(set.kind, (made.get(set.kind) ?? 0) + 1);
      items.push(item);
      // a table's figures are its cells: selection counts them as such
      if (set.kind === 'table-column') keys.set(item.id, { type: 'table-cell' });
    }
  }
  return { items, dropped, keys };
}

/** A definition that repeats its term gives the match away. */
function namesItsTerm(pair: FoundPair, language: Language): boolean {
  const term = contentStems(pair.left, language);
  const definition = new Set(contentStems(pair.right, language));
  return term.length > 0 && term.every((stem) => definition.has(stem));
}

/** First pair of each left; pairs whose right side is shared by another left are all dropped. */
export function unambiguous(pairs: readonly FoundPair[]): { kept: FoundPair[]; ambiguous: FoundPair[] } {
  const byLeft: FoundPair[] = [];
  for (const pair of pairs) if (!byLeft.some((other) => normalisedText(other.left) === normalisedText(pair.left))) byLeft.push(pair);
  const rightCount = new Map<string, number>();
  for (const pair of byLeft) rightCount.set(normalisedText(pair.right), (rightCount.get(normalisedText(pair.right)) ?? 0) + 1);
  // a right side that is also a left side would read both ways
  const lefts = new Set(byLeft.map((pair) => normalisedText(pair.left)));
  const isAmbiguous = (pair: FoundPair) => (rightCount.get(normalisedText(pair.right)) ?? 0) > 1 || lefts.has(normalisedText(pair.right));
  return { kept: byLeft.filter((pair) => !isAmbiguous(pair)), ambiguous: byLeft.filter(isAmbiguous) };
}

function chunks<T>(values: readonly T[]): T[][] {
  const count = Math.ceil(values.length / MAX_PAIRS);
  const out: T[][] = [];
  let start = 0;
  for (let index = 0; index < count; index += 1) {
    const size = Math.ceil((values.length - start) / (count - index));
    out.push(values.slice(start, start + size));
    start += size;
  }
  return out;
}

function itemOf(lesson: string, set: PairSet, language: Language, before: number): MatchingItem {
  const key = `${lesson}|${set.kind}|${set.caption ?? ''}|${set.column ?? ''}|${set.pairs.map((p) => `${p.left}=${p.right}`).join('|')}`;
  const ids = seededOrder(key, set.pairs.map((_, index) => optionId(index)), (id) => id);
  const sentences = [...new Set(set.pairs.map((pair) => pair.sentence))];
  const phrases = MATCHING_PHRASES[language];
  return {
    id: generatedItemId(lesson, SHORT, key),
    kind: 'matching',
    status: 'draft',
    rule: MATCHING_PAIRS,
    stem: before > 0 ? `${phrases.stem(set).replace(/[.]$/u, '')}${phrases.part(before + 1)}.` : phrases.stem(set),
    pairs: set.pairs.map((pair, index) => ({ id: ids[index], left: pair.left, right: pair.right })),
    feedback: phrases.feedback(set.pairs, sentences),
    source: { lesson, line: set.pairs[0].line, text: set.pairs[0].sentence },
    fingerprint: '',
  };
}
