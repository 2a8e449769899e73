/**
 * Question-bank export: the items of `quizzes/` as a file Moodle's question bank imports
 * (Moodle XML or GIFT), one category per lesson under its chapter, in course order.
 * docs/moodle-import.md tells instructors how to import it and what each kind becomes.
 */
import * as path from 'node:path';
import { UserError } from '../diagnostics/errors';
import type { Course } from '../model/course';
import { QUESTION_KINDS, type QuestionBank, type QuestionKind } from '../model/quiz';
import { writeGift } from './gift/index';
import { writeMoodleXml } from './moodle-xml/index';
import { EXPORT_EXTENSIONS, type ExportFormat, type ExportOptions } from './options';
import { planExport, type ExportPlan } from './plan';

export { EXPORT_FORMATS, ORDERING_AS, type ExportFormat, type ExportOptions, type OrderingAs } from './options';
export { writeFileAtomically } from './write-file';

export interface ExportResult {
  readonly text: string;
  readonly questionCount: number;
  readonly categoryCount: number;
  /** Questions per kind of bank item (before ordering is mapped to a Moodle type). */
  readonly kinds: Readonly<Record<QuestionKind, number>>;
}

/** The file's text; refuses (UserError) when no bank has an item to export under `options.include`. */
export function exportQuestionBanks(
  course: Course,
  banks: ReadonlyMap<string, QuestionBank>,
  options: ExportOptions,
): ExportResult {
  const plan = planExport(course, banks, options.include);
  if (plan.questionCount === 0) throw nothingToExport(options);
  return {
    text: writeFormat(course, plan, options),
    questionCount: plan.questionCount,
    categoryCount: plan.categories.length,
    kinds: countKinds(plan),
  };
}

function writeFormat(course: Course, plan: ExportPlan, options: ExportOptions): string {
  switch (options.format) {
    case 'moodle-xml':
      return writeMoodleXml(plan, options.orderingAs);
    case 'gift':
      return writeGift(plan, `${course.id} ${course.version}: question bank written by coursepack export gift`);
  }
}

function countKinds(plan: ExportPlan): Record<QuestionKind, number> {
  const kinds = Object.fromEntries(QUESTION_KINDS.map((kind) => [kind, 0])) as Record<QuestionKind, number>;
  for (const category of plan.categories) for (const { item } of category.questions) kinds[item.kind] += 1;
  return kinds;
}

function nothingToExport(options: ExportOptions): UserError {
  const drafts = options.include === 'approved-and-drafts';
  return new UserError([{
    code: 'export/no-items',
    severity: 'error',
    message: drafts
      ? 'no question bank holds an approved or draft item: there is nothing to export'
      : 'no question bank holds an approved item, and drafts are left out (settings.quiz.include is approved): there is nothing to export; approve items, or pass --include approved-and-drafts',
    hint: drafts
      ? 'Write the banks first with coursepack quiz generate.'
      : 'Approve items in quizzes/<lesson-id>.quiz.yaml (status: approved), or export the drafts too with --include approved-and-drafts.',
  }]);
}

/** `build/export/<course-id>.moodle.xml` or `.gift.txt`, under `cwd`. */
export function defaultExportFile(cwd: string, course: Course, format: ExportFormat): string {
  return path.join(cwd, 'build', 'export', `${course.id}${EXPORT_EXTENSIONS[format]}`);
}
