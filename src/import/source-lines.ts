/** The imported text as numbered lines, each with its raw form and a whitespace-collapsed form. */
import { collapseWhitespace } from '../text/whitespace';

export interface SourceLine {
  /** 1-based line number in the imported text. */
  readonly number: number;
  /** The line as written (tabs kept: in flattened tables a leading tab starts a cell). */
  readonly raw: string;
  /** Whitespace collapsed and trimmed; empty for blank lines. */
  readonly text: string;
}

export function splitLines(text: string): readonly SourceLine[] {
  const body = text.replace(/^\uFEFF/, '');
  return body.split(/\r\n|\r|\n/).map((raw, index) => ({ number: index + 1, raw, text: collapseWhitespace(raw) }));
}

/** The last line of `lines[from..to]` (indices, inclusive) that holds text, or `from`. */
export function lastTextLine(lines: readonly SourceLine[], from: number, to: number): number {
  for (let i = to; i > from; i--) if (lines[i]?.text) return i;
  return from;
}
