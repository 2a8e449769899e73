/**
 * Seeded pseudo-random numbers for the quiz: the same seed gives the same draw and the same
 * shuffles, so a reloaded page shows the attempt the learner left. mulberry32: tiny, fast, and
 * good enough for picking questions (not for anything secret).
 */

export type Random = () => number;

/** Numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new order of `items` (Fisher–Yates); the input is left as it is. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** A seed for a new attempt: the one place the quiz uses real randomness. */
export function freshSeed(source: Random = Math.random): number {
  return Math.floor(source() * 4294967296) >>> 0;
}
