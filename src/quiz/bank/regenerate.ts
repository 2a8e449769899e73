/**
 * `coursepack quiz generate` without the I/O of the command line: generate, merge with the
 * banks on disk (keeping every reviewed or edited item), serialise. Nothing is written when
 * a bank on disk cannot be read, since merging with half a bank would lose review work.
 */
import * as path from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { hasErrors } from '../../diagnostics/diagnostic';
import { UserError } from '../../diagnostics/errors';
import type { Course } from '../../model/course';
import type { QuestionBank } from '../../model/quiz';
import { generateBanks, type GenerateOptions, type GeneratedLesson } from '../generate';
import { mergeBank, type MergeStats } from './merge';
import { bankFileName } from './paths';
import { readBankFile } from './read';
import { serializeBank } from './write';
import { writeFilesTogether } from './write-files';

export interface LessonRegeneration {
  readonly lesson: string;
  /** Absolute path of the bank file. */
  readonly file: string;
  readonly generated: GeneratedLesson;
  readonly bank: QuestionBank;
  readonly stats: MergeStats;
  readonly text: string;
  /** False when the file already holds exactly this text (or no file is needed: nothing to keep). */
  readonly write: boolean;
}

export async function planRegeneration(course: Course, quizzesDir: string, options: GenerateOptions = {}): Promise<LessonRegeneration[]> {
  const generated = generateBanks(course, options);
  const existing = await Promise.all(generated.map((lesson) => readBankFile(path.join(quizzesDir, bankFileName(lesson.lesson)))));
  const problems: Diagnostic[] = existing.flatMap((file) => file?.diagnostics ?? []);
  if (hasErrors(problems)) throw new UserError(problems, 'a question bank on disk has errors: fix them before generating again');
  return generated.map((lesson, index) => {
    const file = existing[index];
    const merged = mergeBank(file?.bank ?? null, lesson.items, { lesson: lesson.lesson, language: course.language });
    const text = serializeBank(merged.bank);
    const needed = file ? file.yaml?.text !== text : merged.bank.items.length > 0;
    return { lesson: lesson.lesson, file: path.join(quizzesDir, bankFileName(lesson.lesson)), generated: lesson, ...merged, text, write: needed };
  });
}

export async function applyRegeneration(plans: readonly LessonRegeneration[]): Promise<void> {
  await writeFilesTogether(plans.filter((plan) => plan.write).map((plan) => ({ file: plan.file, text: plan.text })));
}
