/**
 * Reads course.yaml: its text, its YAML and its shape. The list of lesson files is taken from
 * it even when something else in the file is wrong, so that the lessons are checked too.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic, Place } from '../diagnostics/diagnostic';
import { checkShape } from '../validate/schema';
import type { CourseFileDraft, LessonEntry, RawCourse } from './draft';
import { readText } from './read-text';
import { parseYaml, placeOfValue, type YamlSource } from './yaml-source';

export const COURSE_FILE = 'course.yaml';

export interface CourseFileResult {
  readonly draft: CourseFileDraft;
  readonly diagnostics: readonly Diagnostic[];
}

export async function readCourseFile(dir: string): Promise<CourseFileResult> {
  const file = path.join(dir, COURSE_FILE);
  const start: Place = { file, line: 1, column: 1 };
  const folder = await folderProblem(dir);
  if (folder) return failed(file, folder);
  if (await leadsOutside(dir, file)) {
    // Pointed at no line: the place would print the first lines of a file outside the course.
    return failed(file, diagnostic('course/file-outside', `${file} is a symbolic link to a file outside the course folder; it is not read`));
  }
  const read = await readText(file, COURSE_FILE);
  switch (read.kind) {
    case 'missing':
      return failed(file, diagnostic('course/no-course-file', `the course folder has no ${COURSE_FILE}`, start));
    case 'problem':
      return failed(file, diagnostic(read.code, read.message, start));
    case 'text':
      return parseCourseText(file, read.text);
  }
}

/** A --course that names nothing, or a file, is not "a folder without course.yaml". */
async function folderProblem(dir: string): Promise<Diagnostic | undefined> {
  try {
    const stat = await fs.stat(dir);
    return stat.isDirectory() ? undefined : diagnostic('course/no-folder', `${dir} is a file, not a course folder`);
  } catch {
    return diagnostic('course/no-folder', `the course folder ${dir} does not exist`);
  }
}

/** Lesson files may not lead out of the course through a link, and neither may course.yaml. */
async function leadsOutside(dir: string, file: string): Promise<boolean> {
  try {
    if (!(await fs.lstat(file)).isSymbolicLink()) return false;
    const [realDir, realFile] = await Promise.all([fs.realpath(dir), fs.realpath(file)]);
    const relative = path.relative(realDir, realFile);
    return relative.startsWith('..') || path.isAbsolute(relative);
  } catch {
    return false;
  }
}

function failed(file: string, problem: Diagnostic): CourseFileResult {
  return { draft: { file, entries: [] }, diagnostics: [problem] };
}

function parseCourseText(file: string, text: string): CourseFileResult {
  const parsed = parseYaml(text, file);
  const entries = lessonEntries(parsed.data, parsed.source);
  // Broken YAML gives half-read data: checking its shape would only add confusing errors.
  if (parsed.diagnostics.length > 0) {
    return { draft: { file, yaml: parsed.source, entries }, diagnostics: parsed.diagnostics };
  }
  const shape = checkShape<RawCourse>('course', parsed.data, parsed.source);
  const draft: CourseFileDraft = { file, yaml: parsed.source, entries, ...(shape.data ? { data: shape.data } : {}) };
  return { draft, diagnostics: shape.diagnostics };
}

/** The text entries of `lessons`, wherever they can be found; wrong entries are the schema's to report. */
function lessonEntries(data: unknown, yaml: YamlSource): LessonEntry[] {
  const list = data !== null && typeof data === 'object' ? (data as { lessons?: unknown }).lessons : undefined;
  if (!Array.isArray(list)) return [];
  const entries: LessonEntry[] = [];
  list.forEach((item: unknown, index) => {
    if (typeof item === 'string' && item !== '') {
      entries.push({ path: item, index, place: placeOfValue(yaml, ['lessons', index]) });
    }
  });
  return entries;
}
