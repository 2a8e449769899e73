/**
 * A Word table as the rows of a pipe table. Word tables may have several header rows and merged
 * cells; a pipe table has one header row and no merges. So the header rows (those marked to
 * repeat as a header, and any a merged header cell reaches into) become one row whose cells
 * name every header cell above that column ("Kazakhstan, 2019"), and a merged body cell keeps
 * its text in its first row and column, the cells it covered staying empty.
 */
import type { DocxTable } from './document';

interface Placed {
  readonly text: string;
  readonly row: number;
  readonly rowSpan: number;
  /** True only where the cell starts; the rest of its area is covered. */
  readonly origin: boolean;
}

function grid(table: DocxTable, cellText: (cell: DocxTable['children'][number]['children'][number]) => string): Placed[][] {
  const rows: Placed[][] = table.children.map(() => []);
  table.children.forEach((row, r) => {
    let column = 0;
    for (const cell of row.children) {
      while (rows[r]![column]) column++;
      const text = cellText(cell);
      const rowSpan = Math.max(1, Math.min(cell.rowSpan, table.children.length - r));
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) {
          rows[r + dr]![column + dc] = { text, row: r, rowSpan, origin: dr === 0 && dc === 0 };
        }
      }
      column += Math.max(1, cell.colSpan);
    }
  });
  return rows;
}

/** Rows marked as header, at least one, and every row a merged header cell reaches into. */
function headerRows(table: DocxTable, cells: readonly Placed[][]): number {
  let count = Math.max(1, table.children.findIndex((row) => !row.isHeader));
  if (table.children.every((row) => row.isHeader)) count = table.children.length;
  for (let r = 0; r < count && r < cells.length; r++) {
    for (const cell of cells[r]!) if (cell) count = Math.max(count, cell.row + cell.rowSpan);
  }
  return Math.min(count, cells.length);
}

export function tableRows(table: DocxTable, cellText: Parameters<typeof grid>[1]): string[][] {
  const cells = grid(table, cellText);
  if (cells.length === 0) return [];
  const width = Math.max(...cells.map((row) => row.length));
  const header = headerRows(table, cells);
  const names: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = 0; r < header; r++) {
      const text = cells[r]![c]?.text ?? '';
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    names.push(parts.join(', '));
  }
  const body = cells.slice(header).map((row) => Array.from({ length: width }, (_, c) => (row[c]?.origin ? row[c]!.text : '')));
  return [names, ...body];
}
