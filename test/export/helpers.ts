import * as path from 'node:path';
import { loadCourse } from '../../src/load/index';
import type { Course, Lesson } from '../../src/model/course';
import type { QuestionBank, QuizItem } from '../../src/model/quiz';
import { loadBanks } from '../../src/quiz/bank/select';
import { decodeEntities } from './xml-tree';

export const EXPORT_FIXTURES = path.resolve(__dirname, '../fixtures/export');
export const FIXTURE_COURSE = path.join(EXPORT_FIXTURES, 'course');
export const FIXTURE_QUIZZES = path.join(EXPORT_FIXTURES, 'quizzes');

/** Moodle's grade list, as fractions of 1 (question_bank::fraction_options_full). */
export const MOODLE_FRACTIONS = [
  1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667,
  0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0,
];

/** Whether Moodle's importer accepts `percent` as a grade: within 0.00001 of a listed fraction. */
export function moodleAccepts(percent: number): boolean {
  return MOODLE_FRACTIONS.some((f) => Math.abs(Math.abs(percent) / 100 - f) < 0.00001);
}

export interface Fixture {
  readonly course: Course;
  readonly banks: Map<string, QuestionBank>;
}

export async function loadFixture(courseDir = FIXTURE_COURSE, quizzesDir = FIXTURE_QUIZZES): Promise<Fixture> {
  const { course, diagnostics } = await loadCourse(courseDir);
  if (!course) throw new Error(`fixture course does not load: ${JSON.stringify(diagnostics)}`);
  const loaded = await loadBanks(course, quizzesDir);
  if (loaded.diagnostics.length > 0) throw new Error(`fixture banks have problems: ${JSON.stringify(loaded.diagnostics)}`);
  return { course, banks: loaded.banks };
}

/** The exported items, lesson by lesson in course order, as an instructor expects them. */
export function expectedItems(fixture: Fixture, statuses: readonly string[]): Array<{ lesson: Lesson; item: QuizItem }> {
  return fixture.course.lessons.flatMap((lesson) =>
    (fixture.banks.get(lesson.id)?.items ?? []).filter((item) => statuses.includes(item.status)).map((item) => ({ lesson, item })));
}

/** What an HTML field written from plain text reads as: `<br>` back to newlines, entities decoded. */
export function htmlToPlain(html: string): string {
  return decodeEntities(html.replace(/<br>/g, '\n'));
}
