/**
 * Row ↔ figure from the lesson's tables (the survey tables): for each column that has a figure
 * in every row, the rows' labels matched with their figures ("Бейіндік емес білім алушылар тобы"
 * ↔ "28%"). Totals are left out; a figure that two rows share cannot be matched and is dropped
 * later as ambiguous. Tables are read from the lesson body (`::: table Caption` + a pipe table).
 */
import type { Lesson } from '../../../model/course';
import type { PairSet } from './types';

interface Row {
  readonly cells: readonly string[];
  readonly line: number;
}

const TOTAL_LABEL = /^(?:жалпы|барлығы|барлық|итого|всего|total|sum)(?![\p{L}])/iu;
const FIGURE = /^\d+(?:[.,]\d+)?\s?%?$/u;

export function tablePairSets(lesson: Lesson): PairSet[] {
  return tablesOf(lesson).flatMap(({ caption, rows }) => columnSets(caption, rows));
}

function tablesOf(lesson: Lesson): { caption: string; rows: Row[] }[] {
  const lines = lesson.body.split('\n');
  const tables: { caption: string; rows: Row[] }[] = [];
  let current: { caption: string; rows: Row[] } | undefined;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const opener = /^:::\s*table\s+(.+)$/u.exec(line);
    if (opener) current = { caption: opener[1].trim(), rows: [] };
    else if (current && line.startsWith('|')) {
      if (!/^\|[\s|:-]+\|$/u.test(line)) current.rows.push({ cells: cellsOf(line), line: lesson.bodyLine + index });
    } else if (current && line === ':::') {
      tables.push(current);
      current = undefined;
    }
  });
  return tables;
}

function cellsOf(line: string): string[] {
  return line.replace(/^\|/u, '').replace(/\|$/u, '').split('|').map((cell) => cell.trim());
}

const isLabel = (cell: string) => /\p{L}/u.test(cell) && !FIGURE.test(cell);

function columnSets(caption: string, rows: readonly Row[]): PairSet[] {
  const data = rows.filter((row) => row.cells.some(isLabel) && row.cells.some((cell) => FIGURE.test(cell)));
  const headers = rows.filter((row) => !data.includes(row));
  const labelled = data.filter((row) => !TOTAL_LABEL.test(row.cells.find(isLabel) ?? ''));
  if (labelled.length === 0) return [];
  const width = Math.max(...labelled.map((row) => row.cells.length));
  const sets: PairSet[] = [];
  for (let column = 0; column < width; column += 1) {
    if (!labelled.every((row) => FIGURE.test(row.cells[column] ?? '') && row.cells.findIndex(isLabel) < column)) continue;
    const header = [...headers].reverse().map((row) => row.cells[column] ?? '').find((cell) => /\p{L}/u.test(cell));
    if (!header) continue;
    sets.push({
      kind: 'table-column',
      caption,
      column: header,
      pairs: labelled.map((row) => ({ left: row.cells.find(isLabel) ?? '', right: row.cells[column] ?? '', sentence: caption, line: row.line })),
    });
  }
  return sets;
}
