/** `coursepack quiz …`: the question-bank workflow (generate → review by hand → lint → report). */
import type { Command } from 'commander';
import type { CliIo } from '../io';
import { registerQuizGenerate } from './quiz-generate';
import { registerQuizLint } from './quiz-lint';
import { registerQuizReport } from './quiz-report';

const EXAMPLES = `
Examples:
  coursepack quiz generate      write <banks folder>/<lesson-id>.quiz.yaml from the lesson texts
  coursepack quiz lint          check the banks after editing them
  coursepack quiz report        items per lesson and kind, and which lessons fall short

Review a bank by setting each item's status to approved or rejected, or by editing it.

The banks folder: --quizzes when given, else quizzes: in course.yaml (relative to the course
folder), else quizzes/ beside the course folder. A bank names its course (course:); a bank of
another course is an error, never read nor replaced.`;

export function registerQuiz(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const quiz = program
    .command('quiz')
    .description('Generate, check and report the question banks of the lesson quizzes.')
    .addHelpText('after', EXAMPLES);
  registerQuizGenerate(quiz, io, setExit);
  registerQuizLint(quiz, io, setExit);
  registerQuizReport(quiz, io, setExit);
}
