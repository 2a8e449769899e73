/**
 * `coursepack report --moodle` against the real Moodle 5.1: web services set up by
 * ./drivers/ws-setup.php as an administrator would, learners' tracks made by playing a SCORM 1.2
 * and a SCORM 2004 lesson in Chromium, the teacher's own play left out; the report's figures
 * (status, score, attempts, time, last activity, each item's answers and options chosen) equal
 * what Moodle stored (report.php). Every refusal gets its message, and the token is in no output.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeVisited } from '../../src/player/lms/progress-codec';
import { SERVICE_FUNCTIONS } from '../../src/report/sources/moodle-ws/read-course';
import { describeWith, moodleHarness, MOODLE_HOW, type MoodleHarness } from '../harness/real-service';
import { addScorm, buildScorm, play, readCsv, resultJson, ROOT, run, scoErrors, stored, type Run, type StoredUser } from './moodle';

const COURSE = 'cp-i15-ws';
const NONE = 'cp-i15-ws-none';
const NOCAP = 'cp-i15-ws-nocap';
const LESSON12 = 's2-3';
const LESSON2004 = 's2-2';
const TEACHER = ['--password', 'Teacher#2025'];

interface Tokens {
  readonly full: string;
  readonly partial: string;
  readonly nocap: string;
}

function wsSetup(moodle: MoodleHarness, args: readonly string[]): Tokens {
  const out = run('php', [join(__dirname, 'drivers/ws-setup.php'), moodle.dir, `--functions=${SERVICE_FUNCTIONS.join(',')}`, ...args], {}, __dirname);
  if (out.status !== 0) throw new Error(`ws-setup.php failed:\n${out.stdout}\n${out.stderr}`);
  return resultJson<{ tokens: Tokens }>(out).tokens;
}

/** `coursepack report --moodle`, the token in the environment unless given. */
function report(moodle: MoodleHarness, course: string, outDir: string, token: string, viaFlag = false): Run {
  const args = [join(ROOT, 'bin/coursepack.js'), 'report', '--moodle', moodle.url, '--moodle-course', course, '--out', outDir];
  return run('node', viaFlag ? [...args, '--token', token] : args, { COURSEPACK_MOODLE_TOKEN: viaFlag ? '' : token }, ROOT);
}

/** The token in nothing the command printed or wrote. */
function expectNoToken(out: Run, outDir: string, token: string): void {
  expect(out.stdout).not.toContain(token);
  expect(out.stderr).not.toContain(token);
  let files: string[] = [];
  try {
    files = readdirSync(outDir);
  } catch {
    files = [];
  }
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file));
    expect((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')).not.toContain(token);
  }
}

type Elements = Readonly<Record<string, string>>;

interface StoredScoFull {
  readonly elements: Elements;
  readonly timemodified: Readonly<Record<string, number>>;
}

/** A learner's stored SCO data per Moodle attempt, in attempt order. */
function scoAttempts(user: StoredUser, item: string): StoredScoFull[] {
  return user.attempts.flatMap((attempt) => {
    const sco = attempt.scoes[item] as unknown as StoredScoFull | undefined;
    return sco === undefined ? [] : [sco];
  });
}

/** What the report must show for a learner's lesson, computed from Moodle's rows (quiz attempts: those the driver submitted). */
function expectedCell(attempts: readonly StoredScoFull[], quizAttempts: number): Record<string, string> {
  const elements = attempts.map((attempt) => attempt.elements);
  const statuses = elements.flatMap((e) => [e['cmi.core.lesson_status'], e['cmi.success_status'], e['cmi.completion_status']]);
  const status = statuses.includes('passed') ? 'passed' : statuses.includes('failed') ? 'failed' : statuses.includes('completed') ? 'completed' : attempts.length > 0 ? 'in progress' : 'not started';
  const raws = elements.flatMap((e) => {
    const raw = e['cmi.core.score.raw'] ?? e['cmi.score.raw'];
    return raw === undefined ? [] : [Number(raw)];
  });
  const seconds = elements.reduce((sum, e) => sum + clockSeconds(e['cmi.core.total_time'] ?? e['cmi.total_time'] ?? ''), 0);
  const last = Math.max(...attempts.flatMap((attempt) => Object.values(attempt.timemodified)));
  return {
    status,
    best_score: raws.length === 0 ? '' : String(Math.max(...raws)),
    attempts: String(quizAttempts),
    time_spent_seconds: seconds === 0 ? '' : String(Math.round(seconds)),
    last_activity: new Date(last * 1000).toISOString(),
  };
}

/** `0000:01:02.50` (1.2) or `PT1M2.5S` (2004) in seconds. */
function clockSeconds(text: string): number {
  const clock = /^(\d+):(\d+):([\d.]+)$/.exec(text);
  if (clock) return (Number(clock[1]) * 60 + Number(clock[2])) * 60 + Number(clock[3]);
  const iso = /^PT(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?$/.exec(text);
  if (iso) return (Number(iso[1] ?? 0) * 60 + Number(iso[2] ?? 0)) * 60 + Number(iso[3] ?? 0);
  return 0;
}

/** Each learner's first stored response per question id (earliest attempt, lowest slot), as option ids. */
function firstResponses(users: readonly StoredUser[], item: string): Map<string, string[][]> {
  const byQuestion = new Map<string, string[][]>();
  for (const user of users) {
    const seen = new Set<string>();
    for (const attempt of scoAttempts(user, item)) {
      const e = attempt.elements;
      for (const [key, id] of Object.entries(e).filter(([k]) => /^cmi\.interactions[._]\d+\.id$/.test(k)).sort(([a], [b]) => slotOf(a) - slotOf(b))) {
        if (seen.has(id)) continue;
        seen.add(id);
        const prefix = key.replace(/\.id$/, '');
        const response = e[`${prefix}.student_response`] ?? e[`${prefix}.learner_response`] ?? '';
        byQuestion.set(id, [...(byQuestion.get(id) ?? []), response.split(/\[,\]|,/).filter((part) => part !== '')]);
      }
    }
  }
  return byQuestion;
}

function slotOf(key: string): number {
  return Number(/interactions[._](\d+)/.exec(key)?.[1] ?? 0);
}

describeWith('coursepack report --moodle (web services) against Moodle 5.1', moodleHarness, MOODLE_HOW, (moodle) => {
  let build: { dir: string; cleanup: () => void };
  let tokens: Tokens;
  let work: string;
  const cmids: Record<string, number> = {};
  beforeAll(async () => {
    build = await buildScorm();
    work = mkdtempSync(join(tmpdir(), 'cp-report-ws-'));
    cmids[LESSON12] = addScorm(moodle, join(build.dir, `scorm12/lessons/${LESSON12}.zip`), COURSE).cmid;
    cmids[LESSON2004] = addScorm(moodle, join(build.dir, `scorm2004/lessons/${LESSON2004}.zip`), COURSE).cmid;
    addScorm(moodle, join(moodle.dir, 'sample/scorm12.zip'), NONE);
    addScorm(moodle, join(build.dir, `scorm12/lessons/${LESSON12}.zip`), NOCAP);
    tokens = wsSetup(moodle, [COURSE, NONE, `--nocap=${NOCAP}`]);
  }, 240_000);
  afterAll(() => {
    build?.cleanup();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('status, score, attempts, time, last activity and each answer equal what Moodle stored, 1.2 and 2004; the teacher is no learner', () => {
    const plays = [
      play(moodle, cmids[LESSON12]!, [{ steps: ['read', 'start', 'wrong', 'submit', 'again', 'right', 'submit'] }], 'student1'),
      play(moodle, cmids[LESSON12]!, [{ steps: ['read', 'start', 'first-right', 'submit'] }], 'student2'),
      play(moodle, cmids[LESSON12]!, [{ steps: ['read', 'start', 'right', 'submit'] }], 'teacher1', TEACHER),
      play(moodle, cmids[LESSON2004]!, [{ steps: ['read', 'start', 'right', 'submit'] }], 'student1'),
      play(moodle, cmids[LESSON2004]!, [{ steps: ['read'] }], 'student1', ['--new-attempt']),
      // Opens the lesson and leaves on its first screen: where the funnel by screen drops.
      play(moodle, cmids[LESSON2004]!, [{ steps: [] }], 'student2'),
    ];
    for (const result of plays) expect(scoErrors(result)).toEqual([]);

    const outDir = join(work, 'figures');
    const out = report(moodle, COURSE, outDir, tokens.full);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('2 coursepack activities, 2 students');
    expectNoToken(out, outDir, tokens.full);

    const progress = readCsv(join(outDir, 'progress.csv'));
    // Students only: teacher1 played the 1.2 lesson, cpreporter and admin may read but do not learn.
    expect([...new Set(progress.map((row) => row['learner']))].sort()).toEqual(['Student One', 'Student Two']);
    // Quiz attempts submitted by the plays above.
    const submitted: Record<string, Record<string, number>> = { student1: { [LESSON12]: 2, [LESSON2004]: 1 }, student2: { [LESSON12]: 1, [LESSON2004]: 0 } };
    for (const [lesson, cmid] of Object.entries(cmids)) {
      const users = stored(moodle, cmid).users;
      if (lesson === LESSON12) expect(users.find((user) => user.username === 'teacher1')?.attempt_count).toBe(1);
      for (const username of ['student1', 'student2']) {
        const user = users.find((entry) => entry.username === username)!;
        const row = progress.find((entry) => entry['learner_id'].includes(`${username}@`) && entry['lesson'] === lesson)!;
        const shown = { status: row['status'], best_score: row['best_score'], attempts: row['attempts'], time_spent_seconds: row['time_spent_seconds'], last_activity: row['last_activity'] };
        const expected = expectedCell(scoAttempts(user, `ITEM-${lesson}`), submitted[username]![lesson]!);
        expect({ lesson, username, ...shown }).toEqual({ lesson, username, ...expected, time_spent_seconds: shown.time_spent_seconds === '' ? '' : expect.any(String) });
        // Durations as Moodle summed them, to the second.
        if (expected.time_spent_seconds !== '') expect(Math.abs(Number(shown.time_spent_seconds) - Number(expected.time_spent_seconds))).toBeLessThanOrEqual(1);
      }
    }
    expect(progress.find((row) => row['learner'] === 'Student One' && row['lesson'] === LESSON2004)?.['status']).toBe('passed');

    // The funnel by screen: learners who saw each screen, as the player's suspend data in Moodle says.
    const funnel = readCsv(join(outDir, 'funnel.csv'));
    for (const [lesson, cmid] of Object.entries(cmids)) {
      const students = stored(moodle, cmid).users.filter((user) => user.username.startsWith('student'));
      const seen = students.map((user) => new Set(scoAttempts(user, `ITEM-${lesson}`).flatMap((attempt) => decodeVisited(attempt.elements['cmi.suspend_data'])?.visited ?? [])));
      const screenCount = Math.max(...students.flatMap((user) => scoAttempts(user, `ITEM-${lesson}`).map((attempt) => decodeVisited(attempt.elements['cmi.suspend_data'])?.screenCount ?? 0)));
      const expected = Array.from({ length: screenCount }, (_, screen) => [`screen ${screen + 1}`, String(seen.filter((own) => own.has(screen)).length)]);
      expect(funnel.filter((row) => row['lesson'] === lesson && row['step']!.startsWith('screen')).map((row) => [row['step'], row['learners']])).toEqual(expected);
      expect(funnel.find((row) => row['lesson'] === lesson && row['step'] === 'started')?.['learners']).toBe('2');
    }
    const screens2004 = funnel.filter((row) => row['lesson'] === LESSON2004 && row['step']!.startsWith('screen')).map((row) => row['learners']);
    expect(screens2004[0]).toBe('2');
    expect(screens2004.at(-1)).toBe('1');

    // Every question answered, with each learner's first response, as the options chosen.
    const items = readCsv(join(outDir, 'items.csv'));
    const options = readCsv(join(outDir, 'options.csv'));
    for (const [lesson, cmid] of Object.entries(cmids)) {
      const users = stored(moodle, cmid).users.filter((user) => user.username.startsWith('student'));
      const first = firstResponses(users, `ITEM-${lesson}`);
      expect(items.filter((row) => row['lesson'] === lesson).map((row) => `${lesson}.${row['item']}`).sort()).toEqual([...first.keys()].sort());
      for (const [id, responses] of first) {
        const item = id.slice(lesson.length + 1);
        expect(items.find((row) => row['lesson'] === lesson && row['item'] === item)?.['answers']).toBe(String(responses.length));
        const counted = options.filter((row) => row['lesson'] === lesson && row['item'] === item);
        if (counted.length === 0) continue;
        const expectedCounts = Object.fromEntries(counted.map((row) => [row['option'], String(responses.filter((chosen) => chosen.includes(row['option']!) || chosen.includes(row['option'] === 'true' ? 't' : row['option'] === 'false' ? 'f' : '\u0000')).length)]));
        expect(Object.fromEntries(counted.map((row) => [row['option'], row['chosen']]))).toEqual(expectedCounts);
      }
    }
  }, 600_000);

  test('a second run takes what cannot have changed from the local store and shows the same; a new quiz attempt is read', () => {
    const outDir = join(work, 'figures');
    const store = join(outDir, 'moodle-store.jsonl.gz');
    expect(existsSync(store)).toBe(true);
    const first = { progress: readFileSync(join(outDir, 'progress.csv'), 'utf8'), options: readFileSync(join(outDir, 'options.csv'), 'utf8') };
    const again = report(moodle, COURSE, outDir, tokens.full);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/\(\d+ requests, [1-9]\d* attempts from the local store\)/);
    expect(readFileSync(join(outDir, 'options.csv'), 'utf8')).toBe(first.options);
    // Only days_idle may move on; every figure is the same.
    const figures = (text: string) => text.split('\r\n').map((line) => line.split(',').slice(0, 10).join(','));
    expect(figures(readFileSync(join(outDir, 'progress.csv'), 'utf8'))).toEqual(figures(first.progress));
    expect(gunzipSync(readFileSync(store)).toString('utf8')).not.toContain(tokens.full);

    const retried = play(moodle, cmids[LESSON12]!, [{ steps: ['again', 'right', 'submit'] }], 'student2');
    expect(scoErrors(retried)).toEqual([]);
    const third = report(moodle, COURSE, outDir, tokens.full);
    expect(third.status).toBe(0);
    const user = stored(moodle, cmids[LESSON12]!).users.find((entry) => entry.username === 'student2')!;
    const row = readCsv(join(outDir, 'progress.csv')).find((entry) => entry['learner'] === 'Student Two' && entry['lesson'] === LESSON12)!;
    const expected = expectedCell(scoAttempts(user, `ITEM-${LESSON12}`), 2);
    expect([row['status'], row['best_score'], row['attempts'], row['last_activity']]).toEqual([expected.status, expected.best_score, expected.attempts, expected.last_activity]);
    expect(row['status']).toBe('passed');
  }, 300_000);

  test('a bad token: Moodle\'s refusal and what to do, and the token is in no output', () => {
    const token = '0123456789abcdef0123456789abcdef';
    const outDir = join(work, 'bad-token');
    const out = report(moodle, COURSE, outDir, token, true);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('report/moodle-token');
    expect(out.stderr).toContain('Manage tokens');
    expectNoToken(out, outDir, token);
  });

  test('a service without a function the report needs: the function named and where to add it', () => {
    const outDir = join(work, 'partial');
    const out = report(moodle, COURSE, outDir, tokens.partial);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('report/moodle-function-missing');
    expect(out.stderr).toMatch(/does not offer the function mod_scorm_get_scorm_sco_tracks\./);
    expect(out.stderr).toContain('External services');
    expectNoToken(out, outDir, tokens.partial);
  });

  test('a user who may not see others\' attempts: the capability message', () => {
    const outDir = join(work, 'nocap');
    const out = report(moodle, NOCAP, outDir, tokens.nocap);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('report/moodle-capability');
    expect(out.stderr).toContain('mod/scorm:viewreport');
    expectNoToken(out, outDir, tokens.nocap);
  });

  test('an unknown course and a course without coursepack activities', () => {
    const unknown = report(moodle, 'cp-i15-no-such-course', join(work, 'unknown'), tokens.full);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('report/moodle-course-not-found');
    expect(unknown.stderr).toContain('"cp-i15-no-such-course"');
    const none = report(moodle, NONE, join(work, 'none'), tokens.full);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('report/moodle-no-activities');
    expect(none.stderr).toMatch(/has 1 SCORM activity, none built by coursepack/);
    for (const out of [unknown, none]) expectNoToken(out, join(work, 'none'), tokens.full);
  });

  test('the REST protocol turned off: the administrator\'s steps', () => {
    const outDir = join(work, 'disabled');
    let out: Run;
    wsSetup(moodle, ['--rest=off']);
    try {
      out = report(moodle, COURSE, outDir, tokens.full);
    } finally {
      wsSetup(moodle, ['--rest=on']);
    }
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('report/moodle-ws-disabled');
    expect(out.stderr).toContain('Manage protocols: enable REST');
    expectNoToken(out, outDir, tokens.full);
  });
});
