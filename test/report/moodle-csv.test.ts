/**
 * `coursepack report --moodle-csv` on test/fixtures/report/moodle-interactions.txt: a download of
 * Moodle's SCORM interactions report ("Download in text format": tab-separated, PHP's fputcsv
 * quoting) of the whole-course package, with its two SCOs written one block after the other in
 * each row, Question/Response/Right answer/Result ticked, and the Email address identity column.
 * Expected values are worked out by hand in the comments.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { readCsv } from './csv-read';

const FIXTURE = join(__dirname, '../fixtures/report');
let work: string;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd: work, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false };
  const code = await main(['report', '--course', join(FIXTURE, 'course'), '--quizzes', join(FIXTURE, 'quizzes'), ...args], io);
  return { code, stdout, stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'coursepack-moodle-report-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('coursepack report --moodle-csv', () => {
  let progress: Record<string, string>[];
  let items: Record<string, string>[];
  let options: Record<string, string>[];

  beforeAll(async () => {
    const result = await run(['--moodle-csv', join(FIXTURE, 'moodle-interactions.txt'), '--out', 'out']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Moodle interactions report: 6 rows');
    progress = readCsv(readFileSync(join(work, 'out/progress.csv'), 'utf8'));
    items = readCsv(readFileSync(join(work, 'out/items.csv'), 'utf8'));
    options = readCsv(readFileSync(join(work, 'out/options.csv'), 'utf8'));
  });

  const cell = (learner: string, lesson: string) => {
    const row = progress.find((r) => r['learner_id'] === learner && r['lesson'] === lesson);
    return row && [row['status'], row['best_score'], row['attempts'], row['last_activity']];
  };

  it('reads each learner\'s status, best score and quiz attempts per lesson', () => {
    // Two learners share a name; the e-mail tells them apart. Users without an attempt (Moodle lists
    // teachers too, and does not say who is a student) are not learners of the report.
    expect([...new Set(progress.map((row) => row['learner_id']))]).toEqual([
      'Айгүл Серікова | aigul@example.edu',
      'Бауыржан Омаров | baurzhan@example.edu',
      'Дана Ахметова | dana.a2@example.edu',
      'Дана Ахметова | dana@example.edu',
    ]);
    // Two Moodle attempts, 75 and 87.5: passed, best 87.5, two quiz attempts; last access of the later one.
    expect(cell('Айгүл Серікова | aigul@example.edu', 'orgs')).toEqual(['passed', '87.5', '2', '2025-09-03T14:31']);
    expect(cell('Айгүл Серікова | aigul@example.edu', 'intro')).toEqual(['completed', '', '0', '2025-09-03T14:31']);
    expect(cell('Бауыржан Омаров | baurzhan@example.edu', 'orgs')).toEqual(['in progress', '', '0', '2025-09-02T10:20']);
    // 16 answers in one Moodle attempt: two quiz attempts of 8 (18.75 % and 29.17 %), both allowed attempts used.
    expect(cell('Дана Ахметова | dana@example.edu', 'orgs')).toEqual(['failed', '29.17', '2', '2025-09-02T11:55']);
    // 56.25 % after one attempt, one left: on the way, no verdict; the introduction never opened.
    expect(cell('Дана Ахметова | dana.a2@example.edu', 'orgs')).toEqual(['in progress', '56.25', '1', '2025-09-04T08:52']);
    expect(cell('Дана Ахметова | dana.a2@example.edu', 'intro')).toEqual(['not started', '', '0', '']);
    expect(cell('Ерлан Қасымов | erlan@example.edu', 'orgs')).toBeUndefined();
    // Moodle's interactions report has no durations.
    expect(progress.every((row) => row['time_spent'] === '')).toBe(true);
  });

  it('maps <lesson>.<item> ids back to bank items and rescores partial answers with the bank', () => {
    const item = (id: string) => items.find((row) => row['item'] === id);
    // First answers: Айгүл 1, Дана 0 (a), Дана (2) 1.
    expect(item('orgs-sco')?.['answers']).toBe('3');
    expect(Number(item('orgs-sco')?.['facility'])).toBeCloseTo(2 / 3, 4);
    // "a,c" right; "a" half (one of two right); "a,b,c" half (two right, one wrong): journalled as wrong in 1.2.
    expect(Number(item('orgs-mr')?.['facility'])).toBeCloseTo(2 / 3, 4);
    // Matching "p1.2,p2.1,p3.3": only the third left side matched its own right side.
    expect(Number(item('orgs-match')?.['facility'])).toBeCloseTo((1 + 1 / 3) / 2, 4);
    expect(item('orgs-mr')?.['question']).toBe('Қай ұйымдар 2000 жылдан кейін пайда болды?');
  });

  it('counts the options chosen, with the bank\'s texts', () => {
    const counts = (id: string) => options.filter((row) => row['item'] === id).map((row) => [row['option'], row['chosen'], row['key']]);
    expect(counts('orgs-fail')).toEqual([['a', '2', 'no'], ['b', '1', 'no'], ['c', '0', 'yes']]);
    expect(counts('orgs-mr')).toEqual([['a', '3', 'yes'], ['b', '1', 'no'], ['c', '2', 'yes'], ['d', '0', 'no']]);
    expect(counts('orgs-tf-treaty')).toEqual([['true', '1', 'no'], ['false', '2', 'yes']]);
    expect(options.find((row) => row['item'] === 'orgs-mr' && row['option'] === 'd')?.['text']).toBe('Тәуелсіз Мемлекеттер Достастығы');
  });

  it('refuses a file that is not the interactions report, saying what to download', async () => {
    writeFileSync(join(work, 'grades.csv'), 'First name,Surname,Email address,Grade\nA,B,a@example.edu,5\n');
    const result = await run(['--moodle-csv', 'grades.csv', '--out', 'bad']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('report/moodle-csv-layout');
    expect(result.stderr).toContain('"Summary of question", "Summary of responses", "Summary of right answer" and "Summary of result" ticked');
  });

  it('says an empty download is empty, not a file of another layout (issue 11, item 8)', async () => {
    writeFileSync(join(work, 'empty.txt'), '\n');
    const result = await run(['--moodle-csv', 'empty.txt', '--out', 'bad']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error  report/moodle-csv-empty  ${join(work, 'empty.txt')} is empty.`);
    expect(result.stderr).not.toContain('moodle-csv-layout');
    expect(result.stderr).toContain('an empty file means the download did not finish or the activity has no attempts yet');
  });

  it('asks for the Question column when the download lacks it (Moodle ticks only Response by default)', async () => {
    writeFileSync(join(work, 'responses.txt'), 'Name\tAttempt\tStarted on\tLast accessed on\tScore\tКіріспе\tResponse 0\nA\t1\t-\t-\t0\tCompleted\tb\n');
    const result = await run(['--moodle-csv', 'responses.txt', '--out', 'bad']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('report/moodle-csv-no-interactions');
  });

  it('needs exactly one source', async () => {
    const result = await run(['--out', 'none']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('report/invalid-option');
  });
});
