import type { Block, HeadingBlock } from '../../src/render/blocks';
import { splitScreens } from '../../src/render/split';

// Blocks with word counts only: the split looks at kinds and counts, never at tokens.
const p = (words: number): Block => ({ kind: 'paragraph', words, tokens: [] });
const list = (words: number): Block => ({ kind: 'list', words, tokens: [] });
const h = (text: string): HeadingBlock => ({ kind: 'heading', level: 2, id: `h-${text}`, text, words: 1, tokens: [] });
const overview = (words: number): Block => ({ kind: 'overview', words, tokens: [] });

const limits = { minWords: 100, maxWords: 200 };
const split = (blocks: Block[]) => splitScreens(blocks, limits, 'Сабақ');
const wordCounts = (blocks: Block[]) => split(blocks).map((screen) => screen.words);

describe('splitScreens', () => {
  it('keeps a short lesson on one screen titled by the lesson', () => {
    const screens = split([p(50), list(30)]);
    expect(screens).toHaveLength(1);
    expect(screens[0].title).toBe('Сабақ');
    expect(screens[0].words).toBe(80);
  });

  it('gives an empty lesson one empty screen', () => {
    expect(split([])).toEqual([{ index: 0, title: 'Сабақ', words: 0, body: [] }]);
  });

  it('cuts before a heading once a screen holds minWords, and titles screens by their headings', () => {
    const screens = split([h('A'), p(80), p(40), h('B'), p(60), p(70), h('C'), p(90)]);
    expect(screens.map((screen) => screen.title)).toEqual(['A', 'B', 'C']);
    expect(screens.map((screen) => screen.words)).toEqual([121, 131, 91]);
    // The title heading is the screen's own h2, so it is not repeated in the body.
    expect(screens[1].body.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
    expect(screens[1].titleHeading?.text).toBe('B');
  });

  it('does not cut before a heading while the screen is under minWords', () => {
    expect(wordCounts([p(60), h('A'), p(30)])).toEqual([91]);
  });

  it('cuts before a block that would pass maxWords, numbering screens without headings', () => {
    const screens = split([p(90), p(90), p(90), p(90)]);
    expect(screens.map((screen) => screen.words)).toEqual([180, 180]);
    expect(screens.map((screen) => screen.title)).toEqual(['Сабақ (1/2)', 'Сабақ (2/2)']);
  });

  it('keeps a list or table whole, on the next screen when it does not fit', () => {
    const screens = split([p(150), list(120), p(30)]);
    expect(screens.map((screen) => screen.body.map((block) => block.kind))).toEqual([['paragraph'], ['list', 'paragraph']]);
  });

  it('never leaves a heading at the end of a screen', () => {
    const screens = split([p(99), h('A'), p(150)]);
    expect(screens.map((screen) => screen.title)).toEqual(['Сабақ (1/2)', 'A']);
    expect(screens.map((screen) => screen.words)).toEqual([99, 151]);
  });

  it('puts a block bigger than maxWords on a screen of its own, with its heading', () => {
    const screens = split([p(50), h('Big'), p(300), p(40)]);
    expect(screens.map((screen) => screen.words)).toEqual([50, 301, 40]);
    expect(screens[1].title).toBe('Big');
    expect(screens[1].body).toHaveLength(1);
  });

  it('merges a tail under minWords/2 into the screen before when the sum stays within maxWords*1.25', () => {
    expect(wordCounts([p(180), p(40)])).toEqual([220]);
    expect(wordCounts([p(200), p(49)])).toEqual([249]);
  });

  it('keeps the tail separate when it is not short, the sum is too long, or the screen before is oversized', () => {
    expect(wordCounts([p(190), p(60)])).toEqual([190, 60]);
    expect(wordCounts([p(90), p(150), p(45)])).toEqual([240, 45]);
    expect(wordCounts([p(210), p(10)])).toEqual([210, 10]);
  });

  it('opens the first screen with the chapter overview and still titles it by the heading after it', () => {
    const screens = split([overview(30), h('Кіріспе'), p(50)]);
    expect(screens).toHaveLength(1);
    expect(screens[0].title).toBe('Кіріспе');
    expect(screens[0].body.map((block) => block.kind)).toEqual(['overview', 'paragraph']);
    expect(screens[0].words).toBe(81);
  });
});
