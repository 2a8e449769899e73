/**
 * The tables a report should show, computed straight from the simulation's ground truth with
 * the textbook formulas (docs/reports.md), independently of src/report.
 */
import type { SimLearner } from './simulate';

export interface ExpectedItem {
  readonly n: number;
  readonly facility: number;
  readonly discrimination: number;
  readonly pointBiserial: number;
  /** Option id → learners who chose it. */
  readonly chosen: Readonly<Record<string, number>>;
  /** Option id → learners of the upper group who chose it. */
  readonly upperChosen: Readonly<Record<string, number>>;
}

/** Each learner's first answer to each item of the lesson: item → { score, chosen }. */
function firstAnswers(learner: SimLearner, lesson: string): Map<string, { score: number; chosen: readonly string[] | null }> {
  const first = new Map<string, { score: number; chosen: readonly string[] | null }>();
  for (const answer of learner.lessons[lesson]?.answers ?? []) {
    if (!first.has(answer.item)) first.set(answer.item, { score: answer.score, chosen: answer.chosen });
  }
  return first;
}

export function expectedItems(learners: readonly SimLearner[], lesson: string): Map<string, ExpectedItem> {
  const firsts = new Map(learners.map((learner) => [learner.key, firstAnswers(learner, lesson)]));
  const total = (key: string) => {
    const scores = [...(firsts.get(key) as Map<string, { score: number }>).values()].map((answer) => answer.score);
    // Compared at 4 decimals, the precision of xAPI scores (docs/reports.md).
    return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10_000) / 10_000;
  };
  const itemIds = new Set(learners.flatMap((learner) => [...(firsts.get(learner.key) as Map<string, unknown>).keys()]));
  const result = new Map<string, ExpectedItem>();
  for (const item of itemIds) {
    const takers = learners.filter((learner) => firsts.get(learner.key)?.has(item)).map((learner) => learner.key);
    const score = (key: string) => (firsts.get(key)?.get(item) as { score: number }).score;
    const n = takers.length;
    const facility = takers.reduce((sum, key) => sum + score(key), 0) / n;
    // Upper and lower 27 % by lesson total; equal totals in learner-key order.
    const ranked = [...takers].sort((a, b) => total(b) - total(a) || (a < b ? -1 : a > b ? 1 : 0));
    const g = Math.max(1, Math.round(0.27 * n));
    const upper = ranked.slice(0, g);
    const lower = ranked.slice(n - g);
    const avg = (keys: string[]) => keys.reduce((sum, key) => sum + score(key), 0) / keys.length;
    // Point-biserial: Pearson r of item credit and the mean of the learner's other first answers.
    const pairs = takers.flatMap((key) => {
      const others = [...(firsts.get(key) as Map<string, { score: number }>)].filter(([other]) => other !== item).map(([, a]) => a.score);
      return others.length === 0 ? [] : [[score(key), others.reduce((a, b) => a + b, 0) / others.length] as const];
    });
    const mx = pairs.reduce((s, [x]) => s + x, 0) / pairs.length;
    const my = pairs.reduce((s, [, y]) => s + y, 0) / pairs.length;
    const cov = pairs.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
    const vx = pairs.reduce((s, [x]) => s + (x - mx) ** 2, 0);
    const vy = pairs.reduce((s, [, y]) => s + (y - my) ** 2, 0);
    const chosen: Record<string, number> = {};
    const upperChosen: Record<string, number> = {};
    for (const key of takers) {
      for (const id of firsts.get(key)?.get(item)?.chosen ?? []) {
        chosen[id] = (chosen[id] ?? 0) + 1;
        if (upper.includes(key)) upperChosen[id] = (upperChosen[id] ?? 0) + 1;
      }
    }
    result.set(item, { n, facility, discrimination: avg(upper) - avg(lower), pointBiserial: cov / Math.sqrt(vx * vy), chosen, upperChosen });
  }
  return result;
}
