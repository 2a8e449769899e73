/**
 * Stem hygiene (check 7 of /work/shared/docs/quiz-generation.md): what makes a sentence unfit to
 * be shown as a question as it stands. The rules drop such sentences or repair them first.
 */
import type { Sentence } from './types';

export const HYGIENE_PROBLEMS = [
  'unbalanced-brackets', 'unbalanced-quotes', 'leftover-bracket', 'citation-mark', 'glued-word',
  'too-short', 'too-long', 'lower-case-start', 'table-cell', 'anaphoric',
] as const;
export type HygieneProblem = (typeof HYGIENE_PROBLEMS)[number];

export const MIN_STEM_WORDS = 6;
export const MAX_STEM_WORDS = 45;

/** Longer than any Kazakh word in the course: two words run together by text extraction. */
const GLUED_LENGTH = 24;

/** Problems of a sentence as a stem, checked on its clean text; none when it can be used. */
export function stemHygiene(sentence: Sentence): HygieneProblem[] {
  const text = sentence.clean;
  const problems: HygieneProblem[] = [];
  const add = (problem: HygieneProblem, found: boolean) => {
    if (found) problems.push(problem);
  };
  add('unbalanced-brackets', !balanced(text, '(', ')') || !balanced(text, '[', ']'));
  add('unbalanced-quotes', !balanced(text, '«', '»') || (text.match(/"/gu) ?? []).length % 2 === 1);
  add('leftover-bracket', /[[\]]/u.test(text));
  add('citation-mark', /\[\d/u.test(text));
  add('glued-word', text.split(/[\s\-–—/]+/u).some(isGluedWord));
  add('too-short', sentence.words < MIN_STEM_WORDS);
  add('too-long', sentence.words > MAX_STEM_WORDS);
  add('lower-case-start', /^[«"(]?\p{Ll}/u.test(text));
  add('table-cell', looksLikeTableCell(text));
  add('anaphoric', sentence.anaphoric);
  return problems;
}

function balanced(text: string, open: string, close: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === open) depth += 1;
    if (char === close) depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * "барлығыОрталық", "ҚазақстанОрталық": a case switch inside a word. Mixed-case acronyms
 * ("ЕурАзЭҚ", "ЕврАзЭС") have short lower-case runs and are left alone.
 */
function isGluedWord(token: string): boolean {
  const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (/^\p{Ll}+\p{Lu}\p{Ll}/u.test(word)) return true;
  if (/\p{Ll}{3,}\p{Lu}\p{Ll}{2,}/u.test(word)) return true;
  return /^\p{L}+$/u.test(word) && [...word].length > GLUED_LENGTH;
}

/** A row or cell of a flattened table: a pipe, or mostly numbers and percentages. */
function looksLikeTableCell(text: string): boolean {
  if (text.includes('|')) return true;
  const tokens = text.split(/\s+/u).filter((token) => token !== '');
  const numeric = tokens.filter((token) => /^[\d.,%–-]+$/u.test(token)).length;
  return tokens.length > 0 && numeric / tokens.length >= 0.5;
}
