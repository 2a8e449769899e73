import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tarGzip, withFolders } from '../../src/package/tar';
import { readMbz } from '../export/moodle-backup/mbz';

const LONG = `${'folder-with-a-long-name/'.repeat(5)}file-whose-name-is-long.xml`;

describe('tarGzip', () => {
  const entries = withFolders([
    { path: 'a/b/c.txt', content: 'c' },
    { path: 'a/d.bin', content: new Uint8Array([0, 1, 2, 255]) },
    { path: LONG, content: 'қазақша' },
  ]);

  test('folders before their files; long paths split into ustar prefix and name; content kept byte for byte', () => {
    expect(entries.map((entry) => entry.path)).toEqual(['a/', 'a/b/', 'a/b/c.txt', 'a/d.bin', ...LONG.split('/').slice(0, -1).map((_, i, all) => `${all.slice(0, i + 1).join('/')}/`), LONG]);
    const read = readMbz(tarGzip(entries));
    expect(read.map((entry) => entry.path)).toEqual(entries.map((entry) => entry.path));
    expect(read.find((entry) => entry.path === 'a/d.bin')!.content).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(read.find((entry) => entry.path === LONG)!.content.toString('utf8')).toBe('қазақша');
    expect(read.map((entry) => entry.mode)).toEqual(read.map((entry) => (entry.folder ? 0o755 : 0o644)));
  });

  test('the same entries give the same bytes, and GNU tar reads them', () => {
    const bytes = tarGzip(entries);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(tarGzip(entries)))).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'cp-tar-'));
    try {
      writeFileSync(join(dir, 'x.tar.gz'), bytes);
      execFileSync('tar', ['-xzf', 'x.tar.gz'], { cwd: dir });
      expect(readFileSync(join(dir, LONG), 'utf8')).toBe('қазақша');
      expect(readFileSync(join(dir, 'a/b/c.txt'), 'utf8')).toBe('c');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
