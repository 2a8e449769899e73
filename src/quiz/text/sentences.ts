/**
 * A rule sentence splitter. Intl.Segmenter is not used: for Kazakh it cuts after initials
 * ("Қ.К. | Тоқаев"), after "ж." and "т.б.", and it is quadratic on long input
 * (/work/shared/docs/quiz-generation.md). Boundaries glued by text extraction
 * ("сипаттамасы.Диссертациялық", "[24].Орталық") are found here too.
 */
import type { Language } from '../../model/course';
import { TWO_LETTER_INITIALS, finalCapableAbbreviations, innerAbbreviations } from './abbreviations';
import { removeCitations } from './citations';
import { anaphoricOpener, detachOpener } from './openers';
import { firstClause } from './clauses';
import type { Sentence } from './types';

// a run of end marks, then closing quotes or brackets that belong to the sentence
const END_MARKS = /[.!?…]+[»"”’)]*/gu;
const TITLE_WORD = /^[«"“„(]?\p{Lu}\p{Ll}/u;
const CAPITAL_START = /^[«"“„(]?\p{Lu}/u;

export function splitSentences(text: string, language: Language): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(END_MARKS)) {
    const mark = match.index;
    const end = mark + match[0].length;
    if (mark < start || !isBoundary(text, start, mark, end, language)) continue;
    pushSentence(sentences, text, start, end, language);
    start = skipSpace(text, end);
  }
  if (start < text.length) pushSentence(sentences, text, start, text.length, language);
  return sentences;
}

/** Normalises spaces and removes citation marks; what a stem or feedback shows. */
export function cleanSentence(text: string): string {
  return removeCitations(text.replace(/\s+/gu, ' ')).replace(/\s+/gu, ' ').trim();
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, language: Language): void {
  const raw = text.slice(start, end).trimEnd();
  if (!/[\p{L}\p{N}]/u.test(raw)) return;
  const clean = cleanSentence(raw);
  const opener = anaphoricOpener(clean, language);
  const detached = opener === undefined ? undefined : detachOpener(clean, opener, language);
  const clause = firstClause(detached ?? clean, language);
  const stated = clause ?? detached;
  out.push({
    text: raw,
    offset: start,
    clean,
    anaphoric: opener !== undefined && detached === undefined,
    ...(opener === undefined ? {} : { opener }),
    ...(stated === undefined ? {} : { stated }),
    words: countWords(clause ?? clean),
  });
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/u.test(text[index])) index += 1;
  return index;
}

/** Whether the end marks at [mark, end) close the sentence that began at `start`. */
function isBoundary(text: string, start: number, mark: number, end: number, language: Language): boolean {
  const rest = text.slice(end);
  const spaced = /^\s/u.test(rest);
  const next = rest.trimStart();
  if (next === '') return false; // the text's end closes the last sentence anyway
  if (insideQuotation(text, start, mark)) return false;
  const before = tokenBefore(text, start, mark);
  const marks = text.slice(mark, end);
  if (!spaced && before === '') return /\p{Ll}\s+$/u.test(text.slice(start, mark)) && TITLE_WORD.test(next); // "бар .Бұл"
  if (!spaced) return isGluedBoundary(before, marks, next, language);
  if (/^\p{N}/u.test(next)) return startsWithNumber(before, language);
  if (!CAPITAL_START.test(next) && !/^[–—-]\s*\p{Lu}/u.test(next)) return false;
  if (!marks.startsWith('.') || marks.startsWith('..')) return true;
  return dotEndsSentence(before, next, language);
}

/** The characters before the mark back to the previous space (opening quotes and brackets dropped). */
function tokenBefore(text: string, start: number, mark: number): string {
  const from = Math.max(start, text.lastIndexOf(' ', mark - 1) + 1);
  return text.slice(from, mark).replace(/^[«"“„(\[]+/u, '');
}

function isInitials(token: string): boolean {
  // "Қ", "Қ.К", "Дж", "Sh.M", glued chains such as "Ш.М", hyphenated ones such as "Қ.-Ж.К"
  const parts = token.split('.').map((part) => part.replace(/^[-‐–]/u, ''));
  return parts.every((part) => /^\p{Lu}$/u.test(part) || TWO_LETTER_INITIALS.has(part));
}

function dotEndsSentence(before: string, next: string, language: Language): boolean {
  if (before === '') return true; // "береді [. Хиро", "бар . Бұл": nothing to abbreviate
  if (isInitials(before)) return false;
  const word = before.toLowerCase();
  if (innerAbbreviations(language).has(word)) return false;
  if (finalCapableAbbreviations(language).has(word) || finalCapableAbbreviations(language).has(word.replace(/^и\s/u, ''))) {
    return TITLE_WORD.test(next);
  }
  return true;
}

/** "сипаттамасы.Диссертациялық", "[24].Орталық": a word or citation mark, one mark, a capital. */
function isGluedBoundary(before: string, marks: string, next: string, language: Language): boolean {
  if (!/^[.!?]$/u.test(marks) || !TITLE_WORD.test(next)) return false;
  if (/\]$/u.test(before)) return true;
  if (!/\p{Ll}{2,}$/u.test(before) || /[@/]/u.test(before)) return false;
  return marks !== '.' || dotEndsSentence(before.replace(/^.*[^\p{L}.]/u, ''), next, language);
}

/**
 * A digit after ". " opens a sentence ("… келді. 12 жылдық …") unless the dot follows a number:
 * a date ("06. 2021"), a broken decimal or a numbered item ("1. …").
 */
function startsWithNumber(before: string, language: Language): boolean {
  if (/\p{N}$/u.test(before)) return false;
  return !innerAbbreviations(language).has(before.toLowerCase()) && !isInitials(before);
}

/** Inside «…» that closes later in the text: a quoted title may hold a dot. */
function insideQuotation(text: string, start: number, mark: number): boolean {
  const span = text.slice(start, mark);
  const open = (span.match(/«/gu) ?? []).length;
  const close = (span.match(/»/gu) ?? []).length;
  return open > close && text.indexOf('»', mark) !== -1 && text.indexOf('»', mark) - mark < 200;
}
