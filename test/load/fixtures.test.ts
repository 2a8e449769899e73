/**
 * Golden fixtures: each folder under test/fixtures/courses is a course with an expected.txt,
 * whose formatted diagnostics (no colour, paths relative to the fixtures folder) must match
 * that file exactly. `UPDATE=1 npx jest test/load` rewrites the expectations.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDiagnostics } from '../../src/diagnostics/format';
import { hasErrors } from '../../src/diagnostics/diagnostic';
import { loadCourse } from '../../src/load/index';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'courses');
const UPDATE = process.env['UPDATE'] === '1';

const cases = fs
  .readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('course fixtures', () => {
  it('finds the must-fail fixtures', () => {
    expect(cases).toEqual(expect.arrayContaining([
      'binary-lesson', 'broken-course-yaml', 'broken-front-matter', 'duplicate-lesson-id', 'missing-lesson-file',
      'content-changed', 'missing-title', 'several-problems', 'unknown-chapter', 'unknown-setting', 'valid', 'warnings-only',
    ]));
  });

  it.each(cases)('%s: reports exactly the expected diagnostics', async (name) => {
    const result = await loadCourse(path.join(FIXTURES, name));
    const printed = `${formatDiagnostics(result.diagnostics, { cwd: FIXTURES })}\n`;
    const expectedFile = path.join(FIXTURES, name, 'expected.txt');
    if (UPDATE) fs.writeFileSync(expectedFile, printed);
    if (!fs.existsSync(expectedFile)) throw new Error(`${name} has no expected.txt: run with UPDATE=1 and review it`);
    expect(printed).toBe(fs.readFileSync(expectedFile, 'utf8'));
    // A course comes back exactly when nothing is an error: warnings alone do not block it.
    expect(result.course === null).toBe(hasErrors(result.diagnostics));
  });
});
