/**
 * Must-fail bank fixtures: each folder under test/fixtures/quiz-bank/lint holds the bank files
 * of one case, linted against the fixture course; the formatted diagnostics (no colour, paths
 * relative to the lint folder) must match its expected.txt exactly.
 * `UPDATE=1 npx jest test/quiz/bank` rewrites the expectations: review the diff before committing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDiagnostics } from '../../../src/diagnostics/format';
import type { Course } from '../../../src/model/course';
import { lintBanks } from '../../../src/quiz/bank/lint';
import { readBankFiles } from '../../../src/quiz/bank/select';
import { fixtureCourse, QUIZ_FIXTURES } from '../helpers';

const LINT = path.join(QUIZ_FIXTURES, 'lint');
const UPDATE = process.env['UPDATE'] === '1';
const cases = fs.readdirSync(LINT).sort();

let course: Course;
beforeAll(async () => { course = await fixtureCourse(); });

describe('bank lint fixtures', () => {
  it('finds every case', () => {
    expect(cases).toEqual(['all-answers', 'answers', 'broken-yaml', 'course-level', 'file-shape', 'item-shape', 'options', 'other-course', 'stale', 'texts', 'valid']);
  });

  it.each(cases)('%s: reports exactly the expected diagnostics', async (name) => {
    const files = await readBankFiles(path.join(LINT, name));
    const printed = `${formatDiagnostics(lintBanks(course, files), { cwd: LINT })}\n`;
    const expectedFile = path.join(LINT, name, 'expected.txt');
    if (UPDATE) fs.writeFileSync(expectedFile, printed);
    if (!fs.existsSync(expectedFile)) throw new Error(`${name} has no expected.txt: run with UPDATE=1 and review it`);
    expect(printed).toBe(fs.readFileSync(expectedFile, 'utf8'));
  });
});
