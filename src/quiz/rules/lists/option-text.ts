/**
 * What an option shows: a list item or a clause cleaned of what belongs to the list rather than
 * to the answer (bullets, numbering, the closing ';' or '.', citation marks), first letter
 * capitalised so that no option stands out by its format.
 */
import { cleanSentence } from '../../text/sentences';

const LEADING_MARKS = /^(?:[-–—•*·]\s*|\(?\d{1,2}[.)]\s+|\(?[a-zа-яә][.)]\s+)+/u;
const TRAILING_MARKS = /[\s;,.:–—-]+$/u;

export function optionText(text: string): string {
  return capitalised(cleanSentence(text).replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').trim());
}

export function capitalised(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toLocaleUpperCase() + text.slice(char.length);
}

/** Words of a text (letters or digits in them). */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
