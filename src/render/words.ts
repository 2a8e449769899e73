/**
 * Words in a text in Kazakh, Russian or English: whitespace-separated runs holding a letter or
 * digit (tokens made only of punctuation or symbols, `–`, `«»`, `;`, are not words).
 *
 * Counted in one pass over the characters, without an array of every word: a lesson can hold a
 * million words (issue 18). Each UTF-16 unit is classified once by the same Unicode classes the
 * definition uses and remembered; astral characters (surrogate pairs) are tested as a whole.
 */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/u;

const UNKNOWN = 0;
const SPACE = 1;
const WORDY = 2;
const OTHER = 3;
/** Class of each BMP code unit seen so far (UNKNOWN until first seen). */
const classes = new Uint8Array(0x10000);

function classOf(unit: number): number {
  const known = classes[unit];
  if (known !== UNKNOWN) return known;
  const char = String.fromCharCode(unit);
  const found = WHITESPACE.test(char) ? SPACE : HAS_LETTER_OR_DIGIT.test(char) ? WORDY : OTHER;
  classes[unit] = found;
  return found;
}

export function countWords(text: string): number {
  let words = 0;
  let inToken = false;
  let tokenCounted = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let kind: number;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        kind = HAS_LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? WORDY : OTHER;
        i++;
      } else {
        kind = classOf(unit);
      }
    } else {
      kind = classOf(unit);
    }
    if (kind === SPACE) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      tokenCounted = false;
    }
    if (kind === WORDY && !tokenCounted) {
      tokenCounted = true;
      words++;
    }
  }
  return words;
}
