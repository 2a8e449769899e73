/**
 * What `coursepack validate` finds, as data: the course, then its question banks, then what
 * only building shows (every lesson rendered, each format's packages and their own checks,
 * SCORM 1.2's suspend_data limit), nothing written. The CLI prints it; the studio shows it.
 * When the course itself has errors the banks cannot be checked against it; their YAML and
 * shape are still checked.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic';
import { UserError } from '../diagnostics/errors';
import { loadCourse } from '../load/index';
import type { Course } from '../model/course';
import { defaultQuizzesDir, quizzesDirOf } from '../quiz/bank/paths';
import { readBankFiles } from '../quiz/bank/select';
import { checkCourseIri } from '../validate/course-iri';
import { buildCourse } from './index';

export interface CourseCheck {
  /** Null when the course has errors. */
  readonly course: Course | null;
  readonly quizzesDir: string;
  /** Every problem found, errors and warnings. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when nothing stops a build. */
  readonly ok: boolean;
}

/** `override`: the banks folder named on the command line (absolute), if any. */
export async function checkCourseFolder(courseDir: string, override?: string): Promise<CourseCheck> {
  const { course, diagnostics } = await loadCourse(courseDir);
  if (!course || hasErrors(diagnostics)) {
    // The banks' own problems (YAML, shape) do not need the course; the rest waits for it.
    const quizzesDir = override ?? defaultQuizzesDir(courseDir);
    const banks = await readBankFiles(quizzesDir);
    return { course: null, quizzesDir, diagnostics: [...diagnostics, ...banks.flatMap((file) => file.diagnostics)], ok: false };
  }
  const quizzesDir = quizzesDirOf(course, override);
  try {
    const report = await buildCourse({ courseDir, outDir: courseDir, quizzesDir, write: false });
    return { course, quizzesDir, diagnostics: [...report.warnings, ...(await iriWarnings(course))], ok: true };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    // Course warnings were found before the build stopped: show them with its errors.
    return { course, quizzesDir, diagnostics: [...diagnostics.filter((d) => !error.diagnostics.includes(d)), ...error.diagnostics], ok: false };
  }
}

/** The course IRI warning (src/validate/course-iri.ts) needs course.yaml's text for its line. */
async function iriWarnings(course: Course): Promise<Diagnostic[]> {
  const file = path.join(course.dir, 'course.yaml');
  return [...checkCourseIri(course, file, await readFile(file, 'utf8').catch(() => ''))];
}
