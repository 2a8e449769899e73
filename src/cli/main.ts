/**
 * The `coursepack` command: parses arguments, runs one command, turns the outcome into an
 * exit code. User errors print their diagnostics (exit 1); anything else is a bug (exit 70).
 */
import { Command, CommanderError } from 'commander';
import { formatDiagnostics } from '../diagnostics/format';
import { UserError } from '../diagnostics/errors';
import { packageVersion } from './version';
import { processIo, type CliIo } from './io';
import { registerBuild } from './commands/build';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerQuiz } from './commands/quiz';
import { registerReport } from './commands/report';
import { registerStudio } from './commands/studio';
import { registerValidate } from './commands/validate';

/** EX_SOFTWARE from sysexits.h: an internal error. */
export const EXIT_BUG = 70;

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const exit = { code: 0 };
  const program = createProgram(io, exit);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit.code;
  } catch (error) {
    return reportFailure(error, argv, io);
  }
}

function createProgram(io: CliIo, exit: { code: number }): Command {
  const program = new Command('coursepack')
    .description('Turns the chapters of a long text into LMS lessons (SCORM packages for Moodle).')
    .version(packageVersion(), '-V, --version')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nExamples:\n  coursepack import text.txt --out course\n  coursepack validate\n  coursepack build\n  coursepack quiz generate');
  // Commands created from here on inherit the output settings and throw instead of exiting.
  const setExit = (code: number) => { exit.code = code; };
  registerBuild(program, io, setExit);
  registerExport(program, io, setExit);
  registerImport(program, io, setExit);
  registerQuiz(program, io, setExit);
  registerReport(program, io, setExit);
  registerStudio(program, io, setExit);
  registerValidate(program, io, setExit);
  return program;
}

function reportFailure(error: unknown, argv: readonly string[], io: CliIo): number {
  if (error instanceof CommanderError) {
    // Help and version "fail" with exit code 0; usage mistakes have already been printed.
    return error.exitCode;
  }
  if (error instanceof UserError) {
    io.stderr(`${formatDiagnostics(error.diagnostics, { cwd: io.cwd, color: io.color })}\n`);
    return 1;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const command = ['coursepack', ...argv].join(' ');
  io.stderr(`${stack}\n\nThis is a bug in coursepack: please report it with the command you ran (${command}).\n`);
  return EXIT_BUG;
}
