/** `coursepack export moodle-xml|gift`: the question banks as a file Moodle's question bank imports. */
import path from 'node:path';
import { Option, type Command } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic';
import { UserError } from '../../diagnostics/errors';
import { displayPath, formatDiagnostics } from '../../diagnostics/format';
import type { ExportResult } from '../../export/index';
import { ORDERING_AS, type ExportFormat, type OrderingAs } from '../../export/options';
import { QUIZ_INCLUDES, type QuizInclude } from '../../model/course';
import type { CliIo } from '../io';
import { registerExportBackup } from './export-backup';
import { addQuizOptions, quizTarget, type QuizFlags } from './quiz-options';

interface ExportFlags extends QuizFlags {
  readonly out?: string;
  readonly include?: QuizInclude;
  readonly orderingAs?: OrderingAs;
}

const ABOUT = `
Writes the approved items of the course's banks (with the drafts too when settings.quiz.include or
--include says approved-and-drafts), one question category per lesson under its chapter.
In Moodle: Question bank > Import, choose the format, tick "Get category from file".
What each kind of item becomes: docs/moodle-import.md.`;

const EXAMPLES: Record<ExportFormat, string> = {
  'moodle-xml': `
Examples:
  coursepack export moodle-xml
  coursepack export moodle-xml --include approved-and-drafts --out review.moodle.xml
  coursepack export moodle-xml --ordering-as matching     for Moodle before 4.4
${ABOUT}`,
  gift: `
Examples:
  coursepack export gift
  coursepack export gift --include approved-and-drafts --out review.gift.txt

GIFT has no ordering type: ordering items become matching of positions (1, 2, …) to steps.
${ABOUT}`,
};

export function registerExport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const command = program
    .command('export')
    .description('Write the question banks as a Moodle XML or GIFT file for Moodle\'s question bank, or the whole course as a Moodle course backup.')
    .addHelpText('after', `
Examples:
  coursepack export moodle-xml
  coursepack export gift --include approved-and-drafts
  coursepack export moodle-backup --chapter-quizzes 3     the whole course, to restore in Moodle
${ABOUT}`);
  const moodleXml = addExportOptions(command.command('moodle-xml'), 'moodle-xml')
    .description('Write the question banks as Moodle XML (every kind, ordering as Moodle\'s ordering type).')
    .addOption(new Option('--ordering-as <type>', 'ordering items as Moodle\'s ordering type (core since 4.4) or as matching of positions to steps')
      .choices([...ORDERING_AS]).default('ordering'));
  moodleXml.action((flags: ExportFlags) => runExport('moodle-xml', flags, io, setExit));
  addExportOptions(command.command('gift'), 'gift')
    .description('Write the question banks as GIFT text (ordering items as matching of positions to steps).')
    .action((flags: ExportFlags) => runExport('gift', flags, io, setExit));
  registerExportBackup(command, io, setExit);
}

function addExportOptions(command: Command, format: ExportFormat): Command {
  const extension = format === 'gift' ? '.gift.txt' : '.moodle.xml';
  return addQuizOptions(command)
    .option('-o, --out <file>', `file to write (default: build/export/<course-id>${extension} beside the course folder)`)
    .addOption(new Option('--include <items>', 'which items (default: settings.quiz.include of the course)').choices([...QUIZ_INCLUDES]))
    .addHelpText('after', EXAMPLES[format]);
}

async function runExport(format: ExportFormat, flags: ExportFlags, io: CliIo, setExit: (code: number) => void): Promise<void> {
  const { course, quizzesDir } = await quizTarget(flags, io);
  // Loaded when the command runs, not when the CLI starts (issue 18).
  const [{ defaultExportFile, exportQuestionBanks, writeFileAtomically }, { loadBanks }] = await Promise.all([import('../../export/index'), import('../../quiz/bank/select')]);
  const { banks, diagnostics } = await loadBanks(course, quizzesDir);
  // A broken bank would silently drop a lesson from the export: have it fixed first.
  if (hasErrors(diagnostics)) throw new UserError(diagnostics);
  if (diagnostics.length > 0) io.stderr(`${formatDiagnostics(diagnostics, { cwd: io.cwd, color: io.color })}\n`);
  const include = flags.include ?? course.settings.quiz.include;
  const result = exportQuestionBanks(course, banks, { format, include, orderingAs: flags.orderingAs ?? 'ordering' });
  // The default belongs to the course: build/export beside its folder, wherever the command runs.
  const file = flags.out === undefined ? defaultExportFile(path.dirname(course.dir), course, format) : path.resolve(io.cwd, flags.out);
  await writeFileAtomically(file, result.text);
  io.stdout(summary(result, include, shownPath(file, io.cwd)));
  setExit(0);
}

/** Relative to the working folder when inside it, else absolute. */
function shownPath(file: string, cwd: string): string {
  const relative = displayPath(file, cwd);
  return relative.startsWith('..') ? file : relative;
}

function summary(result: ExportResult, include: QuizInclude, file: string): string {
  const kinds = Object.entries(result.kinds).filter(([, count]) => count > 0).map(([kind, count]) => `${kind} ${count}`);
  const which = include === 'approved' ? 'approved items' : 'approved and draft items';
  return `${result.questionCount} questions (${which}: ${kinds.join(', ')}) in ${result.categoryCount} lesson categories written to ${file}\n`;
}
