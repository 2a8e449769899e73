/**
 * Issue 11, items 1, 3, 4 and 5 through the command line: a bank belongs to its course, one rule
 * says which banks folder a command uses, nothing of another course is read or replaced, items
 * whose sentence is gone are reported, validate runs every check of the build, and generate
 * never writes a bank it could not read back.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as registry from '../../src/quiz/rules/registry';
import { FIXTURE_COURSE } from '../quiz/helpers';
import { statementRule, yearRule } from '../quiz/test-rules';
import { runCli } from './run-cli';

let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'coursepack-banks-'));
  fs.cpSync(FIXTURE_COURSE, path.join(work, 'course'), { recursive: true });
  jest.spyOn(registry, 'quizRules').mockReturnValue([yearRule(), statementRule()]);
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(work, { recursive: true, force: true });
});

/** A second course with the same lesson ids, as `import` of another text gives. */
function secondCourse(extra = ''): void {
  fs.cpSync(FIXTURE_COURSE, path.join(work, 'story'), { recursive: true });
  const file = path.join(work, 'story', 'course.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('id: quiz-course', `id: story-course${extra}`));
}

function banks(dir: string): Record<string, string> {
  const folder = path.join(work, dir);
  return Object.fromEntries(fs.readdirSync(folder).sort().map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]));
}

function edit(file: string, from: string, to: string): void {
  const full = path.join(work, file);
  const text = fs.readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  fs.writeFileSync(full, text.replace(from, to));
}

describe('a bank belongs to its course (item 1)', () => {
  it('writes the course id into every bank it generates', async () => {
    expect((await runCli(['quiz', 'generate'], work)).code).toBe(0);
    for (const text of Object.values(banks('quizzes'))) expect(text).toMatch(/^course: quiz-course\nlesson: /m);
  });

  it('refuses to generate a second course into the first course\'s banks, and changes nothing', async () => {
    await runCli(['quiz', 'generate'], work);
    const before = banks('quizzes');
    secondCourse();
    const run = await runCli(['quiz', 'generate', '--course', 'story'], work);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('quizzes/s1-1.quiz.yaml:10:9  error  quiz/other-course  s1-1.quiz.yaml belongs to course "quiz-course", not to "story-course"');
    expect(run.stderr).toContain('hint: This folder holds another course\'s banks: nothing is read from or written to them. Give each course its own banks folder with "quizzes:" in its course.yaml (or --quizzes).');
    expect(banks('quizzes')).toEqual(before);
  });

  it('gives lint, report, validate, build and export the same clear error for another course\'s banks', async () => {
    await runCli(['quiz', 'generate'], work);
    secondCourse();
    const expected = 'error  quiz/other-course  s1-1.quiz.yaml belongs to course "quiz-course", not to "story-course"';
    for (const argv of [
      ['quiz', 'lint', '--course', 'story'],
      ['quiz', 'report', '--course', 'story'],
      ['validate', '--course', 'story'],
      ['build', '--course', 'story', '--out', 'story-build'],
      ['export', 'gift', '--course', 'story', '--include', 'approved-and-drafts'],
    ]) {
      const run = await runCli(argv, work);
      expect([argv.join(' '), run.code]).toEqual([argv.join(' '), 1]);
      expect(run.stderr).toContain(expected);
    }
    expect(fs.existsSync(path.join(work, 'story-build'))).toBe(false);
    expect(fs.existsSync(path.join(work, 'build'))).toBe(false);
  });

  it('uses the banks folder course.yaml names, relative to the course folder', async () => {
    await runCli(['quiz', 'generate'], work);
    const first = banks('quizzes');
    secondCourse('\nquizzes: quizzes');
    const run = await runCli(['quiz', 'generate', '--course', 'story'], work);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  s1-1  1 item (1 new)  story/quizzes/s1-1.quiz.yaml');
    expect(banks('quizzes')).toEqual(first);
    expect(Object.values(banks('story/quizzes')).every((text) => text.includes('course: story-course\n'))).toBe(true);
    for (const argv of [['quiz', 'lint', '--course', 'story'], ['validate', '--course', 'story'], ['validate']]) {
      expect((await runCli(argv, work)).code).toBe(0);
    }
  });

  it('lets --quizzes win over course.yaml for that run', async () => {
    secondCourse('\nquizzes: quizzes');
    const run = await runCli(['quiz', 'generate', '--course', 'story', '--quizzes', 'review'], work);
    expect(run.code).toBe(0);
    expect(Object.keys(banks('review'))).toEqual(['s1-1.quiz.yaml', 's1-2.quiz.yaml']);
    expect(fs.existsSync(path.join(work, 'story', 'quizzes'))).toBe(false);
    expect((await runCli(['validate', '--course', 'story', '--quizzes', 'review'], work)).code).toBe(0);
  });

  it('refuses a bank that does not name its course', async () => {
    await runCli(['quiz', 'generate'], work);
    edit('quizzes/s1-1.quiz.yaml', 'course: quiz-course\n', '');
    const run = await runCli(['quiz', 'lint'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error  quiz/no-course  the bank does not say which course it belongs to (course: <course id>)');
  });

  it('says plainly which drafts generating again removed', async () => {
    await runCli(['quiz', 'generate'], work);
    edit('course/lessons/s1-1.md', 'Шанхай ынтымақтастық ұйымы 2001 жылы құрылды.', 'Шанхай ынтымақтастық ұйымы құрылды.');
    const run = await runCli(['quiz', 'generate'], work);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\n1 bank file written.\n');
    expect(run.stdout).toContain('\nRemoved 1 draft item that the lesson texts no longer give (s1-1: 1).\n'
      + 'They were unreviewed drafts; approved, rejected, edited and hand-written items are never removed.\n'
      + 'To keep a draft through the next generation, approve it (status: approved) or edit it.\n');
  });
});

describe('items whose source sentence is gone (item 3)', () => {
  async function approveAndEditAway(): Promise<{ id: string; kind: string; sentence: string }> {
    await runCli(['quiz', 'generate'], work);
    const bank = path.join(work, 'quizzes', 's1-1.quiz.yaml');
    const text = fs.readFileSync(bank, 'utf8');
    // Approve the lesson's first item (whichever kind selection kept), then edit its sentence away.
    const [, id, kind] = /- id: (s1-1-\S+)\n    kind: (\S+)\n    status: draft/.exec(text)!;
    const sentence = new RegExp(`- id: ${id}\\n[\\s\\S]*?\\n      text: (.+)\\n`).exec(text)![1]!;
    fs.writeFileSync(bank, text.replace(`- id: ${id}\n    kind: ${kind}\n    status: draft`, `- id: ${id}\n    kind: ${kind}\n    status: approved`));
    edit('course/lessons/s1-1.md', sentence, sentence.replace(/ жылы /, ' жылы ресми түрде '));
    return { id: id!, kind: kind!, sentence };
  }

  it('warns in lint, validate and build, and generate marks the item stale and names it', async () => {
    const { id, kind, sentence } = await approveAndEditAway();
    const line = fs.readFileSync(path.join(FIXTURE_COURSE, 'lessons/s1-1.md'), 'utf8').split('\n').indexOf(sentence) + 1;
    const warning = `warning  quiz/stale-item  item ${id}: its source sentence is no longer in lessons/s1-1.md ("${sentence}")`;
    for (const argv of [['quiz', 'lint'], ['validate'], ['build', '--out', 'out', '--format', 'scorm12']]) {
      const run = await runCli(argv, work);
      expect([argv.join(' '), run.code]).toEqual([argv.join(' '), 0]);
      expect(run.stderr).toContain(warning);
    }
    const run = await runCli(['quiz', 'generate'], work);
    expect(run.stdout).toContain(`1 kept item asks about a sentence no longer in its lesson, marked stale: true:\n  ${id}  quizzes/s1-1.quiz.yaml (was line ${line})\n`);
    const bank = fs.readFileSync(path.join(work, 'quizzes', 's1-1.quiz.yaml'), 'utf8');
    expect(bank).toMatch(new RegExp(`- id: ${id}\\n    kind: ${kind}\\n    status: approved[\\s\\S]*?\\n    stale: true\\n    fingerprint: `));
    // The mark is not an edit; restoring the sentence removes it.
    edit('course/lessons/s1-1.md', sentence.replace(/ жылы /, ' жылы ресми түрде '), sentence);
    await runCli(['quiz', 'generate'], work);
    expect(fs.readFileSync(path.join(work, 'quizzes', 's1-1.quiz.yaml'), 'utf8')).not.toContain('stale: true');
    expect((await runCli(['quiz', 'lint'], work)).stderr).toBe('');
  });
});

describe('validate runs every check the build runs (item 4)', () => {
  beforeEach(async () => { await runCli(['quiz', 'generate'], work); });

  it('reports broken bank YAML that build would stop on', async () => {
    fs.appendFileSync(path.join(work, 'quizzes', 's1-2.quiz.yaml'), '  - id: [unclosed\n');
    const run = await runCli(['validate'], work);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/quizzes\/s1-2\.quiz\.yaml:\d+:\d+  error  yaml\/syntax/);
  });

  it('reports a bank for a lesson the course does not have', async () => {
    fs.copyFileSync(path.join(work, 'quizzes', 's1-2.quiz.yaml'), path.join(work, 'quizzes', 's9-9.quiz.yaml'));
    const run = await runCli(['validate'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error  quiz/unknown-lesson  s9-9.quiz.yaml is the bank of lesson "s9-9", which the course does not have');
  });

  it('refuses a bank that is a symbolic link out of the banks folder, and never prints what it points at', async () => {
    const secret = path.join(work, 'secret.txt');
    fs.writeFileSync(secret, 'root:x:0:0:secret line\n');
    fs.rmSync(path.join(work, 'quizzes', 's1-2.quiz.yaml'));
    fs.symlinkSync(secret, path.join(work, 'quizzes', 's1-2.quiz.yaml'));
    const run = await runCli(['validate'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`quizzes/s1-2.quiz.yaml:1:1  error  quiz/bank-outside  s1-2.quiz.yaml is a symbolic link to a file outside the banks folder ${path.join(work, 'quizzes')}; it is not read`);
    expect(run.stderr).not.toContain('secret line');
  });

  it('reports bank source lines past the end of a lesson that was emptied', async () => {
    fs.writeFileSync(path.join(work, 'course', 'lessons', 's1-2.md'), fs.readFileSync(path.join(work, 'course', 'lessons', 's1-2.md'), 'utf8').replace(/\n---\n[\s\S]*$/, '\n---\nҚысқа.\n'));
    const run = await runCli(['validate'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error  quiz\/source-line-outside  item s1-2-\S+: source\.line is \d+, but lessons\/s1-2\.md has 6 lines/);
  });
});

describe('quiz report (item 7)', () => {
  it('exits 1 when a bank is broken', async () => {
    await runCli(['quiz', 'generate'], work);
    fs.appendFileSync(path.join(work, 'quizzes', 's1-2.quiz.yaml'), '  - id: [unclosed\n');
    const run = await runCli(['quiz', 'report'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error  yaml/syntax');
  });
});

describe('a course whose drafts are not shipped yet (item 10)', () => {
  it('says in the build warning why a lesson has no quiz and what to do', async () => {
    await runCli(['quiz', 'generate'], work);
    const run = await runCli(['build', '--out', 'out', '--format', 'scorm12'], work);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning  build/lesson-without-quiz  Lesson s1-1 has no quiz: its 1 draft item is not shipped (settings.quiz.include is approved) and none is approved.');
    expect(run.stderr).toContain('hint: Approve items in its bank (status: approved), or ship drafts while the course is under review with settings.quiz.include: approved-and-drafts in course.yaml.');
  });
});
