/**
 * Which of a lesson's generated items go into its bank: rules over-generate, this ranks (the
 * approach of rule-based over-generation + ranking). In order:
 * 1. trivia is dropped (see trivia.ts), with its class as the reason;
 * 2. a stem showing a word the text misspells (see spelling.ts) is dropped (ill-formed);
 * 3. of items with the same stem only the most salient stays (report names must differ), and of
 *    one-sentence items (choice, true/false) on the same sentence only one: a year cloze and a
 *    term cloze of one sentence would answer each other (the rules offer both, selection picks);
 * 4. a name blanked in a vague sentence ("Қазіргі таңда ____ қиын үдерістерден өтуде": any
 *    country fits; fewer than two words rare in the course) is dropped;
 * 5. the rest is ranked by the salience of its source sentence, the best item of each kind first
 *    (a quiz of one kind tests one skill), then by score; year and date keys may take at most a
 *    third of the bank; at most MAX_ITEMS items; below MIN_SCORE only while the bank is short;
 * 6. true and false statements are kept at most one apart (the least salient true ones go).
 * Deterministic: ties go by item id.
 */
import type { Language } from '../../model/course';
import type { QuizItem } from '../../model/quiz';
import type { DroppedCandidate } from '../rules/registry';
import type { CourseText } from '../text/types';
import type { SalienceModel } from './model';
import { suspectWords } from './spelling';
import { triviaOf, type KeyFact } from './trivia';

/** Enough for several attempts of 10 questions; more would only add the less central. */
export const MAX_ITEMS = 24;
/** Items below this score are kept only while the bank has fewer than `minimum`. */
export const MIN_SCORE = 0.2;
/** Year and date keys: at most one item in this many. */
const YEAR_SHARE = 3;
/** Misspelt words a stem may show: reviewers reject an item for any one of them. */
const MAX_SUSPECTS = 0;
/** What a misspelt word in a stem costs in ranking. */
const SUSPECT_COST = 0.2;

/** Words rare in the course a name's sentence must hold: with fewer, any name of the kind fits it. */
const SPECIFIC_WORDS = 2;
/** Keys that are names: any name of the kind fits a sentence that says nothing specific. */
const NAME_KEYS: ReadonlySet<string> = new Set(['place', 'person', 'organisation']);

export interface SelectionInput {
  readonly lesson: string;
  readonly items: readonly QuizItem[];
  /** The key of each item that has one, by item id. */
  readonly keys: ReadonlyMap<string, KeyFact>;
  readonly text: CourseText;
  readonly salience: SalienceModel;
  /** The bank size to reach with less salient items when the lesson has few (minItemsPerLesson). */
  readonly minimum: number;
}

export interface Selection {
  readonly items: QuizItem[];
  readonly dropped: DroppedCandidate[];
}

const SELECTION = 'selection';

export function selectItems(input: SelectionInput): Selection {
  const { text, salience } = input;
  const language = text.language;
  const dropped: DroppedCandidate[] = [];
  const drop = (item: QuizItem, reason: string) => dropped.push({ rule: item.rule, reason, sentence: item.source.text, line: item.source.line });
  const scored: { item: QuizItem; score: number; year: boolean }[] = [];
  const sentenceOf = sourceSentences(text, input.lesson);
  for (const item of input.items) {
    const key = input.keys.get(item.id);
    const trivia = triviaOf(item.source.text, language, key);
    if (trivia) {
      drop(item, `trivia-${trivia}`);
      continue;
    }
    const suspects = suspectWords(shownText(item), salience.spelling).length;
    if (suspects > MAX_SUSPECTS) {
      drop(item, 'ill-formed');
      continue;
    }
    if (key !== undefined && NAME_KEYS.has(key.type) && item.kind === 'choice' && salience.rareWords(item.stem) < SPECIFIC_WORDS) {
      drop(item, 'vague');
      continue;
    }
    const sentence = sentenceOf.get(sourceKey(item.source.line, item.source.text));
    const score = (sentence === undefined ? 0.5 : salience.score(sentence)) - SUSPECT_COST * suspects;
    scored.push({ item, score, year: testsYear(item, key) });
  }
  // at equal salience (two items on one sentence) the one that is not a year comes first
  scored.sort((a, b) => b.score - a.score || Number(a.year) - Number(b.year) || (a.item.id < b.item.id ? -1 : 1));
  const distinct = oneBySentence(distinctStems(scored, drop), drop);
  const chosen = choose(distinct, input.minimum);
  for (const { item, reason } of chosen.left) drop(item, reason);
  return { items: balanced(chosen.kept, drop).map((entry) => entry.item), dropped };
}

const isStatement = (entry: Scored, answer: boolean): boolean => entry.item.kind === 'true-false' && entry.item.answer === answer;

/**
 * True and false statements at most one apart, as the true/false rule makes them: the year share
 * above drops false statements made by a year (they test the year), never true ones, and left a
 * bank of ten true statements and two false (a new Kazakh text, round 16), which a learner
 * answers "true" to. The least salient true statements go; if that leaves year keys above their
 * share, the least salient of those goes too, and the balance is looked at again.
 */
function balanced(kept: readonly Scored[], drop: (item: QuizItem, reason: string) => void): Scored[] {
  const items = [...kept];
  const removeLast = (matches: (entry: Scored) => boolean, reason: string) => {
    const index = items.map(matches).lastIndexOf(true);
    drop(items[index]!.item, reason);
    items.splice(index, 1);
  };
  for (;;) {
    const trues = items.filter((entry) => isStatement(entry, true)).length;
    const falses = items.filter((entry) => isStatement(entry, false)).length;
    if (trues > falses + 1) removeLast((entry) => isStatement(entry, true), 'balance');
    else if (items.filter((entry) => entry.year).length * YEAR_SHARE > items.length) removeLast((entry) => entry.year, 'year-share');
    else return items;
  }
}

/**
 * Whether the item asks for a year or date: a cloze of one, or a statement made false by one. A
 * true statement that holds a year asks nothing of it (the learner judges the sentence as the
 * text states it), so it does not count against the year share, as the quiz evaluation counts it.
 */
function testsYear(item: QuizItem, key: KeyFact | undefined): boolean {
  if (key?.type !== 'year' && key?.type !== 'date') return false;
  return !(item.kind === 'true-false' && item.answer);
}

interface Scored {
  readonly item: QuizItem;
  readonly score: number;
  readonly year: boolean;
}

function distinctStems(scored: readonly Scored[], drop: (item: QuizItem, reason: string) => void): Scored[] {
  const seen = new Set<string>();
  return scored.filter((entry) => {
    const stem = entry.item.stem.trim().toLowerCase();
    if (seen.has(stem)) {
      drop(entry.item, 'duplicate-stem');
      return false;
    }
    seen.add(stem);
    return true;
  });
}

/** Kinds that ask about one sentence: two of them on one sentence would answer each other. */
const ONE_SENTENCE_KINDS: ReadonlySet<string> = new Set(['choice', 'true-false']);

function oneBySentence(scored: readonly Scored[], drop: (item: QuizItem, reason: string) => void): Scored[] {
  const seen = new Set<string>();
  return scored.filter((entry) => {
    if (!ONE_SENTENCE_KINDS.has(entry.item.kind)) return true;
    const key = sourceKey(entry.item.source.line, entry.item.source.text);
    if (seen.has(key)) {
      drop(entry.item, 'same-sentence');
      return false;
    }
    seen.add(key);
    return true;
  });
}

function choose(ranked: readonly Scored[], minimum: number): { kept: Scored[]; left: { item: QuizItem; reason: string }[] } {
  // the best item of each kind first, then by score
  const firsts = new Set<Scored>();
  const kinds = new Set<string>();
  for (const entry of ranked) if (!kinds.has(entry.item.kind)) {
    kinds.add(entry.item.kind);
    firsts.add(entry);
  }
  const order = [...ranked.filter((entry) => firsts.has(entry)), ...ranked.filter((entry) => !firsts.has(entry))];
  const kept: Scored[] = [];
  // the salient first; the others only while the bank is short of the minimum
  // each kind's best counts as salient: a bank of one kind tests one skill
  const passed = fill(kept, order.filter((entry) => entry.score >= MIN_SCORE || firsts.has(entry)), MAX_ITEMS);
  const rest = order.filter((entry) => (entry.score < MIN_SCORE && !firsts.has(entry)) || passed.includes(entry));
  const unused = kept.length < minimum ? fill(kept, rest, minimum) : rest;
  const left = unused.map((entry) => ({ item: entry.item, reason: entry.year && kept.length < MAX_ITEMS ? 'year-share' : 'low-salience' }));
  return { kept, left };
}

/**
 * Adds entries in order while the bank has fewer than `limit`, keeping year and date keys at
 * most a share of it (one waits until enough other items stand beside it). Returns the rest.
 */
function fill(kept: Scored[], entries: readonly Scored[], limit: number): Scored[] {
  const years = () => kept.filter((entry) => entry.year).length;
  const fits = (entry: Scored) => !entry.year || YEAR_SHARE * (years() + 1) <= kept.length + 1;
  const waiting: Scored[] = [];
  const rest: Scored[] = [];
  const flush = () => {
    while (waiting.length > 0 && kept.length < limit && fits(waiting[0]!)) kept.push(waiting.shift()!);
  };
  for (const entry of entries) {
    if (kept.length >= limit) rest.push(entry);
    else if (!fits(entry)) waiting.push(entry);
    else {
      kept.push(entry);
      flush();
    }
  }
  flush();
  return [...waiting, ...rest];
}

/** What the learner reads: the stem, and the options of a choice. */
function shownText(item: QuizItem): string {
  if (item.kind === 'choice' || item.kind === 'multiple-response') return [item.stem, ...item.options.map((option) => option.text)].join(' ');
  if (item.kind === 'matching') return [item.stem, ...item.pairs.flatMap((pair) => [pair.left, pair.right])].join(' ');
  if (item.kind === 'ordering') return [item.stem, ...item.steps.map((step) => step.text)].join(' ');
  return item.stem;
}

function sourceKey(line: number, text: string): string {
  return `${line}\u0000${text}`;
}

function sourceSentences(text: CourseText, lesson: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const sentence of text.sentences) {
    if (sentence.lesson === lesson) found.set(sourceKey(sentence.line, sentence.sentence.clean), sentence.index);
  }
  return found;
}

export type { Language };
