/**
 * Writes the export in one step: to a temporary file beside the target, then renamed over it,
 * so that an interrupted run never leaves half a file for an instructor to import.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { diagnostic } from '../diagnostics/codes';
import { UserError } from '../diagnostics/errors';

export async function writeFileAtomically(file: string, text: string | Uint8Array): Promise<void> {
  const temporary = `${file}.tmp-${process.pid}`;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    // 'wx': never write through something already there; only what this run made is removed.
    await fs.writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError([diagnostic(
      'build/cannot-write',
      `the export cannot be written to ${file}: ${reason}`,
      undefined,
      'Check that the folder can be written and the disk has space, or choose another file with --out.',
    )]);
  }
}
