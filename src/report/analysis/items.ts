/**
 * Item statistics, per question, over the learners' first answers (./first-answers.ts):
 * - n: learners who answered it;
 * - facility: mean credit (0–1; the share right for one-mark items);
 * - discrimination (upper − lower): the respondents ranked by their lesson total (mean credit of
 *   their first answers in the lesson, this item included, to 4 decimals; ties by learner key), the mean credit
 *   of the top 27 % minus that of the bottom 27 % (Kelley's groups; at least one learner each);
 * - point-biserial: Pearson's r between the credit on this item and the rest-of-test score (the
 *   mean credit of the learner's other first answers in the lesson; learners with no other answer
 *   are left out);
 * - option choice counts for choice, multiple-response and true-false (./options.ts);
 * - flags (./flags.ts).
 */
import type { ItemInfo, LessonRef } from '../model';
import { compareText, itemKey, type ReportInput } from './input';
import { firstAnswers, itemAnswers, lessonScores, type FirstAnswers, type LessonScores } from './first-answers';
import type { RecordSet } from '../records/record-set';
import { itemFlags, type ItemFlag } from './flags';
import { optionStats, type OptionStats } from './options';
import { mean, pearson, round } from './stats';

/** Kelley's share for the upper and lower groups. */
export const GROUP_SHARE = 0.27;

export interface ItemStats {
  readonly item: ItemInfo;
  readonly n: number;
  readonly facility: number;
  readonly discrimination: number | null;
  readonly pointBiserial: number | null;
  /** Size of each of the upper and lower groups. */
  readonly groupSize: number;
  readonly options: readonly OptionStats[];
  readonly flags: readonly ItemFlag[];
}

export function itemStatistics(input: ReportInput): ItemStats[] {
  const first = firstAnswers(input.records);
  const stats: ItemStats[] = [];
  for (const lesson of input.lessons) {
    const scores = lessonScores(first, input.records, lesson.id);
    for (const item of itemsOf(input, lesson)) stats.push(statsOf(item, first, input.records, scores));
  }
  return stats;
}

/** The lesson's answered items, in the input's order (bank order). */
function itemsOf(input: ReportInput, lesson: LessonRef): ItemInfo[] {
  return [...input.items.values()].filter((item) => item.lesson === lesson.id);
}

function statsOf(item: ItemInfo, first: FirstAnswers, records: RecordSet, scores: LessonScores): ItemStats {
  const key = itemKey(item.lesson, item.id);
  const answers = itemAnswers(first, records, key);
  const respondents = [...answers.keys()].sort(compareText);
  const credit = (learner: string) => answers.get(learner)?.score ?? 0;
  // At 4 decimals, the precision of the credits themselves: equal totals summed in another order stay equal.
  const totals = new Map(respondents.map((learner) => [learner, round(mean([...(scores.credits.get(learner)?.values() ?? [])]) ?? 0, 4)]));
  const ranked = [...respondents].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || compareText(a, b));
  const groupSize = respondents.length < 2 ? 0 : Math.max(1, Math.round(GROUP_SHARE * respondents.length));
  const upper = ranked.slice(0, groupSize);
  const lower = ranked.slice(ranked.length - groupSize);
  const facility = mean(respondents.map(credit)) ?? 0;
  const discrimination = groupSize === 0 ? null : (mean(upper.map(credit)) as number) - (mean(lower.map(credit)) as number);
  const pointBiserial = restCorrelation(key, respondents, credit, scores);
  const options = optionStats(item, respondents.map((learner) => answers.get(learner)), new Set(upper), new Set(lower));
  const base = {
    item,
    n: respondents.length,
    facility: round(facility, 4),
    discrimination: discrimination === null ? null : round(discrimination, 4),
    pointBiserial: pointBiserial === null ? null : round(pointBiserial, 4),
    groupSize,
    options,
  };
  return { ...base, flags: itemFlags(base) };
}

function restCorrelation(key: string, respondents: readonly string[], credit: (learner: string) => number, scores: LessonScores): number | null {
  const own: number[] = [];
  const rest: number[] = [];
  for (const learner of respondents) {
    const others = [...(scores.credits.get(learner) ?? new Map<string, number>())].filter(([other]) => other !== key).map(([, value]) => value);
    if (others.length === 0) continue;
    own.push(credit(learner));
    rest.push(mean(others) as number);
  }
  return pearson(own, rest);
}
