import { buildPackages } from '../../src/build/pipeline';
import { FORMATS } from '../../src/formats/index';
import { sampleCourse } from '../formats/sample-course';
import { fakeSteps } from './doubles';

const course = sampleCourse();
// The stand-in pages have no player script for the xAPI data: the two SCORM formats.
const SCORM = FORMATS.filter((format) => format.id === 'scorm12' || format.id === 'scorm2004');

describe('buildPackages', () => {
  it('hands each zip to the writer as soon as it is made, so a build holds one zip at a time', async () => {
    const seen: string[] = [];
    const sink = async ({ path }: { path: string }) => {
      seen.push(path);
      if (seen.length === 3) throw new Error('disk full');
    };
    await expect(buildPackages(course, SCORM, fakeSteps(course), sink)).rejects.toThrow('disk full');
    // Had every zip been made before the first write, the failure would come after all of them.
    expect(seen).toHaveLength(3);
  });

  it('zips format after format, every package of each, and reports their sizes', async () => {
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
