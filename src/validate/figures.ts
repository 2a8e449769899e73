/**
 * Images and figures in lesson text, found line by line (outside fenced code): every
 * `![alt](src)` with its place, every `::: figure` container (does it hold an image?), and
 * every mention of a figure by its label and number ("Сурет 3", "Рисунок 3", "Figure 3").
 * Pure: reading the image files is src/load/images.ts.
 */
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic, Place } from '../diagnostics/diagnostic';
import type { Lesson } from '../model/course';

export interface ImageReference {
  readonly alt: string;
  readonly src: string;
  readonly place: Place;
}

interface FigureContainer {
  /** "3" for "Сурет 3 – …"; absent when the caption has no label and number. */
  readonly number?: string;
  /** The images written inside it. */
  readonly images: readonly ImageReference[];
  readonly place: Place;
}

interface Mention {
  readonly number: string;
  readonly label: string;
  readonly place: Place;
}

export interface LessonFigures {
  readonly images: readonly ImageReference[];
  readonly figures: readonly FigureContainer[];
  readonly mentions: readonly Mention[];
}

const IMAGE = /!\[((?:\\.|[^\]\\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/gu;
const LABEL = String.raw`(Сурет|Рисунок|Рис\.|Figure|Fig\.)\s*(\d+(?:\.\d+)*)`;
const CAPTION_NUMBER = new RegExp(`^${LABEL}`, 'iu');
const MENTION = new RegExp(`(?<!\\p{L})${LABEL}`, 'giu');
const FIGURE_OPEN = /^\s*:::\s*figure(?:\s+(.*))?$/u;
const CONTAINER_CLOSE = /^\s*:::\s*$/u;
const FENCE = /^\s*(```|~~~)/u;

function unescape(text: string): string {
  return text.replace(/\\(.)/gu, '$1');
}

export function scanLesson(lesson: Pick<Lesson, 'body' | 'bodyLine' | 'place'>): LessonFigures {
  const images: ImageReference[] = [];
  const figures: FigureContainer[] = [];
  const mentions: Mention[] = [];
  if (!lesson.body.includes('![') && !/figure|сурет|рисунок|рис\./iu.test(lesson.body)) return { images, figures, mentions };
  let fenced = false;
  let open: { number?: string; images: ImageReference[]; place: Place } | undefined;
  lesson.body.split('\n').forEach((text, index) => {
    const place = (column: number): Place => ({ file: lesson.place.file, line: lesson.bodyLine + index, column });
    if (FENCE.test(text)) fenced = !fenced;
    if (fenced) return;
    const figure = FIGURE_OPEN.exec(text);
    if (figure) {
      const number = CAPTION_NUMBER.exec((figure[1] ?? '').trim())?.[2];
      open = { ...(number !== undefined ? { number } : {}), images: [], place: place(1) };
      return;
    }
    if (open && CONTAINER_CLOSE.test(text)) {
      figures.push(open);
      open = undefined;
      return;
    }
    for (const match of text.matchAll(IMAGE)) {
      const image = { alt: unescape(match[1]!).trim(), src: match[2]!, place: place(match.index! + 1) };
      images.push(image);
      open?.images.push(image);
    }
    if (/^\s*:::/u.test(text)) return; // a table's caption names its own table
    for (const match of text.matchAll(MENTION)) {
      mentions.push({ label: match[1]!, number: match[2]!, place: place(match.index! + 1) });
    }
  });
  if (open) figures.push(open);
  return { images, figures, mentions };
}

/**
 * A figure without its image, and a figure the text mentions that no figure of the course
 * shows (`shipped`: the image references whose file can be shipped).
 */
export function figureWarnings(scans: readonly LessonFigures[], shipped: ReadonlySet<ImageReference>): Diagnostic[] {
  const shown = (figure: FigureContainer) => figure.images.some((image) => shipped.has(image));
  const found: Diagnostic[] = [];
  const numbered = new Set<string>();
  for (const scan of scans) {
    for (const figure of scan.figures) {
      if (figure.number !== undefined) numbered.add(figure.number);
      if (!shown(figure)) {
        const name = figure.number !== undefined ? `figure ${figure.number}` : 'this figure';
        found.push(diagnostic('figure/no-image', `${name} has no image: only its caption is shown`, figure.place));
      }
    }
  }
  const reported = new Set<string>();
  for (const scan of scans) {
    for (const mention of scan.mentions) {
      const key = `${mention.place.file}#${mention.number}`;
      if (numbered.has(mention.number) || reported.has(key)) continue;
      reported.add(key);
      found.push(diagnostic('figure/no-image', `the text refers to "${mention.label} ${mention.number}", but no figure of the course has that number`, mention.place,
        'Add the figure where the text needs it: "::: figure ' + `${mention.label} ${mention.number}` + ' – caption", a line ![alt text](../images/file.png), and ":::".'));
    }
  }
  return found;
}
