/**
 * Acronym ↔ full name where the text spells it out: "Шанхай ынтымақтастық ұйымы (ШЫҰ)",
 * "Collective Security Treaty Organization (CSTO)", or the acronym first: "ШЫҰ (Шанхай
 * ынтымақтастық ұйымы)". The full name is the shortest run of words before the bracket whose
 * initials spell the acronym (small words such as "туралы", "of" may be skipped).
 */
import type { CourseSentence } from '../../text/types';
import type { FoundPair } from './types';

const ACRONYM = '\\p{Lu}[\\p{Lu}\\p{Ll}]*\\p{Lu}';
// found by the bracket first, then the words read around it: a pattern spanning the words
// backtracks over every word of every sentence (seconds on the course)
const BRACKETED_ACRONYM = new RegExp(`\\((${ACRONYM})\\)`, 'gu');
const ACRONYM_THEN_BRACKET = new RegExp(`(?<![\\p{L}])(${ACRONYM})\\s*\\(([^()]{3,120})\\)`, 'gu');
const NAME_WORDS = /^(?:[\p{L}-]+\s+)*[\p{L}-]+$/u;
const MAX_NAME_WORDS = 10;

export function acronymPairs(sentences: readonly CourseSentence[]): FoundPair[] {
  return sentences.flatMap((s) => {
    const text = s.sentence.clean;
    const pairs: FoundPair[] = [];
    for (const match of text.matchAll(BRACKETED_ACRONYM)) {
      const before = text.slice(0, match.index).trimEnd().split(/\s+/u).slice(-MAX_NAME_WORDS);
      const words = before.slice(lastNonWord(before) + 1);
      const name = spelledName(words, match[1]);
      if (name) pairs.push({ left: match[1], right: name, sentence: text, line: s.line });
    }
    for (const match of text.matchAll(ACRONYM_THEN_BRACKET)) {
      const inside = match[2].trim();
      if (!NAME_WORDS.test(inside)) continue;
      const words = inside.split(/\s+/u);
      if (spelledName(words, match[1]) === words.join(' ')) pairs.push({ left: match[1], right: inside, sentence: text, line: s.line });
    }
    return pairs;
  });
}

/** Index of the last token that is not a plain word (punctuation ends the name before it), or -1. */
function lastNonWord(tokens: readonly string[]): number {
  for (let index = tokens.length - 1; index >= 0; index -= 1) if (!/^[\p{L}-]+$/u.test(tokens[index])) return index;
  return -1;
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
