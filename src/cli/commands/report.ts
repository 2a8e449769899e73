/** `coursepack report`: learners' progress and item analysis from an LRS or Moodle's interactions report. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { diagnostic } from '../../diagnostics/codes';
import { UserError } from '../../diagnostics/errors';
import { formatDiagnostics } from '../../diagnostics/format';
import type { ReportSource } from '../../report/index';
import type { ReadProgress } from '../../report/sources/xapi/read-statements';
import { processIo, type CliIo } from '../io';
import { addQuizOptions, quizTarget, type QuizFlags } from './quiz-options';

interface ReportFlags extends QuizFlags {
  readonly lrs?: string;
  readonly auth?: string;
  readonly since?: string;
  readonly registration?: string;
  readonly pageSize: string;
  readonly moodleCsv?: string;
  readonly out: string;
}

/** Lets a script keep the LRS secret out of the command line (and the shell history). */
export const AUTH_ENV = 'COURSEPACK_LRS_AUTH';

const HELP = `
Examples:
  coursepack report --lrs https://lrs.example.edu/data/xAPI/ --auth key:secret
  coursepack report --lrs https://lrs.example.edu/data/xAPI/ --since 2025-09-01 --out build/report-autumn
  coursepack report --moodle-csv "Interactions report.txt"

Writes progress.csv, items.csv, options.csv and report.html to --out, and prints a summary.
--auth may be left out when ${AUTH_ENV} holds it. From Moodle (SCORM 1.2 activities only: Moodle
leaves the answers of SCORM 2004 ones out): SCORM activity > Reports > Interactions report, tick
"Summary of question", "… responses", "… right answer" and "… result", Save preferences, then
Download > "Download in text format".
Everything is explained in docs/reports.md.`;

export function registerReport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  addQuizOptions(program.command('report'))
    .description('Report learners\' progress per lesson and analyse the quiz questions (from an LRS or a Moodle interactions report).')
    .option('--lrs <endpoint>', 'xAPI endpoint of the LRS to read statements from')
    .option('--auth <credentials>', `LRS credentials: key:secret or "Basic <token>" (default: $${AUTH_ENV})`)
    .option('--since <iso-date>', 'only statements the LRS stored after this time (e.g. 2025-09-01)')
    .option('--registration <uuid>', 'only statements of this registration')
    .option('--page-size <n>', 'statements asked for per page', '500')
    .option('--moodle-csv <file>', 'Moodle SCORM interactions report, downloaded in text format (instead of --lrs)')
    .option('-o, --out <dir>', 'folder for the report files', path.join('build', 'report'))
    .addHelpText('after', HELP)
    .action(async (flags: ReportFlags) => {
      const source = await reportSource(flags, io);
      const { course, quizzesDir } = await quizTarget(flags, io);
      // Loaded only when this command runs (issue 18).
      const [{ loadBanks }, { runReport }, { terminalSummary }] = await Promise.all([
        import('../../quiz/bank/select'), import('../../report/index'), import('../../report/outputs/terminal'),
      ]);
      const { banks, diagnostics } = await loadBanks(course, quizzesDir);
      // Broken banks only lose their texts in the report: say so and go on.
      if (diagnostics.length > 0) io.stderr(`${formatDiagnostics(diagnostics, { cwd: io.cwd, color: io.color })}\n`);
      const bar = await progressBar(io);
      const result = await runReport({
        course,
        banks,
        source: source.kind === 'xapi' && bar !== null ? { ...source, onPage: bar.update } : source,
        outDir: path.resolve(io.cwd, flags.out),
      }).finally(() => bar?.stop());
      if (result.diagnostics.length > 0) io.stderr(`${formatDiagnostics(result.diagnostics, { cwd: io.cwd, color: io.color })}\n`);
      io.stdout(terminalSummary(result.analysis, result.meta, result.files.map((file) => shownPath(file, io.cwd))));
      setExit(0);
    });
}

async function reportSource(flags: ReportFlags, io: CliIo): Promise<ReportSource> {
  if ((flags.lrs === undefined) === (flags.moodleCsv === undefined)) {
    throw invalid('Give either --lrs <endpoint> (with --auth) or --moodle-csv <file>.', 'coursepack report --lrs https://lrs.example.edu/data/xAPI/ --auth key:secret');
  }
  if (flags.moodleCsv !== undefined) {
    const file = path.resolve(io.cwd, flags.moodleCsv);
    return { kind: 'moodle-csv', file, text: await readUtf8(file) };
  }
  const auth = flags.auth ?? process.env[AUTH_ENV];
  if (auth === undefined || auth.trim() === '') {
    throw invalid(`--lrs needs the LRS credentials: --auth key:secret, or ${AUTH_ENV} set.`, 'Create a client with read access in the LRS and give its key and secret.');
  }
  return {
    kind: 'xapi',
    endpoint: flags.lrs as string,
    auth,
    pageSize: Number(flags.pageSize),
    ...(flags.since === undefined ? {} : { since: flags.since }),
    ...(flags.registration === undefined ? {} : { registration: flags.registration }),
  };
}

async function readUtf8(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError([diagnostic('report/moodle-csv-unreadable', `${file} cannot be read: ${reason}`)]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError([
      diagnostic('report/moodle-csv-unreadable', `${file} is not UTF-8 text.`, undefined, 'Use the file as Moodle downloads it; a spreadsheet that re-saved it may have changed the encoding (save as "CSV UTF-8").'),
    ]);
  }
}

/** The statement count on stderr while paging, only when a person watches a terminal. */
async function progressBar(io: CliIo): Promise<{ update: (progress: ReadProgress) => void; stop: () => void } | null> {
  if (io !== processIo || !process.stderr.isTTY) return null;
  const { SingleBar } = await import('cli-progress');
  const bar = new SingleBar({ format: 'Reading statements: {value} ({pages} pages)', stream: process.stderr, hideCursor: true, clearOnComplete: true });
  bar.start(0, 0, { pages: 0 });
  return {
    update: (progress) => bar.update(progress.statements, { pages: progress.pages }),
    stop: () => bar.stop(),
  };
}

/** Relative to the working folder when inside it, else absolute. */
function shownPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function invalid(message: string, hint: string): UserError {
  return new UserError([diagnostic('report/invalid-option', message, undefined, hint)]);
}
