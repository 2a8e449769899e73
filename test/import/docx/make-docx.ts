/**
 * Builds .docx files for the tests with the `docx` package, as Word would save them: heading
 * styles, lists, tables with merged header cells, images with alt text and captions, footnotes.
 * Also the damaged and foreign files the importer must refuse.
 */
import * as zlib from 'node:zlib';
import {
  AlignmentType, Document, EndnoteReferenceRun, FootnoteReferenceRun, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph,
  Table, TableCell, TableRow, TextRun,
} from 'docx';
import JSZip from 'jszip';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of one colour; `noise` adds incompressible bytes to make large files. */
export function png(width: number, height: number, colour: readonly [number, number, number], noise = false): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; header[9] = 2; header[10] = 0; header[11] = 0; header[12] = 0;
  const row = Buffer.alloc(1 + width * 3);
  const rows: Buffer[] = [];
  let seed = 7 + colour[0] * 65536 + colour[1] * 256 + colour[2];
  for (let y = 0; y < height; y++) {
    const line = Buffer.from(row);
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < 3; k++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        line[1 + x * 3 + k] = noise ? seed >>> 24 : colour[k]!;
      }
    }
    rows.push(line);
  }
  const data = zlib.deflateSync(Buffer.concat(rows), { level: noise ? 0 : 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

export type Part =
  | { readonly heading: 1 | 2 | 3; readonly text: string }
  | { readonly title: string }
  | { readonly text: string; readonly bold?: string; readonly italic?: string; readonly footnote?: number; readonly endnote?: number; readonly caption?: boolean }
  | { readonly bullets: readonly string[] }
  | { readonly numbered: readonly string[] }
  | { readonly table: { readonly merged: string; readonly under: readonly string[]; readonly first: string; readonly rows: readonly (readonly string[])[] } }
  | { readonly image: Buffer; readonly alt?: string }
  | { readonly imageInTable: Buffer; readonly alt: string }
  | { readonly empty: true };

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cell(text: string, options: { columnSpan?: number; rowSpan?: number } = {}): TableCell {
  return new TableCell({ children: [new Paragraph(text)], ...options });
}

/** A table whose first header cell spans two rows and whose second spans the columns below it. */
function mergedTable(table: Extract<Part, { table: unknown }>['table']): Table {
  const header = new TableRow({
    tableHeader: true,
    children: [cell(table.first, { rowSpan: 2 }), cell(table.merged, { columnSpan: table.under.length })],
  });
  const under = new TableRow({ tableHeader: true, children: table.under.map((text) => cell(text)) });
  const body = table.rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) }));
  return new Table({ rows: [header, under, ...body] });
}

function imageRun(data: Buffer, alt: string): ImageRun {
  return new ImageRun({ type: 'png', data, transformation: { width: 100, height: 100 }, altText: { name: 'figure', description: alt, title: '' } });
}

function toChildren(part: Part): (Paragraph | Table)[] {
  if ('heading' in part) return [new Paragraph({ text: part.text, heading: HEADINGS[part.heading] })];
  if ('title' in part) return [new Paragraph({ text: part.title, heading: HeadingLevel.TITLE })];
  if ('bullets' in part) return part.bullets.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
  if ('numbered' in part) return part.numbered.map((text) => new Paragraph({ text, numbering: { reference: 'numbers', level: 0 } }));
  if ('table' in part) return [mergedTable(part.table)];
  if ('empty' in part) return [new Paragraph('')];
  if ('imageInTable' in part) {
    const picture = new Paragraph({ children: [imageRun(part.imageInTable, part.alt)] });
    return [new Table({ rows: [new TableRow({ children: [cell('Map'), new TableCell({ children: [picture] })] })] })];
  }
  if ('image' in part) {
    return [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({
        type: 'png', data: part.image, transformation: { width: 320, height: 200 },
        ...(part.alt !== undefined ? { altText: { name: 'figure', description: part.alt, title: '' } } : {}),
      })],
    })];
  }
  const runs: (TextRun | FootnoteReferenceRun | EndnoteReferenceRun)[] = [new TextRun(part.text)];
  if (part.bold) runs.push(new TextRun({ text: part.bold, bold: true }));
  if (part.italic) runs.push(new TextRun({ text: part.italic, italics: true }));
  if (part.footnote !== undefined) runs.push(new FootnoteReferenceRun(part.footnote));
  if (part.endnote !== undefined) runs.push(new EndnoteReferenceRun(part.endnote));
  return [new Paragraph({ children: runs, ...(part.caption ? { style: 'Caption' } : {}) })];
}

export async function makeDocx(
  parts: readonly Part[],
  footnotes: Readonly<Record<number, string>> = {},
  endnotes: Readonly<Record<number, string>> = {},
): Promise<Buffer> {
  const document = new Document({
    creator: 'coursepack tests',
    // Fixed dates: the same parts give the same bytes.
    footnotes: Object.fromEntries(Object.entries(footnotes).map(([id, text]) => [id, { children: [new Paragraph(text)] }])),
    endnotes: Object.fromEntries(Object.entries(endnotes).map(([id, text]) => [id, { children: [new Paragraph(text)] }])),
    numbering: { config: [{ reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [{ children: parts.flatMap(toChildren) }],
  });
  return Packer.toBuffer(document);
}

/** The same .docx with its first image stored as `extension` (e.g. an EMF, which browsers cannot show). */
export async function withImageType(docx: Buffer, extension: string, contentType: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const media = Object.keys(zip.files).find((name) => name.startsWith('word/media/'))!;
  const renamed = media.replace(/\.[a-z]+$/, `.${extension}`);
  zip.file(renamed, await zip.file(media)!.async('nodebuffer'));
  zip.remove(media);
  const rels = 'word/_rels/document.xml.rels';
  zip.file(rels, (await zip.file(rels)!.async('string')).replace(media.slice('word/'.length), renamed.slice('word/'.length)));
  const types = '[Content_Types].xml';
  const xml = await zip.file(types)!.async('string');
  zip.file(types, xml.replace('<Default ', `<Default Extension="${extension}" ContentType="${contentType}"/><Default `));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The start of an OLE compound file (what .doc and encrypted .docx files are) holding the named streams. */
export function oleFile(...streams: readonly string[]): Buffer {
  const signature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const directory = streams.map((name) => {
    const entry = Buffer.alloc(128);
    Buffer.from(name, 'utf16le').copy(entry);
    return entry;
  });
  return Buffer.concat([signature, Buffer.alloc(504), ...directory]);
}
