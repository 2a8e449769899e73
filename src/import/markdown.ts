/** Writes blocks as Markdown in the course format (docs/course-format.md). */
import { escapeInline, escapeParagraph, escapeTableCell } from '../text/markdown-escape';
import { collapseWhitespace } from '../text/whitespace';
import type { Block } from './blocks';

/** Rows padded to the widest one: a pipe table needs the same number of cells in every row. */
function padRows(rows: readonly (readonly string[])[]): string[][] {
  const width = Math.max(1, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}

function pipeRow(cells: readonly string[]): string {
  return `| ${cells.map(escapeTableCell).join(' | ')} |`.replace(/ {2,}/g, ' ');
}

function table(caption: string, rows: readonly (readonly string[])[]): string {
  const padded = padRows(rows);
  const [header = [], ...body] = padded;
  const delimiter = `| ${header.map(() => '---').join(' | ')} |`;
  return [`::: table ${collapseWhitespace(caption)}`, pipeRow(header), delimiter, ...body.map(pipeRow), ':::'].join('\n');
}

export function blockToMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph': return escapeParagraph(block.text);
    case 'bullets': return block.items.map((item) => `- ${escapeParagraph(item)}`).join('\n');
    case 'numbered': return block.items.map((item) => `${item.number}. ${escapeParagraph(item.text)}`).join('\n');
    case 'table': return table(block.caption, block.rows);
    case 'figure': return `::: figure ${collapseWhitespace(block.caption)}\n:::`;
    case 'heading': return `## ${escapeInline(block.text)}`;
  }
}

/** The blocks as Markdown, separated by blank lines, ending with a newline (or empty). */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  return blocks.length === 0 ? '' : `${blocks.map(blockToMarkdown).join('\n\n')}\n`;
}
