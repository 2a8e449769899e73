/**
 * SCORM 1.2, the default target for Moodle: one zip for the whole course (one SCO per lesson)
 * and one zip per lesson, for teachers who want to place lessons one by one.
 */
import type { RenderedLesson } from '../../model/rendered';
import { allPackages, type FormatAdapter, type FormatInput, type PackageSpec } from '../format';
import { scormCoursePackage, scormLessonPackage, type ScormPackaging } from '../scorm-packages';
import { checkManifest } from './check';
import * as ids from './identifiers';
import { MANIFEST_PATH, manifestElement } from './manifest';
import { lessonMasteryScore } from './mastery';

const packaging: ScormPackaging = {
  folder: 'scorm12',
  label: 'SCORM 1.2',
  manifestPath: MANIFEST_PATH,
  manifestId: ids.manifestId,
  organizationId: ids.organizationId,
  manifest: (shape, lessons, input) =>
    manifestElement({
      ...shape,
      lessons: lessons.map((rendered) => rendered.lesson),
      masteryScores: Object.fromEntries(lessons.map((rendered) => [rendered.lesson.id, lessonMasteryScore(rendered, input.course.settings)])),
    }),
  check: checkManifest,
};

export const scorm12: FormatAdapter = {
  id: 'scorm12',
  label: 'SCORM 1.2',
  runtime: 'scorm12',
  coursePackage: (input: FormatInput): PackageSpec => scormCoursePackage(packaging, input),
  lessonPackage: (input: FormatInput, rendered: RenderedLesson): PackageSpec => scormLessonPackage(packaging, input, rendered),
  packages(input: FormatInput): readonly PackageSpec[] {
    return allPackages(this, input);
  },
};
