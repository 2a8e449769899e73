/** Writes the report's files, each in one step (temporary file, then renamed over the old one). */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { diagnostic } from '../diagnostics/codes';
import { UserError } from '../diagnostics/errors';

/** Returns the paths written, in the order given. */
export async function writeReportFiles(outDir: string, files: Readonly<Record<string, string>>): Promise<string[]> {
  const written: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(outDir, name);
    await writeOne(file, text);
    written.push(file);
  }
  return written;
}

async function writeOne(file: string, text: string): Promise<void> {
  const temporary = `${file}.tmp-${process.pid}`;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError([diagnostic('report/cannot-write', `The report cannot be written to ${file}: ${reason}`)]);
  }
}
