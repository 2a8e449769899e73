/**
 * Acronym ↔ full name where the text spells it out: "Шанхай ынтымақтастық ұйымы (ШЫҰ)",
 * "Collective Security Treaty Organization (CSTO)", or the acronym first: "ШЫҰ (Шанхай
 * ынтымақтастық ұйымы)". The full name is the shortest run of words before the bracket whose
 * initials spell the acronym (small words such as "туралы", "of" may be skipped).
 */
import type { CourseSentence } from '../../text/types';
import type { FoundPair } from './types';

const ACRONYM = '\\p{Lu}[\\p{Lu}\\p{Ll}]*\\p{Lu}';
const NAME_THEN_ACRONYM = new RegExp(`((?:[\\p{L}-]+\\s+){0,9}[\\p{L}-]+)\\s*\\((${ACRONYM})\\)`, 'gu');
const ACRONYM_THEN_NAME = new RegExp(`(?<![\\p{L}])(${ACRONYM})\\s*\\(((?:[\\p{L}-]+\\s+){1,9}[\\p{L}-]+)\\)`, 'gu');
const MAX_NAME_WORDS = 10;

export function acronymPairs(sentences: readonly CourseSentence[]): FoundPair[] {
  return sentences.flatMap((s) => {
    const text = s.sentence.clean;
    const pairs: FoundPair[] = [];
    for (const match of text.matchAll(NAME_THEN_ACRONYM)) {
      const name = spelledName(match[1].split(/\s+/u), match[2]);
      if (name) pairs.push({ left: match[2], right: name, sentence: text, line: s.line });
    }
    for (const match of text.matchAll(ACRONYM_THEN_NAME)) {
      const words = match[2].split(/\s+/u);
      if (spelledName(words, match[1]) === words.join(' ')) pairs.push({ left: match[1], right: words.join(' '), sentence: text, line: s.line });
    }
    return pairs;
  });
}

/** The shortest tail of `words` whose initials hold the acronym's letters in order, first and last included. */
function spelledName(words: readonly string[], acronym: string): string | undefined {
  const letters = [...acronym].filter((char) => /\p{Lu}/u.test(char));
  for (let start = words.length - 1; start >= Math.max(0, words.length - MAX_NAME_WORDS); start -= 1) {
    const initials = words.slice(start).map((word) => word[0]?.toUpperCase() ?? '');
    if (initials[0] !== letters[0] || initials[initials.length - 1] !== letters[letters.length - 1]) continue;
    if (isSubsequence(letters, initials) && initials.length <= letters.length + 2) return words.slice(start).join(' ');
  }
  return undefined;
}

function isSubsequence(needle: readonly string[], haystack: readonly string[]): boolean {
  let at = 0;
  for (const item of haystack) if (item === needle[at]) at += 1;
  return at === needle.length;
}
