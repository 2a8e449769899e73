import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as registry from '../../src/quiz/rules/registry';
import { FIXTURE_COURSE, QUIZ_FIXTURES } from '../quiz/helpers';
import { statementRule, yearRule } from '../quiz/test-rules';
import { runCli } from './run-cli';

let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'coursepack-cli-quiz-'));
  fs.cpSync(FIXTURE_COURSE, path.join(work, 'course'), { recursive: true });
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(work, { recursive: true, force: true });
});

function useTestRules(): void {
  jest.spyOn(registry, 'quizRules').mockReturnValue([yearRule(), statementRule()]);
}

describe('coursepack quiz --help', () => {
  it('lists the quiz commands', async () => {
    const run = await runCli(['quiz', '--help']);
    expect(run.code).toBe(0);
    for (const command of ['generate', 'lint', 'report']) expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    expect(run.stdout).toContain('Examples:');
    expect((await runCli(['--help'])).stdout).toMatch(/^\s+quiz\b/m);
  });

  it.each([['generate', '[lesson...]'], ['lint', '--quizzes'], ['report', '--course']])('shows options and examples for quiz %s', async (command, option) => {
    const run = await runCli(['quiz', command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(option);
    expect(run.stdout).toContain('Examples:');
  });
});

describe('coursepack quiz generate', () => {
  it('writes a bank per lesson into quizzes/ beside the course and prints the counts', async () => {
    useTestRules();
    const run = await runCli(['quiz', 'generate'], work);
    expect(run.stderr.replace(/^Note: no Hunspell dictionary .*\n/mu, '')).toBe(''); // the note on a machine without hunspell-kk
    expect(run.code).toBe(0);
    expect(run.stdout).toBe([
      'Question banks of 2 lessons:',
      // selection keeps one item per source line of the two test rules (src/quiz/salience)
      '  s1-1  1 item (1 new)  quizzes/s1-1.quiz.yaml',
      '  s1-2  1 item (1 new)  quizzes/s1-2.quiz.yaml',
      '2 bank files written.',
      '',
    ].join('\n'));
    expect(fs.readdirSync(path.join(work, 'quizzes')).sort()).toEqual(['s1-1.quiz.yaml', 's1-2.quiz.yaml']);

    const again = await runCli(['quiz', 'generate', 's1-2', '--quizzes', 'quizzes'], work);
    expect(again.stdout).toContain('  s1-2  1 item (1 unchanged)  quizzes/s1-2.quiz.yaml unchanged\n0 bank files written.');
  });

  it('notes when the course language has no Hunspell dictionary, and still writes the banks', async () => {
    useTestRules();
    const saved = process.env.HUNSPELL_DIR;
    process.env.HUNSPELL_DIR = path.join(work, 'no-dictionaries');
    try {
      const run = await runCli(['quiz', 'generate'], work);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('Note: no Hunspell dictionary for "kk" (Debian package hunspell-kk, with hunspell)');
      expect(run.stdout).toContain('2 bank files written.');
    } finally {
      if (saved === undefined) delete process.env.HUNSPELL_DIR;
      else process.env.HUNSPELL_DIR = saved;
    }
  });

  it('says so when the rules give nothing', async () => {
    jest.spyOn(registry, 'quizRules').mockReturnValue([]);
    const run = await runCli(['quiz', 'generate', '--course', 'course'], work);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  s1-1  no items generated, no bank written');
    expect(fs.existsSync(path.join(work, 'quizzes'))).toBe(false);
  });

  it('refuses an unknown lesson with a suggestion and writes nothing', async () => {
    useTestRules();
    const run = await runCli(['quiz', 'generate', 's1-3'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error  quiz/unknown-lesson  the course has no lesson "s1-3" (did you mean "s1-1"?)');
    expect(fs.existsSync(path.join(work, 'quizzes'))).toBe(false);
  });

  it('reports a broken course instead of generating', async () => {
    fs.writeFileSync(path.join(work, 'course', 'course.yaml'), 'id: x\n');
    const run = await runCli(['quiz', 'generate'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('course/course.yaml:1:1  error  schema/missing-key');
  });
});

describe('coursepack quiz lint', () => {
  it('prints path:line:col diagnostics and exits 1', async () => {
    const quizzes = path.join(QUIZ_FIXTURES, 'lint', 'answers');
    const run = await runCli(['quiz', 'lint', '--course', FIXTURE_COURSE, '--quizzes', quizzes], QUIZ_FIXTURES);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('lint/answers/s1-1.quiz.yaml:17:13  error  quiz/unknown-answer  item s1-1-year-8: answer "d" is not the id of an option (a, b, c)');
    expect(run.stderr).toContain('  hint: An answer names the id of one of the item\'s options');
    expect(run.stdout).toBe('');
  });

  it('passes the banks that generate wrote', async () => {
    useTestRules();
    await runCli(['quiz', 'generate'], work);
    const run = await runCli(['quiz', 'lint'], work);
    expect(run).toEqual({ code: 0, stdout: '2 question banks, 2 items in quizzes: no errors.\n', stderr: '' });
  });
});

describe('coursepack quiz report', () => {
  it('reports per lesson and kind, with the dropped reasons and the lessons that fall short', async () => {
    useTestRules();
    await runCli(['quiz', 'generate', 's1-1'], work);
    const run = await runCli(['quiz', 'report'], work);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatchSnapshot();
  });
});
