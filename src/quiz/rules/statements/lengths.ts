/** Option lengths that tell the answer: one option far longer or shorter than the rest. */

/** No option longer than this many times the median, nor shorter than the median over it. */
export const MAX_OVER_MEDIAN = 2;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function lengthGivesAway(lengths: readonly number[]): boolean {
  if (lengths.length === 0) return false;
  const middle = median(lengths);
  return lengths.some((length) => length > MAX_OVER_MEDIAN * middle || length * MAX_OVER_MEDIAN < middle);
}
