/**
 * Writes an import to disk. Everything is written into a fresh folder beside the target first,
 * so a failure half-way leaves the target untouched; the files are then moved into place.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../diagnostics/errors';
import { importDiagnostic } from './diagnostics';
import type { ImportResult } from './import-text';

export interface WriteOptions {
  /** Overwrite a course already in the folder (its generated lesson files are replaced). */
  readonly force?: boolean;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}

async function writeAll(result: ImportResult, dir: string): Promise<void> {
  for (const file of result.files) {
    const target = path.join(dir, ...file.path.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.content);
  }
}

/** Moves the staged files into an existing folder and removes lesson files of the old course. */
async function moveInto(staged: string, outDir: string, result: ImportResult, replacesCourse: boolean): Promise<void> {
  const fresh = new Set(result.files.map((file) => file.path));
  if (replacesCourse && await exists(path.join(outDir, 'chapters'))) {
    for (const name of await fs.readdir(path.join(outDir, 'chapters'))) {
      if (name.endsWith('.md') && !fresh.has(`chapters/${name}`)) await fs.rm(path.join(outDir, 'chapters', name));
    }
  }
  for (const file of result.files) {
    const target = path.join(outDir, ...file.path.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rename(path.join(staged, ...file.path.split('/')), target);
  }
}

export async function writeImport(result: ImportResult, outDir: string, options: WriteOptions = {}): Promise<void> {
  const target = path.resolve(outDir);
  const hasCourse = await exists(path.join(target, 'course.yaml'));
  if (hasCourse && !options.force) {
    throw new UserError([importDiagnostic('import/out-not-empty', `${outDir} already holds a course (course.yaml).`,
      'Pass --force to overwrite it, or choose another folder with --out.', { file: path.join(outDir, 'course.yaml'), line: 1, column: 1 })]);
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  const staged = await fs.mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}-import-`));
  try {
    await writeAll(result, staged);
    if (await exists(target)) await moveInto(staged, target, result, hasCourse);
    else await fs.rename(staged, target);
  } finally {
    await fs.rm(staged, { recursive: true, force: true });
  }
}
