/**
 * A course with figures, built: every package that shows a lesson carries that lesson's images
 * (once) and its manifest lists them; the SCORM manifests stay XSD-valid; two builds give
 * byte-identical zips.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { buildCourse } from '../../src/build/index';
import { sharedPath } from '../harness/shared-dir';
import { SCORM12_XSD, requireXmllint, validateXml } from '../formats/xmllint';
import { SQUARE_IMAGE, WIDE_IMAGE, writeFigureCourse } from '../import/docx/figure-course';

const SCORM2004_XSD = sharedPath('xsd', 'scorm2004-4th', 'scorm2004-all.xsd');

let dir: string;
let zips: string[];

beforeAll(async () => {
  requireXmllint();
  dir = mkdtempSync(path.join(os.tmpdir(), 'coursepack-figure-build-'));
  const courseDir = await writeFigureCourse(dir);
  for (const out of ['build-a', 'build-b']) {
    const report = await buildCourse({ courseDir, outDir: path.join(dir, out), quizzesDir: path.join(dir, 'quizzes') });
    zips = report.packages.map((pkg) => pkg.path);
  }
  // The same course without its image files (the figures become placeholders), for the size check.
  renameSync(path.join(courseDir, 'images'), path.join(dir, 'images-aside'));
  await buildCourse({ courseDir, outDir: path.join(dir, 'build-none'), quizzesDir: path.join(dir, 'quizzes') });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const open = async (zip: string) => JSZip.loadAsync(readFileSync(path.join(dir, 'build-a', zip)));

it('gives byte-identical zips from the same sources', () => {
  expect(zips).toHaveLength(12);
  for (const zip of zips) {
    expect(readFileSync(path.join(dir, 'build-a', zip)).equals(readFileSync(path.join(dir, 'build-b', zip)))).toBe(true);
  }
});

it('puts the images of the lessons a package shows into it, as they were, and nothing else', async () => {
  const expected: Record<string, string[]> = {
    'figures.zip': ['media/images/figure-1.png', 'media/images/figure-2.png'],
    's1-1.zip': ['media/images/figure-1.png'],
    's1-2.zip': ['media/images/figure-2.png'],
  };
  for (const zip of zips) {
    const files = Object.keys((await open(zip)).files);
    expect([zip, files.filter((file) => file.startsWith('media/'))]).toEqual([zip, expected[path.basename(zip)]]);
  }
  const whole = await open('scorm12/figures.zip');
  expect(Buffer.from(await whole.file('media/images/figure-1.png')!.async('uint8array')).equals(WIDE_IMAGE)).toBe(true);
  expect(Buffer.from(await whole.file('media/images/figure-2.png')!.async('uint8array')).equals(SQUARE_IMAGE)).toBe(true);
});

it('lists each image in the SCO of its lesson, and the SCORM manifests stay XSD-valid', async () => {
  for (const [format, xsd] of [['scorm12', SCORM12_XSD], ['scorm2004', SCORM2004_XSD]] as const) {
    const manifest = await (await open(`${format}/figures.zip`)).file('imsmanifest.xml')!.async('string');
    const resource = (id: string) => new RegExp(`<resource identifier="[^"]*${id}"[^>]*>([\\s\\S]*?)</resource>`).exec(manifest)?.[1] ?? '';
    expect(resource('s1-1')).toContain('<file href="media/images/figure-1.png"/>');
    expect(resource('s1-1')).not.toContain('figure-2.png');
    expect(resource('s1-2')).toContain('<file href="media/images/figure-2.png"/>');
    const result = validateXml(manifest, xsd);
    expect([format, result.status, result.output]).toEqual([format, 0, expect.any(String)]);
  }
});

it('grows each SCORM zip by its images and little more', () => {
  const images = { 'figures.zip': WIDE_IMAGE.length + SQUARE_IMAGE.length, 's1-1.zip': WIDE_IMAGE.length, 's1-2.zip': SQUARE_IMAGE.length };
  for (const zip of zips.filter((name) => name.startsWith('scorm'))) {
    const growth = statSync(path.join(dir, 'build-a', zip)).size - statSync(path.join(dir, 'build-none', zip)).size;
    // Each image is stored once, with its zip and manifest entries: at most 300 bytes beside the image itself.
    expect([zip, growth <= images[path.basename(zip) as keyof typeof images] + 300 * 2]).toEqual([zip, true]);
    expect(growth).toBeGreaterThan(0);
  }
});
