import { checkTrueElsewhere } from '../../../src/quiz/checks';
import { entityById, type CourseText } from '../../../src/quiz/text';
import { COURSE_DIR, draftOf, loadFixture, yearDistractor } from './helpers';

let text: CourseText;
beforeAll(async () => { ({ text } = await loadFixture(COURSE_DIR)); });

describe('check 4: no distractor makes another statement of the course true', () => {
  it('passes years no sentence states with the stem\'s anchors', () => {
    const draft = draftOf(text, 'формалды түрде 1993', 'year');
    expect(checkTrueElsewhere(draft, yearDistractor(1990), text)).toEqual([]);
    expect(checkTrueElsewhere(draft, yearDistractor(2003), text)).toEqual([]);
  });

  it('drops a year another sentence states with the stem\'s entity and words', () => {
    const [problem] = checkTrueElsewhere(draftOf(text, 'формалды түрде 1993', 'year'), yearDistractor(1992), text);
    expect(problem?.check).toBe('distractor-true-elsewhere');
    expect(problem?.message).toContain('терми');
  });

  it('drops a country another sentence states with the key at the stem\'s time', () => {
    const draft = draftOf(text, 'Қыркүйекте ҰҚШҰ-ның 2025', 'organisation');
    const sco = { text: 'ШЫҰ-ның', identity: 'sco', entity: entityById('sco')!, name: 'ШЫҰ' };
    expect(checkTrueElsewhere(draft, sco, text)).toHaveLength(1);
    const eu = { text: 'ЕО-тың', identity: 'eu', entity: entityById('eu')!, name: 'ЕО' };
    expect(checkTrueElsewhere(draft, eu, text)).toEqual([]);
  });
});
