import type { Command } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic';
import { displayPath, formatDiagnostics } from '../../diagnostics/format';
import type { CliIo } from '../io';
import { plural } from '../plural';
import { addQuizOptions, quizTarget, type QuizFlags } from './quiz-options';

const EXAMPLES = `
Examples:
  coursepack quiz lint
  coursepack quiz lint --course my-course --quizzes my-course-quizzes`;

export function registerQuizLint(quiz: Command, io: CliIo, setExit: (code: number) => void): void {
  addQuizOptions(quiz.command('lint'))
    .description('Check every question bank against its schema and the course, and report every problem.')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: QuizFlags) => {
      const { course, quizzesDir } = await quizTarget(flags, io);
      const [{ lintBanks }, { readBankFiles }] = await Promise.all([import('../../quiz/bank/lint'), import('../../quiz/bank/select')]);
      const files = await readBankFiles(quizzesDir);
      const diagnostics = lintBanks(course, files);
      if (diagnostics.length > 0) io.stderr(`${formatDiagnostics(diagnostics, { cwd: io.cwd, color: io.color })}\n`);
      const failed = hasErrors(diagnostics);
      if (!failed) {
        const items = files.reduce((total, file) => total + (file.bank?.items.length ?? 0), 0);
        io.stdout(`${plural(files.length, 'question bank')}, ${plural(items, 'item')} in ${displayPath(quizzesDir, io.cwd)}: no errors.\n`);
      }
      setExit(failed ? 1 : 0);
    });
}
