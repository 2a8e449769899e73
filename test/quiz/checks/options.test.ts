import { checkOptions } from '../../../src/quiz/checks';
import { entityById, type CourseText } from '../../../src/quiz/text';
import { COURSE_DIR, draftOf, loadFixture, yearDistractor } from './helpers';

let text: CourseText;
beforeAll(async () => { ({ text } = await loadFixture(COURSE_DIR)); });

describe('check 6: options distinct, lengths no give-away', () => {
  it('passes three other years', () => {
    const draft = draftOf(text, 'формалды түрде 1993', 'year', '1993', [1990, 2000, 2003].map(yearDistractor));
    expect(checkOptions(draft)).toEqual([]);
  });

  it('drops repeated options, by text or by what they stand for', () => {
    const twice = draftOf(text, 'формалды түрде 1993', 'year', '1993', [1990, 1990, 2003].map(yearDistractor));
    expect(checkOptions(twice)[0]?.message).toContain('read the same');
  });

  it('drops a key far longer than every distractor', () => {
    const draft = draftOf(text, 'Кейінгі ШЫҰ-ның дамуы', 'organisation');
    const long = { ...draft, key: { ...draft.key, text: 'Шанхай ынтымақтастық ұйымының' } };
    const short = ['ЕО-тың', 'ТМД-ның', 'БҰҰ-ның'].map((written, index) => ({ text: written, identity: `o${index}`, entity: entityById('eu')!, name: 'ЕО' }));
    expect(checkOptions({ ...long, distractors: short })[0]?.message).toContain('far longer');
    expect(checkOptions({ ...draft, distractors: short })).toEqual([]);
  });

  it('drops a stem that states the key elsewhere (the 1994 treaty "for 1994-2000")', () => {
    const draft = draftOf(text, 'қаңтардың онындағы Ташкент қаласында', 'year', '1994', [1991, 1993, 2003].map(yearDistractor));
    expect(checkOptions(draft).map((found) => found.message)).toContain('the stem already states the key (year:1994) elsewhere');
  });
});
