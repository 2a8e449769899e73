import * as path from 'node:path';
import { generateBanks } from '../../../src/quiz/generate';
import { isSideYear, SIDE_DATE } from '../../../src/quiz/salience/side-dates';
import { draftFrom } from '../../../src/quiz/rules/shared/drafts';
import type { CourseText } from '../../../src/quiz/text';
import type { Course } from '../../../src/model/course';
import { draftOf, loadFixture, sentenceWith } from '../rules/helpers';

const FIXTURE = path.join(__dirname, '../../fixtures/quiz-side-dates');
let course: Course;
let text: CourseText;
beforeAll(async () => { ({ course, text } = await loadFixture(FIXTURE)); });

describe('a year the text names in one or two sentences only', () => {
  it('is a side date to swap when named in fewer than three sentences, to blank when named in one', () => {
    const once = draftOf(text, 'Ескі кинотеатр 1958 жылы', 'year', '1958').key;
    const twice = draftOf(text, 'Алматыда 1941 жылы', 'year', '1941').key;
    const thrice = draftOf(text, 'Қазақстан 1991 жылы тәуелсіздік', 'year', '1991').key;
    expect([once, twice, thrice].map((key) => key.type === 'year' && isSideYear(key, text, true))).toEqual([true, true, false]);
    expect([once, twice, thrice].map((key) => key.type === 'year' && isSideYear(key, text, false))).toEqual([true, false, false]);
  });

  it('is no key for a cloze or a false statement, and says why', () => {
    expect(draftFrom(sentenceWith(text, 'Ескі кинотеатр 1958 жылы'), 'year', text, 3)).toEqual({ kind: 'dropped', reason: `key-${SIDE_DATE}` });
    expect(draftFrom(sentenceWith(text, 'Ескі кинотеатр 1958 жылы'), 'year', text, 1)).toEqual({ kind: 'dropped', reason: `key-${SIDE_DATE}` });
    expect(draftFrom(sentenceWith(text, 'Кеңес Одағы 1991 жылы'), 'year', text, 1).kind).toBe('draft');
  });

  it('leaves the sentence to a true statement: no cloze, no false statement, only the true/false balance holds it back', () => {
    const [lesson] = generateBanks(course, { select: false });
    const side = 'Ескі кинотеатр 1958 жылы';
    expect(lesson!.items.filter((item) => item.source.text.includes(side))).toEqual([]);
    expect(lesson!.dropped.filter((found) => found.sentence.includes(side) && found.rule !== 'cloze-place').map((found) => [found.rule, found.reason]))
      .toEqual([['cloze-year', `key-${SIDE_DATE}`], ['true-false-swap', 'balance']]);
    // the year the text comes back to is asked both ways
    expect(lesson!.items.filter((item) => item.source.text.includes('Кеңес Одағы')).map((item) => item.kind).sort()).toEqual(['choice', 'true-false']);
  });
});
