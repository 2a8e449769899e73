/**
 * The lesson packages a backup carries: the build's own SCORM lesson zips (built in memory, the
 * same bytes `coursepack build` writes to build/<format>/lessons/), each with the files Moodle
 * unpacks from it and what Moodle's manifest parser reads from its manifest (identifiers, titles,
 * launch page, the 2004 objective), taken from the same functions the manifest is written with.
 */
import JSZip from 'jszip';
import { buildInMemory, type QuizItemsByLesson } from '../../build/pipeline';
import { defaultSteps } from '../../build/steps';
import { lessonPagePath } from '../../formats/layout';
import { scorm12 } from '../../formats/scorm12/index';
import { lessonItemId, manifestId, organizationId } from '../../formats/scorm12/identifiers';
import { lessonTitle } from '../../formats/scorm12/titles';
import { scorm2004 } from '../../formats/scorm2004/index';
import { lessonObjectiveId } from '../../formats/scorm2004/identifiers';
import { passMarkToMeasure } from '../../formats/scorm2004/sequencing';
import type { Course } from '../../model/course';
import type { OutputFile } from '../../model/files';
import type { LessonPackage, ScormVersion } from './scorm';

export async function lessonPackages(course: Course, quizzes: QuizItemsByLesson, version: ScormVersion): Promise<Map<string, LessonPackage>> {
  const format = version === '1.2' ? scorm12 : scorm2004;
  const built = await buildInMemory(course, [format], defaultSteps, undefined, quizzes);
  const packages = new Map<string, LessonPackage>();
  for (const lesson of course.lessons) {
    const path = `${format.id}/lessons/${lesson.id}.zip`;
    const zip = built.find((entry) => entry.path === path);
    if (!zip) throw new Error(`the build made no ${path}`);
    packages.set(lesson.id, {
      fileName: `${lesson.id}.zip`,
      zip: zip.bytes,
      files: await unzipped(zip.bytes),
      manifestId: manifestId(course.id, lesson.id),
      organizationId: organizationId(course.id),
      organizationTitle: lessonTitle(lesson),
      itemId: lessonItemId(lesson.id),
      itemTitle: lessonTitle(lesson),
      launch: lessonPagePath(lesson.id),
      ...(version === '2004'
        ? { objective: quizzes.has(lesson.id) ? { id: lessonObjectiveId(lesson.id), passingMeasure: passMarkToMeasure(course.settings.quiz.passMark) } : { id: lessonObjectiveId(lesson.id) } }
        : {}),
    });
  }
  return packages;
}

/** The zip's files, as Moodle unpacks them into the activity's content area. */
async function unzipped(bytes: Uint8Array): Promise<OutputFile[]> {
  const zip = await JSZip.loadAsync(bytes);
  const files: OutputFile[] = [];
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.push({ path: entry.name, content: await entry.async('uint8array') });
  }
  return files;
}
