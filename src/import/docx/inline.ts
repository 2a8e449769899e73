/**
 * The text of a paragraph (or a table cell, or a note) with its bold, italic and note
 * references as inline marks (../inline-marks.ts), and the images it holds.
 */
import { collapseWhitespace } from '../../text/whitespace';
import { EMPHASIS, noteMark, STRONG } from '../inline-marks';
import type { DocxImage, DocxNode, DocxNoteReference } from './document';

export interface InlineText {
  /** What a reader sees, whitespace collapsed. */
  readonly plain: string;
  /** The same as written (tabs kept: a text export starts table cells with them). */
  readonly raw: string;
  /** The same with marks; equal to `plain` when nothing is bold, italic or a note reference. */
  readonly marked: string;
  readonly images: readonly DocxImage[];
}

interface Segment {
  text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** Labels notes in the order the text first refers to them: 1, 2, 3 … */
export type NoteLabeler = (reference: DocxNoteReference) => string;

function collect(nodes: readonly DocxNode[], style: { bold: boolean; italic: boolean }, out: { segments: Segment[]; images: DocxImage[] }, label: NoteLabeler): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const last = out.segments[out.segments.length - 1];
        const value = (node as { value: string }).value;
        if (last && last.bold === style.bold && last.italic === style.italic) last.text += value;
        else out.segments.push({ text: value, ...style });
        break;
      }
      case 'tab':
        out.segments.push({ text: '\t', bold: false, italic: false });
        break;
      case 'break':
        if ((node as { breakType?: string }).breakType === 'line') out.segments.push({ text: ' ', bold: false, italic: false });
        break;
      case 'noteReference':
        out.segments.push({ text: noteMark(label(node as DocxNoteReference)), bold: false, italic: false });
        break;
      case 'image':
        out.images.push(node as DocxImage);
        break;
      case 'run': {
        const run = node as { isBold: boolean; isItalic: boolean; children: readonly DocxNode[] };
        collect(run.children, { bold: style.bold || run.isBold, italic: style.italic || run.isItalic }, out, label);
        break;
      }
      default:
        if ('children' in node && node.children) collect(node.children, style, out, label);
    }
  }
}

/** Marks go round the words, never round the spaces beside them (CommonMark needs that). */
function withMarks(segment: Segment): string {
  const mark = `${segment.bold ? STRONG : ''}${segment.italic ? EMPHASIS : ''}`;
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(segment.text)!;
  if (!mark || match[2] === '') return segment.text;
  return `${match[1]}${mark}${match[2]}${[...mark].reverse().join('')}${match[3]}`;
}

export function inlineText(nodes: readonly DocxNode[], label: NoteLabeler): InlineText {
  const out = { segments: [] as Segment[], images: [] as DocxImage[] };
  collect(nodes, { bold: false, italic: false }, out, label);
  const raw = out.segments.map((segment) => segment.text).join('').replace(/\uFDD2[^\uFDD3]*\uFDD3/g, '');
  const marked = collapseWhitespace(out.segments.map(withMarks).join(''));
  return { plain: collapseWhitespace(raw), raw, marked, images: out.images };
}
