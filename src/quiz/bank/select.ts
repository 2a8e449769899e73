/**
 * What the build takes from the banks: every bank that passes lint, and from each the items
 * a learner may see under the course's settings.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { Course, QuizSettings } from '../../model/course';
import type { QuestionBank, QuizItem } from '../../model/quiz';
import { lintBanks } from './lint';
import { listBankFiles, readBankFile, type BankFile } from './read';

export interface LoadedBanks {
  /** By lesson id: the banks of the course's lessons that have no errors. */
  readonly banks: Map<string, QuestionBank>;
  /** Everything lint found, errors and warnings, in file order. */
  readonly diagnostics: readonly Diagnostic[];
}

export async function loadBanks(course: Course, quizzesDir: string): Promise<LoadedBanks> {
  const files = await readBankFiles(quizzesDir);
  const diagnostics = lintBanks(course, files);
  const broken = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.place?.file));
  const lessonIds = new Set(course.lessons.map((lesson) => lesson.id));
  const banks = new Map<string, QuestionBank>();
  for (const file of files) {
    if (file.bank && !broken.has(file.file) && lessonIds.has(file.lessonId)) banks.set(file.lessonId, file.bank);
  }
  return { banks, diagnostics };
}

/** Every bank file in the folder, in file-name order. */
export async function readBankFiles(quizzesDir: string): Promise<BankFile[]> {
  const paths = await listBankFiles(quizzesDir);
  const files = await Promise.all(paths.map((file) => readBankFile(file, quizzesDir)));
  return files.filter((file): file is BankFile => file !== null);
}

/** Approved items, and drafts too while the course is under review; never rejected ones. */
export function shippedItems(bank: QuestionBank, settings: QuizSettings): QuizItem[] {
  const allowDrafts = settings.include === 'approved-and-drafts';
  return bank.items.filter((item) => item.status === 'approved' || (allowDrafts && item.status === 'draft'));
}
