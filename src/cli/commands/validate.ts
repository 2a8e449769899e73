/**
 * `coursepack validate`: every check the build runs, nothing written (src/build/check.ts, which
 * the studio's course map shows too).
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { formatDiagnostics } from '../../diagnostics/format';
import type { CliIo } from '../io';
import { plural } from '../plural';
import { QUIZZES_OPTION_HELP } from './quiz-options';

interface ValidateFlags {
  readonly course: string;
  readonly quizzes?: string;
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
      const { checkCourseFolder } = await import('../../build/check');
      const { course, diagnostics, ok } = await checkCourseFolder(courseDir, override);
      const print = (found: readonly Diagnostic[]) => {
        if (found.length > 0) io.stderr(`${formatDiagnostics(found, { cwd: io.cwd, color: io.color })}\n`);
      };
      print(diagnostics);
      if (!course || !ok) {
        setExit(1);
        return;
      }
      io.stdout(`Course ${course.id}: ${plural(course.lessons.length, 'lesson')} in ${plural(course.chapters.length, 'chapter')} and its question banks checked, ready to build.\n`);
      setExit(0);
    });
}
