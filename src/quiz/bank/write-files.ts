/**
 * Writes several bank files as one change: every new text goes to a temporary file beside its
 * target first, and only when all of them are written are they renamed into place. A failure
 * before that point removes the temporary files and leaves every bank as it was.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { diagnostic } from '../../diagnostics/codes';
import { UserError } from '../../diagnostics/errors';

export interface FileText {
  /** Absolute path. */
  readonly file: string;
  readonly text: string;
}

export async function writeFilesTogether(files: readonly FileText[]): Promise<void> {
  const staged: string[] = [];
  try {
    for (const { file, text } of files) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.tmp-${process.pid}`;
      // 'wx': never write through something already there; only what this run made is removed.
      await fs.writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
      staged.push(temporary);
    }
  } catch (error) {
    await Promise.all(staged.map((temporary) => fs.rm(temporary, { force: true }).catch(() => undefined)));
    throw cannotWrite(error);
  }
  // Renames within one folder do not fail for want of space; they are the commit point.
  for (const [index, { file }] of files.entries()) await fs.rename(staged[index]!, file);
}

function cannotWrite(error: unknown): UserError {
  const reason = error instanceof Error ? error.message : String(error);
  return new UserError([diagnostic('quiz/cannot-write', `the question banks cannot be written: ${reason}`)]);
}
