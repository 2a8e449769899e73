import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCourse } from '../../src/build';
import { UserError } from '../../src/diagnostics/errors';
import { sampleCourse } from '../formats/sample-course';
import { brokenCourseDiagnostic, fakeSteps } from './doubles';
import { leftovers, treeHashes } from './tree';

let work: string;
let outDir: string;
const course = sampleCourse();

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'coursepack-build-'));
  outDir = path.join(work, 'build');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

// One format: these tests are about the orchestration, not the registry (which grows).
const options = () => ({ courseDir: path.join(work, 'course'), outDir, formats: ['scorm12'] });

describe('buildCourse', () => {
  it('writes the course package and one package per lesson, and reports their sizes', async () => {
    const report = await buildCourse(options(), fakeSteps(course));
    expect(Object.keys(treeHashes(outDir)).sort()).toEqual([
      'scorm12/lessons/conclusion.zip', 'scorm12/lessons/intro.zip', 'scorm12/lessons/s1-1.zip',
      'scorm12/lessons/s1-2.zip', 'scorm12/lessons/s2-1.zip', 'scorm12/security-central-asia.zip',
    ]);
    for (const pkg of report.packages) expect(statSync(path.join(outDir, pkg.path)).size).toBe(pkg.bytes);
    expect(report.packages[0]).toMatchObject({ format: 'scorm12', path: 'scorm12/security-central-asia.zip', files: 8 });
    expect(report.timings.map((t) => t.stage).sort()).toEqual(['bundle', 'load', 'package', 'render', 'write', 'zip']);
  });

  it('renders each lesson once and bundles the player once for the runtime', async () => {
    const steps = fakeSteps(course);
    await buildCourse(options(), steps);
    expect(steps.calls).toEqual({ render: course.lessons.length, bundle: 1, collect: 0 });
  });

  it('gives byte-identical packages when built twice', async () => {
    await buildCourse(options(), fakeSteps(course));
    const first = treeHashes(outDir);
    await buildCourse(options(), fakeSteps(course));
    expect(treeHashes(outDir)).toEqual(first);
  });

  it('replaces the format folder as a whole: packages of removed lessons disappear, other folders stay', async () => {
    await buildCourse(options(), fakeSteps(course));
    mkdirSync(path.join(outDir, 'notes'));
    writeFileSync(path.join(outDir, 'notes', 'keep.txt'), 'mine');
    const shorter = sampleCourse({ lessons: course.lessons.slice(0, 2) });
    await buildCourse(options(), fakeSteps(shorter));
    expect(Object.keys(treeHashes(outDir)).sort()).toEqual([
      'notes/keep.txt', 'scorm12/lessons/intro.zip', 'scorm12/lessons/s1-1.zip', 'scorm12/security-central-asia.zip',
    ]);
    expect(leftovers(work, 'build')).toEqual([]);
  });
});

describe('a failed build', () => {
  async function previousBuild(): Promise<Record<string, string>> {
    await buildCourse(options(), fakeSteps(course));
    return treeHashes(outDir);
  }

  it('stops on a course with errors, reporting every diagnostic, and leaves the previous build untouched', async () => {
    const before = await previousBuild();
    const failing = buildCourse(options(), fakeSteps(null, [brokenCourseDiagnostic, { ...brokenCourseDiagnostic, message: 'Second.' }]));
    await expect(failing).rejects.toBeInstanceOf(UserError);
    await failing.catch((error: UserError) => expect(error.diagnostics).toHaveLength(2));
    expect(treeHashes(outDir)).toEqual(before);
    expect(leftovers(work, 'build')).toEqual([]);
  });

  it('leaves the previous build untouched and no temporary folder when a stage throws half-way', async () => {
    const before = await previousBuild();
    await expect(buildCourse(options(), fakeSteps(course, [], 's1-2'))).rejects.toThrow('render failed on s1-2');
    expect(treeHashes(outDir)).toEqual(before);
    expect(leftovers(work, 'build')).toEqual([]);
  });

  it('reports an output folder that cannot be written as a user error, not a bug', async () => {
    writeFileSync(path.join(work, 'a-file'), 'not a folder');
    const failing = buildCourse({ ...options(), outDir: path.join(work, 'a-file', 'build') }, fakeSteps(course));
    await expect(failing).rejects.toBeInstanceOf(UserError);
    await failing.catch((error: UserError) => expect(error.diagnostics[0]).toMatchObject({ code: 'build/cannot-write' }));
    expect(leftovers(path.join(work), 'a-file')).toEqual([]);
  });

  it('refuses an unknown format before doing any work', async () => {
    const steps = fakeSteps(course);
    const failing = buildCourse({ ...options(), formats: ['scorm3000'] }, steps);
    await expect(failing).rejects.toBeInstanceOf(UserError);
    await failing.catch((error: UserError) => expect(error.diagnostics[0]).toMatchObject({ code: 'build/unknown-format' }));
    expect(steps.calls.render).toBe(0);
  });
});
