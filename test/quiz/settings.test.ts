/** settings.quiz in course.yaml: defaults, what a course sets, and mistakes reported at their line. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCourse } from '../../src/load/index';
import { resolveSettings } from '../../src/load/settings';
import { DEFAULT_QUIZ_SETTINGS } from '../../src/model/course';
import { FIXTURE_COURSE } from './helpers';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coursepack-quiz-settings-'));
  fs.cpSync(FIXTURE_COURSE, dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function withQuizSettings(lines: string): void {
  const file = path.join(dir, 'course.yaml');
  const text = fs.readFileSync(file, 'utf8').replace('  quiz:\n    minItemsPerLesson: 3\n', `  quiz:\n${lines}`);
  fs.writeFileSync(file, text);
}

describe('settings.quiz', () => {
  it('defaults to approved items only, 10 questions, 70% to pass, 3 attempts, every screen first, passed/incomplete', () => {
    expect(resolveSettings(undefined).quiz).toEqual({
      include: 'approved', questionsPerAttempt: 10, passMark: 70, attempts: 3, requireAllScreens: true,
      statusOnPass: 'passed', statusOnFail: 'incomplete', minItemsPerLesson: 15,
    });
    expect(resolveSettings(undefined).quiz).toEqual(DEFAULT_QUIZ_SETTINGS);
  });

  it('keeps what the course sets and fills in the rest', async () => {
    withQuizSettings('    include: approved-and-drafts\n    attempts: 0\n    statusOnFail: failed\n');
    const { course } = await loadCourse(dir);
    expect(course!.settings.quiz).toEqual({ ...DEFAULT_QUIZ_SETTINGS, include: 'approved-and-drafts', attempts: 0, statusOnFail: 'failed' });
  });

  it('reports a misspelt quiz setting at its line, with a suggestion', async () => {
    withQuizSettings('    passmark: 80\n');
    const { course, diagnostics } = await loadCourse(dir);
    expect(course).toBeNull();
    expect(diagnostics).toEqual([expect.objectContaining({
      code: 'schema/unknown-key',
      message: 'unknown setting "passmark" in settings.quiz (did you mean "passMark"?)',
      place: { file: path.join(dir, 'course.yaml'), line: 9, column: 5 },
    })]);
  });

  it.each([
    ['include: everything', 'settings.quiz.include "everything" is not supported: use approved or approved-and-drafts'],
    ['passMark: 120', 'settings.quiz.passMark must be at most 100'],
    ['attempts: -1', 'settings.quiz.attempts must be at least 0'],
    ['questionsPerAttempt: 2.5', 'settings.quiz.questionsPerAttempt must be a whole number'],
    ['statusOnFail: locked', 'settings.quiz.statusOnFail "locked" is not supported: use incomplete or failed'],
    ['requireAllScreens: sometimes', 'settings.quiz.requireAllScreens must be true or false'],
  ])('refuses %s', async (line, message) => {
    withQuizSettings(`    ${line}\n`);
    const { diagnostics } = await loadCourse(dir);
    expect(diagnostics.map((d) => d.message)).toEqual([message]);
  });

  it('is set in the course this repository ships, which shows drafts until they are reviewed', async () => {
    const { course } = await loadCourse(path.resolve(__dirname, '../../course'));
    expect(course!.settings.quiz.include).toBe('approved-and-drafts');
  });
});
