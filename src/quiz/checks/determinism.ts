/**
 * Check 9, determinism: the same course gives byte-identical items. Generation has no clock and
 * no Math.random (choices are seeded by hashes of the item); this compares two runs so that a
 * test or `quiz generate --check` can prove it.
 */
import type { QuizItem } from '../../model/quiz';

export interface GenerationDifference {
  readonly lesson: string;
  readonly index: number;
  readonly first: string;
  readonly second: string;
}

/** The first difference between two generations, or undefined when they are identical. */
export function sameGeneration(
  first: readonly { lesson: string; items: readonly QuizItem[] }[],
  second: readonly { lesson: string; items: readonly QuizItem[] }[],
): GenerationDifference | undefined {
  const lessons = Math.max(first.length, second.length);
  for (let l = 0; l < lessons; l += 1) {
    const a = first[l];
    const b = second[l];
    const count = Math.max(a?.items.length ?? 0, b?.items.length ?? 0);
    for (let index = 0; index < Math.max(count, 1); index += 1) {
      const one = JSON.stringify(a?.items[index] ?? null);
      const two = JSON.stringify(b?.items[index] ?? null);
      if (one !== two || a?.lesson !== b?.lesson) return { lesson: a?.lesson ?? b?.lesson ?? '', index, first: one, second: two };
    }
  }
  return undefined;
}
