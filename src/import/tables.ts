/**
 * Flattened tables: word processors export a table as its caption, then one cell per line with
 * rows separated by blank lines (a line holding only a tab is an empty cell). This module finds
 * where such a table ends and puts its rows back together.
 */
import type { SourceLine } from './source-lines';
import { matchCaption } from './captions';

export interface TableRegion {
  readonly caption: string;
  /** Rows of cell texts as found (rows may differ in length). */
  readonly rows: readonly (readonly string[])[];
  /** Index of the caption line. */
  readonly first: number;
  /** Index of the last line that belongs to the table. */
  readonly last: number;
}

/** Longest line that can still be a cell: longer lines are paragraphs after the table. */
const MAX_CELL_LENGTH = 200;
const MAX_CELL_WORDS = 20;

/** A row separator: an empty line. A line with a tab is an (empty) cell, not a separator. */
function isSeparator(line: SourceLine): boolean {
  return line.text === '' && !line.raw.includes('\t');
}

function startsWithTab(line: SourceLine): boolean {
  return /^[ \u00A0]*\t/.test(line.raw);
}

function isCellLine(line: SourceLine): boolean {
  return !line.block && line.text.length <= MAX_CELL_LENGTH
    && line.text.split(' ').length <= MAX_CELL_WORDS
    && matchCaption(line.text) === undefined;
}

/** The groups of consecutive non-separator lines after `from`, up to the end of the table. */
function rowGroups(lines: readonly SourceLine[], from: number): { groups: SourceLine[][]; last: number } {
  const groups: SourceLine[][] = [];
  let i = from;
  let last = from - 1;
  while (i < lines.length) {
    let blanks = 0;
    while (i < lines.length && isSeparator(lines[i]!)) { i++; blanks++; }
    // Rows are one blank line apart; a wider gap (but not right after the caption) ends the table.
    if (groups.length > 0 && blanks > 1) break;
    const group: SourceLine[] = [];
    while (i < lines.length && !isSeparator(lines[i]!)) group.push(lines[i++]!);
    if (group.length === 0 || !group.every(isCellLine)) break;
    groups.push(group);
    last = group[group.length - 1]!.number - 1;
  }
  return { groups, last };
}

/** A line that does not start with a tab continues the cell above it (the cell text wrapped). */
function cellsOf(group: readonly SourceLine[], tabsMarkCells: boolean): string[] {
  const cells: string[] = [];
  for (const line of group) {
    if (!tabsMarkCells || startsWithTab(line) || cells.length === 0) cells.push(line.text);
    else cells[cells.length - 1] = `${cells[cells.length - 1]} ${line.text}`.trim();
  }
  return cells;
}

/** The table whose caption is on line index `captionIndex`. */
export function readTable(lines: readonly SourceLine[], captionIndex: number, caption: string): TableRegion {
  const { groups, last } = rowGroups(lines, captionIndex + 1);
  const tabsMarkCells = groups.some((group) => group.some(startsWithTab));
  const rows = groups.map((group) => cellsOf(group, tabsMarkCells));
  return { caption, rows, first: captionIndex, last: Math.max(last, captionIndex) };
}

/** Every table in the text, in order. */
export function findTables(lines: readonly SourceLine[]): readonly TableRegion[] {
  const tables: TableRegion[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.block) continue;
    const caption = matchCaption(lines[i]!.text);
    if (caption?.kind !== 'table') continue;
    const table = readTable(lines, i, caption.text);
    tables.push(table);
    i = table.last;
  }
  return tables;
}
