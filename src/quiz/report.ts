/**
 * `coursepack quiz report`: for each lesson, what generation gives now (items per kind, the
 * candidates it dropped and why), what the bank on disk holds by review status, how many
 * items a learner would see, and why a lesson falls short. Data first, text second.
 */
import type { Course, QuizSettings } from '../model/course';
import { QUESTION_KINDS, type QuestionBank, type QuestionKind, type QuizItem } from '../model/quiz';
import { mergeBank, standingOf } from './bank/merge';
import { shippedItems } from './bank/select';
import type { GeneratedLesson } from './generate';

/** A quiz that draws from fewer kinds than this tests recall in one way only. */
export const MIN_KINDS = 3;

export interface KindRow {
  readonly kind: QuestionKind;
  /** Items generation gives now. */
  readonly generated: number;
  /** Candidates dropped by the rules that make this kind only (see `droppedOfSeveralKinds`). */
  readonly dropped: number;
  /** Items a regeneration would keep because of review (approved, edited, rejected, hand-written). */
  readonly kept: number;
  /** Items in the bank on disk, by status. */
  readonly draft: number;
  readonly approved: number;
  readonly rejected: number;
  /** Items in the bank on disk that learners would see under settings.quiz.include. */
  readonly usable: number;
}

export interface DropReason {
  readonly rule: string;
  readonly reason: string;
  readonly count: number;
}

export interface LessonQuizReport {
  readonly lesson: string;
  readonly title: string;
  readonly hasBank: boolean;
  /** One row per kind that has any item. */
  readonly kinds: readonly KindRow[];
  readonly total: Omit<KindRow, 'kind'>;
  readonly dropped: number;
  /** Candidates dropped by rules that make several kinds, which cannot be put in one row. */
  readonly droppedOfSeveralKinds: number;
  /** Most frequent first. */
  readonly reasons: readonly DropReason[];
  /** Why the lesson's quiz falls short; empty when it does not. */
  readonly shortfalls: readonly string[];
}

export interface QuizReport {
  readonly include: QuizSettings['include'];
  readonly minItemsPerLesson: number;
  readonly lessons: readonly LessonQuizReport[];
}

export function buildQuizReport(course: Course, generated: readonly GeneratedLesson[], banks: ReadonlyMap<string, QuestionBank>): QuizReport {
  const settings = course.settings.quiz;
  const lessons = generated.map((lesson) => lessonReport(course, lesson, banks.get(lesson.lesson), settings));
  return { include: settings.include, minItemsPerLesson: settings.minItemsPerLesson, lessons };
}

function lessonReport(course: Course, generated: GeneratedLesson, bank: QuestionBank | undefined, settings: QuizSettings): LessonQuizReport {
  const title = course.lessons.find((lesson) => lesson.id === generated.lesson)?.title ?? '';
  const preview = mergeBank(bank ?? null, generated.items, { lesson: generated.lesson, language: course.language }).bank;
  const kept = preview.items.filter((item) => standingOf(item) !== 'untouched-draft');
  const onDisk = bank?.items ?? [];
  const usable = bank ? shippedItems(bank, settings) : [];
  const rows = QUESTION_KINDS.map((kind) => ({
    kind,
    generated: countKind(generated.items, kind),
    dropped: generated.dropped.filter((candidate) => singleKindOf(generated, candidate.rule) === kind).length,
    kept: countKind(kept, kind),
    draft: countKind(onDisk.filter((item) => item.status === 'draft'), kind),
    approved: countKind(onDisk.filter((item) => item.status === 'approved'), kind),
    rejected: countKind(onDisk.filter((item) => item.status === 'rejected'), kind),
    usable: countKind(usable, kind),
  }));
  const kinds = rows.filter((row) => Object.values(row).some((value) => typeof value === 'number' && value > 0));
  return {
    lesson: generated.lesson,
    title,
    hasBank: bank !== undefined,
    kinds,
    total: sumRows(rows),
    dropped: generated.dropped.length,
    droppedOfSeveralKinds: generated.dropped.filter((candidate) => singleKindOf(generated, candidate.rule) === undefined).length,
    reasons: groupReasons(generated),
    shortfalls: shortfalls(usable, bank !== undefined, settings),
  };
}

function singleKindOf(generated: GeneratedLesson, rule: string): QuestionKind | undefined {
  const kinds = generated.ruleKinds[rule] ?? [];
  return kinds.length === 1 ? kinds[0] : undefined;
}

function countKind(items: readonly QuizItem[], kind: QuestionKind): number {
  return items.filter((item) => item.kind === kind).length;
}

function sumRows(rows: readonly KindRow[]): Omit<KindRow, 'kind'> {
  const sum = (key: Exclude<keyof KindRow, 'kind'>) => rows.reduce((total, row) => total + row[key], 0);
  return { generated: sum('generated'), dropped: sum('dropped'), kept: sum('kept'), draft: sum('draft'), approved: sum('approved'), rejected: sum('rejected'), usable: sum('usable') };
}

function groupReasons(generated: GeneratedLesson): DropReason[] {
  const counts = new Map<string, DropReason>();
  for (const { rule, reason } of generated.dropped) {
    const key = `${rule}\u0000${reason}`;
    counts.set(key, { rule, reason, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || compare(a.rule, b.rule) || compare(a.reason, b.reason));
}

function shortfalls(usable: readonly QuizItem[], hasBank: boolean, settings: QuizSettings): string[] {
  if (!hasBank) return ['no question bank yet: run coursepack quiz generate'];
  const found: string[] = [];
  const minimum = settings.minItemsPerLesson;
  if (usable.length < minimum) {
    const fix = settings.include === 'approved' ? 'approve more drafts or add items with rule: manual' : 'add items with rule: manual or improve the text';
    found.push(`${usable.length} usable items, fewer than ${minimum} (settings.quiz.minItemsPerLesson): ${fix}`);
  }
  const kinds = QUESTION_KINDS.filter((kind) => usable.some((item) => item.kind === kind));
  if (kinds.length < MIN_KINDS) {
    const which = kinds.length === 0 ? 'no kind' : kinds.join(', ');
    found.push(`usable items of ${kinds.length} kinds (${which}); a quiz should mix at least ${MIN_KINDS}`);
  }
  return found;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const COLUMNS = ['generated', 'dropped', 'kept', 'draft', 'approved', 'rejected', 'usable'] as const;
const KIND_WIDTH = Math.max(5, ...QUESTION_KINDS.map((kind) => kind.length));

export function formatQuizReport(report: QuizReport): string {
  const blocks = report.lessons.map(formatLesson);
  return `${[...blocks, courseSummary(report)].join('\n\n')}\n`;
}

function formatLesson(lesson: LessonQuizReport): string {
  const lines = [`${lesson.lesson}  ${lesson.title}`];
  lines.push(`  ${'kind'.padEnd(KIND_WIDTH)}  ${COLUMNS.map((column) => column.padStart(9)).join(' ')}`);
  for (const row of lesson.kinds) lines.push(tableRow(row.kind, row));
  lines.push(tableRow('total', lesson.total));
  if (lesson.droppedOfSeveralKinds > 0) lines.push(`  (${lesson.droppedOfSeveralKinds} more dropped by rules of several kinds)`);
  if (lesson.reasons.length > 0) lines.push(`  ${lesson.dropped} candidates dropped, by rule and reason:`);
  for (const reason of lesson.reasons) lines.push(`    ${String(reason.count).padStart(4)}  ${reason.rule}: ${reason.reason}`);
  for (const shortfall of lesson.shortfalls) lines.push(`  ! ${shortfall}`);
  return lines.join('\n');
}

function tableRow(label: string, row: Omit<KindRow, 'kind'>): string {
  return `  ${label.padEnd(KIND_WIDTH)}  ${COLUMNS.map((column) => String(row[column]).padStart(9)).join(' ')}`;
}

function courseSummary(report: QuizReport): string {
  const usable = report.lessons.reduce((total, lesson) => total + lesson.total.usable, 0);
  const short = report.lessons.filter((lesson) => lesson.shortfalls.length > 0).length;
  return [
    `${report.lessons.length} lessons, ${usable} usable items (settings.quiz.include: ${report.include}); ${short} lessons fall short.`,
    'Columns: generated = items the rules give now; dropped = candidates the rules refused (reasons below each lesson);',
    'kept = items a regeneration keeps because of review;',
    'draft/approved/rejected = the bank on disk; usable = what learners would see.',
  ].join('\n');
}
