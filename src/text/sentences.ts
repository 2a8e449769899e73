/**
 * Repairs sentence boundaries lost when text was extracted from a word processor:
 * `сипаттамасы.Диссертациялық` → `сипаттамасы. Диссертациялық`.
 * A boundary is only repaired where it cannot be an initial (`Қ.К.`), an abbreviation
 * (`ж.`, `т.б.`, `проф.`), a decimal number or part of a web or mail address.
 */

/** Lower-case abbreviations that are followed by a dot but do not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Kazakh
  'бб', 'жж', 'ғғ', 'тб', 'тс', 'сс', 'бет', 'қар', 'мыс', 'млн', 'млрд', 'мың', 'проф', 'акад',
  // Russian
  'гг', 'вв', 'см', 'рис', 'стр', 'тыс', 'им', 'др', 'пр', 'ст', 'табл', 'прим', 'ред', 'изд', 'сост',
  // English
  'eg', 'ie', 'etc', 'al', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'fig', 'no', 'vol', 'pp', 'ed', 'eds',
]);

export interface BoundaryRepair {
  readonly text: string;
  /** Sentence boundaries (`.`, `?`, `!` glued to the next sentence) given their space. */
  readonly sentences: number;
  /** Commas, semicolons and colons glued to the next word given their space. */
  readonly commas: number;
}

// word before the mark, the mark, then (looking ahead) an optional opening quote and a capital
const GLUED_SENTENCE = /(\p{L}+)([.?!])(?=[«"“„(]?\p{Lu})/gu;
const GLUED_COMMA = /([\p{L}\])»])([,;:])(?=[\p{L}«])/gu;

/** The run of non-space characters around `index`. */
function tokenAround(text: string, index: number): string {
  const start = text.lastIndexOf(' ', index) + 1;
  const end = text.indexOf(' ', index);
  return text.slice(start, end === -1 ? text.length : end);
}

function looksLikeAddress(token: string): boolean {
  return /@|\/\/|^www\./iu.test(token);
}

function endsSentence(text: string, word: string, mark: string, offset: number): boolean {
  if (looksLikeAddress(tokenAround(text, offset))) return false;
  if (mark !== '.') return true;
  const last = word.slice(-1);
  if (word.length < 2 || last === last.toUpperCase()) return false; // initials, acronyms
  if (word.length === 2 && /^\p{Lu}/u.test(word)) return false; // Latin initials such as "Sh." or "Zh."
  if (text[offset - 1] === '.') return false; // inside an abbreviation such as "т.б."
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** Adds the missing space after sentence-ending marks and after commas, semicolons and colons between words. */
export function repairGluedBoundaries(text: string): BoundaryRepair {
  let sentences = 0;
  let commas = 0;
  const withSentences = text.replace(GLUED_SENTENCE, (match, word: string, mark: string, offset: number) => {
    if (!endsSentence(text, word, mark, offset)) return match;
    sentences += 1;
    return `${word}${mark} `;
  });
  const withCommas = withSentences.replace(GLUED_COMMA, (match, before: string, mark: string, offset: number) => {
    if (looksLikeAddress(tokenAround(withSentences, offset))) return match;
    commas += 1;
    return `${before}${mark} `;
  });
  return { text: withCommas, sentences, commas };
}
