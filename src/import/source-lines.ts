/** The imported text as numbered lines, each with its raw form and a whitespace-collapsed form. */
import { collapseWhitespace } from '../text/whitespace';
import type { Block } from './blocks';

export interface SourceLine {
  /** 1-based line number in the imported text. */
  readonly number: number;
  /** The line as written (tabs kept: in flattened tables a leading tab starts a cell). */
  readonly raw: string;
  /** Whitespace collapsed and trimmed; empty for blank lines. */
  readonly text: string;
  /**
   * `text` with inline marks (src/import/inline-marks.ts) where the source had bold, italic or
   * a note reference (a .docx paragraph); absent for plain text.
   */
  readonly marked?: string;
  /**
   * A block the source gave whole (a .docx table or figure): taken as it is, never a heading,
   * a caption or a table cell. `text` then holds its caption, for the outline's bookkeeping.
   */
  readonly block?: Block;
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
