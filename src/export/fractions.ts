/**
 * Grades of answers as Moodle accepts them. Moodle's importers refuse a grade that is not in
 * its fixed list (question_bank::fraction_options_full, matched within 0.00001 of the fraction),
 * so every grade written here is one of these percents, written exactly as listed.
 */
export const MOODLE_PERCENTS = [
  '100', '90', '83.33333', '80', '75', '70', '66.66667', '60', '50', '40', '33.33333', '30',
  '25', '20', '16.66667', '14.28571', '12.5', '11.11111', '10', '5', '0',
] as const;

/** Moodle compares fractions (percent / 100) within 0.00001: within 0.001 as percents. */
const PERCENT_TOLERANCE = 0.001;

/** The largest number of right options that can share 100 % with grades from the list. */
export const MAX_RIGHT_OPTIONS = 20;

/** True when `percent` (e.g. "-33.33333") is one Moodle accepts. */
export function isMoodlePercent(percent: string): boolean {
  const magnitude = percent.startsWith('-') ? percent.slice(1) : percent;
  return (MOODLE_PERCENTS as readonly string[]).includes(magnitude) && magnitude !== '-0';
}

/**
 * The grades of `count` right options of a multiple-response question: each a percent from the
 * list, together 100 (Moodle warns unless the positive grades add up to 100 % at 2 decimals).
 * Equal shares when the list has 100/count (1–10 right options, 3 → 33.33333 each); otherwise
 * two neighbouring values, the larger first (11 → nine of 10 and two of 5), chosen to keep the
 * shares as close to each other as the list allows. Undefined above MAX_RIGHT_OPTIONS.
 */
export function rightShares(count: number): string[] | undefined {
  if (count < 1) return [];
  const equal = positivePercents().find((p) => Math.abs(Number(p) * count - 100) < PERCENT_TOLERANCE);
  if (equal) return Array<string>(count).fill(equal);
  return closestPairSplit(count);
}

function closestPairSplit(count: number): string[] | undefined {
  let best: { larger: string; smaller: string; largerCount: number; spread: number } | undefined;
  const values = positivePercents();
  for (const larger of values) {
    for (const smaller of values) {
      const spread = Number(larger) - Number(smaller);
      if (spread <= 0 || (best && spread >= best.spread)) continue;
      for (let largerCount = 1; largerCount < count; largerCount += 1) {
        const sum = Number(larger) * largerCount + Number(smaller) * (count - largerCount);
        if (Math.abs(sum - 100) < PERCENT_TOLERANCE) best = { larger, smaller, largerCount, spread };
      }
    }
  }
  if (!best) return undefined;
  return [...Array<string>(best.largerCount).fill(best.larger), ...Array<string>(count - best.largerCount).fill(best.smaller)];
}

/**
 * The (negative) grade of each wrong option when there are `count` of them: −100/count when the
 * list has it, else the next larger magnitude in the list, so that ticking every option never
 * scores above 0 (Moodle floors a question's grade at 0). At least 5 % (the list's smallest).
 */
export function wrongShare(count: number): string {
  const target = 100 / count;
  const fitting = positivePercents().filter((p) => Number(p) >= target - PERCENT_TOLERANCE);
  const smallest = fitting[fitting.length - 1] ?? '100';
  return `-${smallest}`;
}

function positivePercents(): readonly string[] {
  return MOODLE_PERCENTS.filter((p) => p !== '0');
}
