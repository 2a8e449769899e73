import { spellingModel, suspectWords } from '../../../src/quiz/salience';

const often = (word: string, times: number) => Array.from({ length: times }, () => `${word} бар.`);

describe('spellingModel: misspellings the text itself betrays', () => {
  const model = spellingModel([
    ...often('мемлекеттің', 5), ...often('Өзбекстан', 5), ...often('мемлекеттерде', 4), ...often('сенаты', 3), ...often('депутаттары', 3),
    'Екі мемлекттің арасында.', 'Өзбестан туралы.', 'Барлық мемлекеттерге.', 'Олий мәжілісінің сенатыдепутаттары келді.',
  ]);

  it('flags a rare word one letter from a frequent one, and two frequent words run together', () => {
    expect(suspectWords('Екі мемлекттің арасында Өзбестан туралы сенатыдепутаттары.', model)).toEqual(['мемлекттің', 'Өзбестан', 'сенатыдепутаттары']);
  });

  it('does not take another ending of a frequent word for a misspelling', () => {
    expect(suspectWords('Барлық мемлекеттерге.', model)).toEqual([]);
  });
});
