/**
 * Loading a course: read course.yaml and every lesson it lists, check shapes and the rules
 * across files, and either assemble the Course or return every problem found, all at once.
 */
import * as path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { hasErrors } from '../diagnostics/diagnostic';
import type { Course } from '../model/course';
import { checkCourse, screenLessonEntries } from '../validate/index';
import { assembleCourse } from './assemble';
import { loadLessonImages } from './images';
import { readCourseFile } from './course-file';
import { readGlossaryFile } from './glossary-file';
import type { CourseDraft, LessonFileDraft } from './draft';
import { readLessonFile } from './lesson-file';
import { nearbyMarkdownFiles } from './nearby-files';
import { sortDiagnostics } from './sort-diagnostics';

export interface LoadResult {
  /** Null when any error was found; warnings may accompany a course. */
  readonly course: Course | null;
  /** Places hold absolute file paths; formatDiagnostics shows them relative to the working directory. */
  readonly diagnostics: readonly Diagnostic[];
}

export async function loadCourse(dir: string): Promise<LoadResult> {
  const courseDir = path.resolve(dir);
  const [courseFile, glossaryFile] = await Promise.all([readCourseFile(courseDir), readGlossaryFile(courseDir)]);
  const screened = screenLessonEntries(courseFile.draft.entries);
  const nearby = nearbyMarkdownFiles(courseDir);
  const lessonResults = await Promise.all(screened.readable.map((entry) => readLessonFile(courseDir, entry, nearby)));
  const lessons = lessonResults.flatMap((result) => (result.draft ? [result.draft] : []));
  const draft: CourseDraft = {
    dir: courseDir,
    course: courseFile.draft,
    lessons,
    allLessonsRead: screened.diagnostics.length === 0 && lessons.length === lessonResults.length,
  };
  const found = [
    ...courseFile.diagnostics,
    ...glossaryFile.diagnostics,
    ...screened.diagnostics,
    ...lessonResults.flatMap((result) => result.diagnostics),
    ...checkCourse(draft),
  ];
  const glossary = glossaryFile.glossary;
  const assembled = hasErrors(found) ? null : await loadLessonImages({ ...assembleCourse(draft), ...(glossary ? { glossary } : {}) });
  const diagnostics = sortDiagnostics([...found, ...(assembled?.diagnostics ?? [])], fileOrder(courseFile.draft.file, lessons, glossaryFile.file));
  return { course: assembled?.course ?? null, diagnostics };
}

/** course.yaml first, then glossary.yaml, then the lesson files in the order course.yaml lists them. */
function fileOrder(courseFile: string, lessons: readonly LessonFileDraft[], glossaryFile: string): readonly string[] {
  return [courseFile, glossaryFile, ...lessons.map((lesson) => lesson.file)];
}
