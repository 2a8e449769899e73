import type { Command } from 'commander';
import { displayPath } from '../../diagnostics/format';
import type { MergeStats } from '../../quiz/bank/merge';
import type { LessonRegeneration } from '../../quiz/bank/regenerate';
import type { CliIo } from '../io';
import { plural } from '../plural';
import { addQuizOptions, quizTarget, type QuizFlags } from './quiz-options';

const EXAMPLES = `
Examples:
  coursepack quiz generate                 every lesson of course/ into its banks folder
  coursepack quiz generate s1-1 s1-2       two lessons only
  coursepack quiz generate --course my-course --quizzes my-course-quizzes

Approved, rejected, edited and hand-written (rule: manual) items are kept as they are;
untouched drafts are replaced by the new generation, and the drafts removed are counted per
lesson. Kept items whose source sentence is gone from the lesson are marked stale: true and
named. Nothing is written if any bank fails, if the folder holds another course's bank, or if
a bank would grow past 2 MB.`;

export function registerQuizGenerate(quiz: Command, io: CliIo, setExit: (code: number) => void): void {
  addQuizOptions(quiz.command('generate').argument('[lesson...]', 'ids of the lessons to generate for (default: all)'))
    .description('Generate question banks from the lesson texts, keeping every reviewed or edited item.')
    .addHelpText('after', EXAMPLES)
    .action(async (lessons: string[], flags: QuizFlags) => {
      const { course, quizzesDir } = await quizTarget(flags, io);
      // Quiz generation is loaded only when this command runs (issue 18).
      const { applyRegeneration, planRegeneration } = await import('../../quiz/bank/regenerate');
      const plans = await planRegeneration(course, quizzesDir, { lessons });
      await applyRegeneration(plans);
      io.stdout(summary(plans, io.cwd));
      const { dictionaryPath, DICTIONARY_PACKAGES } = await import('../../text/spelling/hunspell');
      if (!dictionaryPath(course.language)) {
        io.stderr(`Note: no Hunspell dictionary for "${course.language}" (Debian package ${DICTIONARY_PACKAGES[course.language]}, with hunspell): misspellings were found from the text alone, and stems with a repeated typo may be kept. Install it for the full check.\n`);
      }
      setExit(0);
    });
}

function summary(plans: readonly LessonRegeneration[], cwd: string): string {
  const width = Math.max(0, ...plans.map((plan) => plan.lesson.length));
  const lines = plans.map((plan) => `  ${plan.lesson.padEnd(width)}  ${lessonLine(plan, cwd)}`);
  const written = plans.filter((plan) => plan.write).length;
  const notes = [removedNote(plans), staleNote(plans, cwd)].filter((note) => note !== '');
  return [`Question banks of ${plural(plans.length, 'lesson')}:`, ...lines, `${plural(written, 'bank file')} written.`, ...notes, ''].join('\n');
}

/** Drafts no longer generated are removed from the bank: an instructor may have been counting on them. */
function removedNote(plans: readonly LessonRegeneration[]): string {
  const dropped = plans.filter((plan) => plan.stats.dropped > 0);
  if (dropped.length === 0) return '';
  const total = dropped.reduce((sum, plan) => sum + plan.stats.dropped, 0);
  const where = dropped.map((plan) => `${plan.lesson}: ${plan.stats.dropped}`).join(', ');
  return [
    '',
    `Removed ${plural(total, 'draft item')} that the lesson texts no longer give (${where}).`,
    'They were unreviewed drafts; approved, rejected, edited and hand-written items are never removed.',
    'To keep a draft through the next generation, approve it (status: approved) or edit it.',
  ].join('\n');
}

/** Kept items about sentences that are gone: they may still ship, so name each one. */
function staleNote(plans: readonly LessonRegeneration[], cwd: string): string {
  const stale = plans.flatMap((plan) => plan.stale.map((item) => `  ${item.id}  ${displayPath(plan.file, cwd)} (was line ${item.source.line})`));
  if (stale.length === 0) return '';
  return [
    '',
    `${plural(stale.length, 'kept item asks', 'kept items ask')} about a sentence no longer in its lesson, marked stale: true:`,
    ...stale,
    'Edit each to match the lesson text, or reject it (status: rejected); quiz lint, validate and build warn until then.',
  ].join('\n');
}

function lessonLine(plan: LessonRegeneration, cwd: string): string {
  const count = plural(plan.bank.items.length, 'item');
  if (plan.bank.items.length === 0 && !plan.write) return 'no items generated, no bank written';
  const where = displayPath(plan.file, cwd);
  return `${count} (${statsText(plan.stats)})  ${plan.write ? where : `${where} unchanged`}`;
}

/** Only the counts that are not zero, in a fixed order. */
export function statsText(stats: MergeStats): string {
  const parts: [number, string][] = [
    [stats.new, 'new'],
    [stats.updated, 'updated'],
    [stats.unchanged, 'unchanged'],
    [stats.dropped, 'dropped'],
    [stats.keptApproved, 'approved kept'],
    [stats.keptEdited, 'edited kept'],
    [stats.keptRejected, 'rejected kept'],
    [stats.keptManual, 'manual kept'],
  ];
  const shown = parts.filter(([count]) => count > 0).map(([count, label]) => `${count} ${label}`);
  return shown.length > 0 ? shown.join(', ') : 'nothing generated';
}
