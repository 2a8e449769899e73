/**
 * Reads bank files: text (refusing binary or non-UTF-8 files like any source), YAML, shape.
 * The YAML source is kept so that lint can point at the exact line; its positions are parsed
 * only when lint has something to point at (src/load/yaml-source.ts, parseYamlLazily).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { diagnostic, DIAGNOSTIC_CODES } from '../../diagnostics/codes';
import type { Diagnostic, Place } from '../../diagnostics/diagnostic';
import type { QuestionBank } from '../../model/quiz';
import { readText } from '../../load/read-text';
import { parseYamlLazily, type YamlSource } from '../../load/yaml-source';
import { itemFromRaw } from './item-order';
import { lessonIdOfBankFile } from './paths';
import { checkBankShape } from './shape';

export interface BankFile {
  /** Absolute path. */
  readonly file: string;
  /** The lesson the file is named after. */
  readonly lessonId: string;
  readonly yaml?: YamlSource;
  /** Present when the file has the right shape. */
  readonly bank?: QuestionBank;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The bank at `file` (in the banks folder `dir`), or null when there is none. A file that is a
 * symbolic link leading out of the folder is refused unread: its content is never shown.
 */
export async function readBankFile(file: string, dir: string = path.dirname(file)): Promise<BankFile | null> {
  const start: Place = { file, line: 1, column: 1 };
  if (await leadsOutside(dir, file)) {
    const message = `${path.basename(file)} is a symbolic link to a file outside the banks folder ${dir}; it is not read`;
    return { file, lessonId: lessonIdOf(file), diagnostics: [diagnostic('quiz/bank-outside', message, start)] };
  }
  const read = await readText(file, path.basename(file));
  switch (read.kind) {
    case 'missing':
      return null;
    case 'problem': {
      const hint = read.code === 'file/too-large' ? BANK_TOO_LARGE_HINT : undefined;
      return { file, lessonId: lessonIdOf(file), diagnostics: [diagnostic(read.code, read.message, start, hint)] };
    }
    case 'text':
      return parseBankText(file, read.text);
  }
}

/** The generic hint speaks of lessons; a bank too large is made smaller differently. */
const BANK_TOO_LARGE_HINT = DIAGNOSTIC_CODES['quiz/bank-too-large'].hint;

async function leadsOutside(dir: string, file: string): Promise<boolean> {
  try {
    const stat = await fs.lstat(file);
    if (!stat.isSymbolicLink()) return false;
    const [realDir, realFile] = await Promise.all([fs.realpath(dir), fs.realpath(file)]);
    const relative = path.relative(realDir, realFile);
    return relative.startsWith('..') || path.isAbsolute(relative);
  } catch {
    // Missing, or a link to nothing: reading it says so. A dangling link to outside says nothing of its target.
    return false;
  }
}

export function parseBankText(file: string, text: string): BankFile {
  const lessonId = lessonIdOf(file);
  const parsed = parseYamlLazily(text, file);
  // Broken YAML gives half-read data: checking its shape would only add confusing errors.
  if (parsed.diagnostics.length > 0) return { file, lessonId, yaml: parsed.source, diagnostics: parsed.diagnostics };
  const shape = checkBankShape(parsed.data, parsed.source);
  if (!shape.data) return { file, lessonId, yaml: parsed.source, diagnostics: shape.diagnostics };
  const raw = shape.data;
  const bank: QuestionBank = { course: raw.course, lesson: raw.lesson, language: raw.language, items: raw.items.map(itemFromRaw) };
  return { file, lessonId, yaml: parsed.source, bank, diagnostics: [] };
}

/** Absolute paths of the bank files in `dir`, sorted; none when the folder does not exist. */
export async function listBankFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  return names.filter((name) => lessonIdOfBankFile(name) !== undefined).sort().map((name) => path.join(dir, name));
}

function lessonIdOf(file: string): string {
  return lessonIdOfBankFile(path.basename(file)) ?? path.basename(file);
}
