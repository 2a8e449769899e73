/** The build with the real load, render and bundle stages, on the fixture courses. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { buildCourse } from '../../src/build';
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
