/** Tokens made only of punctuation or symbols (`–`, `«»`, `;`) are not words. */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words in a text in Kazakh, Russian or English: whitespace-separated runs holding a letter or digit. */
export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/u)) if (HAS_LETTER_OR_DIGIT.test(token)) words++;
  return words;
}
