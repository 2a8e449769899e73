import { checkAgreement } from '../../../src/quiz/checks';
import { entityById, type CourseText } from '../../../src/quiz/text';
import { COURSE_DIR, draftOf, loadFixture, yearDistractor } from './helpers';

let text: CourseText;
beforeAll(async () => { ({ text } = await loadFixture(COURSE_DIR)); });

const country = (id: string, name: string, written: string) => ({ text: written, identity: id, entity: entityById(id)!, name });

describe('check 5: every option carries the key case, correctly formed', () => {
  it('passes the dative of another country (Қазақстанға → Тәжікстанға) and bare names for a bare key', () => {
    const draft = draftOf(text, 'Қазақстанға әкелінетін негізгі тауар', 'place');
    expect(draft.key.text).toBe('Қазақстанға'); // Өзбестаннан, a typo, is refused as a key
    expect(checkAgreement(draft, country('tajikistan', 'Тәжікстан', 'Тәжікстанға'))).toEqual([]);
    const bare = draftOf(text, 'Ескере кететіні кейбіреуінде', 'place');
    expect(checkAgreement(bare, country('tajikistan', 'Тәжікстан', 'Тәжікстан'))).toEqual([]);
  });

  it('drops a wrong allomorph, another case, or an ending on a bare key', () => {
    const draft = draftOf(text, 'Қазақстанға әкелінетін негізгі тауар', 'place');
    expect(checkAgreement(draft, country('tajikistan', 'Тәжікстан', 'Тәжікстанқа'))[0]?.message).toContain('not the one');
    expect(checkAgreement(draft, country('tajikistan', 'Тәжікстан', 'Тәжікстанда'))[0]?.message).toContain("not in the key's case");
    const bare = draftOf(text, 'Ескере кететіні кейбіреуінде', 'place');
    expect(checkAgreement(bare, country('tajikistan', 'Тәжікстан', 'Тәжікстанның'))[0]?.message).toContain('has an ending');
  });

  it('reads dates on the month word, and leaves numbers alone', () => {
    const draft = draftOf(text, 'уәделеріне сәйкес 1992 жылы 24 маусымдағы', 'date');
    expect(draft.key.text).toBe('24 маусымдағы');
    expect(checkAgreement(draft, { text: '17 қыркүйектегі', identity: 'date:17-9', value: 17, month: 9, pool: 'date' })).toEqual([]);
    expect(checkAgreement(draft, { text: '17 қыркүйекте', identity: 'date:17-9', value: 17, month: 9, pool: 'date' })).toHaveLength(1);
    expect(checkAgreement(draftOf(text, 'формалды түрде 1993', 'year'), yearDistractor(1990))).toEqual([]);
  });
});
