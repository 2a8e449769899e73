import { readFile } from 'node:fs/promises';
/**
 * `coursepack validate`: every check the build runs, nothing written. The course, then its
 * question banks, then what only building shows (every lesson rendered, each format's
 * packages and their own checks, SCORM 1.2's suspend_data limit). When the course itself has
 * errors the banks cannot be checked against it; their YAML and shape are still checked.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic';
import { UserError } from '../../diagnostics/errors';
import { formatDiagnostics } from '../../diagnostics/format';
import type { Course } from '../../model/course';
import type { CliIo } from '../io';
import { plural } from '../plural';
import { QUIZZES_OPTION_HELP } from './quiz-options';

interface ValidateFlags {
  readonly course: string;
  readonly quizzes?: string;
}

/** The course IRI warning (src/validate/course-iri.ts) needs course.yaml's text for its line. */
async function iriWarnings(course: Course) {
  const file = path.join(course.dir, 'course.yaml');
  const { checkCourseIri } = await import('../../validate/course-iri');
  return checkCourseIri(course, file, await readFile(file, 'utf8').catch(() => ''));
}

export function registerValidate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('Check a course folder and its question banks with every check of the build, and report every problem, without writing anything.')
    .option('-c, --course <dir>', 'course folder', 'course')
    .option('-q, --quizzes <dir>', QUIZZES_OPTION_HELP)
    .addHelpText('after', '\nExamples:\n  coursepack validate\n  coursepack validate --course my-course\n  coursepack validate --course my-course --quizzes my-course/quizzes')
    .action(async (flags: ValidateFlags) => {
      const courseDir = path.resolve(io.cwd, flags.course);
      const override = flags.quizzes === undefined ? undefined : path.resolve(io.cwd, flags.quizzes);
      // Loaded only when this command runs (issue 18).
      const [{ loadCourse }, { quizzesDirOf, defaultQuizzesDir }, { readBankFiles }, { buildCourse }] = await Promise.all([
        import('../../load/index'), import('../../quiz/bank/paths'), import('../../quiz/bank/select'), import('../../build/index'),
      ]);
      const { course, diagnostics } = await loadCourse(courseDir);
      const print = (found: readonly Diagnostic[]) => {
        if (found.length > 0) io.stderr(`${formatDiagnostics(found, { cwd: io.cwd, color: io.color })}\n`);
      };
      if (!course || hasErrors(diagnostics)) {
        // The banks' own problems (YAML, shape) do not need the course; the rest waits for it.
        const banks = await readBankFiles(override ?? defaultQuizzesDir(courseDir));
        print([...diagnostics, ...banks.flatMap((file) => file.diagnostics)]);
        setExit(1);
        return;
      }
      try {
        const report = await buildCourse({ courseDir, outDir: courseDir, quizzesDir: quizzesDirOf(course, override), write: false });
        print([...report.warnings, ...(await iriWarnings(course))]);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        // Course warnings were found before the build stopped: show them with its errors.
        print([...diagnostics.filter((d) => !error.diagnostics.includes(d)), ...error.diagnostics]);
        setExit(1);
        return;
      }
      io.stdout(`Course ${course.id}: ${plural(course.lessons.length, 'lesson')} in ${plural(course.chapters.length, 'chapter')} and its question banks checked, ready to build.\n`);
      setExit(0);
    });
}
