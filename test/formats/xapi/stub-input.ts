/** The sample course as the xAPI and cmi5 formats get it: pages with the player script, one lesson with a quiz. */
import type { RenderedLesson } from '../../../src/model/rendered';
import type { Course, Lesson } from '../../../src/model/course';
import type { FormatInput } from '../../../src/formats/format';
import { sampleCourse } from '../sample-course';

export const QUIZ_LESSON = 's1-1';

function page(lesson: Lesson): string {
  return `<!doctype html><html lang="kk"><head><title>${lesson.id}</title></head><body><main id="cp-main"></main>\n<script src="../../assets/player.js"></script>\n</body></html>`;
}

function rendered(lesson: Lesson): RenderedLesson {
  const base: RenderedLesson = { lesson, screens: [], page: page(lesson) };
  if (lesson.id !== QUIZ_LESSON) return base;
  const quiz = { lessonId: lesson.id, textScreens: 2, questionsPerAttempt: 5, passMark: 75, attempts: 3, requireAllScreens: true, statusOnPass: 'passed', statusOnFail: 'incomplete', pool: [] } as const;
  return { ...base, quiz };
}

export function stubInput(course: Course = sampleCourse()): FormatInput {
  return { course, lessons: course.lessons.map(rendered), player: { js: 'console.log("player");', css: 'body{}' } };
}
