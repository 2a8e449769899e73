/**
 * The lesson text beside a question: paragraphs with their file lines, and where in them the
 * item's source sentence is, so that the page can highlight it.
 */
import type { Lesson } from '../../model/course';
import type { ItemSource } from '../../model/quiz';
import { removeCitations } from '../../quiz/text/citations';

export interface Paragraph {
  /** File line of the paragraph's first line. */
  readonly line: number;
  readonly lastLine: number;
  readonly text: string;
}

export interface Highlight {
  /** Index in the paragraphs. */
  readonly paragraph: number;
  /** Character range of the sentence in the paragraph's text; absent: the sentence was not found as written, the whole paragraph is meant. */
  readonly start?: number;
  readonly end?: number;
}

export function paragraphsOf(lesson: Lesson): Paragraph[] {
  const lines = lesson.body.split('\n');
  const found: Paragraph[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0) found.push({ line: lesson.bodyLine + start, lastLine: lesson.bodyLine + end - 1, text: lines.slice(start, end).join('\n') });
    start = -1;
  };
  lines.forEach((line, index) => {
    if (line.trim() === '') close(index);
    else if (start < 0) start = index;
  });
  close(lines.length);
  return found;
}

export function highlightOf(paragraphs: readonly Paragraph[], source: ItemSource): Highlight | null {
  const paragraph = paragraphs.findIndex((p) => p.line <= source.line && source.line <= p.lastLine);
  if (paragraph < 0) return null;
  const text = paragraphs[paragraph]!.text;
  for (const wanted of [source.text, removeCitations(source.text)]) {
    const start = wanted === '' ? -1 : text.indexOf(wanted);
    if (start >= 0) return { paragraph, start, end: start + wanted.length };
  }
  // Written with citation marks or Markdown the item's text leaves out: a span of the paragraph by its first and last words.
  return approximate(paragraph, text, source.text);
}

function approximate(paragraph: number, text: string, sentence: string): Highlight {
  const words = sentence.split(/\s+/u).filter((word) => word.length > 0);
  if (words.length < 2) return { paragraph };
  const start = text.indexOf(words[0]!);
  // The last word without its full stop: the text may put citation marks before it ("1994 [12].").
  const last = words[words.length - 1]!.replace(/[.!?…]+$/u, '');
  const at = start < 0 || last === '' ? -1 : text.indexOf(last, start);
  if (at < 0) return { paragraph };
  const tail = /^(?:\s*\[[^\]]*\])*[.!?…]?/u.exec(text.slice(at + last.length))![0];
  return { paragraph, start, end: at + last.length + tail.length };
}
