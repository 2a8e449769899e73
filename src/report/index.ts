/**
 * `coursepack report`: read tracking data (an LRS, a Moodle course through its web services, or
 * Moodle's interactions report), analyse it against the course and its banks, write
 * progress.csv, items.csv, options.csv, funnel.csv and report.html (and, from Moodle, the local
 * store for the next run).
 * Stages: read (sources/) → input (analysis/input.ts) → analyse (analysis/) → render (outputs/) → write.
 */
import * as path from 'node:path';
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { UserError } from '../diagnostics/errors';
import { courseIri, courseTitle, type Course } from '../model/course';
import type { QuestionBank } from '../model/quiz';
import { lessonTitle } from '../formats/scorm12/titles';
import { shippedItems } from '../quiz/bank/select';
import { analyse, type Analysis } from './analysis/index';
import { reportInput, type ReportInput } from './analysis/input';
import type { LessonRef, TrackingData } from './model';
import { csvFiles } from './outputs/csv';
import { reportHtml } from './outputs/html/page';
import type { ReportMeta } from './outputs/meta';
import { readMoodleTracking, type MoodleContext } from './sources/moodle/index';
import { readMoodleWsTracking, type MoodleWsOptions } from './sources/moodle-ws/index';
import { loadStore, saveStore, STORE_FILE } from './sources/moodle-ws/store';
import { collectGarbage } from './sources/xapi/collect';
import { readXapiTracking, type XapiSourceOptions } from './sources/xapi/index';
import { writeReportFiles } from './write';

export type ReportSource =
  | ({ readonly kind: 'xapi' } & Omit<XapiSourceOptions, 'activity'>)
  | { readonly kind: 'moodle-csv'; readonly file: string; readonly text: string }
  | ({ readonly kind: 'moodle' } & MoodleWsOptions);

export interface ReportOptions {
  readonly course: Course;
  /** By lesson id (loadBanks): option texts, keys, and rescoring of Moodle responses. */
  readonly banks: ReadonlyMap<string, QuestionBank>;
  readonly source: ReportSource;
  readonly outDir: string;
  /** Idle days are counted to this time (default: the clock). */
  readonly now?: Date;
  /** Days without progress after which a started lesson counts as stuck (default 7). */
  readonly stuckDays?: number;
}

export interface ReportResult {
  readonly analysis: Analysis;
  readonly meta: ReportMeta;
  /** Absolute paths of the files written. */
  readonly files: readonly string[];
  /** Warnings about the data (skipped statements, unknown lessons or items). */
  readonly diagnostics: readonly Diagnostic[];
}

export const REPORT_FILES = ['progress.csv', 'items.csv', 'options.csv', 'funnel.csv', 'report.html'] as const;

export async function runReport(options: ReportOptions): Promise<ReportResult> {
  const { data, afterWrite, warnings } = await readTracking(options);
  // Between stages, the last stage's garbage is collected before the next one builds (./sources/xapi/collect.ts).
  collectGarbage();
  const covered = data.lessons;
  const lessons = lessonRefs(options.course).filter((lesson) => covered === undefined || covered.includes(lesson.id));
  const input = reportInput(data, lessons, options.banks);
  const analysis = analyse(input, {
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.stuckDays === undefined ? {} : { stuckDays: options.stuckDays }),
  });
  collectGarbage();
  const meta: ReportMeta = { courseTitle: courseTitle(options.course), language: options.course.language, source: data.source };
  const outputs = { ...csvFiles(analysis), 'report.html': reportHtml(analysis, meta) };
  collectGarbage();
  const files = await writeReportFiles(options.outDir, outputs);
  const more = afterWrite === undefined ? [] : await afterWrite();
  return { analysis, meta, files: [...files, ...more], diagnostics: [...warnings, ...dataWarnings(data, input, options.banks)] };
}

interface Read {
  readonly data: TrackingData;
  /** Writes what the source keeps beside the report (Moodle's store); returns the files written. */
  readonly afterWrite?: () => Promise<string[]>;
  readonly warnings: readonly Diagnostic[];
}

async function readTracking(options: ReportOptions): Promise<Read> {
  const { source, course } = options;
  switch (source.kind) {
    case 'xapi':
      return { data: await readXapiTracking({ ...source, activity: courseIri(course) }), warnings: [] };
    case 'moodle-csv':
      return { data: readMoodleTracking(source.text, source.file, moodleContext(course, options.banks)), warnings: [] };
    case 'moodle':
      return readMoodleWs(options, source);
  }
}

async function readMoodleWs(options: ReportOptions, source: Extract<ReportSource, { kind: 'moodle' }>): Promise<Read> {
  const { course } = options;
  const useStore = source.store !== false;
  const store = useStore ? await loadStore(options.outDir, course.id) : { writable: false, warnings: [] };
  const lessons = { id: course.id, lessonIds: course.lessons.map((lesson) => lesson.id) };
  const { data, read } = await readMoodleWsTracking(source, lessons, moodleContext(course, options.banks), store.known);
  if (!useStore || !store.writable) return { data, warnings: store.warnings };
  const afterWrite = async () => {
    try {
      return [await saveStore(options.outDir, read, course.id)];
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UserError([diagnostic('report/cannot-write', `The Moodle store cannot be written to ${path.join(options.outDir, STORE_FILE)}: ${reason}`)]);
    }
  };
  return { data, afterWrite, warnings: store.warnings };
}

export function lessonRefs(course: Course): LessonRef[] {
  return course.lessons.map((lesson) => ({ id: lesson.id, title: lessonTitle(lesson) }));
}

export function moodleContext(course: Course, banks: ReadonlyMap<string, QuestionBank>): MoodleContext {
  const { quiz } = course.settings;
  return {
    lessons: lessonRefs(course),
    passMark: quiz.passMark,
    attempts: quiz.attempts,
    drawSize: (lesson) => {
      const bank = banks.get(lesson);
      return bank === undefined ? null : Math.min(quiz.questionsPerAttempt, shippedItems(bank, quiz).length);
    },
    bankItem: (lesson, item) => banks.get(lesson)?.items.find((entry) => entry.id === item),
  };
}

function dataWarnings(data: TrackingData, input: ReportInput, banks: ReadonlyMap<string, QuestionBank>): Diagnostic[] {
  const warnings = Object.entries(data.skipped)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([reason, count]) => diagnostic('report/malformed-statements', `${count} ${reason} were skipped.`));
  if (data.source.kind === 'xapi' && ((data.source.pagesOutOfOrder ?? 0) > 0 || (data.source.repeated ?? 0) > 0)) {
    const { pagesOutOfOrder = 0, repeated = 0 } = data.source;
    warnings.push(
      diagnostic(
        'report/lrs-paging',
        `The LRS's paging is unreliable: ${repeated} statements came twice and ${pagesOutOfOrder} of ${data.source.pages} pages started earlier than the page before ended; statements may be missing.`,
      ),
    );
  }
  if (input.unknownLessons.length > 0) {
    warnings.push(diagnostic('report/unknown-lessons', `Left out: activity in ${listed(input.unknownLessons)}, not lessons of the course.`));
  }
  // Without banks every item is "unknown": the texts then come from the statements, which is expected.
  if (banks.size > 0 && input.unknownItems.length > 0) {
    warnings.push(diagnostic('report/unknown-items', `${input.unknownItems.length} answered items are not in the banks: ${listed(input.unknownItems)}.`));
  }
  return warnings;
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, 5).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}
