/**
 * Issue 11, item 2: a build replaces only what an earlier build wrote. It refuses the
 * filesystem root, the course's sources and banks, a file, a non-empty folder it did not write,
 * and a format folder holding a file it did not write, with a clear message, and writes nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCourse } from '../../src/build';
import { UserError } from '../../src/diagnostics/errors';
import { formatDiagnostics } from '../../src/diagnostics/format';
import { sampleCourse } from '../formats/sample-course';
import { runCli } from '../cli/run-cli';
import { fakeSteps } from './doubles';
import { treeHashes } from './tree';

let work: string;
const course = sampleCourse();
const SMALL_COURSE = path.resolve(__dirname, '../fixtures/build/small-course');

beforeEach(() => { work = mkdtempSync(path.join(os.tmpdir(), 'coursepack-out-')); });
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function refusal(outDir: string, courseDir = path.join(work, 'course')): Promise<string> {
  const error = await buildCourse({ courseDir, outDir, formats: ['scorm12'] }, fakeSteps(course)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return formatDiagnostics((error as UserError).diagnostics, { cwd: work });
}

describe('the output folder of a build', () => {
  it('marks what it wrote, and builds again over its own output', async () => {
    const out = path.join(work, 'build');
    await buildCourse({ courseDir: path.join(work, 'course'), outDir: out, formats: ['scorm12'] }, fakeSteps(course));
    const marker = JSON.parse(readFileSync(path.join(out, 'scorm12', '.coursepack-build'), 'utf8')) as { writtenBy: string; files: string[] };
    expect(marker.writtenBy).toBe('coursepack build');
    expect(marker.files).toEqual(Object.keys(treeHashes(path.join(out, 'scorm12'))).sort());
    expect(existsSync(path.join(out, '.coursepack-build'))).toBe(true);
    const first = treeHashes(out, { markers: true });
    await buildCourse({ courseDir: path.join(work, 'course'), outDir: out, formats: ['scorm12'] }, fakeSteps(course));
    expect(treeHashes(out, { markers: true })).toEqual(first);
  });

  it('refuses to replace a format folder holding a file it did not write, and leaves it all as it was', async () => {
    const out = path.join(work, 'build');
    await buildCourse({ courseDir: path.join(work, 'course'), outDir: out, formats: ['scorm12'] }, fakeSteps(course));
    writeFileSync(path.join(out, 'scorm12', 'important.txt'), 'mine');
    const before = treeHashes(out, { markers: true });
    expect(await refusal(out)).toBe([
      `error  build/out-not-ours  the build would replace ${path.join(out, 'scorm12')}, which holds files it did not write: ${path.join(out, 'scorm12', 'important.txt')}; nothing was written`,
      '  hint: A build replaces only what an earlier build wrote (marked by .coursepack-build files): move these files away, or choose another folder with --out.',
      '',
      '1 error',
    ].join('\n'));
    expect(treeHashes(out, { markers: true })).toEqual(before);
  });

  it('refuses a non-empty folder it did not write', async () => {
    const out = path.join(work, 'mine');
    mkdirSync(path.join(out, 'xapi'), { recursive: true });
    writeFileSync(path.join(out, 'xapi', 'important.txt'), 'mine');
    expect(await refusal(out)).toContain(`error  build/out-not-ours  ${out} is not empty (xapi) and was not written by coursepack build (it has no .coursepack-build file); nothing was written`);
    expect(readFileSync(path.join(out, 'xapi', 'important.txt'), 'utf8')).toBe('mine');
  });

  it('builds into a folder holding only what export and report write there', async () => {
    const out = path.join(work, 'build');
    mkdirSync(path.join(out, 'export'), { recursive: true });
    writeFileSync(path.join(out, 'export', 'course.gift.txt'), 'questions');
    await buildCourse({ courseDir: path.join(work, 'course'), outDir: out, formats: ['scorm12'] }, fakeSteps(course));
    expect(readFileSync(path.join(out, 'export', 'course.gift.txt'), 'utf8')).toBe('questions');
    expect(existsSync(path.join(out, 'scorm12', 'security-central-asia.zip'))).toBe(true);
  });

  it.each([
    ['the filesystem root', () => path.parse(work).root, () => `--out ${path.parse(work).root} is the root of the filesystem`],
    ['the course folder', () => path.join(work, 'course'), () => `--out ${path.join(work, 'course')} is the course folder`],
    ['a folder inside the course', () => path.join(work, 'course', 'build'), () => `--out ${path.join(work, 'course', 'build')} is inside the course folder ${path.join(work, 'course')}`],
    ['a folder holding the course', () => work, () => `--out ${work} holds the course folder ${path.join(work, 'course')}`],
  ])('refuses %s', async (_name, out, message) => {
    mkdirSync(path.join(work, 'course'), { recursive: true });
    writeFileSync(path.join(work, 'course', 'course.yaml'), 'id: x\n');
    const printed = await refusal(out());
    expect(printed).toContain(`error  build/unsafe-out  ${message()}; the build replaces whole folders there, so nothing was written`);
    expect(printed).toContain('hint: Build into a folder of its own, such as build (the default) or dist-lms: coursepack only ever replaces a folder it wrote itself.');
    expect(readFileSync(path.join(work, 'course', 'course.yaml'), 'utf8')).toBe('id: x\n');
  });

  it('says a file is not a folder (was EEXIST)', async () => {
    const file = path.join(work, 'notes.txt');
    writeFileSync(file, 'notes');
    expect(await refusal(file)).toContain(`error  build/unsafe-out  --out ${file} is a file, not a folder`);
    expect(readFileSync(file, 'utf8')).toBe('notes');
  });

  it('gives the same refusal through the command line', async () => {
    const run = await runCli(['build', '--course', SMALL_COURSE, '--out', SMALL_COURSE], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error  build/unsafe-out  --out ${SMALL_COURSE} is the course folder`);
    expect(run.stdout).toBe('');
  });
});
