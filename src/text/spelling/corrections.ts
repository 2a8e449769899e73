/**
 * Slips of the keyboard a course text makes and a stem should not copy: "мемлкеттер" where the
 * text writes "мемлекеттер" 60 times, "факкторлар", "ынтымақатстық", "тұррақсыздығы",
 * "қатысыушы". A reviewer rejects a question for such a word (blind reviews,
 * docs/quiz-quality.md: typos named in 43 of the course's 102 rejections for grammar), and
 * dropping every sentence that holds one costs items; putting the word right keeps the item and
 * its meaning.
 *
 * A word is put right only when every sign agrees, since a wrong "correction" changes what the
 * text says ("әкелмеді", did not bring, is one letter from "әкеледі", brings):
 * - the dictionary does not know the word, and the word is never written with a capital (a name);
 * - one typing slip inside the word (neither at its first letter nor in its last two, where
 *   endings differ: "мемлекеттерге" / "мемлекеттерде") gives the right word;
 * - the slip is a typing one: two neighbouring letters swapped, a letter doubled by mistake
 *   ("факкторлар"), a vowel too many ("қатысыушы") or left out ("мемлкеттер"); a consonant more or
 *   less is often another form of the word (active "жариялаған" / passive "жарияланған"), so it
 *   is left alone;
 * - the text and the dictionary agree on the right word (correctionsFrom says how): the text writes
 *   it at least three times, three times as often as the slip, or its beginning up to two letters
 *   past the slip ("тұрақс") begins at least three of the text's words, three times as many as the
 *   slip's ("тұррақс").
 * Without a dictionary (or the `hunspell` program) nothing is corrected.
 */
import type { Language } from '../../model/course';
import { unknownWords } from './hunspell';

/** Shorter words differ by one letter legitimately (жыл/жол, год/гол). */
const MIN_LETTERS = 5;
/** Letters at a word's end that are its ending: a slip there may be another ending. */
const ENDING_LETTERS = 2;
/** Letters past the slip that the right word's beginning takes in when the text is asked. */
const PAST_SLIP = 2;
/** The right beginning starts at least this many of the text's words… */
const MIN_RIGHT = 3;
/** …and this many times as many as the slip's beginning. */
const RATIO = 3;

const VOWEL_LETTERS: Readonly<Record<Language, readonly string[]>> = {
  kk: [...'аәеиоөұүыіу'],
  ru: [...'аеиоуыэюя'],
  en: [...'aeiou'],
};
const VOWELS = /[аәеёиоөуұүыіэюяaeiouy]/u;

export interface SpellingCorrections {
  /** Each slip (lower case) and the word to write instead (lower case). */
  readonly fixes: ReadonlyMap<string, string>;
}

export const NO_CORRECTIONS: SpellingCorrections = { fixes: new Map() };

/** Words as the text writes them, counted in lower case, and those ever written with a capital. */
function wordCounts(texts: Iterable<string>): { counts: Map<string, number>; capitalised: Set<string> } {
  const counts = new Map<string, number>();
  const capitalised = new Set<string>();
  for (const text of texts) {
    for (const word of text.match(/\p{L}+/gu) ?? []) {
      const lower = word.toLowerCase();
      if (lower !== word) capitalised.add(lower);
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
  }
  return { counts, capitalised };
}

/** The slips of a course's text and their corrections, the language's dictionary confirming. */
export function spellingCorrections(texts: Iterable<string>, language: Language): SpellingCorrections {
  const { counts, capitalised } = wordCounts(texts);
  const long = [...counts.keys()].filter((word) => [...word].length >= MIN_LETTERS).sort();
  if (long.length === 0) return NO_CORRECTIONS;
  const unknown = unknownWords(long, language);
  if (!unknown || unknown.size === 0) return NO_CORRECTIONS;
  const starts = beginnings(counts);
  const slips = long.filter((word) => unknown.has(word) && !capitalised.has(word));
  // every typing slip's correction the text agrees with, then one question to the dictionary for all
  const proposed = new Map(slips.map((word) => [word, slipCorrections(word, language).filter((right) => (counts.get(right) ?? 0) > 0 || textAgrees(word, right, starts))]));
  const owns = [...proposed].flatMap(([word, rights]) => rights.flatMap((right) => ownBeginnings(word, right)));
  const asked = [...new Set([...proposed.values()].flat().concat(owns))].sort();
  const notKnown = asked.length > 0 ? unknownWords(asked, language) : undefined;
  if (!notKnown) return NO_CORRECTIONS;
  return correctionsFrom(proposed, (word) => !notKnown.has(word), counts, starts);
}

/**
 * The corrections, given each slip's proposed corrections, which words the dictionary knows, how
 * often the text writes each word and how many of its words each beginning starts. A doubled
 * letter or a vowel left out is put right when the text writes the right word (at least three
 * times, three times as often as the slip), or the dictionary knows it and the text its beginning
 * (Hunspell's Kazakh dictionary lacks many correct forms: "шешімін", "тұрақсыздығы"), a vowel left
 * out then only when the slip is no word of its own up to where it parts ("құрлықтық",
 * continental, is no slip of "құрылықтық"). A swap or a vowel too many needs the text and the
 * dictionary both, and a slip that is no word of its own: such slips gave other words
 * ("құрлығы", landmass, is a swap from "құрылғы", device; "қалаған", wanted, a vowel more than
 * "қалған", left).
 */
export function correctionsFrom(proposed: ReadonlyMap<string, readonly string[]>, known: (word: string) => boolean, counts: ReadonlyMap<string, number>, starts: ReadonlyMap<string, number>): SpellingCorrections {
  const fixes = new Map<string, string>();
  for (const [word, rights] of [...proposed].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const seen = counts.get(word) ?? 0;
    const written = (right: string) => (counts.get(right) ?? 0) >= Math.max(MIN_RIGHT, RATIO * seen);
    const kind = (right: string) => slipKind(word, right)!;
    // a slip that reads as a word of its own up to where it parts ("құрлық…", "қала…"): another form, not a slip
    const readsAsWord = (right: string) => ownBeginnings(word, right).some((start) => known(start) || (counts.get(start) ?? 0) >= 2);
    const fits = (right: string) => {
      if (kind(right) === 'doubled') return written(right) || (known(right) && textAgrees(word, right, starts));
      // a vowel left out: the text writes the word, or the dictionary knows it, the text its beginning, and the slip is no word of its own
      if (kind(right) === 'vowel-left-out') return written(right) || (known(right) && textAgrees(word, right, starts) && !readsAsWord(right));
      // a swap or a vowel too many: the text and the dictionary both, and the slip no word of its own up to where it parts
      return written(right) && known(right) && !readsAsWord(right);
    };
    const support = (right: string) => (counts.get(right) ?? 0) * 1000 + (starts.get(beginningOf(word, right).right) ?? 0);
    const best = rights.filter(fits).sort((a, b) => support(b) - support(a) || (a < b ? -1 : 1))[0];
    if (best) fixes.set(word, best);
  }
  return { fixes };
}

/** Both words' letters and the first place where they differ. */
function parting(written: string, right: string): { a: string[]; b: string[]; at: number } {
  const a = [...written];
  const b = [...right];
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  return { a, b, at };
}

/** The slip's beginnings of three letters or more through one to three letters past where it parts from `right`. */
function ownBeginnings(written: string, right: string): string[] {
  const { a, b, at } = parting(written, right);
  return [1, 2, 3].map((past) => a.slice(0, at + past).join('')).filter((start) => [...start].length >= 3 && start !== written);
}

/** How many of the text's words (counted as often as written) each beginning of a word starts. */
export function beginnings(counts: ReadonlyMap<string, number>): Map<string, number> {
  const starts = new Map<string, number>();
  for (const [word, count] of counts) {
    const letters = [...word];
    for (let length = 2; length <= letters.length; length += 1) {
      const start = letters.slice(0, length).join('');
      starts.set(start, (starts.get(start) ?? 0) + count);
    }
  }
  return starts;
}

/** The slip's and the right word's beginnings up to two letters past where they part. */
function beginningOf(written: string, right: string): { written: string; right: string } {
  const { a, b, at } = parting(written, right);
  return { written: a.slice(0, at + 1 + PAST_SLIP).join(''), right: b.slice(0, at + 1 + PAST_SLIP).join('') };
}

function textAgrees(written: string, right: string, starts: ReadonlyMap<string, number>): boolean {
  const parts = beginningOf(written, right);
  const support = starts.get(parts.right) ?? 0;
  return support >= MIN_RIGHT && support >= RATIO * (starts.get(parts.written) ?? 0);
}

/** Every word one typing slip of `word` stands for (see typingSlip), in a stable order. */
export function slipCorrections(word: string, language: Language): string[] {
  const letters = [...word];
  const out = new Set<string>();
  const join = (parts: string[]) => parts.join('');
  for (let at = 1; at < letters.length - ENDING_LETTERS; at += 1) {
    // two neighbours swapped back
    if (at + 1 < letters.length && letters[at] !== letters[at + 1]) out.add(join([...letters.slice(0, at), letters[at + 1]!, letters[at]!, ...letters.slice(at + 2)]));
    // a letter too many: a doubled one, or a vowel
    if (letters[at] === letters[at - 1] || letters[at] === letters[at + 1] || VOWELS.test(letters[at]!)) out.add(join([...letters.slice(0, at), ...letters.slice(at + 1)]));
    // a vowel left out
    for (const vowel of VOWEL_LETTERS[language]) out.add(join([...letters.slice(0, at), vowel, ...letters.slice(at)]));
  }
  out.delete(word);
  return [...out].filter((right) => typingSlip(word, right)).sort();
}

export type SlipKind = 'swapped' | 'doubled' | 'vowel-too-many' | 'vowel-left-out';

/** Whether `written` is `right` with one typing slip inside the word (see the module's comment). */
export function typingSlip(written: string, right: string): boolean {
  return slipKind(written, right) !== undefined;
}

/** Which typing slip makes `written` of `right`, if one does. */
export function slipKind(written: string, right: string): SlipKind | undefined {
  const { a, b, at } = parting(written, right);
  if (at === 0) return undefined;
  const kind = kindAt(a, b, at);
  // a letter doubled starts at its first copy ("шешіммін": the slip is inside the word, before "ін")
  const from = kind === 'doubled' && a[at] === a[at - 1] ? at - 1 : at;
  return kind !== undefined && from < Math.min(a.length, b.length) - ENDING_LETTERS ? kind : undefined;
}

function kindAt(a: readonly string[], b: readonly string[], at: number): SlipKind | undefined {
  const rest = (letters: readonly string[], from: number) => letters.slice(from).join('');
  if (a.length === b.length) {
    // two neighbours swapped: "ынтымақатстық" / "ынтымақтастық"
    return a[at] === b[at + 1] && a[at + 1] === b[at] && rest(a, at + 2) === rest(b, at + 2) ? 'swapped' : undefined;
  }
  if (a.length === b.length + 1 && rest(a, at + 1) === rest(b, at)) {
    // a letter too many, doubling its neighbour ("факкторлар" / "факторлар") or a vowel ("қатысыушы" / "қатысушы")
    if (a[at] === a[at - 1] || a[at] === a[at + 1]) return 'doubled';
    return VOWELS.test(a[at]!) ? 'vowel-too-many' : undefined;
  }
  if (a.length + 1 === b.length) {
    // a vowel left out: "мемлкеттер" / "мемлекеттер"
    return rest(a, at) === rest(b, at + 1) && VOWELS.test(b[at]!) ? 'vowel-left-out' : undefined;
  }
  return undefined;
}

/** The text with every slip put right (slips are words the text never capitalises). */
export function correctText(text: string, corrections: SpellingCorrections): string {
  if (corrections.fixes.size === 0) return text;
  return text.replace(/\p{L}+/gu, (word) => corrections.fixes.get(word) ?? word);
}
