/**
 * Loading a course: read course.yaml and every lesson it lists, check shapes and the rules
 * across files, and either assemble the Course or return every problem found, all at once.
 */
import { promises as fs } from 'node:fs';
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
  // Where the course folder really is, asked once for all its lessons (each lesson's own path is asked for it).
  const realDir = fs.realpath(courseDir);
  realDir.catch(() => undefined); // each lesson's check handles a failure; none may be left unhandled
  const lessonResults = await inOrderAtMost(LESSONS_READ_AT_ONCE, screened.readable, (entry) => readLessonFile(courseDir, entry, nearby, realDir));
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

/**
 * Lesson files read at once. All at once, a 600-lesson course had every file's bytes, its text and
 * its parse in memory together (~35 MB of buffers besides the text kept): bounded, the peak is
 * lower and reading no slower (issue 18).
 */
export const LESSONS_READ_AT_ONCE = 16;

/** `work` on each item, at most `limit` at a time, the results in the items' order. */
async function inOrderAtMost<T, R>(limit: number, items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const at = next++;
      results[at] = await work(items[at] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** course.yaml first, then glossary.yaml, then the lesson files in the order course.yaml lists them. */
function fileOrder(courseFile: string, lessons: readonly LessonFileDraft[], glossaryFile: string): readonly string[] {
  return [courseFile, glossaryFile, ...lessons.map((lesson) => lesson.file)];
}
