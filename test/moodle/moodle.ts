/**
 * The tests' side of the real Moodle 5.1 (../shared/harness/moodle): upload a package as the
 * teacher, play it as a student in Chromium with ./drivers/lesson-driver.mjs, and read back what
 * Moodle stored (report.php). Everything runs as child processes, one at a time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCourse } from '../../src/build/index';
import type { MoodleHarness } from '../harness/real-service';

export const ROOT = resolve(__dirname, '../..');
export const COURSE_DIR = join(ROOT, 'course');
const DRIVER = join(__dirname, 'drivers/lesson-driver.mjs');

/** The course's UI strings (its language), which name the player's buttons. */
export function courseLabels(): Record<string, string> {
  const language = /^language:\s*(\w+)/m.exec(readFileSync(join(COURSE_DIR, 'course.yaml'), 'utf8'))?.[1] ?? 'en';
  return JSON.parse(readFileSync(join(ROOT, 'src/locales', `${language}.json`), 'utf8')) as Record<string, string>;
}

/** Builds the course's SCORM packages into a fresh folder; `cleanup` removes it. */
export async function buildScorm(): Promise<{ dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'cp-moodle-'));
  await buildCourse({ courseDir: COURSE_DIR, outDir: join(dir, 'build'), formats: ['scorm12', 'scorm2004'] });
  return { dir: join(dir, 'build'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Run {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 240_000, env: { ...process.env, ...env }, cwd, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

export function resultJson<T>(out: Run): T {
  const line = /^RESULT_JSON (.*)$/m.exec(out.stdout);
  if (line === null) throw new Error(`no RESULT_JSON in:\n${out.stdout}\n${out.stderr}`);
  return JSON.parse(line[1]) as T;
}

export interface Sco {
  readonly id: number;
  readonly identifier: string;
  readonly title: string;
  readonly scormtype: string;
}

export interface Activity {
  readonly cmid: number;
  readonly version: string;
  readonly scoes: readonly Sco[];
  readonly warnings: readonly string[];
}

/** Uploads a zip as a SCORM activity through Moodle's own form (a fresh activity each run). */
export function addScorm(moodle: MoodleHarness, zip: string, course: string, options: readonly string[] = []): Activity {
  const out = run('php', [join(moodle.dir, 'bin/add-scorm.php'), zip, course, '--replace', '--json', ...options], {}, moodle.dir);
  if (out.status !== 0) throw new Error(`add-scorm.php ${zip} failed (${out.status}):\n${out.stdout}\n${out.stderr}`);
  return resultJson<Activity>(out);
}

/** What the learner saw at a "look" step (see the driver). */
export interface Look {
  readonly url: string;
  readonly notices: readonly string[];
  readonly quizStart: boolean;
  readonly quizLocked: string;
  readonly quizBody: string;
  readonly result: readonly string[];
  readonly tryAgain: boolean;
  readonly submit: boolean;
  readonly answers: readonly { stem: string; checked: string[]; selects: string[]; order: string[] }[];
}

export interface ApiCall {
  readonly api: string;
  readonly fn: string;
  readonly args: readonly string[];
  readonly result: unknown;
  readonly error: string;
}

export interface Play {
  readonly ok: boolean;
  readonly error?: string;
  readonly popup: boolean;
  readonly apiCalls: readonly ApiCall[];
  readonly viewPageText: string;
  readonly events: { readonly pageErrors: readonly string[]; readonly consoleLog: readonly { type: string; text: string; url: string }[] };
  readonly seen: readonly Look[];
  readonly seconds: number;
}

export interface ScoPlan {
  /** Title (or its start) of the TOC entry to open; absent: the SCO Moodle launched. */
  readonly open?: string;
  readonly steps: readonly string[];
}

/** Plays the activity as `user` in Chromium; `args` go to play.mjs (e.g. `--new-attempt`). */
export function play(moodle: MoodleHarness, cmid: number, scos: readonly ScoPlan[], user = 'student1', args: readonly string[] = []): Play {
  const seenFile = join(mkdtempSync(join(tmpdir(), 'cp-play-')), 'seen.json');
  const started = Date.now();
  const out = run(
    'node',
    [join(moodle.dir, 'bin/play.mjs'), '--cmid', String(cmid), '--user', user, '--driver', DRIVER, '--quiet', '--tag', `cp-${cmid}-${user}`, ...args],
    { CP_PLAN: JSON.stringify({ labels: courseLabels(), scos }), CP_DRIVER_OUT: seenFile, HARNESS_URL: moodle.url },
  );
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  let parsed: Omit<Play, 'seen' | 'seconds'>;
  try {
    parsed = JSON.parse(out.stdout) as Omit<Play, 'seen' | 'seconds'>;
  } catch {
    throw new Error(`play.mjs gave no result (${out.status}):\n${out.stdout.slice(0, 2000)}\n${out.stderr.slice(-2000)}`);
  }
  if (!parsed.ok) throw new Error(`play.mjs failed: ${parsed.error}\n${out.stderr.slice(-2000)}`);
  let seen: Look[] = [];
  try {
    seen = JSON.parse(readFileSync(seenFile, 'utf8')) as Look[];
  } catch {
    seen = [];
  }
  rmSync(join(seenFile, '..'), { recursive: true, force: true });
  process.stdout.write(`  play of activity ${cmid} as ${user}: ${seconds} s\n`);
  return { ...parsed, seen, seconds };
}

/** Errors of our own pages (the SCO's scripts), not of Moodle's pages. */
export function scoErrors(result: Play): string[] {
  const own = result.events.consoleLog.filter((entry) => entry.type === 'error' && /\/mod_scorm\/content\//.test(entry.url ?? ''));
  return [...result.events.pageErrors, ...own.map((entry) => entry.text)];
}

export interface StoredSco {
  readonly scoid: number;
  readonly title: string;
  readonly elements: Readonly<Record<string, string>>;
}

export interface StoredAttempt {
  readonly attempt: number;
  readonly scoes: Readonly<Record<string, StoredSco>>;
}

export interface StoredUser {
  readonly username: string;
  readonly attempt_count: number;
  readonly attempts: readonly StoredAttempt[];
  readonly gradebook: { readonly grade: number | null; readonly rawgrade: number | null } | null;
}

export interface Stored {
  readonly users: readonly StoredUser[];
}

/** Everything Moodle stored for the activity (report.php), for one user or all. */
export function stored(moodle: MoodleHarness, cmid: number, user?: string): Stored {
  const out = run('php', [join(moodle.dir, 'bin/report.php'), String(cmid), '--no-events', ...(user ? [`--user=${user}`] : [])], {}, moodle.dir);
  if (out.status !== 0) throw new Error(`report.php ${cmid} failed:\n${out.stdout}\n${out.stderr}`);
  return JSON.parse(out.stdout) as Stored;
}

export function storedUser(moodle: MoodleHarness, cmid: number, user = 'student1'): StoredUser {
  const found = stored(moodle, cmid, user).users.find((entry) => entry.username === user);
  if (found === undefined) throw new Error(`report.php names no ${user}`);
  return found;
}

/** The elements Moodle holds for a SCO (by item identifier) in the user's last attempt. */
export function elementsOf(user: StoredUser, item: string, attempt?: number): Readonly<Record<string, string>> {
  const chosen = attempt === undefined ? user.attempts[user.attempts.length - 1] : user.attempts.find((entry) => entry.attempt === attempt);
  return chosen?.scoes[item]?.elements ?? {};
}

/** Interaction ids in slot order, in either standard's spelling (1.2 `interactions_N`, 2004 `interactions.N`). */
export function interactionIds(elements: Readonly<Record<string, string>>): string[] {
  const ids: [number, string][] = [];
  for (const [key, value] of Object.entries(elements)) {
    const match = /^cmi\.interactions[._](\d+)\.id$/.exec(key);
    if (match) ids.push([Number(match[1]), value]);
  }
  return ids.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}

/** Downloads the activity's interactions report as teacher1 (./drivers/download-interactions.mjs) into `file`. */
export function downloadInteractions(moodle: MoodleHarness, cmid: number, file: string): void {
  const out = run('node', [join(__dirname, 'drivers/download-interactions.mjs'), moodle.dir, String(cmid), file], { MOODLE_URL: moodle.url });
  if (out.status !== 0) throw new Error(`downloading the interactions report failed:\n${out.stdout}\n${out.stderr.slice(-2000)}`);
}

/** `coursepack report --moodle-csv FILE --out DIR` of the project's course, as a user runs it. */
export function coursepackReport(file: string, outDir: string): Run {
  return run('node', [join(ROOT, 'bin/coursepack.js'), 'report', '--moodle-csv', file, '--out', outDir], {}, ROOT);
}

/** Rows of a CSV the report wrote (simple: our own writer, quoted fields without line breaks). */
export function readCsv(file: string): Record<string, string>[] {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line !== '');
  const split = (line: string): string[] => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const char = line[i]!;
      if (quoted && char === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = !quoted;
      else if (char === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += char;
    }
    return [...cells, cell];
  };
  const [header, ...rows] = lines.map(split);
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

/** Values Moodle changes on every visit whatever the SCO does. */
export function withoutVisitStamps(elements: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(elements).filter(([key]) => key !== 'x.start.time'));
}
