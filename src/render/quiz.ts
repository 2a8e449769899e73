/**
 * The lesson's quiz on its page: the data the player needs (`script#cp-quiz`), with each item's
 * screen, the one whose blocks cover the file line the item's answer is taught on.
 */
import type { Course, Lesson } from '../model/course';
import { assertNever, type Option, type QuizItem } from '../model/quiz';
import type { PageQuizItem, QuizPageData } from '../model/rendered';
import type { Block } from './blocks';
import type { ScreenPlan } from './split';

/** First and last lesson-file line (1-based, inclusive) of each screen's own blocks; null when none. */
export function screenLineRanges(plans: readonly ScreenPlan[], lesson: Lesson): (readonly [number, number] | null)[] {
  return plans.map((plan) => {
    const blocks: Block[] = [...(plan.titleHeading ? [plan.titleHeading] : []), ...plan.body];
    const lines = blocks.flatMap((block) => (block.kind === 'overview' ? [] : blockLines(block, lesson)));
    return lines.length === 0 ? null : [Math.min(...lines), Math.max(...lines)];
  });
}

/** markdown-it's `map` is [first, end) in 0-based body lines; body line 0 is file line `bodyLine`. */
function blockLines(block: Block, lesson: Lesson): number[] {
  const map = block.tokens.find((token) => token.map)?.map;
  if (!map) return [];
  return [lesson.bodyLine + map[0], lesson.bodyLine + Math.max(map[0], map[1] - 1)];
}

/** The screen teaching `line`: the one covering it, else the last one starting before it, else the first. */
export function screenOfLine(ranges: readonly (readonly [number, number] | null)[], line: number): number {
  const covering = ranges.findIndex((range) => range !== null && range[0] <= line && line <= range[1]);
  if (covering >= 0) return covering;
  let best = 0;
  ranges.forEach((range, index) => {
    if (range !== null && range[0] <= line) best = index;
  });
  return best;
}

export function quizPageData(course: Course, lesson: Lesson, items: readonly QuizItem[], plans: readonly ScreenPlan[]): QuizPageData | null {
  if (items.length === 0) return null;
  const ranges = screenLineRanges(plans, lesson);
  const settings = course.settings.quiz;
  return {
    lessonId: lesson.id,
    textScreens: plans.length,
    questionsPerAttempt: Math.min(settings.questionsPerAttempt, items.length),
    passMark: settings.passMark,
    attempts: settings.attempts,
    requireAllScreens: settings.requireAllScreens,
    statusOnPass: settings.statusOnPass,
    statusOnFail: settings.statusOnFail,
    pool: items.map((item) => ({ item: pageItem(item), screen: screenOfLine(ranges, item.source.line) })),
  };
}

/**
 * The item as the player needs it, field by field: status, rule, fingerprint, the staleness mark
 * and where the source sentence is are for authors; the page carries only the sentence itself
 * (the feedback quotes it).
 */
export function pageItem(item: QuizItem): PageQuizItem {
  const { id, stem, feedback } = item;
  const source = { text: item.source.text };
  switch (item.kind) {
    case 'choice':
      return { id, kind: item.kind, stem, options: item.options.map(pageOption), answer: item.answer, feedback, source };
    case 'true-false':
      return { id, kind: item.kind, stem, answer: item.answer, feedback, source };
    case 'multiple-response':
      return { id, kind: item.kind, stem, options: item.options.map(pageOption), answers: [...item.answers], feedback, source };
    case 'ordering':
      return { id, kind: item.kind, stem, steps: item.steps.map(pageOption), feedback, source };
    case 'matching':
      return { id, kind: item.kind, stem, pairs: item.pairs.map(({ id: pair, left, right }) => ({ id: pair, left, right })), feedback, source };
    default:
      return assertNever(item);
  }
}

function pageOption({ id, text }: Option): Option {
  return { id, text };
}
