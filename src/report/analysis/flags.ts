/**
 * Flags on items that look broken. Thresholds (docs/reports.md explains the choice):
 * - everyone-fails: facility below 0.20 (a wrong key, or a question the lesson does not teach);
 * - too-easy: facility above 0.95 (tells nobody apart);
 * - strong-pick-distractor: the upper group chose a distractor more often than the key (for
 *   multiple response: than the key they chose least) — the wording misleads the learners who
 *   know the material;
 * - negative-discrimination: the upper group scored lower than the lower group, and the
 *   point-biserial is negative too (or unknown);
 * - unused-distractor: a distractor of a choice or multiple-response item nobody chose.
 * No flag below 10 answers (20 for unused-distractor): small groups flag by chance.
 */
import type { OptionStats } from './options';
import type { ItemInfo } from '../model';

export const FLAG_THRESHOLDS = {
  minAnswers: 10,
  everyoneFailsBelow: 0.2,
  tooEasyAbove: 0.95,
  unusedDistractorMinAnswers: 20,
} as const;

export const FLAG_KINDS = ['everyone-fails', 'strong-pick-distractor', 'negative-discrimination', 'unused-distractor', 'too-easy'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export interface ItemFlag {
  readonly kind: FlagKind;
  /** What was seen, in one sentence. */
  readonly message: string;
}

interface FlagInput {
  readonly item: ItemInfo;
  readonly n: number;
  readonly facility: number;
  readonly discrimination: number | null;
  readonly pointBiserial: number | null;
  readonly options: readonly OptionStats[];
}

export function itemFlags(stats: FlagInput): ItemFlag[] {
  if (stats.n < FLAG_THRESHOLDS.minAnswers) return [];
  const flags: ItemFlag[] = [];
  const percent = (value: number) => `${Math.round(value * 100)} %`;
  if (stats.facility < FLAG_THRESHOLDS.everyoneFailsBelow) {
    flags.push({ kind: 'everyone-fails', message: `Only ${percent(stats.facility)} credit on average: check the key and whether the lesson teaches it.` });
  }
  const lure = strongestDistractor(stats.options);
  if (lure !== null) {
    flags.push({ kind: 'strong-pick-distractor', message: `The strongest learners chose "${lure.text}" (${lure.upper}) more often than the key (${lure.keyUpper}).` });
  }
  if (stats.discrimination !== null && stats.discrimination < 0 && (stats.pointBiserial === null || stats.pointBiserial < 0)) {
    flags.push({ kind: 'negative-discrimination', message: `The strongest learners did worse on it than the weakest (discrimination ${stats.discrimination.toFixed(2)}).` });
  }
  const unused = unusedDistractors(stats);
  if (unused.length > 0) {
    flags.push({ kind: 'unused-distractor', message: `Nobody chose ${unused.map((option) => `"${option.text}"`).join(', ')}: replace it with a plausible wrong answer.` });
  }
  if (stats.facility > FLAG_THRESHOLDS.tooEasyAbove) {
    flags.push({ kind: 'too-easy', message: `${percent(stats.facility)} credit on average: it tells nobody apart.` });
  }
  return flags;
}

/** The distractor the upper group chose most, when that is more than the key (the least chosen key option). */
function strongestDistractor(options: readonly OptionStats[]): { text: string; upper: number; keyUpper: number } | null {
  const keys = options.filter((option) => option.isKey);
  const distractors = options.filter((option) => !option.isKey);
  if (keys.length === 0 || distractors.length === 0) return null;
  const keyUpper = Math.min(...keys.map((option) => option.upper));
  const top = distractors.reduce((best, option) => (option.upper > best.upper ? option : best));
  return top.upper > keyUpper ? { text: top.text, upper: top.upper, keyUpper } : null;
}

function unusedDistractors(stats: FlagInput): OptionStats[] {
  if (stats.item.kind !== 'choice' && stats.item.kind !== 'multiple-response') return [];
  const answered = stats.options.reduce((max, option) => Math.max(max, option.count), 0) > 0 ? stats.n : 0;
  if (answered < FLAG_THRESHOLDS.unusedDistractorMinAnswers) return [];
  return stats.options.filter((option) => !option.isKey && option.count === 0);
}
