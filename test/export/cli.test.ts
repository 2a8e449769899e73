import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'gift-pegjs';
import { runCli } from '../cli/run-cli';
import { FIXTURE_COURSE, FIXTURE_QUIZZES } from './helpers';

let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'coursepack-cli-export-'));
  fs.cpSync(FIXTURE_COURSE, path.join(work, 'course'), { recursive: true });
  fs.cpSync(FIXTURE_QUIZZES, path.join(work, 'quizzes'), { recursive: true });
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe('coursepack export --help', () => {
  it('lists both formats', async () => {
    const run = await runCli(['export', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\s+moodle-xml\b/m);
    expect(run.stdout).toMatch(/^\s+gift\b/m);
    expect((await runCli(['--help'])).stdout).toMatch(/^\s+export\b/m);
  });

  it.each([
    ['moodle-xml', ['--out <file>', '--include <items>', '--ordering-as <type>', 'approved-and-drafts', 'Examples:']],
    ['gift', ['--out <file>', '--include <items>', '--course', '--quizzes', 'Examples:']],
  ])('shows the options of export %s', async (format, expected) => {
    const run = await runCli(['export', format, '--help']);
    expect(run.code).toBe(0);
    for (const text of expected) expect(run.stdout).toContain(text);
  });

  it('offers --ordering-as only where it means something (GIFT has no ordering type)', async () => {
    expect((await runCli(['export', 'gift', '--help'])).stdout).not.toContain('--ordering-as');
  });
});

describe('coursepack export', () => {
  it('writes build/export/<course-id>.moodle.xml from the approved items (settings.quiz.include)', async () => {
    const run = await runCli(['export', 'moodle-xml'], work);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('13 questions (approved items: choice 2, true-false 3, multiple-response 4, ordering 2, matching 2) in 4 lesson categories written to build/export/export-course.moodle.xml\n');
    const text = fs.readFileSync(path.join(work, 'build/export/export-course.moodle.xml'), 'utf8');
    expect(text).toContain('<question type="ordering">');
    expect(text).not.toContain('s1-1-choice-12');
  });

  it('writes GIFT with drafts when asked, to the file named by --out', async () => {
    const run = await runCli(['export', 'gift', '--include', 'approved-and-drafts', '--out', 'out/review.gift.txt'], work);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('15 questions (approved and draft items: choice 3, true-false 3, multiple-response 4, ordering 3, matching 2)');
    expect(run.stdout).toContain('written to out/review.gift.txt');
    const parsed = parse(fs.readFileSync(path.join(work, 'out/review.gift.txt'), 'utf8'));
    expect(parsed.filter((q) => q.type !== 'Category')).toHaveLength(15);
    expect(fs.readdirSync(path.join(work, 'out'))).toEqual(['review.gift.txt']);
  });

  it('writes ordering items as matching with --ordering-as matching', async () => {
    const run = await runCli(['export', 'moodle-xml', '--ordering-as', 'matching', '--out', 'q.xml'], work);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(work, 'q.xml'), 'utf8')).not.toContain('type="ordering"');
  });

  it('refuses with a hint when there is nothing to export, and writes nothing', async () => {
    for (const file of fs.readdirSync(path.join(work, 'quizzes'))) {
      const bank = path.join(work, 'quizzes', file);
      fs.writeFileSync(bank, fs.readFileSync(bank, 'utf8').replace(/status: approved/g, 'status: draft'));
    }
    const run = await runCli(['export', 'gift'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error  export/no-items  no question bank holds an approved item');
    expect(run.stderr).toContain('--include approved-and-drafts');
    expect(fs.existsSync(path.join(work, 'build'))).toBe(false);
  });

  it('says what to do in the message itself when drafts are left out (issue 11, item 10)', async () => {
    for (const file of fs.readdirSync(path.join(work, 'quizzes'))) {
      const bank = path.join(work, 'quizzes', file);
      fs.writeFileSync(bank, fs.readFileSync(bank, 'utf8').replace(/status: approved/g, 'status: draft'));
    }
    const run = await runCli(['export', 'gift'], work);
    expect(run.stderr).toContain('error  export/no-items  no question bank holds an approved item, and drafts are left out (settings.quiz.include is approved): there is nothing to export; approve items, or pass --include approved-and-drafts');
  });

  it('writes to build/export beside the course folder, wherever it runs (issue 11, item 10)', async () => {
    const elsewhere = path.join(work, 'elsewhere');
    fs.mkdirSync(elsewhere);
    const run = await runCli(['export', 'gift', '--course', '../course'], elsewhere);
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(work, 'build', 'export', 'export-course.gift.txt'))).toBe(true);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    expect(run.stdout).toContain(`written to ${path.join(work, 'build', 'export', 'export-course.gift.txt')}`);
  });

  it('refuses while a bank has errors, rather than leave its lesson out', async () => {
    fs.appendFileSync(path.join(work, 'quizzes', 's1-2.quiz.yaml'), '  - id: broken\n');
    const run = await runCli(['export', 'moodle-xml'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('quizzes/s1-2.quiz.yaml');
    expect(fs.existsSync(path.join(work, 'build'))).toBe(false);
  });

  it('reports an output that cannot be written and leaves no temporary file', async () => {
    fs.writeFileSync(path.join(work, 'blocker'), 'a file, not a folder');
    const run = await runCli(['export', 'gift', '--out', 'blocker/x.gift.txt'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('build/cannot-write');
    expect(run.stderr).toContain('--out');
    expect(fs.readdirSync(work).sort()).toEqual(['blocker', 'course', 'quizzes']);
  });

  it('replaces an earlier export whole', async () => {
    fs.mkdirSync(path.join(work, 'build/export'), { recursive: true });
    fs.writeFileSync(path.join(work, 'build/export/export-course.gift.txt'), 'old');
    expect((await runCli(['export', 'gift'], work)).code).toBe(0);
    const text = fs.readFileSync(path.join(work, 'build/export/export-course.gift.txt'), 'utf8');
    expect(text.startsWith('// export-course 1.0.0')).toBe(true);
    expect(fs.readdirSync(path.join(work, 'build/export'))).toEqual(['export-course.gift.txt']);
  });
});

describe('coursepack export moodle-backup', () => {
  it('writes build/export/<course-id>.mbz with a quiz per chapter and says what it holds; the same sources give the same bytes', async () => {
    const run = await runCli(['export', 'moodle-backup', '--chapter-quizzes', '2'], work);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const file = path.join(work, 'build/export/export-course.mbz');
    const size = (fs.statSync(file).size / 1024).toFixed(1);
    expect(run.stdout).toBe([
      `Moodle course backup written to build/export/export-course.mbz (${size} KB):`,
      '  3 sections, 4 SCORM 1.2 activities, 13 questions in 7 categories, 2 chapter quizzes.',
      'Restore it in Moodle (Site administration > Courses > Restore course) as a new course ("export-course"), or into an existing one;',
      'if a course already has its short or full name, Moodle adds "_1" and " copy 1" (see --help).',
      '',
    ].join('\n'));
    const first = fs.readFileSync(file);
    expect((await runCli(['export', 'moodle-backup', '--chapter-quizzes', '2'], work)).code).toBe(0);
    expect(Buffer.compare(first, fs.readFileSync(file))).toBe(0);
  }, 60_000);

  it('refuses a number of chapter questions that is not a whole number from 1', async () => {
    const run = await runCli(['export', 'moodle-backup', '--chapter-quizzes', '0'], work);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('give a whole number of questions, 1 or more.');
  });

  it('--help names what the backup holds and what to do when the short name is taken', async () => {
    const run = await runCli(['export', 'moodle-backup', '--help']);
    expect(run.code).toBe(0);
    for (const text of ['--chapter-quizzes <n>', '--scorm <version>', '--short-name <name>', 'copy 1', 'Delete the contents of this course and then restore']) expect(run.stdout).toContain(text);
  });
});
