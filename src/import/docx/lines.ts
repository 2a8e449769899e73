/**
 * The units of a document as the lines the shared importer reads: one line per paragraph
 * (its number is the paragraph's number, as `source.lines` of a lesson records it), a table or
 * a figure as one line holding its whole block. A caption beside a table or an image (above a
 * table, below an image, or the other way round) is joined to it, and its own line left blank.
 */
import type { Block, FigureImage } from '../blocks';
import { stripMarks } from '../inline-marks';
import type { SourceLine } from '../source-lines';
import type { Unit } from './units';

/** What became of each image: written to the course (with alt text), or only its caption kept. */
export type PlacedImage = FigureImage | undefined;

type Kind = 'table' | 'figure';

function captionAt(units: readonly Unit[], index: number, kind: Kind, taken: Set<number>): number | undefined {
  const unit = units[index];
  if (unit?.kind !== 'text' || taken.has(index) || unit.headingLevel !== undefined) return undefined;
  return unit.caption === kind || unit.caption === 'any' ? index : undefined;
}

/** Index of the caption of the object at `index`: the side Word puts it on first, then the other. */
function findCaption(units: readonly Unit[], index: number, kind: Kind, taken: Set<number>): number | undefined {
  const [first, second] = kind === 'table' ? [index - 1, index + 1] : [index + 1, index - 1];
  return captionAt(units, first, kind, taken) ?? captionAt(units, second, kind, taken);
}

export function unitsToLines(units: readonly Unit[], images: ReadonlyMap<Unit, PlacedImage>): SourceLine[] {
  const taken = new Set<number>();
  const captions = new Map<number, string>();
  units.forEach((unit, index) => {
    if (unit.kind !== 'table' && unit.kind !== 'image') return;
    const at = findCaption(units, index, unit.kind === 'table' ? 'table' : 'figure', taken);
    if (at === undefined) return;
    taken.add(at);
    const caption = units[at] as Extract<Unit, { kind: 'text' }>;
    captions.set(index, caption.marked);
  });
  return units.map((unit, index): SourceLine => {
    const number = index + 1;
    if (taken.has(index) || unit.kind === 'blank') return { number, raw: '', text: '' };
    const caption = captions.get(index) ?? '';
    switch (unit.kind) {
      case 'text':
        return unit.marked === unit.plain
          ? { number, raw: unit.raw, text: unit.plain }
          : { number, raw: unit.raw, text: unit.plain, marked: unit.marked };
      case 'table':
        return blockLine(number, caption, { kind: 'table', caption, rows: unit.rows, line: number });
      case 'image': {
        const image = images.get(unit);
        return blockLine(number, caption, image ? { kind: 'figure', caption, image } : { kind: 'figure', caption });
      }
    }
  });
}

function blockLine(number: number, caption: string, block: Block): SourceLine {
  // The line's text is what the outline looks at (is there text in this lesson?), never a heading.
  const text = stripMarks(caption) || '\u00B6';
  return { number, raw: text, text, block };
}
