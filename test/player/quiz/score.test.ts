import { UNSET_ANSWER } from '../../../src/player/lms/adapter';
import { attemptPercent, isPass, scoreAnswer } from '../../../src/player/quiz/score';
import { itemOfKind } from './fixture';

describe('scoring', () => {
  it('gives choice and true-false all or nothing', () => {
    const choice = itemOfKind('choice'); // right: b (index 1)
    expect(scoreAnswer(choice, [1])).toEqual({ fraction: 1, result: 'correct' });
    expect(scoreAnswer(choice, [0])).toEqual({ fraction: 0, result: 'incorrect' });
    const tf = itemOfKind('true-false'); // the statement is false
    expect(scoreAnswer(tf, [0]).result).toBe('correct');
    expect(scoreAnswer(tf, [1]).result).toBe('incorrect');
  });

  it('gives multiple-response (right − wrong) / right, never below 0', () => {
    const mr = itemOfKind('multiple-response'); // right: a, c, d (0, 2, 3)
    expect(scoreAnswer(mr, [0, 2, 3])).toEqual({ fraction: 1, result: 'correct' });
    expect(scoreAnswer(mr, [0, 2])).toEqual({ fraction: 2 / 3, result: 'partial' });
    expect(scoreAnswer(mr, [0, 1, 2])).toEqual({ fraction: 1 / 3, result: 'partial' });
    expect(scoreAnswer(mr, [0, 1])).toEqual({ fraction: 0, result: 'incorrect' });
    expect(scoreAnswer(mr, [0, 1, 2, 3]).fraction).toBeCloseTo(2 / 3);
  });

  it('gives ordering the share of neighbour pairs kept', () => {
    const ordering = itemOfKind('ordering'); // 3 steps, right order 0, 1, 2
    expect(scoreAnswer(ordering, [0, 1, 2]).result).toBe('correct');
    expect(scoreAnswer(ordering, [1, 2, 0])).toEqual({ fraction: 0.5, result: 'partial' }); // "1 then 2" kept
    expect(scoreAnswer(ordering, [2, 1, 0])).toEqual({ fraction: 0, result: 'incorrect' });
  });

  it('gives matching the share of left sides matched right', () => {
    const matching = itemOfKind('matching');
    expect(scoreAnswer(matching, [0, 1, 2]).result).toBe('correct');
    expect(scoreAnswer(matching, [0, 2, 1])).toEqual({ fraction: 1 / 3, result: 'partial' });
    expect(scoreAnswer(matching, [1, 2, 0]).result).toBe('incorrect');
    expect(scoreAnswer(matching, [0, 1, UNSET_ANSWER]).result).toBe('incorrect'); // not finished: no credit
  });

  it('scores an unanswered or impossible answer 0', () => {
    expect(scoreAnswer(itemOfKind('choice'), null).fraction).toBe(0);
    expect(scoreAnswer(itemOfKind('choice'), [9]).fraction).toBe(0);
  });

  it('turns the credit into a percent with 2 decimals and judges it against the pass mark', () => {
    expect(attemptPercent([1, 1, 0])).toBe(66.67);
    expect(attemptPercent([1, 0.5, 1, 1, 0])).toBe(70);
    expect(isPass(70, 70)).toBe(true);
    expect(isPass(69.99, 70)).toBe(false);
  });
});
