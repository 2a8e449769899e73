/**
 * Checks 2–5 run again on a cloze item as a reviewer edited it (src/quiz/checks/item.ts): the
 * studio shows them. On the real course: the "Central Asia" term, formally introduced in 1993,
 * came into use in 1992 (another lesson), so 1992 written in as a wrong option is true elsewhere.
 */
import type { ChoiceItem } from '../../../src/model/quiz';
import { clozeItemProblems } from '../../../src/quiz/checks/item';
import { choiceItem } from '../../../src/quiz/rules/shared/items';
import type { CourseText } from '../../../src/quiz/text';
import { COURSE_DIR, draftOf, loadFixture, yearDistractor } from '../rules/helpers';

let text: CourseText;
let generated: ChoiceItem;

beforeAll(async () => {
  ({ text } = await loadFixture(COURSE_DIR));
  const draft = draftOf(text, 'формалды түрде 1993', 'year', '1993', [yearDistractor(1985), yearDistractor(1988), yearDistractor(1990)]);
  generated = choiceItem(draft, 'cloze-year', 'year');
}, 60_000);

const withWrong = (from: string, to: string): ChoiceItem => ({ ...generated, options: generated.options.map((option) => (option.text === from ? { ...option, text: to } : option)) });

describe('whole-text checks of an edited cloze item', () => {
  it('finds nothing in the item as made', () => {
    expect(clozeItemProblems(generated, text)).toEqual([]);
  });

  it('names a wrong option the text makes true elsewhere, with where', () => {
    const problems = clozeItemProblems(withWrong('1988', '1992'), text);
    expect(problems.map((found) => found.check)).toEqual(['distractor-true-elsewhere']);
    expect(problems[0]!.message).toMatch(/^«1992»: .*s1-1/u);
  });

  it('names a wrong option no check can judge, and a right option the sentence does not state', () => {
    expect(clozeItemProblems(withWrong('1988', 'long ago'), text).map((found) => found.message)).toEqual([
      "«long ago» is no year in the key's form that the course text knows: it could not be checked against the text",
    ]);
    const answer = generated.options.find((option) => option.id === generated.answer)!;
    const moved = { ...generated, options: generated.options.map((option) => (option.id === answer.id ? { ...option, text: '1994' } : option)) };
    expect(clozeItemProblems(moved, text).map((found) => found.message)).toEqual(['the right option «1994» is no year the source sentence states']);
  });
});
