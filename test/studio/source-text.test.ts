/** The lesson text beside an item, with its source sentence found (src/studio/review/source-text.ts). */
import type { Lesson } from '../../src/model/course';
import { highlightOf, paragraphsOf } from '../../src/studio/review/source-text';

const lesson = {
  id: 'l1', title: 'L', order: 1, file: 'chapters/l1.md', bodyLine: 5, place: { file: '/c/chapters/l1.md', line: 1, column: 1 },
  body: 'First paragraph.\nStill the first.\n\nThe treaty was signed in 1994 [12]. Then more followed.\n\n\nLast one.\n',
} as Lesson;

describe('the lesson text of the review page', () => {
  it('splits the body into paragraphs with their file lines', () => {
    expect(paragraphsOf(lesson)).toEqual([
      { line: 5, lastLine: 6, text: 'First paragraph.\nStill the first.' },
      { line: 8, lastLine: 8, text: 'The treaty was signed in 1994 [12]. Then more followed.' },
      { line: 11, lastLine: 11, text: 'Last one.' },
    ]);
  });

  it('finds the source sentence as written, or by its first and last words when the text carries citation marks', () => {
    const paragraphs = paragraphsOf(lesson);
    expect(highlightOf(paragraphs, { lesson: 'l1', line: 8, text: 'Then more followed.' })).toEqual({ paragraph: 1, start: 36, end: 55 });
    expect(highlightOf(paragraphs, { lesson: 'l1', line: 8, text: 'The treaty was signed in 1994.' })).toEqual({ paragraph: 1, start: 0, end: 35 });
    expect(highlightOf(paragraphs, { lesson: 'l1', line: 6, text: 'Nothing like it' })).toEqual({ paragraph: 0 });
    expect(highlightOf(paragraphs, { lesson: 'l1', line: 9, text: 'Between paragraphs.' })).toBeNull();
  });
});
