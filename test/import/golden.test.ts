/**
 * Golden fixtures: each folder under test/fixtures/import/<case>/ holds input.txt (and
 * options.json when the case needs options), the expected files under expected/ and the
 * expected diagnostics in diagnostics.json. `UPDATE=1 npx jest test/import` rewrites them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importText, type ImportOptions } from '../../src/import';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'import');
const UPDATE = process.env.UPDATE === '1';

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]).sort();
}

function optionsOf(dir: string): ImportOptions {
  const file = path.join(dir, 'options.json');
  const given = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ImportOptions> : {};
  return { sourceName: 'input.txt', ...given };
}

const cases = fs.readdirSync(FIXTURES).filter((name) => fs.existsSync(path.join(FIXTURES, name, 'input.txt'))).sort();

describe.each(cases)('import fixture %s', (name) => {
  const dir = path.join(FIXTURES, name);
  const expectedDir = path.join(dir, 'expected');
  const result = importText(fs.readFileSync(path.join(dir, 'input.txt'), 'utf8'), optionsOf(dir));
  const diagnosticsJson = `${JSON.stringify(result.diagnostics, null, 2)}\n`;

  if (UPDATE) {
    fs.rmSync(expectedDir, { recursive: true, force: true });
    for (const file of result.files) {
      const target = path.join(expectedDir, file.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.content);
    }
    fs.writeFileSync(path.join(dir, 'diagnostics.json'), diagnosticsJson);
  }

  it('writes the expected files', () => {
    expect(result.files.map((file) => file.path).sort()).toEqual(listFiles(expectedDir));
    for (const file of result.files) {
      expect(`${file.path}:\n${String(file.content)}`).toBe(`${file.path}:\n${fs.readFileSync(path.join(expectedDir, file.path), 'utf8')}`);
    }
  });

  it('reports the expected diagnostics', () => {
    expect(diagnosticsJson).toBe(fs.readFileSync(path.join(dir, 'diagnostics.json'), 'utf8'));
  });
});
