/**
 * Writes one review action to a bank file: read the file, refuse if it is not the version the
 * page was showing (someone changed it meanwhile: their work is never overwritten), apply the
 * action to the bank model, serialise it exactly as `quiz generate` does, check that the text
 * reads back as a bank, and write it atomically (temporary file + rename,
 * src/quiz/bank/write-files.ts).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { QuestionBank, QuizItem } from '../../model/quiz';
import { parseBankText, type BankFile } from '../../quiz/bank/read';
import { serializeBank } from '../../quiz/bank/write';
import { writeFilesTogether } from '../../quiz/bank/write-files';
import { applyToBank, ReviewRefused, type ReviewAction } from './actions';

/** The version of a bank the page shows: a hash of the file's text; `none` when there is no file. */
export function versionOf(text: string | null): string {
  return text === null ? 'none' : createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export class BankConflict extends Error {}

export interface WrittenReview {
  readonly version: string;
  readonly text: string;
  readonly file: BankFile;
  readonly before: QuizItem;
  readonly after: QuizItem;
}

export async function readBankText(file: string): Promise<string | null> {
  try {
    // As the bank reader sees it (src/load/read-text.ts): the page's version is of that text.
    return (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** An undo sends a whole item back: one the bank model does not know is refused, not written. */
function serialize(bank: QuestionBank): string {
  try {
    return serializeBank(bank);
  } catch (error) {
    throw new ReviewRefused(`the change would not make a valid bank: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `file` must already be known to lie in the banks folder (src/studio/workspace.ts names it). */
export async function writeReview(file: string, expectedVersion: string, itemId: string, action: ReviewAction): Promise<WrittenReview> {
  const text = await readBankText(file);
  if (versionOf(text) !== expectedVersion) throw new BankConflict(`${path.basename(file)} changed on disk since the page read it`);
  if (text === null) throw new ReviewRefused(`${path.basename(file)} does not exist`);
  const current = parseBankText(file, text);
  if (!current.bank) throw new ReviewRefused(`${path.basename(file)} cannot be read as a question bank: fix it in an editor (coursepack quiz lint shows where)`);
  const { bank, before, after } = applyToBank(current.bank, itemId, action);
  const next = serialize(bank);
  const written = parseBankText(file, next);
  if (!written.bank || written.diagnostics.length > 0) {
    throw new ReviewRefused(`the change would not make a valid bank: ${written.diagnostics.map((d) => d.message).join('; ')}`);
  }
  // Read again just before writing: the window in which another writer could be lost is the rename alone.
  if (versionOf(await readBankText(file)) !== expectedVersion) throw new BankConflict(`${path.basename(file)} changed on disk since the page read it`);
  await writeFilesTogether([{ file, text: next }]);
  return { version: versionOf(next), text: next, file: written, before, after };
}
