/**
 * How often each option was chosen (choice, multiple-response, true-false), over the learners'
 * first answers that say what was chosen, overall and in the upper and lower groups. Options the
 * item does not list (an option removed from the bank since) are added after the listed ones.
 */
import type { AnswerCredit, ItemInfo } from '../model';
import { round } from './stats';

export interface OptionStats {
  readonly id: string;
  readonly text: string;
  readonly isKey: boolean;
  /** Learners who chose it. */
  readonly count: number;
  /** count / answers that say what was chosen (0–1). */
  readonly share: number;
  readonly upper: number;
  readonly lower: number;
}

const KINDS_WITH_OPTIONS = new Set(['choice', 'multiple-response', 'true-false']);

export function optionStats(
  item: ItemInfo,
  answers: readonly (AnswerCredit | undefined)[],
  upper: ReadonlySet<string>,
  lower: ReadonlySet<string>,
): OptionStats[] {
  if (item.kind === null || !KINDS_WITH_OPTIONS.has(item.kind)) return [];
  const chosen = answers.filter((answer): answer is AnswerCredit => answer !== undefined && answer.chosen !== null);
  const listed = item.options.map((option) => option.id);
  const extra = [...new Set(chosen.flatMap((answer) => answer.chosen ?? []))].filter((id) => !listed.includes(id)).sort();
  const texts = new Map(item.options.map((option) => [option.id, option.text]));
  return [...listed, ...extra].map((id) => {
    const pickers = chosen.filter((answer) => answer.chosen?.includes(id));
    return {
      id,
      text: texts.get(id) ?? id,
      isKey: item.key.includes(id),
      count: pickers.length,
      share: chosen.length === 0 ? 0 : round(pickers.length / chosen.length, 4),
      upper: pickers.filter((answer) => upper.has(answer.learner)).length,
      lower: pickers.filter((answer) => lower.has(answer.learner)).length,
    };
  });
}
