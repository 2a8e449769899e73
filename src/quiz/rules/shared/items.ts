/** Builds items from checked drafts: stable ids, options in a fixed order, the source kept. */
import type { ChoiceItem, Option, TrueFalseItem } from '../../../model/quiz';
import { CLOZE_BLANK } from '../../bank/lint-item';
import type { Draft } from '../../checks/types';
import { isEntityKey, type Distractor, type KeyType } from '../../distractors/types';
import { choiceFeedback, trueFalseFeedback } from './feedback';
import { compareText, hash8, seededOrder } from './hash';

/** The short rule name in item ids. */
export const KEY_RULE_SHORT: Readonly<Record<KeyType, string>> = {
  year: 'year', date: 'date', amount: 'amount', percent: 'pct', organisation: 'org', place: 'place', person: 'person',
};

/** `<lesson>-<rule-short>-<hash8 of sentence + key>`: CMIIdentifier-safe, stable while the sentence and key are. */
export function itemId(lesson: string, short: string, statement: string, key: string): string {
  return `${lesson}-${short}-${hash8(`${statement}\u0000${key}`)}`;
}

/** Seeds the distractor choice of one item: the same sentence and key always get the same ones. */
export function seedOf(draft: Pick<Draft, 'statement' | 'key'>): string {
  return `${draft.statement.text}\u0000${draft.key.text}`;
}

export function stemOf(statement: string, start: number, end: number): string {
  return `${statement.slice(0, start)}${CLOZE_BLANK}${statement.slice(end)}`;
}

interface OptionSource {
  readonly text: string;
  readonly value?: number;
  readonly month?: number;
}

/**
 * Numbers ascending and dates in calendar order (how a learner scans them); names in the seed's
 * order, so the key's position carries no cue.
 */
function orderedOptions(draft: Draft, seed: string): OptionSource[] {
  const key: OptionSource = isEntityKey(draft.key)
    ? { text: draft.key.text }
    : { text: draft.key.text, value: draft.key.quantity.value, ...(draft.key.quantity.month ? { month: draft.key.quantity.month } : {}) };
  const all: OptionSource[] = [key, ...draft.distractors.map((distractor: Distractor) => ({ text: distractor.text, ...(distractor.value === undefined ? {} : { value: distractor.value }), ...(distractor.month === undefined ? {} : { month: distractor.month }) }))];
  if (all.every((option) => option.value !== undefined)) {
    return all.sort((a, b) => (a.month ?? 0) - (b.month ?? 0) || a.value! - b.value! || compareText(a.text, b.text));
  }
  return seededOrder(seed, all, (option) => option.text);
}

export function choiceItem(draft: Draft, rule: string, short: string): ChoiceItem {
  const { statement, key, language } = draft;
  const seed = seedOf(draft);
  const options: Option[] = orderedOptions(draft, seed).map((option, index) => ({ id: String.fromCharCode(97 + index), text: option.text }));
  const answer = options.find((option) => option.text === key.text)!.id;
  const sentence = statement.sentence;
  return {
    id: itemId(sentence.lesson, short, statement.text, key.text),
    kind: 'choice',
    status: 'draft',
    rule,
    stem: draft.stem,
    options,
    answer,
    feedback: choiceFeedback(key.text, statement.text, language),
    source: { lesson: sentence.lesson, line: sentence.line, text: sentence.sentence.clean },
    fingerprint: '',
  };
}

/** A true statement (the source) or a false one (the stem with a distractor in the blank). */
export function trueFalseItem(draft: Draft, rule: string, answer: boolean): TrueFalseItem {
  const swapped = draft.distractors[0];
  const falseStem = answer || !swapped ? undefined : draft.stem.replace(CLOZE_BLANK, swapped.text);
  return statementItem({ ...draft, keyText: draft.key.text }, rule, falseStem);
}

/** What a true/false item states: the sentence (after its context when it points back) and its fact. */
export interface StatementSource {
  readonly statement: Draft['statement'];
  readonly context?: Draft['context'];
  readonly language: Draft['language'];
  /** The fact a false statement changed (in the item id). */
  readonly keyText: string;
}

/**
 * The item of a statement: true when `falseStem` is absent (the sentence as the text says it,
 * after its context), false with `falseStem` (context included) as its stem.
 */
export function statementItem(source: StatementSource, rule: string, falseStem?: string): TrueFalseItem {
  const { statement, language } = source;
  const sentence = statement.sentence;
  const answer = falseStem === undefined;
  // a statement that points back is shown after the sentence it points to, as the text has it
  const before = (source.context ?? []).map((earlier) => `${earlier.text} `).join('');
  return {
    id: itemId(sentence.lesson, answer ? 'tf-true' : 'tf-false', statement.text, answer ? '' : source.keyText),
    kind: 'true-false',
    status: 'draft',
    rule,
    stem: falseStem ?? `${before}${statement.text}`,
    answer,
    feedback: trueFalseFeedback(answer, statement.text, language),
    source: { lesson: sentence.lesson, line: sentence.line, text: sentence.sentence.clean },
    fingerprint: '',
  };
}
