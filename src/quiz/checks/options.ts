/**
 * Check 6: the options are pairwise distinct (by text ignoring case, and by what they stand
 * for) and their lengths give nothing away: the key is not the one option far longer or far
 * shorter than all the others. Nor does the stem state the key elsewhere (a year range holding it,
 * or a context sentence naming it: "Х. Маккиндердің теориясы … осы ____ теориясы"), nor show it
 * inside another word ("Аралқұм" with "____ теңізі" blanked as Арал), nor spell out the acronym
 * blanked ("Мемлекетаралық су шаруашылығы үйлестіру комиссиясы (____)"): blind reviewers read the
 * answer off all three.
 */
import { isEntityKey } from '../distractors/types';
import { yearsOf } from '../text/course-text';
import type { Statement } from '../rules/shared/statement';
import { problem, type Draft, type Problem } from './types';

/** The key stands out when it is this much longer than the longest distractor (and shorter likewise). */
const LENGTH_RATIO = 1.6;
const LENGTH_MARGIN = 6;

export function checkOptions(draft: Draft): Problem[] {
  const found: Problem[] = [];
  const texts = [draft.key.text, ...draft.distractors.map((distractor) => distractor.text)];
  const identities = [draft.key.identity, ...draft.distractors.map((distractor) => distractor.identity)];
  if (new Set(texts.map((text) => text.toLowerCase())).size !== texts.length) found.push(problem('options-give-away', `two options read the same: ${texts.join(' | ')}`));
  if (new Set(identities).size !== identities.length) found.push(problem('options-give-away', `two options stand for the same thing: ${identities.join(' | ')}`));
  const others = draft.distractors.map((distractor) => [...distractor.text].length);
  const key = [...draft.key.text].length;
  if (others.length > 0) {
    const longest = Math.max(...others);
    const shortest = Math.min(...others);
    if (key > longest * LENGTH_RATIO && key - longest >= LENGTH_MARGIN) found.push(problem('options-give-away', `the key (${key} characters) is far longer than every distractor (≤ ${longest})`));
    if (key * LENGTH_RATIO < shortest && shortest - key >= LENGTH_MARGIN) found.push(problem('options-give-away', `the key (${key} characters) is far shorter than every distractor (≥ ${shortest})`));
  }
  if (keyInStem(draft)) found.push(problem('options-give-away', `the stem already states the key (${draft.key.identity}) elsewhere`));
  const word = isEntityKey(draft.key) ? nameInWord(draft.key.name, draft.stem) : undefined;
  if (word) found.push(problem('options-give-away', `the stem shows the key's name inside «${word}»`));
  if (isEntityKey(draft.key) && acronymSpelledOut(draft.key.name, draft.stem)) found.push(problem('options-give-away', `the stem spells out the acronym ${draft.key.name} in full`));
  return found;
}

/** Shortest name the check reads inside other words: shorter ones hide in too many ("Ил", "Аму"). */
const MIN_NAME_LETTERS = 4;

/** A word of the stem (outside the blank) that holds the key's one-word name ("Аралқұм", "Аралды"). */
function nameInWord(name: string, stem: string): string | undefined {
  if (/\s/u.test(name) || [...name].length < MIN_NAME_LETTERS || /^\p{Lu}+$/u.test(name)) return undefined;
  const lower = name.toLowerCase();
  return (stem.match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).find((word) => word.toLowerCase().includes(lower));
}

/** The acronym's letters are the first letters of consecutive words of the stem. */
function acronymSpelledOut(name: string, stem: string): boolean {
  const letters = [...name].filter((char) => /\p{Lu}/u.test(char));
  if (letters.length < 3 || letters.length !== [...name].filter((char) => /\p{L}/u.test(char)).length) return false;
  const initials = (stem.match(/\p{L}+/gu) ?? []).map((word) => [...word][0]!.toUpperCase()).join('');
  return initials.includes(letters.join(''));
}

/** "____ жылғы … келісімшарты 1994 -2000 жылдар аралығында": the answer is read off the stem. */
function keyInStem(draft: Draft): boolean {
  const { key, statement } = draft;
  const outside = (start: number, end: number) => end <= key.start || start >= key.end;
  const statesKey = (said: Statement, everywhere: boolean): boolean => {
    const elsewhere = (start: number, end: number) => everywhere || outside(start, end);
    if (isEntityKey(key)) return said.entities.some((mention) => mention.entityId === key.identity && elsewhere(mention.start, mention.end));
    const value = key.quantity.value;
    return said.quantities.some((quantity) => elsewhere(quantity.start, quantity.end)
      && (key.type === 'year' ? yearsOf(quantity).includes(value) : quantity.kind === key.quantity.kind && (quantity.value === value || quantity.valueTo === value)));
  };
  // the context sentences are read before the blank: any mention there gives the answer
  return statesKey(statement, false) || (draft.context ?? []).some((before) => statesKey(before, true));
}
