/**
 * Guesses the language of a text from its letters. Kazakh shares the Russian alphabet and adds
 * nine letters, so a text with a noticeable share of those is Kazakh.
 */
import type { Language } from '../model/course';

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC_LETTERS = /\p{Script=Cyrillic}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;

/** Share of Kazakh-only letters among Cyrillic ones above which a text counts as Kazakh. */
const KAZAKH_SHARE = 0.01;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** `kk` when Kazakh letters show up, `ru` for other Cyrillic text, `en` otherwise. */
export function detectLanguage(text: string): Language {
  const cyrillic = count(text, CYRILLIC_LETTERS);
  if (cyrillic === 0 || cyrillic < count(text, LATIN_LETTERS)) return 'en';
  return count(text, KAZAKH_LETTERS) / cyrillic >= KAZAKH_SHARE ? 'kk' : 'ru';
}
