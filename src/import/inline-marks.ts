/**
 * Bold, italic and note references travel through the importer's text stages (cleaning,
 * escaping) as noncharacters, which never occur in interchanged text and which no Markdown
 * escaping touches; they become Markdown only once the text is escaped. Plain text has none,
 * so its import is unchanged by them.
 */
export const STRONG = '\uFDD0';
export const EMPHASIS = '\uFDD1';
const NOTE_OPEN = '\uFDD2';
const NOTE_CLOSE = '\uFDD3';
const ANY_MARK = /[\uFDD0-\uFDD3]/g;

/** A reference to the note labelled `label` (letters and digits). */
export function noteMark(label: string): string {
  return `${NOTE_OPEN}${label}${NOTE_CLOSE}`;
}

/** The note labels a text refers to, in order. */
export function noteLabels(text: string): string[] {
  return [...text.matchAll(/\uFDD2([^\uFDD3]*)\uFDD3/g)].map((match) => match[1]!);
}

/** The text without its marks (what a reader sees, for headings, captions and counts). */
export function stripMarks(text: string): string {
  return text.replace(/\uFDD2[^\uFDD3]*\uFDD3/g, '').replace(ANY_MARK, '');
}

/** Escaped text with its marks turned into Markdown: `**bold**`, `*italic*`, `[^label]`. */
export function marksToMarkdown(escaped: string): string {
  if (!/[\uFDD0-\uFDD3]/.test(escaped)) return escaped;
  return escaped.replace(/\uFDD2([^\uFDD3]*)\uFDD3/g, '[^$1]').replaceAll(STRONG, '**').replaceAll(EMPHASIS, '*');
}
