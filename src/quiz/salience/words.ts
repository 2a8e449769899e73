/**
 * Content words of a sentence as comparable stems. Kazakh and Russian endings vary where the first
 * letters of a word do not, so a stem is the word's first letters (the same prefix length the
 * true-elsewhere check uses); short function words are left out.
 */

/** Letters kept of each word: enough to tell words apart, few enough to merge their forms. */
export const STEM_LETTERS = 5;
/** Words shorter than this are function words in all three languages (and, мен, и, the…). */
const MIN_WORD_LETTERS = 4;

/** The stems of the content words of `text`, with repeats (term counts). */
export function stemsOf(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? [];
  const out: string[] = [];
  for (const word of words) {
    const letters = [...word.replace(/-/gu, '')];
    if (letters.length < MIN_WORD_LETTERS) continue;
    out.push(letters.slice(0, STEM_LETTERS).join(''));
  }
  return out;
}

/** Term counts of a stem list. */
export function countsOf(stems: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return counts;
}
