/**
 * Walks the document tree into the units the importer reads: text paragraphs (as the lines of a
 * text), empty paragraphs (blank lines), headings by Word style, tables and images. List
 * paragraphs are written the way a text export writes them (`· item`, `3. item`), so the
 * plain-text rules read them.
 */
import { matchCaption } from '../captions';
import type { DocxDocument, DocxImage, DocxNode, DocxNoteReference, DocxParagraph, DocxTable } from './document';
import { inlineText, type InlineText, type NoteLabeler } from './inline';
import { tableRows } from './table';

export type Unit =
  | {
    readonly kind: 'text'; readonly plain: string; readonly raw: string; readonly marked: string;
    /** A caption: of a table or a figure by its label ("Кесте 1", "Сурет 1"), of either by Word's Caption style alone. */
    readonly caption?: 'table' | 'figure' | 'any';
    readonly headingLevel?: number;
  }
  | { readonly kind: 'blank' }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'image'; readonly image: DocxImage };

export interface NoteText {
  readonly label: string;
  readonly text: string;
}

export interface DocumentUnits {
  readonly units: readonly Unit[];
  /** The text of the paragraph styled Title, if any. */
  readonly title?: string;
  /** Every note the text refers to, by label. */
  readonly notes: ReadonlyMap<string, string>;
}

const HEADING_STYLE = /^heading\s*(\d)$/i;
const TABLE_OF_CONTENTS_STYLE = /^toc\s*(heading|\d)/i;

function headingLevel(paragraph: DocxParagraph): number | undefined {
  const match = HEADING_STYLE.exec(paragraph.styleName ?? '') ?? HEADING_STYLE.exec(paragraph.styleId ?? '');
  return match ? Number(match[1]) : undefined;
}

function isCaptionStyle(paragraph: DocxParagraph): boolean {
  return /^caption$/i.test(paragraph.styleName ?? '') || /^caption$/i.test(paragraph.styleId ?? '');
}

class UnitWriter {
  readonly units: Unit[] = [];
  title: string | undefined;
  private readonly labels = new Map<string, string>();
  readonly notes = new Map<string, string>();
  /** Running numbers of the open numbered list, by list level. */
  private counters: number[] = [];
  /** Whether the open list is numbered: a bullet list between two numbered ones restarts them. */
  private ordered: boolean | undefined;

  constructor(private readonly document: DocxDocument) {}

  readonly label: NoteLabeler = (reference: DocxNoteReference) => {
    const key = `${reference.noteType}-${reference.noteId}`;
    let label = this.labels.get(key);
    if (label === undefined) {
      label = String(this.labels.size + 1);
      this.labels.set(key, label);
      const note = this.document.notes.resolve(reference);
      const paragraphs = note ? cellParagraphs(note.body) : [];
      this.notes.set(label, paragraphs.map((nodes) => inlineText(nodes, this.label).marked).filter(Boolean).join(' '));
    }
    return label;
  };

  paragraph(paragraph: DocxParagraph): void {
    const inline = inlineText(paragraph.children, this.label);
    if (!paragraph.numbering || paragraph.numbering.isOrdered !== this.ordered) this.counters = [];
    this.ordered = paragraph.numbering?.isOrdered;
    const style = paragraph.styleName ?? '';
    if (/^title$/i.test(style) && this.title === undefined && inline.plain) {
      this.title = inline.plain;
      this.units.push({ kind: 'blank' });
    } else if (TABLE_OF_CONTENTS_STYLE.test(style)) {
      this.units.push({ kind: 'blank' });
    } else if (inline.plain) {
      this.units.push(this.textUnit(paragraph, inline));
    } else if (inline.images.length === 0) {
      // A paragraph holding only tabs is an empty cell of a flattened table, not a blank line.
      this.units.push(inline.raw.includes('\t') ? { kind: 'text', plain: '', raw: inline.raw, marked: '' } : { kind: 'blank' });
    }
    for (const image of inline.images) this.units.push({ kind: 'image', image });
  }

  private textUnit(paragraph: DocxParagraph, inline: InlineText): Unit {
    const level = headingLevel(paragraph);
    if (level !== undefined) return { kind: 'text', plain: inline.plain, raw: inline.raw, marked: inline.plain, headingLevel: level };
    const caption = matchCaption(inline.plain)?.kind ?? (isCaptionStyle(paragraph) ? 'any' : undefined);
    if (paragraph.numbering) {
      const depth = Number(paragraph.numbering.level) || 0;
      this.counters = this.counters.slice(0, depth + 1);
      this.counters[depth] = (this.counters[depth] ?? 0) + 1;
      const prefix = paragraph.numbering.isOrdered ? `${this.counters[depth]}. ` : '· ';
      return { kind: 'text', plain: prefix + inline.plain, raw: prefix + inline.plain, marked: prefix + inline.marked };
    }
    return { kind: 'text', plain: inline.plain, raw: inline.raw, marked: inline.marked, ...(caption ? { caption } : {}) };
  }

  table(table: DocxTable): void {
    this.counters = [];
    // A pipe table cannot hold an image: the images of its cells follow it as figures of their own.
    const images: DocxImage[] = [];
    const cellText = (cell: { children: readonly DocxNode[] }): string =>
      cellParagraphs(cell.children).map((nodes) => {
        const inline = inlineText(nodes, this.label);
        images.push(...inline.images);
        return inline.marked;
      }).filter(Boolean).join(' ');
    this.units.push({ kind: 'table', rows: tableRows(table, cellText) });
    for (const image of images) this.units.push({ kind: 'image', image });
  }
}

/** The paragraphs' children in a cell or a note (a nested table's cells read as more paragraphs). */
function cellParagraphs(nodes: readonly DocxNode[]): (readonly DocxNode[])[] {
  return nodes.flatMap((node) => {
    if (node.type === 'paragraph') return [(node as DocxParagraph).children];
    return 'children' in node && node.children ? cellParagraphs(node.children) : [];
  });
}

export function documentUnits(document: DocxDocument): DocumentUnits {
  const writer = new UnitWriter(document);
  const visit = (nodes: readonly DocxNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'paragraph') writer.paragraph(node as DocxParagraph);
      else if (node.type === 'table') writer.table(node as DocxTable);
      else if ('children' in node && node.children) visit(node.children);
    }
  };
  visit(document.children);
  return { units: writer.units, ...(writer.title !== undefined ? { title: writer.title } : {}), notes: writer.notes };
}

/** All the images in document order (for reading their bytes before the units are placed). */
export function imagesOf(units: readonly Unit[]): DocxImage[] {
  return units.flatMap((unit) => (unit.kind === 'image' ? [unit.image] : []));
}
