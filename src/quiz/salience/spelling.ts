/**
 * Well-formedness from the course text itself: a word written once while a word one letter away
 * is written often ("мемлекттің" beside "мемлекеттің" ×40, "Өзбестан" beside "Өзбекстан") is a
 * misspelling, and a long word that is two frequent words run together ("сенатыдепутаттары") is a
 * glued pair. A stem showing such words is what a reviewer rejects as "ungrammatical source copied".
 *
 * With the language's Hunspell dictionary installed (src/text/spelling/hunspell.ts) a word the
 * dictionary knows is never a misspelling (the text alone took "тарайды" for a slip of "тарау"),
 * and a word it does not know is one even when the text repeats it, if it is one letter inside
 * the word from a word the dictionary knows that the text writes at least three times as often
 * ("теорриториялық" ×3 beside "территориялық" ×21). Without it, only words written once are judged.
 *
 * Inflection is not a typo: a difference in the last letters of a word is an ending
 * ("мемлекеттерге" / "мемлекеттерде"), so the letter that differs must lie before them.
 */
import type { Language } from '../../model/course';
import { unknownWords } from '../../text/spelling/hunspell';

/** Without a dictionary, a word seen at most this often may be a misspelling… */
const RARE = 1;
/** …of a word seen at least this often, and this many times more often. */
const FREQUENT = 3;
const RATIO = 3;
/** Shorter words differ by one letter legitimately (жыл/жол, год/гол). */
const MIN_LETTERS = 5;
/** Letters at a word's end that are its ending: a difference there is inflection. */
const ENDING_LETTERS = 3;
/** A short word this many times rarer than a word one letter away is its typo even at its end ("жылыл" / "жылы"). */
const SHORT_WORD = 7;
const SHORT_RATIO = 20;
/** A glued pair: both halves at least this long and frequent. */
const MIN_PART = 4;

export interface SpellingModel {
  /** Suspected misspellings and glued pairs (lower case) in the course. */
  readonly suspects: ReadonlySet<string>;
}

export function wordsOf(text: string): string[] {
  return text.match(/\p{L}+/gu) ?? [];
}

/** Reads every word of the course once; with `language`, its Hunspell dictionary confirms (when installed). */
export function spellingModel(texts: Iterable<string>, language?: Language): SpellingModel {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of wordsOf(text)) {
    const lower = word.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + 1);
  }
  // every frequent word, and each of its one-letter deletions, pointing back to it
  const deletions = new Map<string, string[]>();
  for (const [word, count] of counts) {
    if (count < FREQUENT || [...word].length < MIN_LETTERS - 1) continue;
    for (const variant of [word, ...deletionsOf(word)]) {
      const list = deletions.get(variant);
      if (list) list.push(word);
      else deletions.set(variant, [word]);
    }
  }
  const unknown = language ? unknownWords([...counts.keys()].filter((word) => [...word].length >= MIN_LETTERS - 1), language) : undefined;
  const known = unknown ? (word: string) => !unknown.has(word) : () => false;
  const suspects = new Set<string>();
  for (const [word, count] of counts) {
    if ([...word].length < MIN_LETTERS || known(word)) continue;
    // a repeated word is judged only with a dictionary, and a frequent one never glued ("аймақтағы" is no "аймақ"+"тағы")
    if (count > RARE && !unknown) continue;
    if (misspelt(word, count, counts, deletions, known) || (count <= RARE && glued(word, counts))) suspects.add(word);
  }
  return { suspects };
}

function deletionsOf(word: string): string[] {
  const letters = [...word];
  return letters.map((_, index) => [...letters.slice(0, index), ...letters.slice(index + 1)].join(''));
}

function misspelt(word: string, count: number, counts: ReadonlyMap<string, number>, deletions: ReadonlyMap<string, string[]>, known: (word: string) => boolean): boolean {
  const near = new Set<string>();
  for (const variant of [word, ...deletionsOf(word)]) for (const other of deletions.get(variant) ?? []) near.add(other);
  // a word the text repeats is a slip only beside one the dictionary knows, and only inside the word
  const repeated = count > RARE;
  for (const other of near) {
    if (other === word || (counts.get(other) ?? 0) < Math.max(FREQUENT, count * RATIO) || (repeated && !known(other))) continue;
    const first = firstDifference(word, other);
    // a letter more or less at the very start is another word ("акторлар" / "факторлар"), not a slip
    if (first === 0 && [...word].length !== [...other].length) continue;
    if (first < Math.min([...word].length, [...other].length) - ENDING_LETTERS) return true;
    if (!repeated && [...word].length <= SHORT_WORD && (counts.get(other) ?? 0) >= count * SHORT_RATIO) return true;
  }
  return false;
}

function firstDifference(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let index = 0;
  while (index < x.length && index < y.length && x[index] === y[index]) index += 1;
  return index;
}

function glued(word: string, counts: ReadonlyMap<string, number>): boolean {
  const letters = [...word];
  for (let cut = MIN_PART; cut <= letters.length - MIN_PART; cut += 1) {
    const head = letters.slice(0, cut).join('');
    const tail = letters.slice(cut).join('');
    if ((counts.get(head) ?? 0) >= FREQUENT && (counts.get(tail) ?? 0) >= FREQUENT) return true;
  }
  return false;
}

const courseModels = new WeakMap<object, SpellingModel>();

/** The spelling model of a course's sentences, computed once per course text (rules and selection share it). */
export function courseSpelling(text: { readonly language?: Language; readonly sentences: readonly { readonly sentence: { readonly clean: string } }[] }): SpellingModel {
  let model = courseModels.get(text);
  if (!model) {
    model = spellingModel(text.sentences.map((sentence) => sentence.sentence.clean), text.language);
    courseModels.set(text, model);
  }
  return model;
}

/** The suspect words of a text, as written. */
export function suspectWords(text: string, model: SpellingModel): string[] {
  return wordsOf(text).filter((word) => model.suspects.has(word.toLowerCase()));
}
