/** Stand-ins for the load, render and bundle stages, counting their calls. */
import type { BuildSteps } from '../../src/build/steps';
import type { Course } from '../../src/model/course';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';

export interface CountingSteps extends BuildSteps {
  readonly calls: { render: number; bundle: number; collect: number };
}

export function fakeSteps(course: Course | null, diagnostics: readonly Diagnostic[] = [], failOnLesson?: string): CountingSteps {
  const calls = { render: 0, bundle: 0, collect: 0 };
  return {
    calls,
    loadCourse: async () => ({ course, diagnostics }),
    prepareLesson: (course, lesson) => {
      calls.render++;
      if (lesson.id === failOnLesson) throw new Error(`render failed on ${lesson.id}`);
      return { course, lesson, strings: {}, screens: [], titled: [], quiz: null };
    },
    renderLessonPage: ({ lesson }, options) => ({
      lesson,
      screens: [],
      page: `<html><link href="${options.assetBase}player.css">${lesson.title}</html>`,
    }),
    loadBanks: async () => ({ banks: new Map(), diagnostics: [] }),
    collectGarbage: () => {
      calls.collect++;
    },
    bundlePlayer: async () => {
      calls.bundle++;
      return { js: 'window.player = 1;', css: '.cp-screen{}' };
    },
  };
}

export const brokenCourseDiagnostic: Diagnostic = {
  code: 'schema/missing-key',
  severity: 'error',
  message: 'The course has no id.',
  place: { file: 'course/course.yaml', line: 1, column: 1 },
};
