/**
 * Turns the headings into the course outline: which lines make each lesson and each chapter's
 * lead text, with stable ids. Chapters hold the text between their heading and their first
 * section; sections are lessons of their chapter; unnumbered headings are lessons outside chapters.
 */
import type { Language } from '../model/course';
import { slugify } from '../text/transliterate';
import type { Heading } from './headings';
import { lastTextLine, type SourceLine } from './source-lines';

/** A run of lines, as 0-based indices, both inclusive. */
export interface LineSpan {
  readonly from: number;
  readonly to: number;
}

export interface ChapterPlan {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  /** Heading line index. */
  readonly line: number;
  /** The lead text under the heading (may be empty: from > to). */
  readonly lead: LineSpan;
}

export interface LessonPlan {
  readonly id: string;
  readonly number?: string;
  readonly title: string;
  readonly chapter?: string;
  /** 1-based position in the course. */
  readonly order: number;
  /** From the heading to the last line with text before the next heading. */
  readonly source: LineSpan;
  /** The lines of the lesson text (after the heading and its continuation line). */
  readonly body: LineSpan;
  /** True for text found before the first heading. */
  readonly preface: boolean;
}

export interface Outline {
  readonly chapters: readonly ChapterPlan[];
  readonly lessons: readonly LessonPlan[];
  /** Headings with no text under them (a document title line): not lessons. */
  readonly skipped: readonly { readonly title: string; readonly line: number }[];
}

const PREFACE_TITLE: Readonly<Record<Language, string>> = { kk: 'Алғысөз', ru: 'Предисловие', en: 'Preface' };

/** Gives every id a unique spelling by appending -2, -3, … to repeats. */
function uniqueIds(): (id: string) => string {
  const used = new Set<string>();
  return (id) => {
    let unique = id;
    for (let n = 2; used.has(unique); n++) unique = `${id}-${n}`;
    used.add(unique);
    return unique;
  };
}

function lessonId(heading: Heading, order: number): string {
  switch (heading.kind) {
    case 'section': return `s${heading.number.replace('.', '-')}`;
    case 'chapter': return `c${heading.number}`;
    case 'unnumbered': return slugify(heading.title) || `lesson-${order}`;
  }
}

function numberOf(heading: Heading): { number?: string } {
  return heading.kind === 'unnumbered' ? {} : { number: heading.number };
}

function hasText(lines: readonly SourceLine[], span: LineSpan): boolean {
  for (let i = span.from; i <= span.to; i++) if (lines[i]?.text) return true;
  return false;
}

export function planOutline(lines: readonly SourceLine[], headings: readonly Heading[], language: Language): Outline {
  const unique = uniqueIds();
  const chapters: ChapterPlan[] = [];
  const lessons: LessonPlan[] = [];
  const skipped: { title: string; line: number }[] = [];
  const addLesson = (fields: Omit<LessonPlan, 'order' | 'id'> & { id: string }) =>
    lessons.push({ ...fields, id: unique(fields.id), order: lessons.length + 1 });

  const first = headings[0]?.line ?? lines.length;
  const preface = { from: 0, to: first - 1 };
  if (hasText(lines, preface)) {
    const from = lines.findIndex((line) => line.text !== '');
    const span = { from, to: lastTextLine(lines, from, first - 1) };
    addLesson({ id: 'preface', title: PREFACE_TITLE[language], source: span, body: span, preface: true });
  }

  headings.forEach((heading, k) => {
    const end = (headings[k + 1]?.line ?? lines.length) - 1;
    const body = { from: heading.last + 1, to: end };
    const source = { from: heading.line, to: lastTextLine(lines, heading.line, end) };
    const next = headings[k + 1];
    if (heading.kind === 'chapter' && next?.kind === 'section' && next.chapter === heading.number) {
      chapters.push({ id: `ch${heading.number}`, number: heading.number, title: heading.title, line: heading.line, lead: body });
      return;
    }
    // a title line, or a heading whose text is missing: a lesson without text has nothing to show or ask
    if (!hasText(lines, body)) {
      skipped.push({ title: heading.title, line: heading.line });
      return;
    }
    const chapter = heading.kind === 'section' && chapters.some((c) => c.number === heading.chapter) ? `ch${heading.chapter}` : undefined;
    addLesson({
      id: lessonId(heading, lessons.length + 1),
      ...numberOf(heading),
      title: heading.title,
      ...(chapter ? { chapter } : {}),
      source,
      body,
      preface: false,
    });
  });
  return { chapters, lessons, skipped };
}
