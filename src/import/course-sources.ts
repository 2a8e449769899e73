/**
 * What every importer shares once it has the text as lines and its headings: plan the outline,
 * read each lesson's blocks, and write course.yaml and the lesson files in memory. The plain-text
 * importer (./import-text.ts) and the .docx importer (./docx/) differ only in how they get there.
 */
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Author, Language, Localized } from '../model/course';
import type { OutputFile } from '../model/files';
import { slugify } from '../text/transliterate';
import { readBlocks, textsOf, type Block, type Tally } from './blocks';
import { courseFile } from './course-file';
import { importDiagnostic, placeAt } from './diagnostics';
import type { Heading } from './headings';
import { lessonFile } from './lesson-file';
import { blocksToMarkdown } from './markdown';
import { planOutline, type LessonPlan, type Outline } from './outline';
import type { SourceLine } from './source-lines';

export interface ImportOptions {
  /** Name of the imported file as recorded in the course (`source:`), e.g. `thesis.kk.txt`. */
  readonly sourceName: string;
  /** Default: from the file name. */
  readonly courseId?: string;
  /** Default: guessed from the letters of the text. */
  readonly language?: Language;
  /** Default: the file name, in the course language. */
  readonly title?: Localized;
  /** Default: none. */
  readonly authors?: readonly Author[];
  /** Default: 1.0.0. */
  readonly version?: string;
  /** The course IRI for xAPI and cmi5 (`iri:`); default: none, and import warns (course/no-iri). */
  readonly iri?: string;
}

/** What the import did, for the command's summary. */
export interface ImportStats {
  readonly lessons: readonly { readonly id: string; readonly title: string; readonly words: number }[];
  readonly chapters: number;
  readonly gluedSentencesRepaired: number;
  readonly gluedCommasRepaired: number;
  readonly tables: number;
  readonly figures: number;
  readonly bulletLists: number;
  readonly numberedLists: number;
}

export interface ImportResult {
  readonly files: readonly OutputFile[];
  readonly diagnostics: readonly Diagnostic[];
  readonly stats?: ImportStats;
}

/** What an importer hands over: the text as lines, its headings, and what only it knows. */
export interface CourseSourcesInput {
  readonly lines: readonly SourceLine[];
  readonly headings: readonly Heading[];
  readonly language: Language;
  readonly options: ImportOptions;
  /** Default title when none is given (the .docx Title); else the file name. */
  readonly title?: string;
  /** Adds to the blocks of one lesson or chapter lead before they are written (the .docx notes). */
  readonly finishBlocks?: (blocks: readonly Block[]) => readonly Block[];
  /** Files the importer adds (the .docx images). */
  readonly extraFiles?: readonly OutputFile[];
  /** The importer's own warnings. */
  readonly diagnostics?: readonly Diagnostic[];
}

/** `thesis.kk.txt` → `thesis`: the name without its extensions. */
function baseName(sourceName: string): string {
  const file = sourceName.split(/[\\/]/).pop() ?? sourceName;
  return file.replace(/(\.[A-Za-z0-9]{1,5})+$/, '') || file;
}

/** The index of the source's first line with text. */
function firstTextLine(lines: readonly SourceLine[]): number {
  return lines.findIndex((line) => line.text.trim() !== '');
}

function defaultTitle(sourceName: string): string {
  const words = baseName(sourceName).replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Words a reader sees in the blocks (Markdown syntax not counted). */
function countWords(blocks: readonly Block[]): number {
  return blocks.flatMap(textsOf).join(' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function lessonPath(lesson: LessonPlan): string {
  return `chapters/${String(lesson.order).padStart(2, '0')}-${lesson.id}.md`;
}

function warnings(outline: Outline, lines: readonly SourceLine[], tally: Tally, sourceName: string, titleLine: Outline['skipped'][number] | undefined): Diagnostic[] {
  const found: Diagnostic[] = [];
  const preface = outline.lessons.find((lesson) => lesson.preface);
  if (preface) {
    found.push(importDiagnostic('import/text-before-heading',
      'The text before the first heading became a lesson of its own.',
      'Give it a heading in the source, or move or delete it in the generated lesson file.',
      placeAt(sourceName, lines[preface.source.from]!.number)));
  }
  for (const heading of outline.skipped) {
    const named = heading === titleLine;
    found.push(importDiagnostic('import/heading-without-text',
      named
        ? `The heading «${heading.title}» has no text under it: it is the course's title, not a lesson.`
        : `The heading «${heading.title}» has no text under it, so it was not made a lesson.`,
      named
        ? 'If the course should have another title, give it with --title-… or edit title: in course.yaml.'
        : 'If it is the document title, use it as the course title (--title-…); if text is missing, add it under the heading.',
      placeAt(sourceName, lines[heading.line]!.number)));
  }
  for (const line of tally.captionsWithoutTable) {
    found.push(importDiagnostic('import/table-without-cells', 'A table caption is not followed by table cells; it was kept as text.',
      'Write the table under its caption in the lesson file (see docs/course-format.md).', placeAt(sourceName, line)));
  }
  return found;
}

function countBlocks(blocks: readonly Block[], kind: Block['kind']): number {
  return blocks.filter((block) => block.kind === kind).length;
}

export function courseSources(input: CourseSourcesInput): ImportResult {
  const { lines, headings, language, options } = input;
  const { sourceName } = options;
  const outline = planOutline(lines, headings, language);
  // a heading with no text on the source's first line, before any other: the document's title
  const titleLine = options.title || input.title ? undefined : outline.skipped.find((heading) => heading.line === firstTextLine(lines));
  const tally: Tally = { sentences: 0, commas: 0, captionsWithoutTable: [] };
  const allBlocks: Block[] = [];
  const read = (span: { from: number; to: number }): readonly Block[] => {
    const read = readBlocks(lines, span, tally);
    const blocks = input.finishBlocks ? input.finishBlocks(read) : read;
    allBlocks.push(...blocks);
    return blocks;
  };

  const chapters = outline.chapters.map((chapter) => ({
    id: chapter.id, number: chapter.number, title: chapter.title, overview: blocksToMarkdown(read(chapter.lead)),
  }));
  const lessonFiles = outline.lessons.map((lesson) => {
    const blocks = read(lesson.body);
    const body = blocksToMarkdown(blocks);
    const fields = {
      id: lesson.id,
      ...(lesson.number !== undefined ? { number: lesson.number } : {}),
      title: lesson.title,
      ...(lesson.chapter !== undefined ? { chapter: lesson.chapter } : {}),
      order: lesson.order,
      source: { file: sourceName, lines: [lines[lesson.source.from]!.number, lines[lesson.source.to]!.number] as const },
    };
    return { lesson, path: lessonPath(lesson), words: countWords(blocks), content: lessonFile(fields, body) };
  });

  const course = courseFile({
    id: options.courseId ?? (slugify(baseName(sourceName), 60) || 'course'),
    version: options.version ?? '1.0.0',
    ...(options.iri === undefined ? {} : { iri: options.iri }),
    language,
    title: options.title ?? { [language]: input.title ?? titleLine?.title ?? defaultTitle(sourceName) },
    authors: options.authors ?? [],
    source: sourceName,
    chapters,
    lessons: lessonFiles.map((file) => file.path),
  });

  const stats: ImportStats = {
    lessons: lessonFiles.map(({ lesson, words }) => ({ id: lesson.id, title: lesson.title, words })),
    chapters: chapters.length,
    gluedSentencesRepaired: tally.sentences,
    gluedCommasRepaired: tally.commas,
    tables: countBlocks(allBlocks, 'table'),
    figures: countBlocks(allBlocks, 'figure'),
    bulletLists: countBlocks(allBlocks, 'bullets'),
    numberedLists: countBlocks(allBlocks, 'numbered'),
  };
  return {
    files: [
      { path: 'course.yaml', content: course },
      ...lessonFiles.map(({ path, content }) => ({ path, content })),
      ...(input.extraFiles ?? []),
    ],
    diagnostics: [...(input.diagnostics ?? []), ...warnings(outline, lines, tally, sourceName, titleLine)],
    stats,
  };
}
