/**
 * Reads the lines of a lesson (or a chapter's lead) into blocks: paragraphs, lists, tables,
 * figures and sub-headings. Text inside blocks is cleaned (whitespace, glued sentences) but not
 * yet escaped for Markdown; see ./markdown.ts.
 */
import { repairGluedBoundaries } from '../text/sentences';
import { matchCaption } from './captions';
import type { LineSpan } from './outline';
import type { SourceLine } from './source-lines';
import { readTable } from './tables';

export interface NumberedItem {
  readonly number: number;
  readonly text: string;
}

export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'numbered'; readonly items: readonly NumberedItem[] }
  | { readonly kind: 'table'; readonly caption: string; readonly rows: readonly (readonly string[])[]; readonly line: number }
  | { readonly kind: 'figure'; readonly caption: string; readonly image?: FigureImage }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'notes'; readonly notes: readonly Note[] };

/** An image file the import writes into the course folder, as a figure shows it. */
export interface FigureImage {
  /** Path relative to the course folder, e.g. `images/figure-1.png`. */
  readonly path: string;
  readonly alt: string;
}

/** A footnote or endnote, defined at the end of the lesson that refers to it. */
export interface Note {
  readonly label: string;
  readonly text: string;
}

/** What the cleaning did, summed over the whole import. */
export interface Tally {
  sentences: number;
  commas: number;
  /** Lines of table captions under which no cells were found (the caption stays as a paragraph). */
  readonly captionsWithoutTable: number[];
}

/** `· item`, `• item`; a dash only with a space after it (`-5%` is a number). */
const BULLET = /^(?:[·•▪●◦]\s*|[-–—]\s+)(?=\S)/u;
/** `1. text`, also glued `3.Text` (a capital or a quote right after the dot). */
const NUMBERED = /^(\d{1,3})(?:\.\s+|\.(?=[\p{Lu}«"]))(?=\S)/u;
const SUBSECTION = /^\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s+\p{Lu}/u;

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };
type OpenBlock = Mutable<Extract<Block, { kind: 'paragraph' | 'bullets' | 'numbered' }>>;

/** A line carries on the text above when that text has no end mark and this starts in lower case. */
function continues(previous: string, next: string): boolean {
  return !/[.!?:;»"”)]$/u.test(previous) && /^\p{Ll}/u.test(next);
}

class BlockReader {
  private readonly blocks: Block[] = [];
  private open: OpenBlock | undefined;

  constructor(private readonly tally: Tally) {}

  clean(text: string): string {
    const repaired = repairGluedBoundaries(text);
    this.tally.sentences += repaired.sentences;
    this.tally.commas += repaired.commas;
    return repaired.text;
  }

  close(): void {
    if (this.open) this.blocks.push(this.open);
    this.open = undefined;
  }

  add(block: Block): void {
    this.close();
    this.blocks.push(block);
  }

  /** Appends a wrapped line to the paragraph or list item above; false when it is new text. */
  carryOn(text: string): boolean {
    const open = this.open;
    if (!open) return false;
    const lastText = open.kind === 'paragraph' ? open.text
      : open.kind === 'bullets' ? open.items[open.items.length - 1]! : open.items[open.items.length - 1]!.text;
    if (!continues(lastText, text)) return false;
    const joined = `${lastText} ${this.clean(text)}`;
    if (open.kind === 'paragraph') open.text = joined;
    else if (open.kind === 'bullets') open.items[open.items.length - 1] = joined;
    else open.items[open.items.length - 1] = { ...open.items[open.items.length - 1]!, text: joined };
    return true;
  }

  bullet(text: string): void {
    if (this.open?.kind !== 'bullets') this.close();
    if (!this.open) this.open = { kind: 'bullets', items: [] };
    (this.open as Mutable<Extract<Block, { kind: 'bullets' }>>).items.push(this.clean(text));
  }

  numbered(number: number, text: string): void {
    if (this.open?.kind !== 'numbered') this.close();
    if (!this.open) this.open = { kind: 'numbered', items: [] };
    (this.open as Mutable<Extract<Block, { kind: 'numbered' }>>).items.push({ number, text: this.clean(text) });
  }

  paragraph(text: string): void {
    this.close();
    this.open = { kind: 'paragraph', text: this.clean(text) };
  }

  result(): readonly Block[] {
    this.close();
    return this.blocks;
  }
}

/** The words a reader sees in a block, as text (Markdown syntax left out). */
export function textsOf(block: Block): readonly string[] {
  switch (block.kind) {
    case 'paragraph': case 'heading': return [block.text];
    case 'bullets': return block.items;
    case 'numbered': return block.items.map((item) => item.text);
    case 'table': return [block.caption, ...block.rows.flat()];
    case 'figure': return [block.caption];
    case 'notes': return block.notes.map((note) => note.text);
  }
}

/** The blocks of lines `span` (0-based, inclusive). */
export function readBlocks(lines: readonly SourceLine[], span: LineSpan, tally: Tally): readonly Block[] {
  const reader = new BlockReader(tally);
  for (let i = span.from; i <= span.to; i++) {
    const line = lines[i]!;
    if (line.block) { reader.add(line.block); continue; }
    const text = line.text;
    if (!text) { reader.close(); continue; }
    // What the block keeps: the text with its inline marks, when the source had any.
    const content = line.marked ?? text;
    const caption = matchCaption(text);
    if (caption?.kind === 'table') {
      const table = readTable(lines, i, caption.text);
      if (table.rows.length === 0) {
        tally.captionsWithoutTable.push(lines[i]!.number);
        reader.paragraph(caption.text);
        continue;
      }
      const rows = table.rows.map((row) => row.map((cell) => reader.clean(cell)));
      reader.add({ kind: 'table', caption: caption.text, rows, line: lines[i]!.number });
      i = Math.min(table.last, span.to);
      continue;
    }
    if (caption?.kind === 'figure') { reader.add({ kind: 'figure', caption: caption.text }); continue; }
    if (SUBSECTION.test(text)) { reader.add({ kind: 'heading', text }); continue; }
    const bullet = BULLET.exec(text);
    if (bullet) { reader.bullet(content.slice(bullet[0].length)); continue; }
    const numbered = NUMBERED.exec(text);
    if (numbered) { reader.numbered(Number(numbered[1]), content.slice(numbered[0].length).trim()); continue; }
    if (!reader.carryOn(content)) reader.paragraph(content);
  }
  return reader.result();
}
