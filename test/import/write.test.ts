import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UserError } from '../../src/diagnostics/errors';
import { importText, writeImport, type ImportResult } from '../../src/import';

const TEXT = 'КІРІСПЕ\n\nКіріспе мәтіні.\n\n1 ТАРАУ\n\nТарау мәтіні.\n\n1.1 Бөлім\nБөлім мәтіні.\n';

let root: string;
beforeEach(async () => { root = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-import-')); });
afterEach(async () => { await fs.rm(root, { recursive: true, force: true }); });

async function tree(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

describe('writeImport', () => {
  const result = importText(TEXT, { sourceName: 'thesis.kk.txt' });

  it('creates the folder with course.yaml and the lesson files, and leaves no temp folder', async () => {
    const out = path.join(root, 'nested', 'course');
    await writeImport(result, out);
    expect(await tree(out)).toEqual(['chapters/01-kirispe.md', 'chapters/02-s1-1.md', 'course.yaml']);
    expect(await fs.readFile(path.join(out, 'course.yaml'), 'utf8')).toBe(result.files[0]!.content);
    expect(await fs.readdir(path.join(root, 'nested'))).toEqual(['course']);
  });

  it('refuses to overwrite a course without force, naming the flag', async () => {
    const out = path.join(root, 'course');
    await writeImport(result, out);
    await fs.writeFile(path.join(out, 'course.yaml'), 'edited by hand\n');
    const error = await writeImport(result, out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const [diagnostic] = (error as UserError).diagnostics;
    expect(diagnostic?.code).toBe('import/out-not-empty');
    expect(diagnostic?.hint).toContain('--force');
    expect(await fs.readFile(path.join(out, 'course.yaml'), 'utf8')).toBe('edited by hand\n');
  });

  it('with force, replaces the course and removes lesson files the new import no longer has', async () => {
    const out = path.join(root, 'course');
    await writeImport(result, out);
    await fs.writeFile(path.join(out, 'chapters', '09-old.md'), 'old lesson\n');
    await fs.writeFile(path.join(out, 'notes.txt'), 'kept\n');
    const smaller: ImportResult = importText('ҚОРЫТЫНДЫ\n\nМәтін.\n', { sourceName: 'x.txt' });
    await writeImport(smaller, out, { force: true });
    expect(await tree(out)).toEqual(['chapters/01-qorytyndy.md', 'course.yaml', 'notes.txt']);
    expect(await fs.readdir(root)).toEqual(['course']);
  });

  it('writes into an existing folder that holds no course', async () => {
    const out = path.join(root, 'course');
    await fs.mkdir(out);
    await writeImport(result, out);
    expect(await tree(out)).toContain('course.yaml');
  });
});
