/** Writes blocks as Markdown in the course format (docs/course-format.md). */
import { escapeInline, escapeParagraph, escapeTableCell } from '../text/markdown-escape';
import { collapseWhitespace } from '../text/whitespace';
import type { Block, FigureImage, Note } from './blocks';
import { marksToMarkdown } from './inline-marks';

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
  const title = collapseWhitespace(caption);
  return [`::: table${title ? ` ${title}` : ''}`, pipeRow(header), delimiter, ...body.map(pipeRow), ':::'].join('\n');
}

/** The image inside a figure; its path is written relative to the lesson files in `chapters/`. */
function figure(caption: string, image: FigureImage | undefined): string {
  // Brackets would end the alt text early; a reader loses nothing with parentheses.
  const alt = escapeInline(collapseWhitespace(image?.alt ?? '').replace(/\[/g, '(').replace(/\]/g, ')'));
  const inside = image ? `![${alt}](../${image.path})\n` : '';
  const title = collapseWhitespace(caption);
  return `::: figure${title ? ` ${title}` : ''}\n${inside}:::`;
}

function notes(list: readonly Note[]): string {
  return list.map((note) => `[^${note.label}]: ${escapeInline(note.text)}`).join('\n\n');
}

export function blockToMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph': return escapeParagraph(block.text);
    case 'bullets': return block.items.map((item) => `- ${escapeParagraph(item)}`).join('\n');
    case 'numbered': return block.items.map((item) => `${item.number}. ${escapeParagraph(item.text)}`).join('\n');
    case 'table': return table(block.caption, block.rows);
    case 'figure': return figure(block.caption, block.image);
    case 'heading': return `## ${escapeInline(block.text)}`;
    case 'notes': return notes(block.notes);
  }
}

/** The blocks as Markdown, separated by blank lines, ending with a newline (or empty). */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  return blocks.length === 0 ? '' : marksToMarkdown(`${blocks.map(blockToMarkdown).join('\n\n')}\n`);
}
