/**
 * `coursepack studio`: the local web app for reviewing questions and checking the course
 * (src/studio). Runs until interrupted (Ctrl+C).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { CliIo } from '../io';
import { QUIZZES_OPTION_HELP } from './quiz-options';

interface StudioFlags {
  readonly course: string;
  readonly quizzes?: string;
  readonly port?: number;
  readonly host?: string;
  readonly open?: boolean;
}

const EXAMPLES = `
Examples:
  coursepack studio                     the course in course/, at http://127.0.0.1:5757/
  coursepack studio --course my-course --port 8080 --open

Pages: the course map (lessons, words, screens, items by status and kind, every diagnostic of
validate with its file and line); the question review (one item at a time beside its source
sentence; keys: a approve, r reject, e edit, j/k next/previous, u undo); the preview (a lesson in
a fake SCORM 1.2, SCORM 2004, xAPI or cmi5 LMS in the studio, with every call or statement, the
data model and suspend_data shown as they happen; nothing leaves the machine). Review writes go
to the bank files (<banks folder>/<lesson-id>.quiz.yaml) as quiz generate writes them, and are
kept by the next quiz generate; a bank changed on disk meanwhile is never overwritten. Saving a
lesson or a bank refreshes the open page.

The studio listens on 127.0.0.1 only, unless --host says otherwise; without --port it takes
5757, or the next free port. It writes nothing but the banks of the course's lessons.`;

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new InvalidArgumentError('a port is a whole number from 1 to 65535.');
  return port;
}

export function registerStudio(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('studio')
    .description('Start the local studio: course map, question review and lesson preview in the browser, refreshed as files change.')
    .option('-c, --course <dir>', 'course folder', 'course')
    .option('-q, --quizzes <dir>', QUIZZES_OPTION_HELP)
    .option('-p, --port <n>', 'port to listen on (default: 5757, or the next free one)', portNumber)
    .option('--host <address>', 'address to listen on (default: 127.0.0.1; anything else lets other machines in)')
    .option('--open', 'open the studio in the default browser')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: StudioFlags) => {
      // Loaded only when this command runs (issue 18).
      const { startStudio } = await import('../../studio/server');
      const studio = await startStudio({
        courseDir: path.resolve(io.cwd, flags.course),
        ...(flags.quizzes !== undefined ? { quizzesDir: path.resolve(io.cwd, flags.quizzes) } : {}),
        ...(flags.port !== undefined ? { port: flags.port } : {}),
        ...(flags.host !== undefined ? { host: flags.host } : {}),
      });
      io.stdout(`coursepack studio: ${studio.url}  (Ctrl+C to stop)\n`);
      if (flags.open) openBrowser(studio.url);
      await new Promise<void>((resolve) => {
        const stop = () => void studio.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      setExit(0);
    });
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}
