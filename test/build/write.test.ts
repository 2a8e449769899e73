import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStaging, writeAtomically } from '../../src/build/write';
import { leftovers, treeHashes } from './tree';

let work: string;
let outDir: string;
const bytes = (text: string) => new TextEncoder().encode(text);

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'coursepack-write-'));
  outDir = path.join(work, 'build');
  mkdirSync(path.join(outDir, 'scorm12', 'lessons'), { recursive: true });
  writeFileSync(path.join(outDir, 'scorm12', 'old.zip'), 'old course');
  writeFileSync(path.join(outDir, 'scorm12', 'lessons', 'old-lesson.zip'), 'old lesson');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('writeAtomically', () => {
  it('swaps in the new format folder and removes its temporary folders', async () => {
    await writeAtomically(outDir, [{ path: 'scorm12/new.zip', bytes: bytes('new') }]);
    expect(Object.keys(treeHashes(outDir))).toEqual(['scorm12/new.zip']);
    expect(leftovers(work, 'build')).toEqual([]);
  });

  it('creates the output folder when there is none yet', async () => {
    const fresh = path.join(work, 'nested', 'out');
    await writeAtomically(fresh, [{ path: 'scorm12/a.zip', bytes: bytes('a') }]);
    expect(Object.keys(treeHashes(fresh))).toEqual(['scorm12/a.zip']);
  });

  it('leaves the previous output byte-identical when a package cannot be written', async () => {
    const before = treeHashes(outDir);
    // The second path needs a folder where the first one is a file: the write fails half-way.
    const clash = [
      { path: 'scorm12/a.zip', bytes: bytes('a') },
      { path: 'scorm12/a.zip/b.zip', bytes: bytes('b') },
    ];
    await expect(writeAtomically(outDir, clash)).rejects.toThrow();
    expect(treeHashes(outDir)).toEqual(before);
    expect(leftovers(work, 'build')).toEqual([]);
  });

  it('reports the write that failed, as itself, while many others were under way, and leaves nothing behind', async () => {
    const before = treeHashes(outDir);
    const big = new Uint8Array(2 * 1024 * 1024).fill(7);
    const many = Array.from({ length: 40 }, (_, i) => ({ path: `scorm12/lessons/l${i}.zip`, bytes: big }));
    // "scorm12/lessons" becomes a folder for the others, so writing it as a file fails with EISDIR.
    const failing = { path: 'scorm12/lessons', bytes: bytes('x') };
    await expect(writeAtomically(outDir, [...many.slice(0, 20), failing, ...many.slice(20)])).rejects.toMatchObject({ code: 'EISDIR' });
    expect(treeHashes(outDir)).toEqual(before);
    expect(leftovers(work, 'build')).toEqual([]);
  });
});

describe('a package read back from the temporary folder', () => {
  it('gives the bytes written at that place, and says so when the package is shorter than asked', async () => {
    const staging = await openStaging(outDir);
    try {
      await staging.put({ path: 'scorm12/lessons/a.zip', bytes: bytes('0123456789') });
      expect(Buffer.from(await staging.read('scorm12/lessons/a.zip', 3, 4)).toString()).toBe('3456');
      await expect(staging.read('scorm12/lessons/a.zip', 8, 4)).rejects.toThrow('scorm12/lessons/a.zip is shorter than it was written (10 of 12 bytes)');
      await expect(staging.read('scorm12/lessons/none.zip', 0, 1)).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await staging.discard();
    }
    expect(leftovers(work, 'build')).toEqual([]);
  });
});
