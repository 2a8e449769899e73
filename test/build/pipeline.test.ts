import { buildPackages, COLLECT_FROM_LESSONS, WRITES_IN_FLIGHT } from '../../src/build/pipeline';
import { FORMATS } from '../../src/formats/index';
import { LESSON_ASSET_BASE } from '../../src/formats/layout';
import { zipFiles } from '../../src/package/zip';
import { sampleCourse } from '../formats/sample-course';
import { fakeSteps } from './doubles';

const course = sampleCourse();

/** A writer that keeps the zips in memory and reads them back. */
function memorySink(write: (pkg: { path: string; bytes: Uint8Array }) => Promise<void>) {
  const zips = new Map<string, Uint8Array>();
  return {
    zips,
    write: async (pkg: { path: string; bytes: Uint8Array }) => {
      await write(pkg);
      zips.set(pkg.path, pkg.bytes);
    },
    read: async (path: string, offset: number, length: number) => (zips.get(path) as Uint8Array).subarray(offset, offset + length),
  };
}
// The stand-in pages have no player script for the xAPI data: the two SCORM formats.
const SCORM = FORMATS.filter((format) => format.id === 'scorm12' || format.id === 'scorm2004');

describe('buildPackages', () => {
  it('hands each zip to the writer as soon as it is made, and makes no more while the writer is behind', async () => {
    const seen: string[] = [];
    const release: Array<() => void> = [];
    const sink = memorySink(({ path }) => new Promise<void>((resolve) => {
      seen.push(path);
      release.push(resolve);
    }));
    const building = buildPackages(course, SCORM, fakeSteps(course), sink);
    for (let tick = 0; tick < 50; tick++) await new Promise((resolve) => setImmediate(resolve));
    // Memory stays bounded: a slow disk holds back the build instead of zips piling up.
    expect(seen).toHaveLength(WRITES_IN_FLIGHT);
    while (release.length > 0) {
      (release.shift() as () => void)();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const built = await building;
    expect(seen).toHaveLength(built.length);
  });

  it('stops at a failed write, after the writes under way have ended', async () => {
    let writing = 0;
    let seen = 0;
    const sink = memorySink(async () => {
      const nth = ++seen;
      writing++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      writing--;
      if (nth === 3) throw new Error('disk full');
    });
    await expect(buildPackages(course, SCORM, fakeSteps(course), sink)).rejects.toThrow('disk full');
    expect(writing).toBe(0);
    expect(seen).toBeLessThan(SCORM.length * (course.lessons.length + 1));
  });

  it('zips every package of each format, the course package first, and reports their sizes', async () => {
    const sink = memorySink(async () => undefined);
    const built = await buildPackages(course, SCORM, fakeSteps(course), sink);
    expect(built.map((pkg) => pkg.format)).toEqual(SCORM.flatMap((format) => Array(course.lessons.length + 1).fill(format.id)));
    for (const pkg of built) expect(pkg.size).toBe(sink.zips.get(pkg.path)?.byteLength);
  });

  it('without a writer checks every package and zips none (coursepack validate)', async () => {
    const built = await buildPackages(course, SCORM, fakeSteps(course), null);
    expect(built).toHaveLength(SCORM.length * (course.lessons.length + 1));
    expect(built.every((pkg) => pkg.size === 0)).toBe(true);
  });
});

describe('a course package made from pages read back from the lesson packages', () => {
  it('has the same bytes as one zipped from the pages themselves', async () => {
    const sink = memorySink(async () => undefined);
    await buildPackages(course, SCORM, fakeSteps(course), sink);
    const steps = fakeSteps(course);
    for (const format of SCORM) {
      const player = await steps.bundlePlayer(format.runtime);
      const lessons = course.lessons.map((lesson) => steps.renderLessonPage(steps.prepareLesson(course, lesson, []), { assetBase: LESSON_ASSET_BASE }));
      const spec = format.coursePackage({ course, lessons, player });
      expect(Buffer.from(await zipFiles(spec.files)).equals(Buffer.from(sink.zips.get(spec.path) as Uint8Array))).toBe(true);
    }
  });
});

describe('a large course\'s garbage', () => {
  it('is collected once, after the last lesson package and before the first course package; a small course\'s is left to V8', async () => {
    const lessons = Array.from({ length: COLLECT_FROM_LESSONS }, (_, i) => ({ ...course.lessons[0], id: `l${i}`, order: i + 1 }));
    const large = { ...course, lessons };
    const log: string[] = [];
    const steps = fakeSteps(large);
    steps.collectGarbage = () => log.push('collect');
    await buildPackages(large, SCORM, steps, memorySink(async ({ path }) => {
      log.push(path.includes('/lessons/') ? 'lesson package' : 'course package');
    }));
    expect(log.filter((entry) => entry === 'collect')).toHaveLength(1);
    expect(log.lastIndexOf('lesson package')).toBeLessThan(log.indexOf('collect'));
    expect(log.indexOf('collect')).toBeLessThan(log.indexOf('course package'));

    const small = fakeSteps(course);
    await buildPackages(course, SCORM, small, memorySink(async () => undefined));
    expect(small.calls.collect).toBe(0);
  });
});
