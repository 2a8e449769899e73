import type { Command } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic';
import { formatDiagnostics } from '../../diagnostics/format';
import type { QuestionBank } from '../../model/quiz';
import type { CliIo } from '../io';
import { addQuizOptions, quizTarget, type QuizFlags } from './quiz-options';

const EXAMPLES = `
Examples:
  coursepack quiz report
  coursepack quiz report --course my-course --quizzes my-course-quizzes

Per lesson and question kind: what generation gives now, what review kept, the bank on disk by
status, the items learners would see, the reasons candidates were dropped, and why a lesson falls
short of settings.quiz.minItemsPerLesson or of three kinds, in the course language (kk, ru or en).
Nothing is written. Exits 1 when a bank has errors (what can be read of it is reported; a bank
of another course is left out).`;

export function registerQuizReport(quiz: Command, io: CliIo, setExit: (code: number) => void): void {
  addQuizOptions(quiz.command('report'))
    .description('Report, per lesson and question kind, what generation and review give the quizzes.')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: QuizFlags) => {
      const { course, quizzesDir } = await quizTarget(flags, io);
      const [{ lintBanks }, { readBankFiles }, { generateBanks }, { buildQuizReport, formatQuizReport }] = await Promise.all([
        import('../../quiz/bank/lint'), import('../../quiz/bank/select'), import('../../quiz/generate'), import('../../quiz/report'),
      ]);
      const files = await readBankFiles(quizzesDir);
      const diagnostics = lintBanks(course, files);
      // The report still shows what can be read; lint's findings say what to fix first.
      if (diagnostics.length > 0) io.stderr(`${formatDiagnostics(diagnostics, { cwd: io.cwd, color: io.color })}\n`);
      const banks = new Map<string, QuestionBank>();
      for (const file of files) if (file.bank && file.bank.course === course.id) banks.set(file.lessonId, file.bank);
      io.stdout(formatQuizReport(buildQuizReport(course, generateBanks(course), banks)));
      // A broken bank is left out of the report: the run did not do its whole job.
      setExit(hasErrors(diagnostics) ? 1 : 0);
    });
}
