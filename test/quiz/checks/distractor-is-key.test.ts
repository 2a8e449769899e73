import { checkDistractorIsKey } from '../../../src/quiz/checks';
import { entityById, type CourseText } from '../../../src/quiz/text';
import { COURSE_DIR, draftOf, loadFixture, yearDistractor } from './helpers';

let text: CourseText;
beforeAll(async () => { ({ text } = await loadFixture(COURSE_DIR)); });

describe('check 3: no distractor is the key or already in the stem', () => {
  it('passes another year and a country the stem does not name', () => {
    expect(checkDistractorIsKey(draftOf(text, 'формалды түрде 1993', 'year'), yearDistractor(1990))).toEqual([]);
  });

  it('drops the key itself, by value and by canonical id under another spelling', () => {
    expect(checkDistractorIsKey(draftOf(text, 'формалды түрде 1993', 'year'), yearDistractor(1993))[0]?.check).toBe('distractor-is-key');
    const draft = draftOf(text, 'Ескере кететіні кейбіреуінде', 'place');
    const variant = { text: 'Өзбестан', identity: 'uzbekistan', entity: entityById('uzbekistan')!, name: 'Өзбестан' };
    expect(checkDistractorIsKey(draft, variant)[0]?.message).toContain('is the key (uzbekistan)');
  });

  it('drops a value or entity the stem already names', () => {
    const draft = draftOf(text, 'сауда айналымы 263,3 млн. доллар болса 2006', 'year', '2002');
    expect(checkDistractorIsKey(draft, yearDistractor(2006))[0]?.message).toContain('already named in the stem');
    const place = draftOf(text, 'Қазақстанға әкелінетін негізгі тауар', 'place', 'Қазақстанға');
    expect(checkDistractorIsKey(place, { text: 'Өзбекстанға', identity: 'uzbekistan', entity: entityById('uzbekistan')!, name: 'Өзбекстан' })).toHaveLength(1);
  });
});
