/**
 * `coursepack report --moodle` at scale against the harness's Moodle (issue 15; a bench, not a
 * timed test): the course zip uploaded into the course `cp-i15-bench`, N learners with one
 * attempt on every lesson written by bench/moodle-populate.php, web services set up by
 * test/moodle/drivers/ws-setup.php; then the report twice into the same folder, the first run
 * reading everything, the second with the local store. Prints both runs' wall time and requests.
 *
 *   npx tsc -p tsconfig.json && node dist/src/build/prebuild.js
 *   MOODLE_HARNESS_DIR=/tmp/coursepack-moodle node dist/bench/moodle-report.js [N=200] [concurrency=4]
 *
 * Targets of issue 15: 2,000 learners under 2 minutes, the second run under 10 s.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCourse } from '../src/build/index';
import { lessonItemId } from '../src/formats/scorm12/identifiers';
import { loadCourse } from '../src/load/index';
import { quizzesDirOf } from '../src/quiz/bank/paths';
import { loadBanks, shippedItems } from '../src/quiz/bank/select';
import { SERVICE_FUNCTIONS } from '../src/report/sources/moodle-ws/read-course';

const ROOT = path.resolve(__dirname, '../..');
const COURSE = 'cp-i15-bench';

function resultJson<T>(stdout: string): T {
  const line = /^RESULT_JSON (.*)$/m.exec(stdout);
  if (line === null) throw new Error(`no RESULT_JSON in:\n${stdout}`);
  return JSON.parse(line[1] as string) as T;
}

function php(harness: string, script: string, args: readonly string[]): string {
  return execFileSync('php', [script, ...args], { cwd: path.dirname(script), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, HARNESS_DIR: harness } });
}

async function main(): Promise<void> {
  const harness = process.env.MOODLE_HARNESS_DIR;
  if (!harness) throw new Error('MOODLE_HARNESS_DIR is not set (README, "Tests against real LMSs")');
  const learners = Number(process.argv[2] ?? 200);
  const concurrency = process.argv[3] ?? '4';
  const url = /MOODLE_URL=(\S+)/.exec(execFileSync('cat', [path.join(harness, 'etc/harness.env')], { encoding: 'utf8' }))?.[1] ?? 'http://127.0.0.1:8085';
  const work = mkdtempSync(path.join(os.tmpdir(), 'cp-bench-moodle-'));
  try {
    const loaded = await loadCourse(path.join(ROOT, 'course'));
    if (loaded.course === null) throw new Error('course/ does not load');
    const course = loaded.course;
    await buildCourse({ courseDir: path.join(ROOT, 'course'), outDir: path.join(work, 'build'), formats: ['scorm12'] });
    const added = resultJson<{ cmid: number }>(
      execFileSync('php', [path.join(harness, 'bin/add-scorm.php'), path.join(work, 'build/scorm12', `${course.id}.zip`), COURSE, '--replace', '--json'], { cwd: harness, encoding: 'utf8' }),
    );
    const { banks } = await loadBanks(course, quizzesDirOf(course, undefined));
    const scoes = Object.fromEntries(
      course.lessons.map((lesson) => {
        const bank = banks.get(lesson.id);
        const items = bank === undefined ? [] : shippedItems(bank, course.settings.quiz).slice(0, course.settings.quiz.questionsPerAttempt).map((item) => item.id);
        return [lessonItemId(lesson.id), { lesson: lesson.id, items, screens: 10 }];
      }),
    );
    const plan = path.join(work, 'plan.json');
    writeFileSync(plan, JSON.stringify({ scoes }));
    const populated = resultJson<{ attempts: number; values: number; seconds: number }>(
      php(harness, path.join(ROOT, 'bench/moodle-populate.php'), [harness, COURSE, String(added.cmid), String(learners), plan]),
    );
    const tokens = resultJson<{ tokens: { full: string } }>(php(harness, path.join(ROOT, 'test/moodle/drivers/ws-setup.php'), [harness, `--functions=${SERVICE_FUNCTIONS.join(',')}`, COURSE])).tokens;
    process.stdout.write(`Moodle ${url}, course ${COURSE}: ${learners} learners × ${course.lessons.length} lessons, ${populated.values} track values written in ${populated.seconds} s\n`);
    const out = path.join(work, 'report');
    for (const run of ['first run (everything)', 'second run (local store)']) {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/coursepack.js'), 'report', '--moodle', url, '--moodle-course', COURSE, '--concurrency', concurrency, '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, COURSEPACK_MOODLE_TOKEN: tokens.full },
        maxBuffer: 64 * 1024 * 1024,
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (result.status !== 0) throw new Error(`report failed:\n${result.stderr}`);
      const source = result.stdout.split('\n')[1] ?? '';
      process.stdout.write(`${run}: ${seconds.toFixed(1)} s — ${source}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
