import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic';
import { formatDiagnostics } from '../../diagnostics/format';
import { loadCourse } from '../../load/index';
import type { Course } from '../../model/course';
import { checkCourseIri } from '../../validate/course-iri';
import type { CliIo } from '../io';

/** The course IRI warning (src/validate/course-iri.ts) needs course.yaml's text for its line. */
async function iriWarnings(course: Course) {
  const file = path.join(course.dir, 'course.yaml');
  return checkCourseIri(course, file, await readFile(file, 'utf8').catch(() => ''));
}

export function registerValidate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('Check a course folder and report every problem, without building anything.')
    .option('-c, --course <dir>', 'course folder', 'course')
    .addHelpText('after', '\nExamples:\n  coursepack validate\n  coursepack validate --course my-course')
    .action(async (flags: { course: string }) => {
      const loaded = await loadCourse(path.resolve(io.cwd, flags.course));
      const { course } = loaded;
      const diagnostics = course === null ? loaded.diagnostics : [...loaded.diagnostics, ...(await iriWarnings(course))];
      const failed = course === null || hasErrors(diagnostics);
      if (diagnostics.length > 0) io.stderr(`${formatDiagnostics(diagnostics, { cwd: io.cwd, color: io.color })}\n`);
      if (course && !failed) io.stdout(`Course ${course.id}: ${course.lessons.length} lessons in ${course.chapters.length} chapters, ready to build.\n`);
      setExit(failed ? 1 : 0);
    });
}
