import { join } from 'node:path';
import type { Course } from '../../src/model/course';
import { loadCourse } from '../../src/load/index';
import { toBlocks, type Block, type HeadingBlock } from '../../src/render/blocks';
import { newRenderEnv } from '../../src/render/env';
import { markdown } from '../../src/render/markdown';
import { splitScreens, type ScreenPlan } from '../../src/render/split';

// Blocks with word counts only: the split looks at kinds and counts, never at tokens.
const p = (words: number): Block => ({ kind: 'paragraph', words, tokens: [] });
const list = (words: number): Block => ({ kind: 'list', words, tokens: [] });
const h = (text: string): HeadingBlock => ({ kind: 'heading', level: 2, id: `h-${text}`, text, words: 1, tokens: [] });
const overview = (words: number): Block => ({ kind: 'overview', words, tokens: [] });

const limits = { minWords: 100, maxWords: 200 };
const split = (blocks: Block[]) => splitScreens(blocks, limits, 'Сабақ');
const wordCounts = (blocks: Block[]) => split(blocks).map((screen) => screen.words);
const spread = (counts: readonly number[]) => Math.max(...counts) - Math.min(...counts);

describe('splitScreens', () => {
  it('keeps a short lesson on one screen titled by the lesson', () => {
    const screens = split([p(50), list(30)]);
    expect(screens).toHaveLength(1);
    expect(screens[0]).toMatchObject({ title: 'Сабақ', titleFrom: 'lesson', words: 80 });
  });

  it('gives an empty lesson one empty screen', () => {
    expect(split([])).toEqual([{ index: 0, title: 'Сабақ', titleFrom: 'lesson', words: 0, body: [] }]);
  });

  it('makes screens even instead of filling them and leaving a short last one', () => {
    // Filling to maxWords would give 200 + 200 + 50.
    expect(wordCounts(Array.from({ length: 9 }, () => p(50)))).toEqual([150, 150, 150]);
    // 1,300 words of 600-word screens: three of about 430, not 600 + 600 + 100.
    const long = splitScreens(Array.from({ length: 13 }, () => p(100)), { minWords: 250, maxWords: 600 }, 'L');
    const counts = long.map((screen) => screen.words);
    expect(counts).toHaveLength(3);
    expect(spread(counts)).toBe(100); // as even as 100-word blocks allow
  });

  it('cuts at the block boundary closest to even, with uneven blocks', () => {
    const counts = wordCounts([p(70), p(20), p(90), p(40), p(60), p(30), p(80), p(10), p(50)]);
    // 450 words: three screens aiming at 150 each.
    expect(counts).toEqual([180, 130, 140]);
  });

  it('uses the fewest screens that keep each within maxWords', () => {
    expect(wordCounts([p(90), p(90), p(90), p(90)])).toEqual([180, 180]);
    // Two screens cannot both stay within 200 (130 + 130 + 130): three.
    expect(wordCounts([p(130), p(130), p(130)])).toEqual([130, 130, 130]);
  });

  it('titles screens by the headings they start with', () => {
    const screens = split([h('A'), p(90), p(60), h('B'), p(80), p(70), h('C'), p(100), p(50)]);
    expect(screens.map((screen) => screen.title)).toEqual(['A', 'B', 'C']);
    expect(screens.map((screen) => screen.titleFrom)).toEqual(['heading', 'heading', 'heading']);
    expect(screens.map((screen) => screen.words)).toEqual([151, 151, 151]);
    // The title heading is the screen's own h2, so it is not repeated in the body.
    expect(screens[1].body.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
    expect(screens[1].titleHeading?.text).toBe('B');
  });

  it('prefers a cut before a heading to a slightly more even one', () => {
    // Even would be 151 + 151 (cut after the 50); the heading cut is 20 words off each.
    const screens = split([h('A'), p(100), p(50), p(20), h('B'), p(130)]);
    expect(screens.map((screen) => screen.words)).toEqual([171, 131]);
    expect(screens.map((screen) => screen.title)).toEqual(['A', 'B']);
  });

  it('gives up a heading cut that would leave screens far from even', () => {
    // The heading cut would be 40 words off each (191 + 111): the even cut wins.
    const screens = split([h('A'), p(100), p(50), p(40), h('B'), p(110)]);
    expect(screens.map((screen) => screen.words)).toEqual([151, 151]);
    expect(screens[0].title).toBe('A');
    expect(screens[1].titleFrom).not.toBe('heading');
  });

  it('lets a long screen be rather than a tiny one when the blocks leave no even cut', () => {
    expect(wordCounts([p(180), p(40)])).toEqual([220]);
    expect(wordCounts([p(190), p(60)])).toEqual([190, 60]);
  });

  it('keeps a list or table whole, on the next screen when it does not fit', () => {
    const screens = split([p(150), list(120), p(30)]);
    expect(screens.map((screen) => screen.body.map((block) => block.kind))).toEqual([['paragraph'], ['list', 'paragraph']]);
  });

  it('never leaves a heading at the end of a screen', () => {
    const screens = split([p(99), h('A'), p(150)]);
    expect(screens.map((screen) => screen.title)).toEqual(['Сабақ (1/2)', 'A']);
    expect(screens.map((screen) => screen.words)).toEqual([99, 151]);
    // Even where the most even cut would be right after the heading.
    const evenAfterHeading = split([p(60), p(60), h('B'), p(60), p(60)]);
    for (const screen of evenAfterHeading) expect(screen.body[screen.body.length - 1]?.kind).not.toBe('heading');
  });

  it('puts a block bigger than maxWords on a screen of its own, with its heading', () => {
    const screens = split([p(50), h('Big'), p(300), p(40)]);
    expect(screens.map((screen) => screen.words)).toEqual([50, 301, 40]);
    expect(screens[1].title).toBe('Big');
    expect(screens[1].body).toHaveLength(1);
  });

  it('balances the text on each side of an oversized block on its own', () => {
    // Before it: 220 words stay one screen (two would leave one under minWords); after it: 240 in two.
    expect(wordCounts([p(60), p(90), p(70), p(500), p(100), p(50), p(90)])).toEqual([220, 500, 100, 140]);
  });

  it('opens the first screen with the chapter overview and still titles it by the heading after it', () => {
    const screens = split([overview(30), h('Кіріспе'), p(50)]);
    expect(screens).toHaveLength(1);
    expect(screens[0].title).toBe('Кіріспе');
    expect(screens[0].body.map((block) => block.kind)).toEqual(['overview', 'paragraph']);
    expect(screens[0].words).toBe(81);
  });

  it('never cuts right after the overview', () => {
    const screens = split([overview(150), p(60), p(60), p(60), p(60)]);
    expect(screens[0].body.map((block) => block.kind)).toEqual(['overview', 'paragraph']);
  });

  it('titles screens without a heading "lesson (k/n)" when they hold no text to take a title from', () => {
    expect(split([p(150), p(150)]).map((screen) => screen.title)).toEqual(['Сабақ (1/2)', 'Сабақ (2/2)']);
  });

  it('keeps screens within limits, whenever the blocks allow it, and even, for many generated lessons', () => {
    const wide = { minWords: 100, maxWords: 300 };
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let lesson = 0; lesson < 300; lesson++) {
      const blocks = Array.from({ length: 5 + Math.floor(random() * 60) }, () =>
        random() < 0.1 ? h(`H${lesson}`) : p(10 + Math.floor(random() * 90)),
      );
      const counts = splitScreens(blocks, wide, 'Сабақ').map((screen) => screen.words);
      const total = counts.reduce((sum, words) => sum + words, 0);
      if (total <= wide.maxWords) {
        expect(counts).toHaveLength(1);
        continue;
      }
      const natural = Math.ceil(total / wide.maxWords);
      expect(counts.length).toBeLessThanOrEqual(natural + 3);
      if (fitsInRange(blocks, wide, natural + 3)) {
        expect(counts.filter((words) => words < wide.minWords || words > wide.maxWords)).toEqual([]);
      }
      // Paragraphs are at most 99 words (a screen may add a heading): within two blocks of each other.
      expect(spread(counts)).toBeLessThanOrEqual(2 * 100);
    }
  });
});

/** Whether some cut of `blocks` into at most `most` screens (never after a heading) keeps every screen in range. */
function fitsInRange(blocks: readonly Block[], range: { minWords: number; maxWords: number }, most: number): boolean {
  const ends = new Set([0]);
  for (let screens = 0; screens < most; screens++) {
    for (const from of [...ends]) {
      let words = 0;
      for (let to = from + 1; to <= blocks.length; to++) {
        words += blocks[to - 1].words;
        if (words > range.maxWords) break;
        const cuttable = to === blocks.length || blocks[to - 1].kind !== 'heading';
        if (cuttable && words >= range.minWords) ends.add(to);
      }
    }
    if (ends.has(blocks.length)) return true;
  }
  return false;
}

describe('splitScreens on the real course (course/)', () => {
  let course: Course;

  beforeAll(async () => {
    const loaded = await loadCourse(join(__dirname, '..', '..', 'course'));
    if (loaded.course === null) throw new Error('course/ does not load');
    course = loaded.course;
  });

  function lessons(): { id: string; blocks: Block[]; screens: ScreenPlan[] }[] {
    return course.lessons.map((lesson) => {
      const blocks = toBlocks(markdown.parse(lesson.body, newRenderEnv({})));
      return { id: lesson.id, blocks, screens: splitScreens(blocks, course.settings.screen, lesson.title) };
    });
  }

  it('keeps every screen between minWords and maxWords, unless one block alone is larger', () => {
    const { minWords, maxWords } = course.settings.screen;
    const outside = lessons().flatMap(({ id, screens }) =>
      screens
        .filter((screen) => screen.words < minWords || screen.words > maxWords)
        .filter((screen) => !(screen.body.length === 1 && screen.body[0].words > maxWords))
        .map((screen) => `${id} screen ${screen.index + 1}: ${screen.words} words`),
    );
    expect(outside).toEqual([]);
  });

  it('makes the screens of each lesson even: they differ by less than the lesson\'s largest block', () => {
    const uneven = lessons().flatMap(({ id, blocks, screens }) => {
      const counts = screens.map((screen) => screen.words);
      const largestBlock = Math.max(...blocks.filter((block) => block.kind !== 'heading').map((block) => block.words));
      return spread(counts) < largestBlock ? [] : [`${id}: ${counts.join(' ')} (largest block ${largestBlock})`];
    });
    expect(uneven).toEqual([]);
  });

  it('uses no more screens than the words need, plus one at most', () => {
    for (const { screens } of lessons()) {
      const total = screens.reduce((sum, screen) => sum + screen.words, 0);
      expect(screens.length).toBeLessThanOrEqual(Math.ceil(total / course.settings.screen.maxWords) + 1);
    }
  });
});
