/** What the quiz commands share: the --course and --quizzes options and loading the course. */
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../diagnostics/errors';
import type { Course } from '../../model/course';
import type { CliIo } from '../io';

export interface QuizFlags {
  readonly course: string;
  readonly quizzes?: string;
}

/** The one wording of --quizzes, for every command that reads or writes banks. */
export const QUIZZES_OPTION_HELP = 'question banks folder (wins over quizzes: in course.yaml; default: that, else quizzes/ beside the course folder)';

export function addQuizOptions(command: Command): Command {
  return command
    .option('-c, --course <dir>', 'course folder', 'course')
    .option('-q, --quizzes <dir>', QUIZZES_OPTION_HELP);
}

export interface QuizTarget {
  readonly course: Course;
  readonly quizzesDir: string;
}

/** The course (its errors end the command: banks are checked against a sound course) and the bank folder. */
export async function quizTarget(flags: QuizFlags, io: CliIo): Promise<QuizTarget> {
  const courseDir = path.resolve(io.cwd, flags.course);
  // Loaded when a command runs, not when the CLI starts (issue 18).
  const [{ loadCourse }, { quizzesDirOf }] = await Promise.all([import('../../load/index'), import('../../quiz/bank/paths')]);
  const { course, diagnostics } = await loadCourse(courseDir);
  if (!course) throw new UserError(diagnostics);
  return { course, quizzesDir: quizzesDirOf(course, flags.quizzes === undefined ? undefined : path.resolve(io.cwd, flags.quizzes)) };
}
