/**
 * Issue 11 through `coursepack import`: a new course gets a banks folder of its own (item 1),
 * --id is checked before anything is written (item 7), a text in another language than
 * --language gets a warning, and counts read as English (item 10).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli';

const RUSSIAN = path.resolve(__dirname, '../fixtures/import/russian/input.txt');
let work: string;

beforeEach(() => { work = mkdtempSync(path.join(os.tmpdir(), 'coursepack-import-')); });
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('coursepack import --id', () => {
  it.each([
    ['bad id', ''],
    ['../x', ''],
    ['қауіпсіздік', ' (letters other than Latin ones)'],
  ])('refuses "%s" before writing anything, and says what to use', async (id, latin) => {
    const run = await runCli(['import', RUSSIAN, '--out', 'course', '--id', id], work);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(`error  import/invalid-id  --id "${id}" cannot be a course id: it holds characters other than Latin letters, digits, - and _${latin}`);
    expect(existsSync(path.join(work, 'course'))).toBe(false);
  });

  it('suggests the Latin spelling of a Kazakh id', async () => {
    const run = await runCli(['import', RUSSIAN, '--out', 'course', '--id', 'қауіпсіздік'], work);
    expect(run.stderr).toContain('hint: A course id goes into SCORM manifests, URLs and file names: use Latin letters (a-z, A-Z), digits, - and _, e.g. --id qauipsizdik');
  });
});

describe('coursepack import of a new course', () => {
  it('gives it a banks folder of its own, which generate and validate then use', async () => {
    const run = await runCli(['import', RUSSIAN, '--out', 'story', '--id', 'story'], work);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Wrote 4 files to story (3 lessons in 1 chapter); its question banks will go to story/quizzes. Next: coursepack validate --course story\n');
    expect(readFileSync(path.join(work, 'story', 'course.yaml'), 'utf8')).toMatch(/^source: input\.txt\nquizzes: quizzes {3}# question banks folder, relative to this file's folder\n/m);
    const generated = await runCli(['quiz', 'generate', '--course', 'story'], work);
    expect(generated.code).toBe(0);
    expect(existsSync(path.join(work, 'quizzes'))).toBe(false);
    expect((await runCli(['validate', '--course', 'story'], work)).code).toBe(0);
  });

  it('keeps the banks folder of a course imported again with --force', async () => {
    await runCli(['import', RUSSIAN, '--out', 'story', '--id', 'story'], work);
    const file = path.join(work, 'story', 'course.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^quizzes: .*$/m, 'quizzes: ../story-banks'));
    const again = await runCli(['import', RUSSIAN, '--out', 'story', '--id', 'story', '--force'], work);
    expect(again.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^quizzes: "\.\.\/story-banks"$/m);
    // A course that used the default folder beside it keeps using it.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^quizzes: .*\n/m, ''));
    await runCli(['import', RUSSIAN, '--out', 'story', '--id', 'story', '--force'], work);
    expect(readFileSync(file, 'utf8')).not.toMatch(/^quizzes:/m);
  });
});

describe('coursepack import --language', () => {
  it('warns when the text reads as another language', async () => {
    const run = await runCli(['import', RUSSIAN, '--out', 'course', '--language', 'kk'], work);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('input.txt:1:1  warning  import/language-mismatch  --language kk (Kazakh), but the text reads as Russian (ru)');
    expect(run.stderr).toContain('leave it out to have it detected (ru here)');
  });

  it('says nothing when it agrees', async () => {
    const run = await runCli(['import', RUSSIAN, '--out', 'course', '--language', 'ru'], work);
    expect(run.stderr).not.toContain('language-mismatch');
  });
});

describe('coursepack import --iri', () => {
  it('writes the course IRI, and without it warns that xAPI and cmi5 ids fall back to a shared default', async () => {
    const named = await runCli(['import', RUSSIAN, '--out', 'named', '--id', 'story', '--iri', 'https://learn.kaznu.kz/courses/story'], work);
    expect(named.code).toBe(0);
    expect(readFileSync(path.join(work, 'named', 'course.yaml'), 'utf8')).toMatch(/^iri: https:\/\/learn\.kaznu\.kz\/courses\/story$/m);
    expect(named.stderr).not.toContain('course/no-iri');
    expect((await runCli(['validate', '--course', 'named'], work)).stderr).not.toContain('course/no-iri');
    const unnamed = await runCli(['import', RUSSIAN, '--out', 'unnamed', '--id', 'story'], work);
    expect(unnamed.stderr).toContain('warning  course/no-iri');
  });

  it('refuses an IRI course.yaml would refuse, before writing anything', async () => {
    const run = await runCli(['import', RUSSIAN, '--out', 'course', '--id', 'story', '--iri', 'https://learn.kaznu.kz/courses/'], work);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe('error  schema/invalid-value  --iri "https://learn.kaznu.kz/courses/" is no absolute IRI without a query, fragment or trailing slash');
    expect(existsSync(path.join(work, 'course'))).toBe(false);
  });
});
