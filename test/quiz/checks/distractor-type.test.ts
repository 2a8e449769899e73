import { checkDistractorType } from '../../../src/quiz/checks';
import { entityById, type CourseText } from '../../../src/quiz/text';
import { COURSE_DIR, draftOf, loadFixture, yearDistractor } from './helpers';

let text: CourseText;
beforeAll(async () => { ({ text } = await loadFixture(COURSE_DIR)); });

describe('check 2: distractors have the key type', () => {
  it('passes a year for a year and a Central Asian country for a Central Asian country', () => {
    expect(checkDistractorType(draftOf(text, 'формалды түрде 1993', 'year'), yearDistractor(1990))).toEqual([]);
    const place = draftOf(text, 'Ескере кететіні кейбіреуінде', 'place');
    expect(place.key.identity).toBe('uzbekistan');
    expect(checkDistractorType(place, { text: 'Тәжікстан', identity: 'tajikistan', entity: entityById('tajikistan')!, name: 'Тәжікстан' })).toEqual([]);
  });

  it('drops a percentage for a year, a city for a Central Asian country', () => {
    expect(checkDistractorType(draftOf(text, 'формалды түрде 1993', 'year'), { text: '33%', identity: 'percent||:33', value: 33, pool: 'percent||' })[0]?.message).toContain('pool percent||');
    const place = draftOf(text, 'Ескере кететіні кейбіреуінде', 'place');
    expect(checkDistractorType(place, { text: 'Ташкент', identity: 'tashkent', entity: entityById('tashkent')!, name: 'Ташкент' })[0]?.message).toContain('is a city');
    // a country of another region is of the key's type: whether it is offered at all is the
    // candidates' business (only countries the course itself discusses, after the key's own group)
    expect(checkDistractorType(place, { text: 'Швеция', identity: 'sweden', entity: entityById('sweden')!, name: 'Швеция' })).toEqual([]);
  });

  it('drops an amount of another scale or unit', () => {
    const draft = draftOf(text, 'экспорт қазіргі таңда 5 млрд', 'amount');
    expect(checkDistractorType(draft, { text: '8', identity: 'x', value: 8, pool: 'amount|billion|dollar' })).toEqual([]);
    expect(checkDistractorType(draft, { text: '8', identity: 'x', value: 8, pool: 'amount|million|dollar' })).toHaveLength(1);
  });
});
