import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES, diagnostic } from '../../src/diagnostics/codes';

describe('the catalogue of diagnostic codes', () => {
  it('names every code as area/kebab-case with a title and a hint', () => {
    for (const [code, entry] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(code).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.title.length).toBeGreaterThan(0);
      expect(entry.hint.length).toBeGreaterThan(0);
    }
  });

  it('gives a diagnostic the catalogue severity and default hint unless told otherwise', () => {
    expect(diagnostic('lesson/empty-body', 'm')).toEqual({
      code: 'lesson/empty-body', severity: 'warning', message: 'm', hint: DIAGNOSTIC_CODES['lesson/empty-body'].hint,
    });
    expect(diagnostic('file/binary', 'm', undefined, 'specific').hint).toBe('specific');
  });

  // Guards against codes that are catalogued but never produced (stale entries mislead readers).
  it('lists only codes that some stage produces', () => {
    const sources = sourceFiles(path.join(__dirname, '../../src'))
      .filter((file) => file.endsWith('.ts') && !file.endsWith(path.join('diagnostics', 'codes.ts')))
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    const unused = Object.keys(DIAGNOSTIC_CODES).filter((code) => !sources.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : [full];
  });
}
