/**
 * Check 6: the options are pairwise distinct (by text ignoring case, and by what they stand
 * for) and their lengths give nothing away: the key is not the one option far longer or far
 * shorter than all the others. Nor does the stem state the key elsewhere (a year range holding it,
 * or a context sentence naming it: "Х. Маккиндердің теориясы … осы ____ теориясы").
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
  found.push(...lengthGivesAway(draft.key.text, draft.distractors.map((distractor) => distractor.text)));
  if (keyInStem(draft)) found.push(problem('options-give-away', `the stem already states the key (${draft.key.identity}) elsewhere`));
  return found;
}

/** The key stands out by its length among the options (also run on reviewed items by the studio). */
export function lengthGivesAway(keyText: string, distractorTexts: readonly string[]): Problem[] {
  const found: Problem[] = [];
  const others = distractorTexts.map((text) => [...text].length);
  const key = [...keyText].length;
  if (others.length > 0) {
    const longest = Math.max(...others);
    const shortest = Math.min(...others);
    if (key > longest * LENGTH_RATIO && key - longest >= LENGTH_MARGIN) found.push(problem('options-give-away', `the key (${key} characters) is far longer than every distractor (≤ ${longest})`));
    if (key * LENGTH_RATIO < shortest && shortest - key >= LENGTH_MARGIN) found.push(problem('options-give-away', `the key (${key} characters) is far shorter than every distractor (≥ ${shortest})`));
  }
  return found;
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
