import * as path from 'node:path';
import { loadCourse } from '../../src/load/index';
import type { Course } from '../../src/model/course';

export const QUIZ_FIXTURES = path.resolve(__dirname, '../fixtures/quiz-bank');
export const FIXTURE_COURSE = path.join(QUIZ_FIXTURES, 'course');

export async function fixtureCourse(dir: string = FIXTURE_COURSE): Promise<Course> {
  const { course, diagnostics } = await loadCourse(dir);
  if (!course) throw new Error(`fixture course does not load: ${JSON.stringify(diagnostics)}`);
  return course;
}
