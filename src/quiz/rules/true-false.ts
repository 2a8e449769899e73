/**
 * true-false-swap: statements of the lesson to judge. A false one is a sentence with one fact
 * swapped for a distractor that passes every check (so it is false according to the whole
 * text, not only its own sentence) or, when no fact of it can be swapped, with the part of a
 * country it names turned the other way (turnedDraft); a true one is a sentence as the text
 * states it (a long one by its first clause, src/quiz/text/clauses.ts). A sentence
 * that points back ("Оркестр …" after the sentence naming the orchestra) is shown after the
 * sentence it points to, as a cloze is (drafts.ts, contextOf). Each
 * sentence gives one or the other, never both, and the lesson's items alternate so that true
 * and false stay balanced (at most one more of either). One sentence in three that could be a
 * cloze is left to this rule (see reservedForTrueFalse).
 */
import type { QuizItem } from '../../model/quiz';
import type { KeyType } from '../distractors/types';
import type { CourseSentence, CourseText } from '../text/types';
import type { DroppedCandidate, QuizRule, QuizRuleContext, RuleOutput } from './registry';
import { draftFrom, stemFit, type DraftResult } from './shared/drafts';
import { SIDE_DATE } from '../salience/side-dates';
import { statementItem, trueFalseItem, type StatementSource } from './shared/items';
import { lessonSentences, statementOf } from './shared/statement';
import { compassWordsIn, namesCompass, tiedToCountry } from '../text/compass';
import { keyFactOf, reservedForTrueFalse, SWAPPABLE, takenByEarlierCloze } from './cloze/rule';
import { OPEN_ENDED } from './cloze/keys';
import type { KeyFact } from '../salience/trivia';

export const TRUE_FALSE_RULE = 'true-false-swap';

/*
 * Facts a swap can change (SWAPPABLE), surest first. Names need the case layer (kk, ru; English has none).
 * Places are left out: a sentence with another country in it is too often still true of that
 * country (the reviewer could not tell from the text in 3 of 4 such items). Figures (percentages,
 * amounts) are left out too: a statement made false by "5 million ounces" for "about 3" tests a
 * figure, which blind reviewers rejected as trivia every time (docs/quiz-quality.md).
 */
const NEUTRAL: ReadonlySet<KeyType> = new Set(['year']);
/** Never swapped (see above). */
const FIGURES: ReadonlySet<KeyType> = new Set(['percent', 'amount']);
/** Names, which the Russian case layer (src/text/ru) and English (no case) can swap too. */
const SWAPPABLE_NAMES: ReadonlySet<KeyType> = new Set(['organisation', 'person']);

export const trueFalseRule: QuizRule = {
  id: TRUE_FALSE_RULE,
  kinds: ['true-false'],
  languages: 'all',
  generate: trueFalseItems,
};

function trueFalseItems(context: QuizRuleContext): RuleOutput {
  const items: QuizItem[] = [];
  const dropped: DroppedCandidate[] = [];
  const types = SWAPPABLE.filter((type) => !FIGURES.has(type) && (context.text.language === 'kk' || NEUTRAL.has(type) || SWAPPABLE_NAMES.has(type)));
  const keys = new Map<string, KeyFact>();
  let trues = 0;
  let falses = 0;
  for (const sentence of lessonSentences(context.text.sentences, context.lesson.id)) {
    // a sentence that makes a cloze (other than a year's) is left to it: the two items would answer
    // each other; beside a year cloze selection keeps one of the two
    if (!reservedForTrueFalse(sentence, context.text) && takenByEarlierCloze(sentence, undefined, context.text)) continue;
    const drop = (reason: string) => dropped.push({ rule: TRUE_FALSE_RULE, reason, sentence: sentence.sentence.clean, line: sentence.line });
    const result = swapDraft(sentence, types, context);
    const swap = result.kind === 'draft' ? result.draft : undefined;
    // a sentence no fact of which can be swapped may still say in which part of a country something lies
    const turned = swap ? undefined : turnedDraft(sentence, context.text);
    const turn = turned?.kind === 'draft' ? turned.draft : undefined;
    if (!swap && !turn) {
      if (result.kind === 'none' && turned?.kind !== 'dropped') continue;
      // a fact no swap makes surely false (no checked distractor, a year with one end of a span) or
      // only on a side date still makes a true statement
      const reason = result.kind === 'dropped' ? result.reason : turned?.kind === 'dropped' ? turned.reason : 'no-fact';
      if (result.kind !== 'dropped' || (!result.reason.startsWith('too-few-distractors') && result.reason !== `key-${OPEN_ENDED}` && result.reason !== `key-${SIDE_DATE}`)) {
        drop(reason);
        continue;
      }
    }
    const wantFalse = falses <= trues;
    if (wantFalse && (swap || turn)) {
      const item = swap ? trueFalseItem(swap, TRUE_FALSE_RULE, false) : statementItem(turn!, TRUE_FALSE_RULE, turn!.falseStem);
      items.push(item);
      keys.set(item.id, swap ? keyFactOf(swap) : OPPOSITE_FACT);
      falses += 1;
    } else if (!wantFalse || trues < falses + 1) {
      // a true statement needs no distractor, but still a sentence with a checkable fact
      const truth = swap ?? trueDraft(sentence, types, context);
      if (!truth && !turn) {
        drop('no-fact');
        continue;
      }
      const item = truth ? trueFalseItem(truth, TRUE_FALSE_RULE, true) : statementItem(turn!, TRUE_FALSE_RULE);
      items.push(item);
      keys.set(item.id, truth ? keyFactOf(truth) : OPPOSITE_FACT);
      trues += 1;
    } else {
      drop('balance');
    }
  }
  return { items, dropped, keys };
}

/** The first fact of the sentence that can be swapped for one checked distractor. */
function swapDraft(sentence: CourseSentence, types: readonly KeyType[], context: QuizRuleContext): DraftResult {
  let first: DraftResult = { kind: 'none' };
  for (const type of types) {
    const result = draftFrom(sentence, type, context.text, 1, true);
    if (result.kind === 'draft') return result;
    if (first.kind === 'none') first = result;
  }
  return first;
}

/** A true statement from a sentence whose facts could not be swapped: any key of it will do. */
function trueDraft(sentence: CourseSentence, types: readonly KeyType[], context: QuizRuleContext) {
  for (const type of types) {
    const result = draftFrom(sentence, type, context.text, 0, true);
    if (result.kind === 'draft') return result.draft;
  }
  return undefined;
}

/** A statement turned the other way: its source, and the stem that says the opposite. */
interface TurnedDraft extends StatementSource {
  readonly falseStem: string;
}

type TurnedResult = { readonly kind: 'draft'; readonly draft: TurnedDraft } | { readonly kind: 'dropped'; readonly reason: string } | { readonly kind: 'none' };

/** What a turned statement asks: which part of a country, not a catalogued fact (no year share, no key trivia). */
const OPPOSITE_FACT: KeyFact = { type: 'opposite' };

/**
 * The sentence with the part of a country it names turned the other way ("Қазақстанның
 * шығысында" → "батысында", "in northern Turkmenistan" → "southern"; src/quiz/text/compass.ts).
 * Refused when the sentence names another direction too, or the sentences beside it (its
 * context, the one before and the one after in its paragraph) name any: "from north to south",
 * a paragraph comparing the two ends of a country, where the turned statement may be what the
 * text says of something else.
 */
function turnedDraft(sentence: CourseSentence, text: CourseText): TurnedResult {
  const language = text.language;
  const statement = statementOf(sentence, language, text.catalogue);
  const countries = statement.entities.filter((mention) => mention.type === 'country');
  const found = compassWordsIn(statement.text, language).filter((word) => tiedToCountry(statement.text, word.start, word.end, countries, language));
  if (found.length === 0) return { kind: 'none' };
  const fit = stemFit(sentence, text, true);
  if (typeof fit === 'string') return { kind: 'dropped', reason: fit };
  const opposite = found[0]!;
  if (namesCompass(`${statement.text.slice(0, opposite.start)} ${statement.text.slice(opposite.end)}`, language)) return { kind: 'dropped', reason: 'key-both-ways' };
  const beside = [text.sentences[sentence.index - 1], text.sentences[sentence.index + 1]]
    .filter((other): other is CourseSentence => other !== undefined && other.lesson === sentence.lesson && other.line === sentence.line)
    .map((other) => other.sentence.clean);
  if ([...(fit ?? []).map((before) => before.text), ...beside].some((other) => namesCompass(other, language))) return { kind: 'dropped', reason: 'key-both-ways-nearby' };
  const before = (fit ?? []).map((earlier) => `${earlier.text} `).join('');
  const falseStem = `${before}${statement.text.slice(0, opposite.start)}${opposite.swapped}${statement.text.slice(opposite.end)}`;
  return { kind: 'draft', draft: { statement, ...(fit ? { context: fit } : {}), language, keyText: opposite.text, falseStem } };
}
