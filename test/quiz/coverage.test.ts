/**
 * Check 8 on the real course: every lesson's generated bank has at least
 * settings.quiz.minItemsPerLesson items of at least three kinds. The conclusion (qorytyndy) is
 * the known exception: a summary of long sentences and enumerations (docs/quiz-quality.md).
 */
import * as path from 'node:path';
import type { Course } from '../../src/model/course';
import { generateBanks, type GeneratedLesson } from '../../src/quiz/generate';
import { fixtureCourse } from './helpers';

const COURSE_DIR = path.join(__dirname, '../../course');
const EXCEPTIONS: ReadonlySet<string> = new Set(['qorytyndy']);
const MIN_KINDS = 3;

let course: Course;
let lessons: GeneratedLesson[];

beforeAll(async () => {
  course = await fixtureCourse(COURSE_DIR);
  lessons = generateBanks(course);
}, 60_000);

describe('coverage of the course banks', () => {
  it('gives every lesson but the conclusion enough items of at least three kinds', () => {
    const minimum = course.settings.quiz.minItemsPerLesson;
    expect(minimum).toBeGreaterThanOrEqual(15);
    const short = lessons
      .filter((lesson) => !EXCEPTIONS.has(lesson.lesson))
      .map((lesson) => ({ lesson: lesson.lesson, items: lesson.items.length, kinds: new Set(lesson.items.map((item) => item.kind)).size }))
      .filter((found) => found.items < minimum || found.kinds < MIN_KINDS);
    expect(short).toEqual([]);
    expect(lessons.map((lesson) => lesson.lesson)).toContain('s3-3');
  });
});
