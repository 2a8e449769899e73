/**
 * The single-choice cloze rules, one per key type (cloze-year … cloze-person): each usable
 * sentence of the lesson that states a fact of the type gives at most one item, the fact blanked
 * (`____`) and offered with three distractors of its type and, in Kazakh, its case.
 *
 * A sentence that points back (Бұл, Осы ұйым …) is shown after the sentence before it in its
 * paragraph, when that one is clean itself and the two stay under 60 words, or after the two
 * before it when the one right before points back too (see `contextOf` in shared/drafts.ts);
 * otherwise skipped.
 * Sentences that only open with a linking word (Ал, Сонымен қатар) are kept as they are. A
 * true/false statement never takes context: the learner must judge one sentence.
 * In Kazakh an entity's whole inflected form is blanked and every option carries the key's case
 * ("ШЫҰ-ның" / "ЕО-ның"), which reads naturally whatever the stem; a number is blanked alone,
 * its "жылы" or "млрд. доллар" staying in the stem.
 */
import type { QuizItem } from '../../../model/quiz';
import { isEntityKey, type KeyType } from '../../distractors/types';
import type { Draft } from '../../checks/types';
import type { KeyFact } from '../../salience/trivia';
import type { CourseSentence, CourseText } from '../../text/types';
import type { DroppedCandidate, QuizRule, QuizRuleContext, RuleOutput } from '../registry';
import { draftFrom, type DraftResult } from '../shared/drafts';
import { choiceItem, KEY_RULE_SHORT } from '../shared/items';
import { lessonSentences } from '../shared/statement';
import { hash8 } from '../shared/hash';

/** Dates and names change form with their case: the rule needs the language's case layer (src/text/kk, src/text/ru). */
const LANGUAGES: Readonly<Record<KeyType, QuizRule['languages']>> = {
  year: 'all', amount: 'all', percent: 'all', date: ['kk'], organisation: 'all', place: 'all', person: 'all',
};

export function clozeRule(type: KeyType): QuizRule {
  const id = `cloze-${type}`;
  return {
    id,
    kinds: ['choice'],
    languages: LANGUAGES[type],
    generate: (context: QuizRuleContext): RuleOutput => clozeItems(context, type, id),
  };
}

/**
 * One item per sentence: a sentence that gives a cloze of an earlier type here gives no other
 * (two items on one sentence answer each other). Names come last: they are everywhere.
 */
export const CLOZE_PRIORITY: readonly KeyType[] = ['year', 'date', 'amount', 'percent', 'organisation', 'person', 'place'];

/**
 * Cloze types with no rule registered, whose sentences go to the other rules: blind reviews
 * accepted 3 of 49 person clozes and 3 of 37 organisation clozes over rounds 1–11, none of 6 in
 * round 12 (an acronym blanked after a title only one option has, "Генеральный секретарь ____";
 * a minister of another country for a US official; docs/quiz-quality.md). Place clozes too:
 * 131 of 596 accepted on new texts over rounds 1–21 (22%) and 4 of 206 on the course, and only 1
 * of 17 once narrowed to countries and waters (rounds 21–22: a capital, Moscow, Geneva and London
 * for where troops landed in Afghanistan; the Syr Darya among a text's brooks), against 59% for
 * the true/false statements of the same sheets. A figure's cloze is off too (registry.ts), but
 * its sentence stays taken: a figure is trivia, whatever asks it.
 */
export const CLOZE_OFF_FREEING: ReadonlySet<KeyType> = new Set(['organisation', 'person', 'place']);

/**
 * Whether a cloze of a type before `type` is made from the sentence. A year or date cloze does
 * not take its sentence: the next rules may offer theirs too, and selection keeps one item per
 * sentence, so that a year the bank's year share leaves out (at most a third) does not take its
 * sentence's other item with it (English "In 1991 the …" read as a year cost the tuning texts a
 * third of their items before this).
 */
export function takenByEarlierCloze(sentence: CourseSentence, type: KeyType | undefined, text: CourseText): boolean {
  const earlier = (type === undefined ? CLOZE_PRIORITY : CLOZE_PRIORITY.slice(0, CLOZE_PRIORITY.indexOf(type)))
    .filter((other) => other !== 'year' && other !== 'date' && !CLOZE_OFF_FREEING.has(other));
  return earlier.some((other) => (LANGUAGES[other] === 'all' || LANGUAGES[other].includes(text.language)) && clozeDraft(sentence, other, text).kind === 'draft');
}

/**
 * The places the (unregistered) place cloze asks: countries and rivers, lakes and seas. Over every blind review to round
 * 20, place clozes on new texts were accepted for a country 31 of 102 times and for a water 18 of
 * 51, for a city 24 of 131, for a region 0 of 28 and for other places 5 of 40, on the course 4 of
 * 206 (docs/quiz-quality.md): the few cities or regions a text names make poor options for one
 * another (a city for a road, a region for a city). The sentence of a place not asked goes to the
 * other rules.
 */
const ASKED_PLACES: ReadonlySet<string> = new Set(['country', 'water']);

/** The cloze of the type the sentence gives, with three distractors and its context if it points back. */
function clozeDraft(sentence: CourseSentence, type: KeyType, text: CourseText): DraftResult {
  const result = draftFrom(sentence, type, text, 3, true);
  if (result.kind === 'draft' && isEntityKey(result.draft.key) && type === 'place' && !ASKED_PLACES.has(result.draft.key.entity.type)) return { kind: 'dropped', reason: 'key-place-not-asked' };
  return result;
}

/** Facts a true/false swap may change (places are left out: see true-false.ts). */
export const SWAPPABLE: readonly KeyType[] = ['year', 'date', 'percent', 'amount', 'organisation', 'person'];

/** One sentence in this many that could be a cloze is left to true-false-swap, so a quiz mixes both. */
const TRUE_FALSE_SHARE = 3;

/**
 * Whether the sentence goes to true-false-swap rather than a cloze: chosen by a hash of the
 * sentence (stable when other sentences change), among sentences with a fact it can swap.
 */
export function reservedForTrueFalse(sentence: CourseSentence, text: CourseText): boolean {
  if (parseInt(hash8(sentence.sentence.clean), 16) % TRUE_FALSE_SHARE !== 0) return false;
  return SWAPPABLE.some((type) => (LANGUAGES[type] === 'all' || LANGUAGES[type].includes(text.language)) && draftFrom(sentence, type, text, 1).kind === 'draft');
}

function clozeItems(context: QuizRuleContext, type: KeyType, rule: string): RuleOutput {
  const items: QuizItem[] = [];
  const dropped: DroppedCandidate[] = [];
  const keys = new Map<string, KeyFact>();
  for (const sentence of lessonSentences(context.text.sentences, context.lesson.id)) {
    if (reservedForTrueFalse(sentence, context.text) || takenByEarlierCloze(sentence, type, context.text)) continue;
    const result = clozeDraft(sentence, type, context.text);
    if (result.kind === 'draft') {
      const item = choiceItem(result.draft, rule, KEY_RULE_SHORT[type]);
      items.push(item);
      keys.set(item.id, keyFactOf(result.draft));
    }
    if (result.kind === 'dropped') dropped.push({ rule, reason: result.reason, sentence: sentence.sentence.clean, line: sentence.line });
  }
  return { items, dropped, keys };
}

/** What the draft blanks: its type, and the number as written for a quantity. */
export function keyFactOf(draft: Draft): KeyFact {
  const key = draft.key;
  return isEntityKey(key) ? { type: key.type } : { type: key.type, numberText: key.quantity.numberText };
}

export const CLOZE_RULES: readonly QuizRule[] = CLOZE_PRIORITY.map(clozeRule);

