/**
 * Comparing short texts of the course (list items, sentences) without a stemmer: two words are
 * taken as one when they share their first five letters (Kazakh and Russian endings follow the
 * stem: "дамуы" / "дамуын", "интеграция" / "интеграции"). Used to keep a wrong option from
 * being a right one in other words, and to find lists that repeat each other.
 */
import type { Language } from '../../../model/course';

/** Words too common to tell two texts apart (function words, the course's generic nouns). */
const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  kk: new Set([
    'және', 'арасындағы', 'арасында', 'туралы', 'бойынша', 'ретінде', 'негізінде', 'негізіндегі', 'болып', 'табылады',
    'сияқты', 'секілді', 'сонымен', 'қатар', 'тағы', 'басқа', 'басқалары', 'үшін', 'деген', 'арқылы', 'одан', 'әрі', 'мен',
    'оның', 'олардың', 'осы', 'бұл', 'барлық', 'бірі', 'бірге', 'қоса', 'мақсатында', 'жөнінде', 'бар', 'жоқ', 'емес',
  ]),
  ru: new Set(['между', 'также', 'которые', 'который', 'этого', 'этой', 'этих', 'через', 'после', 'более', 'других', 'другие', 'всех', 'целью']),
  en: new Set(['with', 'from', 'that', 'this', 'these', 'their', 'which', 'between', 'other', 'others', 'about', 'into', 'also', 'through']),
};

/** Letters of a word kept for comparison: its first five (all of a shorter word). */
const STEM_LENGTH = 5;
/** Words shorter than this carry no content (мен, пен, of, in, и). */
const MIN_WORD = 4;

/** Lower-case letters and digits, single spaces: what "the same text" means for options. */
export function normalisedText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The content words of a text as comparison stems, each once, in text order. */
export function contentStems(text: string, language: Language, extraStops: ReadonlySet<string> = new Set()): string[] {
  const stems = normalisedText(text)
    .split(' ')
    .filter((word) => [...word].length >= MIN_WORD && !/^\p{N}+$/u.test(word) && !STOP_WORDS[language].has(word))
    .map((word) => [...word].slice(0, STEM_LENGTH).join(''))
    .filter((stem) => !extraStops.has(stem));
  return [...new Set(stems)];
}

/** Shared stems over the smaller set (0 when either is empty). */
export function stemOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const other = new Set(b);
  const shared = a.filter((stem) => other.has(stem)).length;
  return shared / Math.min(a.length, new Set(b).size);
}

/**
 * Whether two texts say much the same: the same normalised text, or at least half of the
 * smaller one's content stems shared (two of them when both have two or more).
 */
export function sameContent(a: readonly string[], b: readonly string[], threshold = 0.5): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const other = setOf(b);
  const shared = a.filter((stem) => other.has(stem)).length;
  const smaller = Math.min(a.length, other.size);
  // stemOverlap's measure, with the set built once (called for every option against every sentence)
  return shared >= (smaller >= 2 ? 2 : 1) && shared / smaller >= threshold;
}

const sets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The stems as a set, made once per list (a sentence's stems are compared with every option). */
function setOf(stems: readonly string[]): ReadonlySet<string> {
  let found = sets.get(stems);
  if (!found) {
    found = new Set(stems);
    sets.set(stems, found);
  }
  return found;
}

/** Stems found in more than `share` of the texts: generic in this course, useless to compare by. */
export function commonStems(texts: readonly (readonly string[])[], share: number): Set<string> {
  const counts = new Map<string, number>();
  for (const stems of texts) for (const stem of new Set(stems)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count / Math.max(1, texts.length) > share).map(([stem]) => stem));
}
