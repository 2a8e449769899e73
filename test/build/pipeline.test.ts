import { buildPackages, WRITES_IN_FLIGHT } from '../../src/build/pipeline';
import { FORMATS } from '../../src/formats/index';
import { sampleCourse } from '../formats/sample-course';
import { fakeSteps } from './doubles';

const course = sampleCourse();
// The stand-in pages have no player script for the xAPI data: the two SCORM formats.
const SCORM = FORMATS.filter((format) => format.id === 'scorm12' || format.id === 'scorm2004');

describe('buildPackages', () => {
  it('hands each zip to the writer as soon as it is made, and makes no more while the writer is behind', async () => {
    const seen: string[] = [];
    const release: Array<() => void> = [];
    const sink = ({ path }: { path: string }) => new Promise<void>((resolve) => {
      seen.push(path);
      release.push(resolve);
    });
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
    const sink = async () => {
      const nth = ++seen;
      writing++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      writing--;
      if (nth === 3) throw new Error('disk full');
    };
    await expect(buildPackages(course, SCORM, fakeSteps(course), sink)).rejects.toThrow('disk full');
    expect(writing).toBe(0);
    expect(seen).toBeLessThan(SCORM.length * (course.lessons.length + 1));
  });

  it('zips every package of each format, the course package first, and reports their sizes', async () => {
    const sizes = new Map<string, number>();
    const built = await buildPackages(course, SCORM, fakeSteps(course), async ({ path, bytes }) => {
      sizes.set(path, bytes.byteLength);
    });
    expect(built.map((pkg) => pkg.format)).toEqual(SCORM.flatMap((format) => Array(course.lessons.length + 1).fill(format.id)));
    for (const pkg of built) expect(pkg.size).toBe(sizes.get(pkg.path));
  });

  it('without a writer checks every package and zips none (coursepack validate)', async () => {
    const built = await buildPackages(course, SCORM, fakeSteps(course), null);
    expect(built).toHaveLength(SCORM.length * (course.lessons.length + 1));
    expect(built.every((pkg) => pkg.size === 0)).toBe(true);
  });
});
