/** `coursepack export moodle-backup`: the whole course as one Moodle course backup (.mbz). */
import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic';
import { UserError } from '../../diagnostics/errors';
import { displayPath, formatDiagnostics } from '../../diagnostics/format';
import type { BackupResult, ScormVersion } from '../../export/moodle-backup/index';
import { ORDERING_AS, type OrderingAs } from '../../export/options';
import type { QuizItem } from '../../model/quiz';
import type { CliIo } from '../io';
import { addQuizOptions, quizTarget, type QuizFlags } from './quiz-options';

interface BackupFlags extends QuizFlags {
  readonly out?: string;
  readonly scorm: ScormVersion;
  readonly chapterQuizzes?: number;
  readonly shortName?: string;
  readonly orderingAs: OrderingAs;
}

const HELP = `
Examples:
  coursepack export moodle-backup
  coursepack export moodle-backup --chapter-quizzes 3        a quiz per chapter, 3 random questions per lesson
  coursepack export moodle-backup --scorm 2004 --out course.mbz

The backup holds a section per chapter (with its overview), a SCORM activity per lesson (the
lesson's zip, graded by its quiz, completed when passed or completed; a lesson without a quiz is
completed on view), the question bank (course > chapter > lesson categories, the items of
settings.quiz.include), a gradebook category per chapter, and the course's title, summary and
language. Without banks it holds the lessons alone, and says so.
In Moodle: Site administration > Courses > Restore course (or a course's More > Restore), upload
the file, and restore it as a new course or into an existing one. A new course gets the course
title as full name and the short name given here (default: the course id); when a course already
has either, Moodle adds " copy 1" and "_1" to both. To replace the course restored before, restore
into it instead ("Delete the contents of this course and then restore"). Same sources, same bytes.
What each part becomes: docs/moodle-backup.md.`;

export function registerExportBackup(exportCommand: Command, io: CliIo, setExit: (code: number) => void): void {
  addQuizOptions(exportCommand.command('moodle-backup'))
    .description('Write the whole course as one Moodle course backup (.mbz) to restore: sections, SCORM activities, question bank, quizzes, gradebook.')
    .option('-o, --out <file>', 'file to write (default: build/export/<course-id>.mbz beside the course folder)')
    .addOption(new Option('--scorm <version>', 'SCORM version of the lesson packages').choices(['1.2', '2004']).default('1.2'))
    .option('--chapter-quizzes <n>', 'add a Moodle quiz per chapter drawing n random questions from each of its lessons', positiveInteger)
    .option('--short-name <name>', 'the course\'s short name in Moodle (default: the course id)')
    .addOption(new Option('--ordering-as <type>', 'ordering items as Moodle\'s ordering type or as matching of positions to steps').choices([...ORDERING_AS]).default('ordering'))
    .addHelpText('after', HELP)
    .action((flags: BackupFlags) => runBackup(flags, io, setExit));
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('give a whole number of questions, 1 or more.');
  return number;
}

async function runBackup(flags: BackupFlags, io: CliIo, setExit: (code: number) => void): Promise<void> {
  const { course, quizzesDir } = await quizTarget(flags, io);
  // Loaded when the command runs, not when the CLI starts (issue 18).
  const [{ writeMoodleBackup }, { lessonPackages }, { loadBanks, shippedItems }, { writeFileAtomically }] = await Promise.all([
    import('../../export/moodle-backup/index'),
    import('../../export/moodle-backup/lesson-packages'),
    import('../../quiz/bank/select'),
    import('../../export/write-file'),
  ]);
  const { banks, diagnostics } = await loadBanks(course, quizzesDir);
  // A broken bank would silently drop a lesson's questions: have it fixed first.
  if (hasErrors(diagnostics)) throw new UserError(diagnostics);
  const quizzes = new Map<string, readonly QuizItem[]>();
  for (const [lessonId, bank] of banks) {
    const shipped = shippedItems(bank, course.settings.quiz);
    if (shipped.length > 0) quizzes.set(lessonId, shipped);
  }
  const file = flags.out === undefined ? path.join(path.dirname(course.dir), 'build', 'export', `${course.id}.mbz`) : path.resolve(io.cwd, flags.out);
  const packages = await lessonPackages(course, quizzes, flags.scorm);
  const result = writeMoodleBackup(course, banks, packages, {
    scorm: flags.scorm,
    orderingAs: flags.orderingAs,
    fileName: path.basename(file),
    ...(flags.chapterQuizzes === undefined ? {} : { chapterQuizzes: flags.chapterQuizzes }),
    ...(flags.shortName === undefined ? {} : { shortName: flags.shortName }),
  });
  const warnings = [...diagnostics, ...result.diagnostics];
  if (warnings.length > 0) io.stderr(`${formatDiagnostics(warnings, { cwd: io.cwd, color: io.color })}\n`);
  await writeFileAtomically(file, result.bytes);
  io.stdout(summary(result, flags, shownPath(file, io.cwd)));
  setExit(0);
}

function shownPath(file: string, cwd: string): string {
  const relative = displayPath(file, cwd);
  return relative.startsWith('..') ? file : relative;
}

function summary(result: BackupResult, flags: BackupFlags, file: string): string {
  const sections = result.plan.sections.length - 1;
  const questions = result.questionCount === 0 ? 'no question bank' : `${result.questionCount} questions in ${result.questionCategoryCount} categories`;
  const quizzes = flags.chapterQuizzes === undefined ? '' : `, ${result.quizzes} chapter quizzes`;
  return [
    `Moodle course backup written to ${file} (${(result.bytes.byteLength / 1024).toFixed(1)} KB):`,
    `  ${sections} sections, ${result.lessons} SCORM ${flags.scorm} activities, ${questions}${quizzes}.`,
    `Restore it in Moodle (Site administration > Courses > Restore course) as a new course ("${result.shortName}"), or into an existing one;`,
    'if a course already has its short or full name, Moodle adds "_1" and " copy 1" (see --help).',
    '',
  ].join('\n');
}
