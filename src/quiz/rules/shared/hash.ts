/** Hashes that make generation deterministic: item ids and the seeded choices of distractors. */
import { createHash } from 'node:crypto';

/** First 8 hex digits of SHA-256: stable across runs and machines. */
export function hash8(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}

/** A number from a seed and a value: orders ties the same way on every run, never Math.random. */
export function seededRank(seed: string, value: string): number {
  return parseInt(hash8(`${seed}\u0000${value}`), 16);
}

/** The values in the order the seed gives them (a stable shuffle). */
export function seededOrder<T>(seed: string, values: readonly T[], label: (value: T) => string): T[] {
  return values
    .map((value) => ({ value, rank: seededRank(seed, label(value)) }))
    .sort((a, b) => a.rank - b.rank || compareText(label(a.value), label(b.value)))
    .map(({ value }) => value);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
