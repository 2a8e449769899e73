import type { ScreenLength } from '../model/course';
import type { Block, HeadingBlock } from './blocks';

/** One screen before rendering: the blocks it shows, and the heading it is titled by. */
export interface ScreenPlan {
  readonly index: number;
  readonly title: string;
  /** Words on the screen, its title heading and the chapter overview included. */
  readonly words: number;
  /** The heading the screen starts with, shown as the screen's own title (not repeated in `body`). */
  readonly titleHeading?: HeadingBlock;
  readonly body: readonly Block[];
}

/**
 * Cuts a lesson into screens of about `minWords`–`maxWords` words.
 *
 * Screens are cut only between top-level blocks (paragraph, heading, list, table, figure, quote),
 * so a list or table is never split. Going through the blocks in order:
 * - a block longer than `maxWords` gets a screen of its own (with the heading just before it);
 * - once a screen holds `minWords`, it is cut before the next heading (so screens tend to start
 *   at headings), or before a block that would take it past `maxWords`;
 * - below `minWords` a screen is not cut, even if the next block takes it past `maxWords`
 *   (`minWords` is the floor: a tiny screen is worse than a long one);
 * - a heading never ends a screen: it moves on with the text it introduces.
 * At the end, a last screen under `minWords / 2` joins the one before when the two together
 * stay within `maxWords * 1.25` and that one is not an oversized block's own screen.
 */
export function splitScreens(blocks: readonly Block[], limits: ScreenLength, lessonTitle: string): ScreenPlan[] {
  const groups = mergeShortTail(groupBlocks(blocks, limits), limits);
  if (groups.length === 0) return [{ index: 0, title: lessonTitle, words: 0, body: [] }];
  return groups.map((group, index) => toPlan(group, index, groups.length, lessonTitle));
}

type Group = readonly Block[];

const wordsIn = (group: Group): number => group.reduce((sum, block) => sum + block.words, 0);

function isOversized(block: Block, limits: ScreenLength): boolean {
  return block.kind !== 'heading' && block.words > limits.maxWords;
}

function groupBlocks(blocks: readonly Block[], limits: ScreenLength): Group[] {
  const groups: Group[] = [];
  let current: Block[] = [];
  const cutAt = (keep: number) => {
    if (keep > 0) groups.push(current.slice(0, keep));
    current = current.slice(keep);
  };
  for (const block of blocks) {
    if (isOversized(block, limits)) {
      cutAt(trailingHeadingsStart(current, 0));
      current.push(block);
      cutAt(current.length);
    } else {
      if (current.length > 0 && shouldCut(current, block, limits)) cutAt(trailingHeadingsStart(current, 1));
      current.push(block);
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function shouldCut(current: Group, next: Block, limits: ScreenLength): boolean {
  const words = wordsIn(current);
  if (words < limits.minWords) return false;
  return next.kind === 'heading' || words + next.words > limits.maxWords;
}

/** Index of the first of the headings ending `group` (its length if none), not below `floor`. */
function trailingHeadingsStart(group: Group, floor: number): number {
  let k = group.length;
  while (k > floor && group[k - 1].kind === 'heading') k--;
  return k;
}

function mergeShortTail(groups: Group[], limits: ScreenLength): Group[] {
  if (groups.length < 2) return groups;
  const last = groups[groups.length - 1];
  const previous = groups[groups.length - 2];
  const tailIsShort = wordsIn(last) < limits.minWords / 2;
  const fits = wordsIn(previous) + wordsIn(last) <= limits.maxWords * 1.25;
  const previousIsOversized = previous.some((block) => isOversized(block, limits));
  if (!tailIsShort || !fits || previousIsOversized) return groups;
  return [...groups.slice(0, -2), [...previous, ...last]];
}

function toPlan(group: Group, index: number, count: number, lessonTitle: string): ScreenPlan {
  const lead = group[0]?.kind === 'overview' ? 1 : 0;
  const first = group[lead];
  const titleHeading = first?.kind === 'heading' ? first : undefined;
  const body = titleHeading ? [...group.slice(0, lead), ...group.slice(lead + 1)] : group;
  const title = titleHeading?.text || (count === 1 ? lessonTitle : `${lessonTitle} (${index + 1}/${count})`);
  return { index, title, words: wordsIn(group), titleHeading, body };
}
