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
  readonly moodle?: string;
  readonly token?: string;
  readonly moodleCourse?: string;
  readonly concurrency: string;
  readonly stuckDays: string;
  readonly asOf?: string;
  readonly store: boolean;
  readonly out: string;
}

/** Lets a script keep the LRS secret out of the command line (and the shell history). */
export const AUTH_ENV = 'COURSEPACK_LRS_AUTH';
/** The local store's file name (src/report/sources/moodle-ws/store.ts; not imported: loaded only when the command runs). */
const STORE_NAME = 'moodle-store.jsonl.gz';
/** The same for the Moodle web-service token. */
export const TOKEN_ENV = 'COURSEPACK_MOODLE_TOKEN';

const HELP = `
Examples:
  coursepack report --lrs https://lrs.example.edu/data/xAPI/ --auth key:secret
  coursepack report --lrs https://lrs.example.edu/data/xAPI/ --since 2025-09-01 --out build/report-autumn
  coursepack report --moodle https://moodle.example.edu --moodle-course HIST101
  coursepack report --moodle-csv "Interactions report.txt"

Writes progress.csv, items.csv, options.csv, funnel.csv and report.html to --out, and prints a
summary with the learners stuck (a started, unfinished lesson, no progress for --stuck-days).
--auth may be left out when ${AUTH_ENV} holds it, --token when ${TOKEN_ENV}
holds it (the token is never printed or written). With --moodle, what was read is kept in
--out/${STORE_NAME} so that the next run asks Moodle only for what changed. --moodle reads every SCORM activity this course's packages
made in that Moodle course (1.2 and 2004), its students (role "student") and all their attempts
through Moodle's web services: the site administrator enables web services and REST, creates a
service with the seven functions docs/reports.md lists, and a token for a user who is a
(non-editing) teacher of the course.
--moodle-csv reads one activity's interactions report (SCORM 1.2 activities only: Moodle leaves
the answers of SCORM 2004 ones out): SCORM activity > Reports > Interactions report, tick
"Summary of question", "… responses", "… right answer" and "… result", Save preferences, then
Download > "Download in text format".
Everything is explained in docs/reports.md.`;

export function registerReport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  addQuizOptions(program.command('report'))
    .description('Report learners\' progress per lesson, who is stuck, where learners stop, and analyse the quiz questions (from an LRS, a Moodle course through its web services, or a Moodle interactions report).')
    .option('--lrs <endpoint>', 'xAPI endpoint of the LRS to read statements from')
    .option('--auth <credentials>', `LRS credentials: key:secret or "Basic <token>" (default: $${AUTH_ENV})`)
    .option('--since <iso-date>', 'only statements the LRS stored after this time (e.g. 2025-09-01)')
    .option('--registration <uuid>', 'only statements of this registration')
    .option('--page-size <n>', 'statements asked for per page', '500')
    .option('--moodle <url>', 'Moodle site to read through its web services (instead of --lrs)')
    .option('--token <token>', `Moodle web-service token (default: $${TOKEN_ENV})`)
    .option('--moodle-course <shortname-or-id>', 'the Moodle course holding the SCORM activities (with --moodle)')
    .option('--concurrency <n>', 'Moodle web-service requests at a time', '4')
    .option('--no-store', `with --moodle: read everything from Moodle and keep no local store (default: keep ${STORE_NAME} in --out and read only what changed since)`)
    .option('--moodle-csv <file>', 'Moodle SCORM interactions report, downloaded in text format (instead of --lrs)')
    .option('--stuck-days <n>', 'a started, unfinished lesson with no progress for this many days counts as stuck', '7')
    .option('--as-of <iso-date>', 'count idle days to this time instead of now (same data and --as-of, same files)')
    .option('-o, --out <dir>', 'folder for the report files', path.join('build', 'report'))
    .addHelpText('after', HELP)
    .action(async (flags: ReportFlags) => {
      const source = await reportSource(flags, io);
      const stuckDays = Number(flags.stuckDays);
      if (!Number.isInteger(stuckDays) || stuckDays < 0) {
        throw invalid(`--stuck-days must be a whole number of days (0 or more), not "${flags.stuckDays}".`, 'e.g. --stuck-days 14');
      }
      const now = flags.asOf === undefined ? new Date() : new Date(flags.asOf);
      if (Number.isNaN(now.getTime())) throw invalid(`--as-of must be a date or an ISO time, not "${flags.asOf}".`, 'e.g. --as-of 2025-10-01 or --as-of 2025-10-01T08:00:00Z');
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
        source: withProgress(source, bar),
        stuckDays,
        now,
        outDir: path.resolve(io.cwd, flags.out),
      }).finally(() => bar?.stop());
      if (result.diagnostics.length > 0) io.stderr(`${formatDiagnostics(result.diagnostics, { cwd: io.cwd, color: io.color })}\n`);
      io.stdout(terminalSummary(result.analysis, result.meta, result.files.map((file) => shownPath(file, io.cwd))));
      setExit(0);
    });
}

async function reportSource(flags: ReportFlags, io: CliIo): Promise<ReportSource> {
  const given = [flags.lrs, flags.moodleCsv, flags.moodle].filter((value) => value !== undefined).length;
  if (given !== 1) {
    throw invalid('Give one of --lrs <endpoint> (with --auth), --moodle <url> (with --moodle-course) or --moodle-csv <file>.', 'coursepack report --lrs https://lrs.example.edu/data/xAPI/ --auth key:secret');
  }
  if (flags.moodle !== undefined) return moodleSource(flags);
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

function moodleSource(flags: ReportFlags): ReportSource {
  const token = (flags.token ?? process.env[TOKEN_ENV] ?? '').trim();
  if (token === '') {
    throw invalid(`--moodle needs a web-service token: --token, or ${TOKEN_ENV} set.`, 'Site administration > Server > Web services > Manage tokens: create one for a teacher of the course (docs/reports.md).');
  }
  if (flags.moodleCourse === undefined || flags.moodleCourse.trim() === '') {
    throw invalid('--moodle needs the course: --moodle-course <short name or id>.', 'The short name is under Course settings; the id is the id= in the course\'s address.');
  }
  const concurrency = Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    throw invalid(`--concurrency must be a whole number from 1 to 32, not "${flags.concurrency}".`, 'Leave it at 4 unless the site\'s administrator asks for less.');
  }
  return { kind: 'moodle', url: flags.moodle as string, token, course: flags.moodleCourse, concurrency, store: flags.store };
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

interface Bar {
  readonly statements: (progress: ReadProgress) => void;
  readonly moodle: (progress: { done: number; total: number }) => void;
  readonly stop: () => void;
}

/** Progress on stderr while reading, only when a person watches a terminal. */
async function progressBar(io: CliIo): Promise<Bar | null> {
  if (io !== processIo || !process.stderr.isTTY) return null;
  const { SingleBar } = await import('cli-progress');
  let bar: InstanceType<typeof SingleBar> | null = null;
  const start = (format: string) => {
    bar ??= new SingleBar({ format, stream: process.stderr, hideCursor: true, clearOnComplete: true });
    return bar;
  };
  let started = false;
  return {
    statements: (progress) => {
      const shown = start('Reading statements: {value} ({pages} pages)');
      if (!started) shown.start(0, 0, { pages: 0 });
      started = true;
      shown.update(progress.statements, { pages: progress.pages });
    },
    moodle: (progress) => {
      const shown = start('Reading Moodle: {bar} {value}/{total} calls');
      if (!started) shown.start(progress.total, 0);
      started = true;
      shown.setTotal(progress.total);
      shown.update(progress.done);
    },
    stop: () => {
      if (started) bar?.stop();
    },
  };
}

function withProgress(source: ReportSource, bar: Bar | null): ReportSource {
  if (bar === null) return source;
  if (source.kind === 'xapi') return { ...source, onPage: bar.statements };
  if (source.kind === 'moodle') return { ...source, onProgress: bar.moodle };
  return source;
}

/** Relative to the working folder when inside it, else absolute. */
function shownPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function invalid(message: string, hint: string): UserError {
  return new UserError([diagnostic('report/invalid-option', message, undefined, hint)]);
}
