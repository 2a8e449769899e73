/**
 * Cuts a lesson into screens of even length, each about `minWords`–`maxWords` words.
 *
 * The rule, in order:
 * 1. Screens are cut only between top-level blocks (paragraph, heading, list, table, figure,
 *    quote), so a list or table is never split; never right after a heading (it stays with the
 *    text it introduces) nor right after the chapter overview (it leads into the lesson).
 * 2. A block longer than `maxWords` gets a screen of its own, with the headings just before it.
 *    Those screens divide the lesson into runs of ordinary blocks, each split on its own.
 * 3. A run of W words gets n = ceil(W / maxWords) screens (one when W ≤ maxWords), each aiming
 *    at W / n words. When no way of cutting it into n screens keeps every screen within
 *    `minWords`–`maxWords` (headings and long blocks can stand in the way), n + 1 … n + 3 and
 *    n − 1 are tried in that order, and the count that leaves the fewest words out of range
 *    wins (the first tried on a tie).
 * 4. Of all the ways to cut a run into n screens, the one chosen (by dynamic programming over
 *    the block boundaries) has the least sum of squared differences between each screen's
 *    words and W / n, where a screen out of range costs far more than any difference, and a
 *    cut not before a heading costs as much as a screen (W / n) / 4 words off target.
 * So screens come out even (a lesson of 1,300 words in 600-word screens gives three of about
 * 430, not 600 + 600 + 100) and start at headings where the text has them.
 */
import type { ScreenLength } from '../model/course';
import type { Block, HeadingBlock } from './blocks';
import { openingTitle } from './screen-title';

/** Where a screen's title comes from: its first heading, its opening words, or the lesson. */
export type TitleSource = 'heading' | 'opening' | 'lesson';

/** One screen before rendering: the blocks it shows, and the heading it is titled by. */
export interface ScreenPlan {
  readonly index: number;
  readonly title: string;
  readonly titleFrom: TitleSource;
  /** Words on the screen, its title heading and the chapter overview included. */
  readonly words: number;
  /** The heading the screen starts with, shown as the screen's own title (not repeated in `body`). */
  readonly titleHeading?: HeadingBlock;
  readonly body: readonly Block[];
}

export function splitScreens(blocks: readonly Block[], limits: ScreenLength, lessonTitle: string): ScreenPlan[] {
  const groups = splitAroundOversized(blocks, limits).flatMap((run) =>
    run.oversized ? [run.blocks] : balanceRun(run.blocks, limits),
  );
  if (groups.length === 0) return [{ index: 0, title: lessonTitle, titleFrom: 'lesson', words: 0, body: [] }];
  return groups.map((group, index) => toPlan(group, index, groups.length, lessonTitle));
}

type Group = readonly Block[];

interface Run {
  readonly blocks: Group;
  /** A block over `maxWords` (with the headings before it): one screen, as it is. */
  readonly oversized: boolean;
}

const wordsIn = (group: Group): number => group.reduce((sum, block) => sum + block.words, 0);

function isOversized(block: Block, limits: ScreenLength): boolean {
  return block.kind !== 'heading' && block.words > limits.maxWords;
}

/** Rule 2: each oversized block (and the headings just before it) is a run of its own. */
function splitAroundOversized(blocks: readonly Block[], limits: ScreenLength): Run[] {
  const runs: Run[] = [];
  let current: Block[] = [];
  for (const block of blocks) {
    if (!isOversized(block, limits)) {
      current.push(block);
      continue;
    }
    const headingsFrom = trailingHeadingsStart(current);
    if (headingsFrom > 0) runs.push({ blocks: current.slice(0, headingsFrom), oversized: false });
    runs.push({ blocks: [...current.slice(headingsFrom), block], oversized: true });
    current = [];
  }
  if (current.length > 0) runs.push({ blocks: current, oversized: false });
  return runs;
}

/** Index of the first of the headings ending `group` (its length if none). */
function trailingHeadingsStart(group: Group): number {
  let k = group.length;
  while (k > 0 && group[k - 1].kind === 'heading') k--;
  return k;
}

/** A cut can go before `blocks[i]` unless the block before is a heading or the overview (rule 1). */
function canCutBefore(blocks: Group, i: number): boolean {
  const before = blocks[i - 1];
  return before !== undefined && before.kind !== 'heading' && before.kind !== 'overview';
}

/** Rule 3: the screen count for a run, and its cuts. */
function balanceRun(run: Group, limits: ScreenLength): Group[] {
  const total = wordsIn(run);
  const contentBlocks = run.filter((block) => block.kind !== 'heading').length;
  if (total <= limits.maxWords || contentBlocks <= 1) return [run];
  const natural = Math.ceil(total / limits.maxWords);
  const counts = [natural, natural + 1, natural + 2, natural + 3, natural - 1].filter((n) => n >= 1 && n <= contentBlocks);
  let best: { groups: Group[]; outOfRange: number } | null = null;
  for (const count of counts) {
    const groups = cutEvenly(run, count, limits);
    if (groups === null) continue;
    const outOfRange = groups.reduce((sum, group) => sum + wordsOutOfRange(wordsIn(group), limits), 0);
    if (best === null || outOfRange < best.outOfRange) best = { groups, outOfRange };
    if (outOfRange === 0) break;
  }
  return best?.groups ?? [run];
}

function wordsOutOfRange(words: number, limits: ScreenLength): number {
  return Math.max(0, words - limits.maxWords) + Math.max(0, limits.minWords - words);
}

/** A screen out of range costs this much per word squared: more than any distance to the target. */
const OUT_OF_RANGE_WEIGHT = 1e6;
/** A cut not before a heading costs as much as a screen this fraction of the target off. */
const NOT_AT_HEADING_SHARE = 0.25;

/**
 * Rule 4: the cuts of `run` into `count` screens closest to even, or null when there is no way
 * (too few places to cut). `least[k][j]` is the least cost of the first j blocks as k screens,
 * `start[k][j]` where the k-th of those screens starts.
 */
function cutEvenly(run: Group, count: number, limits: ScreenLength): Group[] | null {
  const size = run.length;
  const words = prefixSums(run.map((block) => block.words));
  const content = prefixSums(run.map((block) => (block.kind === 'heading' ? 0 : 1)));
  const target = words[size] / count;
  const notAtHeading = (NOT_AT_HEADING_SHARE * target) ** 2;
  const { minWords, maxWords } = limits;
  // Worked out once per run, not once per (screen count, end, start) triple of the loops below (issue 18).
  const cutBefore = new Uint8Array(size + 1);
  const startsAtHeading = new Uint8Array(size + 1);
  for (let i = 0; i <= size; i++) {
    cutBefore[i] = i === 0 || canCutBefore(run, i) ? 1 : 0;
    startsAtHeading[i] = i === 0 || run[i]?.kind === 'heading' ? 1 : 0;
  }
  const least = Array.from({ length: count + 1 }, () => new Float64Array(size + 1).fill(Infinity));
  const start = Array.from({ length: count + 1 }, () => new Int32Array(size + 1).fill(-1));
  least[0][0] = 0;
  for (let k = 1; k <= count; k++) {
    const before = least[k - 1];
    const here = least[k];
    const starts = start[k];
    for (let to = 1; to <= size; to++) {
      if (to < size && cutBefore[to] === 0) continue;
      // Screens are tried from short to long; past twice maxWords longer ones only cost more.
      for (let from = to - 1; from >= k - 1; from--) {
        const hasContent = content[to] - content[from] > 0;
        const length = words[to] - words[from];
        if (hasContent && cutBefore[from] === 1 && before[from] < Infinity) {
          // The screen's cost (rule 4): its distance to the target, far more when out of range, and a cut not before a heading.
          const offRange = Math.max(0, length - maxWords) + Math.max(0, minWords - length);
          const cost = before[from] + ((length - target) ** 2 + OUT_OF_RANGE_WEIGHT * offRange ** 2 + (startsAtHeading[from] === 1 ? 0 : notAtHeading));
          if (cost < here[to]) {
            here[to] = cost;
            starts[to] = from;
          }
        }
        if (hasContent && length > 2 * maxWords) break;
      }
    }
  }
  if (least[count][size] === Infinity) return null;
  const groups: Group[] = [];
  for (let k = count, to = size; k > 0; k--) {
    const from = start[k][to];
    groups.unshift(run.slice(from, to));
    to = from;
  }
  return groups;
}

function prefixSums(values: readonly number[]): number[] {
  const sums = [0];
  for (const value of values) sums.push(sums[sums.length - 1] + value);
  return sums;
}

function toPlan(group: Group, index: number, count: number, lessonTitle: string): ScreenPlan {
  const lead = group[0]?.kind === 'overview' ? 1 : 0;
  const first = group[lead];
  const titleHeading = first?.kind === 'heading' ? first : undefined;
  const body = titleHeading ? [...group.slice(0, lead), ...group.slice(lead + 1)] : group;
  const words = wordsIn(group);
  if (titleHeading?.text) return { index, title: titleHeading.text, titleFrom: 'heading', words, titleHeading, body };
  // A one-screen lesson is the lesson; other screens are named by how they begin.
  const opening = count === 1 ? null : openingTitle(body);
  if (opening !== null) return { index, title: opening, titleFrom: 'opening', words, titleHeading, body };
  const title = count === 1 ? lessonTitle : `${lessonTitle} (${index + 1}/${count})`;
  return { index, title, titleFrom: 'lesson', words, titleHeading, body };
}
