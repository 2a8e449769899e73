/**
 * Citation marks as the source prints them: `[12]`, `[14-20]`, `[12, 45 б.]`, `[12; 14]`.
 * Only a bracket pair holding a citation is removed; a lone `[` (the text has two) and anything
 * else in brackets stay, so a naive `\[[^\]]*\]` cannot swallow the sentences after a lone `[`.
 */
const CITATION = /\s*\[\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*[,;]\s*[^[\]\n]{1,60}?)?\]/gu;

/** The text with citation marks removed and spacing repaired ("өтілді [2]." → "өтілді."). */
export function removeCitations(text: string): string {
  return text
    .replace(CITATION, (mark, offset: number, whole: string) => (/^[\p{L}\p{N}«(]/u.test(whole.slice(offset + mark.length)) ? ' ' : ''))
    .replace(/\s+([.,;:!?»)])/gu, '$1');
}

/** Citation marks present in the text. */
export function citationMarks(text: string): string[] {
  return [...text.matchAll(CITATION)].map((match) => match[0].trim());
}
