import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as build from '../../src/build';
import { InternalError } from '../../src/diagnostics/errors';
import { runCli } from './run-cli';
import { CORPUS_FILE } from '../harness/shared-dir';

const FIXTURES = path.resolve(__dirname, '../fixtures/build');
const REPO = path.resolve(__dirname, '../..');
let work: string;

beforeEach(() => { work = mkdtempSync(path.join(os.tmpdir(), 'coursepack-cli-')); });
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(work, { recursive: true, force: true });
});

describe('coursepack --help and --version', () => {
  it('lists every command', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['build', 'import', 'validate']) expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it.each([['build', '--format'], ['import', '--title-kk'], ['validate', '--course']])('shows options and examples for %s', async (command, option) => {
    const run = await runCli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(option);
    expect(run.stdout).toContain('Examples:');
  });

  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const run = await runCli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('exits 1 on an unknown command or option', async () => {
    expect((await runCli(['compile'])).code).toBe(1);
    const run = await runCli(['build', '--colour']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("unknown option '--colour'");
  });
});

describe('coursepack validate', () => {
  it('prints path:line:col diagnostics for a broken course and exits 1', async () => {
    const run = await runCli(['validate', '--course', 'test/fixtures/build/broken-course'], REPO);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('test/fixtures/build/broken-course/lessons/a.md:4:10  error  lesson/unknown-chapter');
    expect(run.stderr).toMatch(/test\/fixtures\/build\/broken-course\/lessons\/b\.md:\d+:\d+  error  schema\/missing-key/);
    expect(run.stderr).toContain('2 errors');
    expect(run.stdout).toBe('');
  });

  it('exits 0 and says so for a valid course', async () => {
    const run = await runCli(['validate', '--course', path.join(FIXTURES, 'small-course')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Course small-course: 3 lessons in 2 chapters');
  });

  it('warns, without failing, while the course has no iri of its own', async () => {
    const run = await runCli(['validate', '--course', path.join(FIXTURES, 'small-course')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/small-course\/course\.yaml:\d+:1  warning  course\/no-iri/);
  });
});

describe('coursepack build', () => {
  it('builds the packages and prints a table of their sizes', async () => {
    const run = await runCli(['build', '--course', path.join(FIXTURES, 'small-course'), '--out', 'out'], work);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/out\/scorm12\/small-course\.zip\s+\d+\.\d KB/);
    expect(run.stdout).toMatch(/out\/scorm12\/lessons\/s1-1\.zip\s+\d+\.\d KB/);
    expect(readFileSync(path.join(work, 'out/scorm12/small-course.zip')).subarray(0, 2).toString()).toBe('PK');
  });

  it('prints nothing with --quiet', async () => {
    const run = await runCli(['build', '--course', path.join(FIXTURES, 'small-course'), '--out', 'out', '--quiet'], work);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reports the diagnostics of a broken course and exits 1', async () => {
    const run = await runCli(['build', '--course', path.join(FIXTURES, 'broken-course'), '--out', 'out'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('lesson/unknown-chapter');
    expect(run.stderr).not.toContain('    at ');
  });

  it('reports an internal error as a bug with its stack and exits 70', async () => {
    jest.spyOn(build, 'buildCourse').mockRejectedValue(new InternalError('manifest check failed'));
    const run = await runCli(['build', '--out', 'out'], work);
    expect(run.code).toBe(70);
    expect(run.stderr).toContain('InternalError: manifest check failed');
    expect(run.stderr).toContain('    at ');
    expect(run.stderr).toMatch(/this is a bug in coursepack: please report it with the command you ran \(coursepack build --out out\)/i);
  });
});

describe('coursepack import', () => {
  it('refuses a binary file with a clear message', async () => {
    writeFileSync(path.join(work, 'thesis.pdf'), Buffer.from('%PDF-1.7\n\u0000\u0001binary', 'latin1'));
    const run = await runCli(['import', 'thesis.pdf', '--out', 'course'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('file/binary');
    expect(run.stderr).toContain('"thesis.pdf" is not a text file');
  });

  it('reads a .docx as a Word document: a damaged one is refused and nothing is written', async () => {
    writeFileSync(path.join(work, 'thesis.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]));
    const run = await runCli(['import', 'thesis.docx', '--out', 'course'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('import/docx-corrupt');
    expect(run.stderr).toContain('The Word document cannot be read');
    expect(existsSync(path.join(work, 'course'))).toBe(false);
  });

  it('refuses a missing file', async () => {
    const run = await runCli(['import', 'nope.txt', '--out', 'course'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"nope.txt" does not exist');
  });

  it('refuses a --title without a language', async () => {
    writeFileSync(path.join(work, 't.txt'), 'КІРІСПЕ\n\nМәтін.\n');
    const run = await runCli(['import', 't.txt', '--out', 'course', '--title', 'Курс'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--title expects lang=text');
  });
});

describe('import, validate, build: the whole path through the CLI', () => {
  const CORPUS = CORPUS_FILE;

  it('turns the dissertation into a course that validates and builds', async () => {
    const imported = await runCli(['import', CORPUS, '--out', 'course', '--id', 'security-central-asia', '--language', 'kk', '--title-kk', 'Қауіпсіздік', '--title', 'en=Security & risks'], work);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Wrote \d+ files to course \(\d+ lessons in \d+ chapters\)/);
    expect(readFileSync(path.join(work, 'course/course.yaml'), 'utf8')).toContain('Security & risks');

    const again = await runCli(['import', CORPUS, '--out', 'course'], work);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');

    expect((await runCli(['validate'], work)).code).toBe(0);
    const built = await runCli(['build', '--quiet'], work);
    expect([built.code, built.stdout]).toEqual([0, '']);
    // The only warnings: the text's six figures, whose images the plain text does not have.
    expect(built.stderr.match(/warning {2}\S+/g)).toEqual(Array(6).fill('warning  figure/no-image'));
    expect(readFileSync(path.join(work, 'build/scorm12/security-central-asia.zip')).length).toBeGreaterThan(10_000);
  });
});
