/** `coursepack report --moodle`'s options as a user types them: what is missing or wrong is said before any request. */
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

const FIXTURE = join(__dirname, '../fixtures/report');
const TOKEN = 'abcdef0123456789abcdef0123456789';

async function run(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; stderr: string; stdout: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd: FIXTURE, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false };
  const saved = process.env['COURSEPACK_MOODLE_TOKEN'];
  if ('COURSEPACK_MOODLE_TOKEN' in env) {
    if (env['COURSEPACK_MOODLE_TOKEN'] === undefined) delete process.env['COURSEPACK_MOODLE_TOKEN'];
    else process.env['COURSEPACK_MOODLE_TOKEN'] = env['COURSEPACK_MOODLE_TOKEN'];
  }
  try {
    const code = await main(['report', '--course', join(FIXTURE, 'course'), '--quizzes', join(FIXTURE, 'quizzes'), ...args], io);
    return { code, stdout, stderr };
  } finally {
    if (saved === undefined) delete process.env['COURSEPACK_MOODLE_TOKEN'];
    else process.env['COURSEPACK_MOODLE_TOKEN'] = saved;
  }
}

const site = ['--moodle', 'http://127.0.0.1:9/'];

test('no token anywhere, no course, a bad concurrency, a bad --stuck-days or --as-of: report/invalid-option with the fix', async () => {
  const noToken = await run([...site, '--moodle-course', 'C1'], { COURSEPACK_MOODLE_TOKEN: undefined });
  expect(noToken.code).toBe(1);
  expect(noToken.stderr).toContain('--moodle needs a web-service token: --token, or COURSEPACK_MOODLE_TOKEN set.');
  const noCourse = await run([...site, '--token', TOKEN]);
  expect(noCourse.stderr).toContain('--moodle needs the course: --moodle-course <short name or id>.');
  expect((await run([...site, '--token', TOKEN, '--moodle-course', 'C1', '--concurrency', '0'])).stderr).toContain('--concurrency must be a whole number from 1 to 32');
  expect((await run([...site, '--token', TOKEN, '--moodle-course', 'C1', '--stuck-days', 'soon'])).stderr).toContain('--stuck-days must be a whole number of days');
  expect((await run([...site, '--token', TOKEN, '--moodle-course', 'C1', '--as-of', 'yesterday'])).stderr).toContain('--as-of must be a date');
  const both = await run([...site, '--moodle-csv', 'x.txt']);
  expect(both.stderr).toContain('Give one of --lrs <endpoint> (with --auth), --moodle <url> (with --moodle-course) or --moodle-csv <file>.');
});

test('the token from the environment reaches the request; nothing listening says so, without the token', async () => {
  const out = await run([...site, '--moodle-course', 'C1', '--out', join(FIXTURE, 'never-written')], { COURSEPACK_MOODLE_TOKEN: TOKEN });
  expect(out.code).toBe(1);
  expect(out.stderr).toContain('report/moodle-unreachable');
  expect(out.stderr).toContain('http://127.0.0.1:9 could not be reached');
  expect(out.stderr + out.stdout).not.toContain(TOKEN);
}, 30_000);
