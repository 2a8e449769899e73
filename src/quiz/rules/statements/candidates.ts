/**
 * The sentences a statements item may use: true options are clean sentences of the lesson as the
 * text states them; false options are sentences with one fact swapped for a distractor that
 * passes the same checks as true-false-swap's (check 4 against the whole course, case
 * agreement). A true option never comes from a sentence another rule of the lesson made an item
 * from (one item per sentence). On this course the cloze and true/false rules take every
 * sentence with a checkable swap, so a false option may reuse one, least overlap first: a free
 * sentence, then one a cloze took (the cloze tests the same fact; our option shows a distractor
 * it also offers), then one true-false-swap made a false item of, only when our statement is
 * that item's statement word for word (the same judgement asked twice). Never a sentence
 * true-false-swap states as true: the two items would contradict each other, a give-away.
 */
import type { Language } from '../../../model/course';
import { sentenceProblems } from '../../checks';
import type { KeyType } from '../../distractors/types';
import type { CourseSentence } from '../../text/types';
import { CLOZE_BLANK } from '../../bank/lint-item';
import { CLOZE_RULES, SWAPPABLE } from '../cloze/rule';
import type { QuizRuleContext } from '../registry';
import { draftFrom } from '../shared/drafts';
import { lessonSentences, statedText } from '../shared/statement';
import { trueFalseRule } from '../true-false';
import type { Swap } from './phrases';
import { courseSpelling, suspectWords, type SpellingModel } from '../../salience/spelling';

/** Long enough to state something, short enough to read five of them. */
export const MIN_WORDS = 6;
export const MAX_WORDS = 30;

/** Names need the case layer (Kazakh only); numbers swap in any language. */
const NEUTRAL: ReadonlySet<KeyType> = new Set(['year', 'percent', 'amount']);

export interface TrueCandidate {
  readonly sentence: CourseSentence;
  /** As the option shows it (citation marks removed, acronym endings joined). */
  readonly text: string;
}

export interface FalseCandidate {
  readonly sentence: CourseSentence;
  readonly text: string;
  readonly swap: Swap;
  /** 0: no other item uses the sentence; 1: a cloze does; 2: a false true/false item states the same. */
  readonly reuse: 0 | 1 | 2;
}

export interface SentenceDrop {
  readonly sentence: CourseSentence;
  readonly reason: string;
}

export interface LessonCandidates {
  readonly trues: readonly TrueCandidate[];
  readonly falses: readonly FalseCandidate[];
  readonly dropped: readonly SentenceDrop[];
}

/** Sources of the items the sentence rules make in the lesson (see the note above on reuse). */
export interface TakenSentences {
  readonly any: ReadonlySet<string>;
  /** Sentences true-false-swap makes an item of: the statement of a false one, undefined for a true one. */
  readonly byTrueFalse: ReadonlyMap<string, string | undefined>;
}

export const NOTHING_TAKEN: TakenSentences = { any: new Set(), byTrueFalse: new Map() };

export function takenSentences(context: QuizRuleContext): TakenSentences {
  const any = new Set<string>();
  const byTrueFalse = new Map<string, string | undefined>();
  for (const rule of [...CLOZE_RULES, trueFalseRule]) {
    if (rule.languages !== 'all' && !rule.languages.includes(context.text.language)) continue;
    for (const item of rule.generate(context).items) {
      const key = sourceKey(item.source.line, item.source.text);
      any.add(key);
      if (item.kind === 'true-false') byTrueFalse.set(key, item.answer ? undefined : item.stem);
    }
  }
  return { any, byTrueFalse };
}

export function sourceKey(line: number, clean: string): string {
  return `${line}\u0000${clean}`;
}

/** A statement that can stand alone: clean, not pointing back, of a readable length. */
export function unfitReason(sentence: CourseSentence, language: Language, spelling?: SpellingModel): string | undefined {
  const problems = sentenceProblems(sentence.sentence, language);
  if (problems.length > 0) return `stem-${problems[0]}`;
  // "… оркестрі құрылды. Оркестр …": which orchestra, the option alone does not say
  if (sentence.echo !== undefined) return 'stem-pointing-noun';
  // an option with a word the text misspells elsewhere is the one a careful reader doubts
  if (spelling && suspectWords(sentence.sentence.clean, spelling).length > 0) return 'ill-formed';
  if (sentence.sentence.words < MIN_WORDS) return 'stem-too-short';
  if (sentence.sentence.words > MAX_WORDS) return 'statement-too-long';
  return undefined;
}

export function lessonCandidates(context: QuizRuleContext, taken: TakenSentences): LessonCandidates {
  const language = context.text.language;
  const types = SWAPPABLE.filter((type) => language === 'kk' || NEUTRAL.has(type));
  const trues: TrueCandidate[] = [];
  const falses: FalseCandidate[] = [];
  const dropped: SentenceDrop[] = [];
  for (const sentence of lessonSentences(context.text.sentences, context.lesson.id)) {
    const key = sourceKey(sentence.line, sentence.sentence.clean);
    // unfit sentences are counted by the other rules already: only swaps refused are reported here
    if (unfitReason(sentence, language, courseSpelling(context.text))) continue;
    const statedFalse = taken.byTrueFalse.get(key);
    if (taken.byTrueFalse.has(key) && statedFalse === undefined) continue;
    const swapped = falseStatementOf(sentence, types, context);
    if (typeof swapped === 'string') {
      if (swapped !== 'none') dropped.push({ sentence, reason: swapped });
    } else if (statedFalse === undefined) falses.push({ ...swapped, reuse: taken.any.has(key) ? 1 : 0 });
    else if (statedFalse === swapped.text) falses.push({ ...swapped, reuse: 2 });
    if (taken.any.has(key) || !canBeTrueOption(sentence)) continue;
    trues.push({ sentence, text: statedText(sentence.sentence, language) });
  }
  return { trues, falses, dropped };
}

/** Facts of the kinds a false option has swapped: a year, a date, a figure, an organisation, a person. */
const FACT_QUANTITIES: ReadonlySet<string> = new Set(['year', 'date', 'percent', 'amount']);
const FACT_ENTITIES: ReadonlySet<string> = new Set(['organisation', 'person']);

/** Points ahead ("мына екі ұйым": these two, which follow) or names no one: not a statement alone. */
const POINTS_AHEAD = /(?<![\p{L}])(?:аталмыш\p{L}*|бұлар\p{L}*|былай|мына|мынадай|келесі|төмендегі|following|these|следующ\p{L}*)(?![\p{L}])/iu;

/**
 * A true option states a checkable fact as the false ones do: else the learner could pick the
 * statements without a year or name and be right. A sentence that opens with a linking word
 * ("Сонымен қатар, …") often leaves its subject in the sentence before: not used either.
 */
export function canBeTrueOption(sentence: CourseSentence): boolean {
  const factual = sentence.quantities.some((found) => FACT_QUANTITIES.has(found.kind)) || sentence.entities.some((found) => FACT_ENTITIES.has(found.type));
  return factual && sentence.sentence.opener === undefined && !POINTS_AHEAD.test(sentence.sentence.clean);
}

/**
 * The sentence with its first swappable fact replaced by one distractor that passes every check
 * (the draft cache of true-false-swap, so both rules judge a swap alike); or why it has none.
 */
export function falseStatementOf(sentence: CourseSentence, types: readonly KeyType[], context: QuizRuleContext): Omit<FalseCandidate, 'reuse'> | string {
  let reason = 'none';
  for (const type of types) {
    const result = draftFrom(sentence, type, context.text, 1);
    if (result.kind === 'draft') {
      const swapped = result.draft.distractors[0]!;
      const text = result.draft.stem.replace(CLOZE_BLANK, swapped.text);
      return { sentence, text, swap: { original: result.draft.key.text, swapped: swapped.text } };
    }
    if (result.kind === 'dropped' && reason === 'none') reason = result.reason;
  }
  return reason;
}
