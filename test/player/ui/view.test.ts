/** Issue 11, item 10: the quiz gets its ✓ in the contents once taken, not once opened. */
import type { LessonProgress, QuizProgress } from '../../../src/player/lms/adapter';
import type { PageParts } from '../../../src/player/ui/page';
import { showProgress } from '../../../src/player/ui/view';

/** Just enough of the page: three screens (two of text, then the quiz) and their contents links. */
function fakeParts() {
  const classes = [new Set<string>(), new Set<string>(), new Set<string>()];
  const link = (index: number) => ({
    index,
    element: {
      setAttribute: () => undefined,
      removeAttribute: () => undefined,
      classList: { toggle: (name: string, on: boolean) => (on ? classes[index]!.add(name) : classes[index]!.delete(name)) },
    },
  });
  const parts = {
    screens: [{ hidden: false }, { hidden: false }, { hidden: false }],
    tocLinks: [link(0), link(1), link(2)],
    prev: null, next: null, position: null, progressBar: null, progressFill: null, progressText: null,
  } as unknown as PageParts;
  const ticked = () => classes.map((set) => set.has('cp-visited'));
  return { parts, ticked };
}

const text = (key: string) => key;
const quiz = (over: Partial<QuizProgress>): QuizProgress => ({ pool: 'p', attempt: 1, seed: 1, answers: [], submitted: false, best: null, ...over });

describe('the contents of a lesson with a quiz', () => {
  it('gives the quiz no ✓ when it was only opened', () => {
    const { parts, ticked } = fakeParts();
    const progress: LessonProgress = { location: 2, visited: [0, 1, 2], quiz: quiz({}) };
    showProgress(parts, progress, text as never, 2);
    expect(ticked()).toEqual([true, true, false]);
  });

  it('gives it a ✓ once an attempt was submitted, and keeps it on the next attempt', () => {
    const { parts, ticked } = fakeParts();
    showProgress(parts, { location: 2, visited: [0, 1, 2], quiz: quiz({ submitted: true, best: 40 }) }, text as never, 2);
    expect(ticked()).toEqual([true, true, true]);
    showProgress(parts, { location: 2, visited: [0, 1, 2], quiz: quiz({ attempt: 2, submitted: false, best: 40 }) }, text as never, 2);
    expect(ticked()).toEqual([true, true, true]);
  });

  it('ticks every visited screen of a lesson without a quiz', () => {
    const { parts, ticked } = fakeParts();
    showProgress(parts, { location: 2, visited: [0, 2], quiz: null }, text as never);
    expect(ticked()).toEqual([true, false, true]);
  });
});
