import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledBuild } from '../../src/self/build-bundle';

/** A package root with a compiled entry and a bundle stamped with its modification time. */
function fakeRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'coursepack-bundle-'));
  mkdirSync(join(root, 'dist', 'src', 'build'), { recursive: true });
  mkdirSync(join(root, 'dist', 'bundle'));
  writeFileSync(join(root, 'dist', 'src', 'build', 'index.js'), 'exports.from = "modules";\n');
  writeFileSync(join(root, 'dist', 'bundle', 'build.js'), 'exports.from = "bundle";\n');
  const entryMtimeMs = statSync(join(root, 'dist', 'src', 'build', 'index.js')).mtimeMs;
  writeFileSync(join(root, 'dist', 'bundle', 'build.json'), JSON.stringify({ entryMtimeMs, inputs: [] }));
  return root;
}

describe('bundledBuild', () => {
  let root: string;
  beforeEach(() => { root = fakeRoot(); });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gives the bundle made from the compiled code beside it', () => {
    expect(bundledBuild(root)).toMatchObject({ from: 'bundle' });
  });

  it('ignores a bundle once tsc has written the code again (a stale bundle costs time, never correctness)', () => {
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, 'dist', 'src', 'build', 'index.js'), later, later);
    expect(bundledBuild(root)).toBeNull();
  });

  it('ignores a missing or damaged stamp', () => {
    writeFileSync(join(root, 'dist', 'bundle', 'build.json'), '{ not json');
    expect(bundledBuild(root)).toBeNull();
    rmSync(join(root, 'dist', 'bundle'), { recursive: true });
    expect(bundledBuild(root)).toBeNull();
  });
});
