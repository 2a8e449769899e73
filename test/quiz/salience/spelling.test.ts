import { spellingModel, suspectWords } from '../../../src/quiz/salience';
import { dictionaryPath } from '../../../src/text/spelling/hunspell';

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

describe('spellingModel with the language\'s Hunspell dictionary', () => {
  const installed = dictionaryPath('kk') !== undefined && dictionaryPath('ru') !== undefined && dictionaryPath('en') !== undefined;
  // CI installs hunspell-kk/ru/en (.ci/run); a developer without them sees the test skipped, never passed
  const withDictionaries = installed || process.env.CI === 'true' ? it : it.skip;

  withDictionaries('flags a typo the text repeats, when the dictionary knows the word it is one letter from', () => {
    const model = spellingModel([...often('территориялық', 9), ...often('теорриториялық', 3), 'Мемлекеттің территориялық тұтастығы.'], 'kk');
    expect(suspectWords('Теорриториялық тұтастық.', model)).toEqual(['Теорриториялық']);
  });

  withDictionaries('never flags a word the dictionary knows, however rare beside a frequent neighbour', () => {
    // "жолға" (onto the road) is one letter from "жолда", written 25 times: the text alone calls it a slip
    const model = spellingModel([...often('жолда', 25), 'Ол жолға шықты.'], 'kk');
    expect(suspectWords('Ол жолға шықты.', model)).toEqual([]);
  });

  withDictionaries('does not judge a repeated word by its ending ("болмады" ×4 beside "болады" ×100)', () => {
    const model = spellingModel([...often('болады', 100), ...often('болмады', 4)], 'kk');
    expect(suspectWords('Ол болмады.', model)).toEqual([]);
  });

  withDictionaries('reads Russian and English the same way', () => {
    const ru = spellingModel([...often('государства', 9), ...often('госудаства', 2)], 'ru');
    expect(suspectWords('Два госудаства.', ru)).toEqual(['госудаства']);
    const en = spellingModel([...often('government', 9), ...often('goverment', 2)], 'en');
    expect(suspectWords('The goverment said.', en)).toEqual(['goverment']);
  });

  withDictionaries('does not take a letter more at a word\'s start for a slip ("actors" beside "factors")', () => {
    const en = spellingModel([...often('factors', 9), 'Many actors.'], 'en');
    expect(suspectWords('Many actors.', en)).toEqual([]);
  });
});

describe('spellingModel without a dictionary', () => {
  it('judges from the text alone when the dictionary folder has none', () => {
    const saved = process.env.HUNSPELL_DIR;
    process.env.HUNSPELL_DIR = '/nonexistent-dictionaries';
    try {
      const model = spellingModel([...often('территориялық', 9), ...often('теорриториялық', 3), 'Бір террториялық.', ...often('жолда', 25), 'Ол жолға шықты.'], 'kk');
      // only the word written once is judged: the repeated typo goes unseen, a correct rare form is taken for a slip
      expect(suspectWords('Теорриториялық террториялық жолға.', model)).toEqual(['террториялық', 'жолға']);
    } finally {
      if (saved === undefined) delete process.env.HUNSPELL_DIR;
      else process.env.HUNSPELL_DIR = saved;
    }
  });
});
