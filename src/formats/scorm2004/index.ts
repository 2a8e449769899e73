/**
 * SCORM 2004 4th edition: like SCORM 1.2, one zip for the whole course (one SCO per lesson)
 * and one zip per lesson, with sequencing for free navigation and one objective per lesson.
 */
import type { RenderedLesson } from '../../model/rendered';
import { allPackages, type FormatAdapter, type FormatInput, type PackageSpec } from '../format';
import { scormCoursePackage, scormLessonPackage, type ScormPackaging } from '../scorm-packages';
import { checkManifest } from './check';
import * as ids from './identifiers';
import { MANIFEST_PATH, manifestElement, type ScoLesson } from './manifest';
import { passingMeasure } from './quiz-lessons';

const packaging: ScormPackaging = {
  folder: 'scorm2004',
  label: 'SCORM 2004',
  manifestPath: MANIFEST_PATH,
  manifestId: ids.manifestId,
  organizationId: ids.organizationId,
  manifest: (shape, lessons) => manifestElement({ ...shape, lessons: lessons.map(scoLesson) }),
  check: checkManifest,
};

export const scorm2004: FormatAdapter = {
  id: 'scorm2004',
  label: 'SCORM 2004 4th edition',
  runtime: 'scorm2004',
  coursePackage: (input: FormatInput): PackageSpec => scormCoursePackage(packaging, input),
  lessonPackage: (input: FormatInput, rendered: RenderedLesson): PackageSpec => scormLessonPackage(packaging, input, rendered),
  packages(input: FormatInput): readonly PackageSpec[] {
    return allPackages(this, input);
  },
};

function scoLesson(rendered: RenderedLesson): ScoLesson {
  const measure = passingMeasure(rendered);
  return measure === undefined ? { lesson: rendered.lesson } : { lesson: rendered.lesson, passingMeasure: measure };
}
