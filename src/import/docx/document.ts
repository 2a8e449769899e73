/**
 * Reads a .docx into mammoth's document tree (paragraphs with their style and numbering, runs,
 * tables with merged cells, notes, images). mammoth documents this tree for `transformDocument`
 * and calls it unstable across versions, so the version is pinned in package.json and the
 * shapes we use are typed here, in one place.
 */
import mammoth from 'mammoth';

export interface DocxText { readonly type: 'text'; readonly value: string }
export interface DocxImage {
  readonly type: 'image';
  readonly altText?: string;
  readonly contentType?: string;
  readAsBuffer(): Promise<Buffer>;
}
export interface DocxNoteReference { readonly type: 'noteReference'; readonly noteType: string; readonly noteId: string }
export interface DocxRun {
  readonly type: 'run';
  readonly isBold: boolean;
  readonly isItalic: boolean;
  readonly children: readonly DocxNode[];
}
export interface DocxParagraph {
  readonly type: 'paragraph';
  readonly styleId: string | null;
  readonly styleName: string | null;
  readonly numbering: { readonly level: string; readonly isOrdered: boolean } | null;
  readonly children: readonly DocxNode[];
}
export interface DocxTableCell { readonly type: 'tableCell'; readonly colSpan: number; readonly rowSpan: number; readonly children: readonly DocxNode[] }
export interface DocxTableRow { readonly type: 'tableRow'; readonly isHeader: boolean; readonly children: readonly DocxTableCell[] }
export interface DocxTable { readonly type: 'table'; readonly children: readonly DocxTableRow[] }
export interface DocxNote { readonly type: 'note'; readonly noteType: string; readonly noteId: string; readonly body: readonly DocxNode[] }
/** Anything else in the tree (tabs, breaks, hyperlinks, bookmarks …): read by its type and children. */
export interface DocxOther { readonly type: string; readonly children?: readonly DocxNode[]; readonly breakType?: string }

export type DocxNode = DocxText | DocxImage | DocxNoteReference | DocxRun | DocxParagraph | DocxTable | DocxTableRow | DocxTableCell | DocxOther;

export interface DocxDocument {
  readonly children: readonly DocxNode[];
  readonly notes: { resolve(reference: { noteType: string; noteId: string }): DocxNote | null };
}

/** The document tree, or the reason the file cannot be read. */
export async function readDocument(bytes: Uint8Array): Promise<{ document: DocxDocument } | { problem: string }> {
  let captured: DocxDocument | undefined;
  try {
    await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, {
      // Keep the tree, and hand mammoth an empty document: its HTML is not used.
      transformDocument: (document: DocxDocument) => {
        captured = document;
        return { ...document, children: [] };
      },
    });
  } catch (error) {
    return { problem: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
  return captured ? { document: captured } : { problem: 'it holds no document body' };
}
