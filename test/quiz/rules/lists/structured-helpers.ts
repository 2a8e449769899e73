/**
 * Shared by the tests of the multiple-response, ordering and matching rules: the fixture courses,
 * the real course, running one rule, and the model's invariants every item must keep.
 */
import * as path from 'node:path';
import { loadCourse } from '../../../../src/load';
import type { Course } from '../../../../src/model/course';
import type { QuizItem } from '../../../../src/model/quiz';
import { lintBanks } from '../../../../src/quiz/bank/lint';
import { parseBankText } from '../../../../src/quiz/bank/read';
import { serializeBank } from '../../../../src/quiz/bank/write';
import { generateBanks, type GeneratedLesson } from '../../../../src/quiz/generate';
import type { QuizRule } from '../../../../src/quiz/rules/registry';
import { normalisedText } from '../../../../src/quiz/rules/lists';

export const STRUCTURED = path.resolve(__dirname, '../../../fixtures/quiz-rules-structured');
export const REAL_COURSE = path.resolve(__dirname, '../../../../course');

export async function courseAt(dir: string): Promise<Course> {
  const { course, diagnostics } = await loadCourse(dir);
  if (!course) throw new Error(`course ${dir} does not load: ${JSON.stringify(diagnostics)}`);
  return course;
}

export const fixture = (language: 'kk' | 'ru' | 'en') => courseAt(path.join(STRUCTURED, language));

export function run(course: Course, rule: QuizRule): GeneratedLesson[] {
  return generateBanks(course, { rules: [rule] });
}

export const itemsOf = (banks: readonly GeneratedLesson[]) => banks.flatMap((bank) => bank.items);
export const reasonsOf = (banks: readonly GeneratedLesson[]) => banks.flatMap((bank) => bank.dropped.map((d) => d.reason));

const ID = /^[A-Za-z0-9_-]{1,64}$/u;

/** What the question-bank model demands of every item, plus what these rules promise. */
export function invariantProblems(item: QuizItem): string[] {
  const problems: string[] = [];
  const distinct = (texts: readonly string[]) => new Set(texts.map(normalisedText)).size === texts.length;
  if (!ID.test(item.id) || !item.id.startsWith(`${item.source.lesson}-`)) problems.push(`bad id ${item.id}`);
  if (item.status !== 'draft') problems.push('not a draft');
  if (item.stem.trim() === '' || item.feedback.trim() === '') problems.push('empty stem or feedback');
  switch (item.kind) {
    case 'multiple-response': {
      const ids = item.options.map((o) => o.id);
      if (item.options.length < 5 || item.options.length > 6) problems.push(`${item.options.length} options`);
      if (!distinct(item.options.map((o) => o.text))) problems.push('options repeat');
      if (item.answers.length < 2 || item.answers.length > 4 || !item.answers.every((a) => ids.includes(a))) problems.push('answers not 2–4 options');
      if (item.options.length - item.answers.length < 2) problems.push('fewer than two wrong options');
      break;
    }
    case 'ordering':
      if (item.steps.length < 3 || item.steps.length > 5) problems.push(`${item.steps.length} steps`);
      if (!distinct(item.steps.map((s) => s.text)) || new Set(item.steps.map((s) => s.id)).size !== item.steps.length) problems.push('steps repeat');
      if (item.steps.some((s) => /(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/u.test(s.text))) problems.push('a step shows a year');
      break;
    case 'matching':
      if (item.pairs.length < 3 || item.pairs.length > 5) problems.push(`${item.pairs.length} pairs`);
      if (!distinct(item.pairs.map((p) => p.left)) || !distinct(item.pairs.map((p) => p.right))) problems.push('a side repeats');
      break;
    default:
      problems.push(`unexpected kind ${item.kind}`);
  }
  return problems;
}

/** Writes each lesson's items as a bank, reads it back and lints it: schema and consistency problems. */
export function lintProblems(course: Course, banks: readonly GeneratedLesson[]): string[] {
  const files = banks.map((bank) => {
    const text = serializeBank({ course: course.id, lesson: bank.lesson, language: course.language, items: bank.items });
    return parseBankText(`/tmp/${bank.lesson}.quiz.yaml`, text);
  });
  return lintBanks(course, files).map((d) => `${d.code}: ${d.message}`);
}

/** Items per lesson, for the report and the coverage assertions. */
export function countsByLesson(banks: readonly GeneratedLesson[]): Record<string, number> {
  return Object.fromEntries(banks.map((bank) => [bank.lesson, bank.items.length]));
}
