/**
 * `coursepack report --lrs` against a real LRS (xapi-statements) loaded with 220 simulated
 * learners whose statements come from the player's own statement builder: the progress table,
 * the item statistics and the option counts match values computed independently from the
 * simulation; the three broken items are flagged; `more` links are followed over many pages; an
 * empty LRS, a wrong password, an unreachable LRS and a non-xAPI address give clear messages.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { loadCourse } from '../../src/load/index';
import type { Course } from '../../src/model/course';
import { loadBanks } from '../../src/quiz/bank/select';
import { clearOfUuidWrap, freePort, LRS_AUTH, startLrs, XAPI_HEADERS, type Lrs } from '../harness/lrs';
import { startAuthProxy, type AuthProxy } from './auth-proxy';
import { readCsv } from './csv-read';
import { expectedItems } from './expected';
import { simulate, type Simulation } from './simulate';

const FIXTURE = join(__dirname, '../fixtures/report');
const COURSE_DIR = join(FIXTURE, 'course');
const QUIZZES_DIR = join(FIXTURE, 'quizzes');
const IRI = 'https://courses.example.edu/report-course';
const LEARNERS = 220;
const PAGE_SIZE = 200;

let lrs: Lrs;
let proxy: AuthProxy;
let course: Course;
let simulation: Simulation;
let work: string;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd: work, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false };
  const code = await main(['report', '--course', COURSE_DIR, '--quizzes', QUIZZES_DIR, ...args], io);
  return { code, stdout, stderr };
}

/** Seconds that posting the simulation may take on a loaded machine, kept clear of a UUID wrap. */
const POSTING_S = 40;

async function post(statements: readonly unknown[]): Promise<void> {
  // the report pages through them: stored across a wrap of the LRS's v1 ids, some would not come back
  await clearOfUuidWrap(POSTING_S);
  for (let i = 0; i < statements.length; i += 500) {
    const response = await fetch(`${lrs.endpoint}statements`, {
      method: 'POST',
      headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json' },
      body: JSON.stringify(statements.slice(i, i + 500)),
    });
    if (!response.ok) throw new Error(`POST statements: ${response.status} ${await response.text()}`);
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'coursepack-report-'));
  lrs = await startLrs();
  proxy = await startAuthProxy(lrs.endpoint, LRS_AUTH);
  const loaded = await loadCourse(COURSE_DIR);
  if (!loaded.course) throw new Error('fixture course does not load');
  course = loaded.course;
  const { banks, diagnostics } = await loadBanks(course, QUIZZES_DIR);
  expect(diagnostics).toEqual([]);
  const lesson = course.lessons.find((entry) => entry.id === 'orgs');
  simulation = simulate(course, lesson!, banks.get('orgs')!.items, LEARNERS, 20250901);
}, 60_000);

afterAll(async () => {
  await proxy?.stop();
  await lrs?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('coursepack report --lrs', () => {
  it('says what was asked when the LRS has no statements for the course', async () => {
    const result = await run(['--lrs', lrs.endpoint, '--auth', 'coursepack:test', '--out', 'empty']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('report/no-statements');
    expect(result.stderr).toContain(`has no statements for activity=${IRI}, related_activities=true`);
  });

  it('reports the simulated learners, paging through the LRS', async () => {
    // Two statements the report cannot use: a group as actor, and one about the course itself.
    const [one] = simulation.statements;
    const strays = [
      { ...one, id: '00000000-0000-4000-8000-000000000001', actor: { objectType: 'Group', member: [{ objectType: 'Agent', mbox: 'mailto:g@example.edu' }] } },
      { ...one, id: '00000000-0000-4000-8000-000000000002', object: { objectType: 'Activity', id: IRI } },
    ];
    await post([...simulation.statements, ...strays]);
    const result = await run(['--lrs', proxy.endpoint, '--auth', 'coursepack:test', '--page-size', String(PAGE_SIZE), '--out', 'out']);
    expect(result.stderr).not.toContain('error');
    expect(result.code).toBe(0);
    const total = simulation.statements.length + 2;
    expect(total).toBeGreaterThan(4000);
    const pages = Number(/in (\d+) pages/.exec(result.stdout)?.[1]);
    expect(result.stdout).toContain(`xAPI: ${total} statements in`);
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(total / PAGE_SIZE));
    expect(pages).toBeLessThanOrEqual(Math.ceil(total / PAGE_SIZE) + 1);
    expect(result.stderr).toContain('report/malformed-statements');
    expect(result.stderr).toContain('1 statements without an identified learner');
    expect(result.stderr).toContain('1 statements about activities that are not lessons');
  }, 120_000);

  it('gives every learner the status, best score, attempts and time of the simulation', () => {
    const rows = readCsv(readFileSync(join(work, 'out/progress.csv'), 'utf8'));
    const active = simulation.learners.filter((learner) => Object.values(learner.lessons).some((lesson) => lesson.status !== 'not-started'));
    expect(active.length).toBeGreaterThan(200);
    expect(rows).toHaveLength(active.length * 2);
    const counts: Record<string, number> = {};
    for (const learner of active) {
      for (const [lesson, sim] of Object.entries(learner.lessons)) {
        const row = rows.find((r) => r['learner_id'] === learner.key && r['lesson'] === lesson);
        expect(row).toBeDefined();
        counts[sim.status] = (counts[sim.status] ?? 0) + 1;
        expect({ learner: learner.key, lesson, status: row!['status'] }).toEqual({ learner: learner.key, lesson, status: sim.status.replace('-', ' ') });
        expect(row!['learner']).toBe(learner.name);
        expect(row!['attempts']).toBe(String(sim.attemptScores.length));
        expect(row!['best_score']).toBe(sim.attemptScores.length === 0 ? '' : String(Math.max(...sim.attemptScores)));
        // xAPI durations carry hundredths of a second.
        expect(row!['time_spent_seconds']).toBe(sim.status === 'not-started' ? '' : String(Math.round(Math.round(sim.timeMs / 10) / 100)));
      }
    }
    // Every status occurs, so each branch of the table is exercised.
    expect(Object.keys(counts).sort()).toEqual(['completed', 'failed', 'in-progress', 'not-started', 'passed']);
  });

  it('computes facility, discrimination and point-biserial as the textbook formulas do', () => {
    const rows = readCsv(readFileSync(join(work, 'out/items.csv'), 'utf8'));
    const expected = expectedItems(simulation.learners, 'orgs');
    expect(rows.map((row) => row['item']).sort()).toEqual([...expected.keys()].sort());
    for (const row of rows) {
      const want = expected.get(row['item'])!;
      expect({ item: row['item'], n: Number(row['answers']) }).toEqual({ item: row['item'], n: want.n });
      expect(Number(row['facility'])).toBeCloseTo(want.facility, 3);
      expect(Number(row['discrimination'])).toBeCloseTo(want.discrimination, 3);
      expect(Number(row['point_biserial'])).toBeCloseTo(want.pointBiserial, 3);
    }
  });

  it('counts the options chosen, overall and in the upper group', () => {
    const rows = readCsv(readFileSync(join(work, 'out/options.csv'), 'utf8'));
    const expected = expectedItems(simulation.learners, 'orgs');
    for (const row of rows) {
      const want = expected.get(row['item'])!;
      expect({ item: row['item'], option: row['option'], chosen: Number(row['chosen']), upper: Number(row['upper_group']) }).toEqual({
        item: row['item'], option: row['option'], chosen: want.chosen[row['option']] ?? 0, upper: want.upperChosen[row['option']] ?? 0,
      });
    }
    const lure = rows.find((row) => row['item'] === 'orgs-lure' && row['option'] === 'c');
    expect(lure?.['text']).toBe('2014 <жоба> & "шарт"');
    expect(rows.filter((row) => row['item'] === 'orgs-tf-sco').map((row) => [row['option'], row['key']])).toEqual([['true', 'yes'], ['false', 'no']]);
  });

  it('flags the three broken items and none of the sound ones', () => {
    const rows = readCsv(readFileSync(join(work, 'out/items.csv'), 'utf8'));
    const flags = Object.fromEntries(rows.map((row) => [row['item'], row['flags'].split(' ').filter(Boolean)]));
    expect(flags['orgs-fail']).toContain('everyone-fails');
    expect(flags['orgs-lure']).toContain('strong-pick-distractor');
    expect(flags['orgs-unused']).toEqual(['unused-distractor']);
    const broken = new Set(['orgs-fail', 'orgs-lure', 'orgs-unused']);
    for (const [item, list] of Object.entries(flags)) if (!broken.has(item)) expect({ item, flags: list }).toEqual({ item, flags: [] });
    const summary = readFileSync(join(work, 'out/report.html'), 'utf8');
    expect(summary).toContain('Nobody chose &quot;1066&quot;');
  });

  it('escapes names and texts in the HTML page', () => {
    const html = readFileSync(join(work, 'out/report.html'), 'utf8');
    expect(html).toContain('Әлия &lt;b&gt;&quot;Test&quot; &amp; Co&lt;/b&gt;');
    expect(html).not.toContain('<b>"Test"');
    expect(html).toContain('2014 &lt;жоба&gt; &amp; &quot;шарт&quot;');
    expect(html).not.toMatch(/<script|https?:\/\/(?!courses\.example\.edu|127\.0\.0\.1)/);
  });

  it('tells a wrong password from the rest', async () => {
    const result = await run(['--lrs', proxy.endpoint, '--auth', 'coursepack:wrong', '--out', 'denied']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('report/lrs-auth');
    expect(result.stderr).toContain('did not accept the credentials (HTTP 401)');
  });

  it('tells an unreachable LRS and an address that is not an xAPI endpoint', async () => {
    const closed = await freePort();
    const down = await run(['--lrs', `http://127.0.0.1:${closed}/xAPI/`, '--auth', 'a:b', '--out', 'down']);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('report/lrs-unreachable');
    expect(down.stderr).toContain('connection refused');
    const wrong = await run(['--lrs', lrs.endpoint.replace('/xAPI/', '/nothing/'), '--auth', 'a:b', '--out', 'wrong']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('report/lrs-not-found');
  });
});
