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
import type { QuestionBank, QuizItem } from '../../model/quiz';
import { diagnostic } from '../../diagnostics/codes';
import { MAX_SOURCE_BYTES } from '../../load/read-text';
import { generateBanks, type GenerateOptions, type GeneratedLesson } from '../generate';
import { mergeBank, type MergeStats } from './merge';
import { bankFileName } from './paths';
import { otherCourse } from './lint';
import { readBankFiles } from './select';
import type { BankFile } from './read';
import { markStale } from './stale';
import { serializeBank } from './write';
import { writeFilesTogether } from './write-files';

export interface LessonRegeneration {
  readonly lesson: string;
  /** Absolute path of the bank file. */
  readonly file: string;
  readonly generated: GeneratedLesson;
  readonly bank: QuestionBank;
  readonly stats: MergeStats;
  /** Kept items (reviewed, edited, hand-written) whose source sentence is no longer in the lesson: marked `stale: true`. */
  readonly stale: readonly QuizItem[];
  readonly text: string;
  /** False when the file already holds exactly this text (or no file is needed: nothing to keep). */
  readonly write: boolean;
}

export interface RegenerateOptions extends GenerateOptions {
  /** The most a bank file may hold (what reading a bank accepts); tests give less. */
  readonly maxBankBytes?: number;
}

export async function planRegeneration(course: Course, quizzesDir: string, options: RegenerateOptions = {}): Promise<LessonRegeneration[]> {
  const generated = generateBanks(course, options);
  const onDisk = await readBankFiles(quizzesDir);
  refuseOtherCourses(course, onDisk);
  const byFile = new Map(onDisk.map((file) => [file.file, file]));
  const existing = generated.map((lesson) => byFile.get(path.join(quizzesDir, bankFileName(lesson.lesson))) ?? null);
  const problems: Diagnostic[] = existing.flatMap((file) => file?.diagnostics ?? []);
  if (hasErrors(problems)) throw new UserError(problems, 'a question bank on disk has errors: fix them before generating again');
  const plans = generated.map((lesson, index) => plan(course, quizzesDir, lesson, existing[index] ?? null));
  refuseTooLarge(plans, options.maxBankBytes ?? MAX_SOURCE_BYTES);
  return plans;
}

function plan(course: Course, quizzesDir: string, lesson: GeneratedLesson, file: BankFile | null): LessonRegeneration {
  const merged = mergeBank(file?.bank ?? null, lesson.items, { course: course.id, lesson: lesson.lesson, language: course.language });
  const source = course.lessons.find((candidate) => candidate.id === lesson.lesson);
  const items = source ? merged.bank.items.map((item) => markStale(item, source)) : merged.bank.items;
  const bank = { ...merged.bank, items };
  const text = serializeBank(bank);
  const needed = file ? file.yaml?.text !== text : bank.items.length > 0;
  const stale = items.filter((item) => item.stale === true);
  return { lesson: lesson.lesson, file: path.join(quizzesDir, bankFileName(lesson.lesson)), generated: lesson, bank, stats: merged.stats, stale, text, write: needed };
}

/** A folder shared with another course would mix their questions: nothing is generated into it. */
function refuseOtherCourses(course: Course, files: readonly BankFile[]): void {
  const foreign = files.flatMap((file) => (file.bank && file.yaml && file.bank.course !== course.id ? [otherCourse(course, file, file.bank, file.yaml)] : []));
  if (foreign.length > 0) throw new UserError(foreign, 'the banks folder holds banks of another course');
}

/** "2.17", "2"; small sizes keep two significant digits ("0.0023"). */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? mb.toFixed(2).replace(/\.?0+$/, '') : mb.toPrecision(2);
}

/** What generate writes must be readable again: a bank over the size limit is not written. */
function refuseTooLarge(plans: readonly LessonRegeneration[], limit: number): void {
  const tooLarge = plans.filter((p) => p.write && Buffer.byteLength(p.text, 'utf8') > limit).map((p) => {
    const size = megabytes(Buffer.byteLength(p.text, 'utf8'));
    const message = `generating would make ${path.basename(p.file)} ${size} MB, over the ${megabytes(limit)} MB a bank may hold (${p.bank.items.length} items); no bank was written`;
    return diagnostic('quiz/bank-too-large', message, { file: p.file, line: 1, column: 1 });
  });
  if (tooLarge.length > 0) throw new UserError(tooLarge);
}

export async function applyRegeneration(plans: readonly LessonRegeneration[]): Promise<void> {
  await writeFilesTogether(plans.filter((plan) => plan.write).map((plan) => ({ file: plan.file, text: plan.text })));
}
