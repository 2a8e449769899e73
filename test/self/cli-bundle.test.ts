import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledCli } from '../../src/self/cli-bundle';

/** A package root with a compiled command line and a bundle stamped with its modification time. */
function fakeRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'coursepack-cli-bundle-'));
  mkdirSync(join(root, 'dist', 'src', 'cli'), { recursive: true });
  mkdirSync(join(root, 'dist', 'bundle'));
  writeFileSync(join(root, 'dist', 'src', 'cli', 'main.js'), 'exports.from = "modules";\n');
  writeFileSync(join(root, 'dist', 'bundle', 'cli.js'), 'exports.from = "bundle";\n');
  const entryMtimeMs = statSync(join(root, 'dist', 'src', 'cli', 'main.js')).mtimeMs;
  writeFileSync(join(root, 'dist', 'bundle', 'cli.json'), JSON.stringify({ entryMtimeMs, inputs: [] }));
  return root;
}

describe('bundledCli', () => {
  let root: string;
  beforeEach(() => { root = fakeRoot(); });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gives the bundle made from the compiled code beside it', () => {
    expect(bundledCli(root)).toMatchObject({ from: 'bundle' });
  });

  it('ignores a bundle once tsc has written the code again (a stale bundle costs time, never correctness)', () => {
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, 'dist', 'src', 'cli', 'main.js'), later, later);
    expect(bundledCli(root)).toBeNull();
  });

  it('ignores a missing or damaged stamp, and a bundle that cannot run', () => {
    writeFileSync(join(root, 'dist', 'bundle', 'cli.js'), 'exports.from = ;\n');
    expect(bundledCli(root)).toBeNull();
    writeFileSync(join(root, 'dist', 'bundle', 'cli.json'), '{ not json');
    expect(bundledCli(root)).toBeNull();
    rmSync(join(root, 'dist', 'bundle'), { recursive: true });
    expect(bundledCli(root)).toBeNull();
  });
});
