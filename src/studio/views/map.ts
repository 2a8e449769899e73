/**
 * The course map as the page shows it: chapters and lessons with words, screens, and items by
 * status and kind (the rows of `quiz report`, src/quiz/report.ts), and every diagnostic of
 * `validate` (src/build/check.ts) with its file and line.
 */
import * as path from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { displayPath } from '../../diagnostics/format';
import { courseTitle, type Course, type Lesson } from '../../model/course';
import type { QuestionBank } from '../../model/quiz';
import { prepareLesson } from '../../render/index';
import { countWords } from '../../render/words';
import type { GeneratedLesson } from '../../quiz/generate';
import { buildQuizReport, type KindRow, type LessonQuizReport } from '../../quiz/report';
import type { Workspace } from '../workspace';
import { reviewProgress, type Progress } from './progress';

export interface DiagnosticView {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  /** `course/chapters/02-s1-1.md:14:3`, relative to the folder that holds the course folder. */
  readonly where?: string;
}

export interface LessonRow {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly words: number;
  readonly screens: number;
  readonly kinds: readonly KindRow[];
  readonly total: Omit<KindRow, 'kind'>;
  /** From the quiz report, once generation has run for it (GET /api/report). */
  readonly shortfalls?: readonly string[];
  readonly dropped?: number;
}

export interface MapView {
  readonly course: { readonly id: string; readonly title: string; readonly language: string } | null;
  readonly chapters: readonly { readonly id: string; readonly title: string; readonly lessons: readonly LessonRow[] }[];
  readonly progress: Progress;
  readonly diagnostics: readonly DiagnosticView[];
  /** False while validate has not run on what is on disk now (its diagnostics are of an earlier state). */
  readonly validated: boolean;
  readonly reportRun: boolean;
}

const lessonFigures = new Map<string, { readonly key: string; readonly words: number; readonly screens: number }>();

/** Words and screens of a lesson, counted again only when its text or the screen settings changed. */
function figuresOf(course: Course, lesson: Lesson): { words: number; screens: number } {
  const key = `${JSON.stringify(course.settings.screen)}\u0000${lesson.title}\u0000${lesson.body}`;
  const known = lessonFigures.get(lesson.id);
  if (known && known.key === key) return known;
  const figures = { key, words: countWords(lesson.body), screens: prepareLesson(course, lesson).screens.length };
  lessonFigures.set(lesson.id, figures);
  return figures;
}

export function mapView(workspace: Workspace, generated?: readonly GeneratedLesson[]): MapView {
  const course = workspace.course;
  const cwd = path.dirname(workspace.courseDir);
  const diagnostics = [...(workspace.validation.current ? workspace.validation.diagnostics : workspace.loadDiagnostics)].map((d) => diagnosticView(d, cwd));
  if (!course) return { course: null, chapters: [], progress: { reviewed: 0, total: 0 }, diagnostics, validated: workspace.validation.current, reportRun: false };
  const report = quizReportOf(workspace, course, generated);
  const rows = new Map(report.map((lesson) => [lesson.lesson, lesson]));
  const row = (lesson: Lesson): LessonRow => lessonRow(course, lesson, rows.get(lesson.id)!, generated !== undefined);
  const chapters = course.chapters.map((chapter) => ({ id: chapter.id, title: chapter.title, lessons: course.lessons.filter((lesson) => lesson.chapter === chapter.id).map(row) }));
  const loose = course.lessons.filter((lesson) => lesson.chapter === undefined);
  if (loose.length > 0) chapters.unshift({ id: '', title: '', lessons: loose.map(row) });
  return {
    course: { id: course.id, title: courseTitle(course), language: course.language },
    chapters,
    progress: reviewProgress(workspace),
    diagnostics,
    validated: workspace.validation.current,
    reportRun: generated !== undefined,
  };
}

function lessonRow(course: Course, lesson: Lesson, report: LessonQuizReport, withGeneration: boolean): LessonRow {
  const { words, screens } = figuresOf(course, lesson);
  const base = { id: lesson.id, title: lesson.title, file: lesson.file, words, screens, kinds: report.kinds, total: report.total };
  return withGeneration ? { ...base, shortfalls: report.shortfalls, dropped: report.dropped } : base;
}

/**
 * The quiz report's rows. Without a generation run (it takes seconds) the report is built with
 * nothing generated: its on-disk columns (draft, approved, rejected, usable) are what counts.
 */
function quizReportOf(workspace: Workspace, course: Course, generated: readonly GeneratedLesson[] | undefined): readonly LessonQuizReport[] {
  const banks = new Map<string, QuestionBank>();
  for (const lesson of course.lessons) {
    const bank = workspace.bankOf(lesson.id)?.bank;
    if (bank) banks.set(lesson.id, bank);
  }
  const lessons = generated ?? course.lessons.map((lesson) => ({ lesson: lesson.id, items: [], dropped: [], ruleKinds: {} }));
  return buildQuizReport(course, lessons, banks).lessons;
}

export function diagnosticView(d: Diagnostic, cwd: string): DiagnosticView {
  const where = d.place ? `${displayPath(d.place.file, cwd)}:${d.place.line}:${d.place.column}` : undefined;
  return { severity: d.severity, code: d.code, message: d.message, ...(d.hint ? { hint: d.hint } : {}), ...(where ? { where } : {}) };
}
