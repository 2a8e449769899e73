import { checkRestoresSource } from '../../../src/quiz/checks';
import type { CourseText } from '../../../src/quiz/text';
import { COURSE_DIR, draftOf, loadFixture } from './helpers';

let text: CourseText;
beforeAll(async () => { ({ text } = await loadFixture(COURSE_DIR)); });

describe('check 1: the key restores the source sentence', () => {
  it('passes a stem whose blank takes the key back to the normalised sentence (citation marks removed, acronym suffix joined)', () => {
    const draft = draftOf(text, 'Кейінгі ШЫҰ-ның дамуы', 'organisation');
    expect(draft.stem).toMatch(/^Кейінгі ____ дамуы .*әкеледі\.$/u);
    expect(checkRestoresSource(draft)).toEqual([]);
  });

  it('drops a stem that lost a word, or has two blanks', () => {
    const draft = draftOf(text, 'формалды түрде 1993', 'year');
    expect(checkRestoresSource({ ...draft, stem: draft.stem.replace('формалды ', '') })[0]?.check).toBe('restores-source');
    expect(checkRestoresSource({ ...draft, stem: `${draft.stem} ____` })[0]?.message).toContain('2 blanks');
  });

  it('drops a key whose text is not what the blank removed', () => {
    const draft = draftOf(text, 'формалды түрде 1993', 'year');
    expect(checkRestoresSource({ ...draft, key: { ...draft.key, text: '1992' } })).toHaveLength(1);
  });
});
