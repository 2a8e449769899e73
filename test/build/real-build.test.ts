/** The build with the real load, render and bundle stages, on the fixture courses. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { buildCourse } from '../../src/build';
import { lessonPagePath } from '../../src/formats/layout';
import { UserError } from '../../src/diagnostics/errors';
import { requireXmllint, validateXml } from '../formats/xmllint';
import { leftovers, treeHashes } from './tree';

const FIXTURES = path.resolve(__dirname, '../fixtures/build');
let work: string;
let outDir: string;

beforeAll(requireXmllint);
beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'coursepack-real-build-'));
  outDir = path.join(work, 'build');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const buildFixture = (name: string) => buildCourse({ courseDir: path.join(FIXTURES, name), outDir, formats: ['scorm12'] });

describe('building the small fixture course', () => {
  it('writes packages whose manifests validate and whose pages load the shared player', async () => {
    const report = await buildFixture('small-course');
    expect(report.packages.map((p) => p.path)).toEqual([
      'scorm12/small-course.zip', 'scorm12/lessons/intro.zip', 'scorm12/lessons/s1-1.zip', 'scorm12/lessons/s2-1.zip',
    ]);
    for (const pkg of report.packages) {
      const zip = await JSZip.loadAsync(readFileSync(path.join(outDir, pkg.path)));
      const manifest = await zip.file('imsmanifest.xml')!.async('string');
      const result = validateXml(manifest);
      expect({ pkg: pkg.path, status: result.status }).toEqual({ pkg: pkg.path, status: 0 });
      const pages = Object.keys(zip.files).filter((name) => name.endsWith('index.html'));
      for (const page of pages) {
        const html = await zip.file(page)!.async('string');
        expect(html).toContain('src="../../assets/player.js"');
        expect(html).toContain('href="../../assets/player.css"');
      }
    }
  });

  it('gives byte-identical packages on a second build', async () => {
    await buildFixture('small-course');
    const first = treeHashes(outDir);
    await buildFixture('small-course');
    expect(treeHashes(outDir)).toEqual(first);
  });

  it('keeps the previous build byte-identical, and leaves no temporary folder, when the course turns broken', async () => {
    await buildFixture('small-course');
    const before = treeHashes(outDir);
    await expect(buildFixture('broken-course')).rejects.toBeInstanceOf(UserError);
    expect(treeHashes(outDir)).toEqual(before);
    expect(leftovers(work, 'build')).toEqual([]);
  });
});

/** The raw DEFLATE data of `name` in a zip, found through the central directory. */
function deflatedData(zip: Buffer, name: string): Buffer {
  for (let at = zip.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1')), entry = zip.readUInt32LE(at + 16); zip.readUInt32LE(entry) === 0x02014b50;) {
    const nameLength = zip.readUInt16LE(entry + 28);
    const size = zip.readUInt32LE(entry + 20);
    const local = zip.readUInt32LE(entry + 42);
    if (zip.toString('utf8', entry + 46, entry + 46 + nameLength) === name) {
      const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      return zip.subarray(data, data + size);
    }
    entry += 46 + nameLength + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
  }
  throw new Error(`no ${name} in the zip`);
}

describe('a lesson page in every format', () => {
  it('is one page for every runtime: SCORM 1.2 and 2004 zip the same bytes, xAPI and cmi5 the same page with the xAPI data', async () => {
    await buildCourse({ courseDir: path.join(FIXTURES, 'small-course'), outDir });
    const page = lessonPagePath('s1-1');
    const zipOf = (format: string) => readFileSync(path.join(outDir, format, 'lessons', 's1-1.zip'));
    const textOf = async (format: string) => (await JSZip.loadAsync(zipOf(format))).file(page)!.async('string');
    expect(deflatedData(zipOf('scorm2004'), page).equals(deflatedData(zipOf('scorm12'), page))).toBe(true);
    expect(deflatedData(zipOf('cmi5'), page).equals(deflatedData(zipOf('xapi'), page))).toBe(true);
    const scorm = await textOf('scorm12');
    expect(JSON.parse(/id="cp-config">([^<]*)</.exec(scorm)![1])).not.toHaveProperty('target');
    expect((await textOf('xapi')).replace(/<script type="application\/json" id="cp-xapi">[^<]*<\/script>\n/, '')).toBe(scorm);
  });
});
