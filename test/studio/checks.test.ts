/** The checks the review page runs again on an item as it stands (src/studio/review/checks.ts). */
import type { ChoiceItem, QuestionBank } from '../../src/model/quiz';
import { parseBankText } from '../../src/quiz/bank/read';
import { serializeBank } from '../../src/quiz/bank/write';
import { itemProblems } from '../../src/studio/review/checks';
import { choiceItem } from '../../src/quiz/rules/shared/items';
import { COURSE_DIR, draftOf, loadFixture, yearDistractor } from '../quiz/rules/helpers';

const item: ChoiceItem = {
  id: 'l1-year', kind: 'choice', status: 'draft', rule: 'cloze-year', stem: 'The treaty was signed in ____.', feedback: 'See the lesson.',
  source: { lesson: 'l1', line: 3, text: 'The treaty was signed in 1994.' }, fingerprint: 'f',
  options: [{ id: 'a', text: '1991' }, { id: 'b', text: '1994' }, { id: 'c', text: '1997' }], answer: 'b',
};

function problemsOf(shown: ChoiceItem): string[] {
  const bank: QuestionBank = { course: 'c', lesson: 'l1', language: 'en', items: [shown] };
  const file = parseBankText('/banks/l1.quiz.yaml', serializeBank(bank));
  return itemProblems(shown, 0, file, undefined).map((p) => `${p.code} line ${p.line}: ${p.message}`);
}

describe('the review page\'s checks of an item', () => {
  it('finds nothing wrong with an item as generated', () => {
    expect(problemsOf(item)).toEqual([]);
  });

  it('says when the edited right answer no longer gives the source sentence, or stands out by its length', () => {
    expect(problemsOf({ ...item, answer: 'a' })).toEqual([
      'restores-source line 18: item l1-year: the right option in the blank gives «The treaty was signed in 1991.», not the source sentence «The treaty was signed in 1994.»',
    ]);
    const long = { ...item, options: [item.options[0]!, { id: 'b', text: 'the year nineteen ninety-four' }, item.options[2]!] };
    expect(problemsOf(long)[0]).toBe('options-give-away line 18: item l1-year: the key (29 characters) is far longer than every distractor (≤ 4)');
  });

  it('reports lint\'s problems at their line of the bank', () => {
    expect(problemsOf({ ...item, stem: 'No blank here.' })).toEqual(['quiz/cloze-without-blank line 18: item l1-year: the stem of a cloze-year item has no blank (____)']);
  });
});

describe('the review page\'s whole-text checks of a cloze item (with the course text analysed)', () => {
  it('shows a wrong option the course makes true elsewhere on the item, at its stem\'s line', async () => {
    const { text } = await loadFixture(COURSE_DIR);
    const draft = draftOf(text, 'формалды түрде 1993', 'year', '1993', [yearDistractor(1985), yearDistractor(1988), yearDistractor(1990)]);
    const made = choiceItem(draft, 'cloze-year', 'year');
    const edited = { ...made, options: made.options.map((option) => (option.text === '1988' ? { ...option, text: '1992' } : option)) };
    const bank: QuestionBank = { course: 'security-central-asia', lesson: 's1-1', language: 'kk', items: [edited] };
    const file = parseBankText('/banks/s1-1.quiz.yaml', serializeBank(bank));
    const shown = itemProblems(edited, 0, file, undefined, text);
    expect(shown.map((found) => found.code)).toEqual(['distractor-true-elsewhere']);
    expect(shown[0]!.severity).toBe('warning');
    expect(itemProblems(made, 0, parseBankText('/banks/s1-1.quiz.yaml', serializeBank({ ...bank, items: [made] })), undefined, text)).toEqual([]);
  }, 60_000);
});
