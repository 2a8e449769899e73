/**
 * Check 6: the options are pairwise distinct (by text ignoring case, and by what they stand
 * for) and their lengths give nothing away: the key is not the one option far longer or far
 * shorter than all the others. Nor does the stem state the key elsewhere (a year range holding it,
 * or a context sentence naming it: "Х. Маккиндердің теориясы … осы ____ теориясы"), nor show it
 * inside another word ("Аралқұм" with "____ теңізі" blanked as Арал), nor spell out the acronym
 * blanked ("Мемлекетаралық су шаруашылығы үйлестіру комиссиясы (____)"), nor blank a country
 * beside one of its cities ("рост Ташкента" with "в ____") or a president beside his country
 * among other countries' presidents: blind reviewers read the answer off all of them.
 */
import { isEntityKey } from '../distractors/types';
import { yearsOf } from '../text/course-text';
import { peopleRoot } from '../text/entities/types';
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
  const word = isEntityKey(draft.key) ? nameInWord(draft.key.name, draft.stem) : undefined;
  if (word) found.push(problem('options-give-away', `the stem shows the key's name inside «${word}»`));
  if (isEntityKey(draft.key) && acronymSpelledOut(draft.key.name, draft.stem)) found.push(problem('options-give-away', `the stem spells out the acronym ${draft.key.name} in full`));
  const country = countryGivesAway(draft);
  if (country) found.push(problem('options-give-away', country));
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

/** Shortest name the check reads inside other words: shorter ones hide in too many ("Ил", "Аму"). */
const MIN_NAME_LETTERS = 4;

/**
 * A word of the stem that holds the key's one-word name ("Аралқұм", "Аралды" for Арал, also when
 * the key is written with its head noun, "Арал теңізі"), or for a "-stan" country the name of its
 * people ("кыргызско-…", "Kyrgyz", "қырғыз"). The blank itself is no word of the stem.
 */
function nameInWord(name: string, stem: string): string | undefined {
  const words = name.split(/\s+/u);
  const proper = words.length > 1 && /^\p{Ll}/u.test(words[words.length - 1]!) ? words.slice(0, -1) : words;
  if (proper.length !== 1 || [...proper[0]!].length < MIN_NAME_LETTERS || /^\p{Lu}+$/u.test(proper[0]!)) return undefined;
  const lower = proper[0]!.toLowerCase();
  // a "-stan" name's people or adjective tells it too: "кыргызско-казахстанской границе" for Кыргызстан, "Kyrgyz" for Kyrgyzstan
  const root = peopleRoot(lower);
  const stemWords = stem.match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
  return stemWords.find((word) => word.toLowerCase().includes(lower))
    ?? (root ? stemWords.find((word) => word.toLowerCase().startsWith(root) || word.toLowerCase().includes(`-${root}`)) : undefined);
}

/**
 * The acronym's letters are the first letters of consecutive words of the stem, where a small
 * word (four letters at most) may give a letter or be skipped, and a word may give its first two or
three letters ("International Council on Monuments and Sites" → ICOMOS,
 * "Шанхай ынтымақтастық ұйымы" → ШЫҰ) and a capitalised word may not be skipped.
 */
function acronymSpelledOut(name: string, stem: string): boolean {
  const letters = [...name].filter((char) => /\p{Lu}/u.test(char));
  if (letters.length < 3 || letters.length !== [...name].filter((char) => /\p{L}/u.test(char)).length) return false;
  const words = stem.match(/\p{L}+/gu) ?? [];
  return words.some((_, start) => spells(letters, words, start));
}

/** Words this short may be left out of an acronym ("of", "and", "the", "мен"); longer ones give their letter. */
const MAX_SKIPPED_LETTERS = 4;

function spells(letters: readonly string[], words: readonly string[], start: number): boolean {
  const from = (word: number, letter: number): boolean => {
    if (letter === letters.length) return true;
    if (word >= words.length) return false;
    const chars = [...words[word]!.toUpperCase()];
    // a word gives its first letter, or its first two or three ("MOnuments" in ICOMOS)
    for (let take = 1; take <= Math.min(3, chars.length, letters.length - letter); take += 1) {
      if (chars.slice(0, take).join('') !== letters.slice(letter, letter + take).join('')) break;
      if (from(word + 1, letter + take)) return true;
    }
    const skippable = word !== start && /^\p{Ll}/u.test(words[word]!) && chars.length <= MAX_SKIPPED_LETTERS;
    return skippable && from(word + 1, letter);
  };
  return from(start, 0);
}

/**
 * "Прописка сдерживала рост Ташкента, ____ …": a country blanked beside one of its cities, provinces,
 * lakes or rivers (gazetteer places with one country: "Ыстықкөл облысында") is read off that place; "Өзбекстанның жаңа президенті ____" with the presidents of other countries as
 * options, or "In Uzbekistan, ____" with cities of Kazakhstan, is read off the country (at least
 * two options must then be of the same country).
 */
function countryGivesAway(draft: Draft): string | undefined {
  if (!isEntityKey(draft.key)) return undefined;
  const key = draft.key;
  const said = [draft.statement, ...(draft.context ?? [])].flatMap((statement) => statement.entities);
  if (key.entity.type === 'country') {
    const city = said.find((mention) => mention.entity?.country === key.identity);
    return city ? `the stem names ${city.surface}, a place in the key's country` : undefined;
  }
  // a city or a head of state: its country named in the stem leaves only options of that country plausible
  const country = key.entity.country;
  if (!country) return undefined;
  // the key itself is of its country: look past it ("the ____ of Uzbekistan" for the Navoi region)
  const named = said.find((mention) => mention.entityId !== key.identity && (mention.entityId === country || mention.entity?.country === country));
  const alike = draft.distractors.filter((distractor) => distractor.entity?.country === country).length;
  return named && alike < Math.min(2, draft.distractors.length) ? `the stem names ${named.stem}, the key's country, and the other options are of other countries` : undefined;
}

/**
 * "____ жылғы … келісімшарты 1994 -2000 жылдар аралығында": the answer is read off the stem (or
 * off a context sentence). For a false statement the same: its swapped fact is contradicted by
 * the key stated beside it.
 */
export function keyInStem(draft: Draft): boolean {
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
