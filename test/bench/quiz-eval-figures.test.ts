import { changedPart, countWords, hasYearDateKey, isTemporal, kindsText, lessonFigures } from '../../bench/quiz-eval-figures';
import type { QuizItem } from '../../src/model/quiz';

const source = (text: string) => ({ lesson: 'l', line: 1, text });
const common = { status: 'draft' as const, rule: 'r', feedback: 'f', fingerprint: '' };

function choice(id: string, answerText: string): QuizItem {
  return {
    ...common, id, kind: 'choice', stem: 's ____', source: source('s'),
    options: [{ id: 'a', text: answerText }, { id: 'b', text: 'other' }, { id: 'c', text: 'third' }], answer: 'a',
  };
}

function trueFalse(id: string, stem: string, sourceText: string, answer: boolean): QuizItem {
  return { ...common, id, kind: 'true-false', stem, source: source(sourceText), answer };
}

describe('isTemporal', () => {
  it.each([
    ['1993', 'kk'], ['1993 жылы', 'kk'], ['2000 жылдары', 'kk'], ['14 маусымдағы', 'kk'], ['1990-жылдардың', 'kk'],
    ['1906 году', 'ru'], ['1990-е годы', 'ru'], ['30 октября 2017 года', 'ru'], ['XIX века', 'ru'],
    ['2013', 'en'], ['the 1990s', 'en'], ['12 August 2015', 'en'], ['mid-2014', 'en'],
  ] as const)('takes %s (%s) for a time', (text, language) => {
    expect(isTemporal(text, language)).toBe(true);
  });

  it.each([
    ['ХАҚҚ', 'kk'], ['40', 'kk'], ['5 миллион', 'kk'], ['1 445 км', 'ru'], ['Ташкент', 'ru'], ['about 50 per cent', 'en'],
    ['Tajikistan', 'en'], ['12', 'en'], ['2.5 million', 'en'],
  ] as const)('does not take %s (%s) for a time', (text, language) => {
    expect(isTemporal(text, language)).toBe(false);
  });
});

describe('hasYearDateKey', () => {
  it('counts a choice item by its right option', () => {
    expect(hasYearDateKey(choice('y', '2004'), 'en')).toBe(true);
    expect(hasYearDateKey(choice('o', 'IOM'), 'en')).toBe(false);
  });

  it('counts a false statement whose swapped part is a year, not one with a swapped figure or a true one', () => {
    const original = 'Kyrgyzstan joined on 12 August 2015.';
    expect(changedPart(original, 'Kyrgyzstan joined on 12 August 2022.')).toBe('2022');
    expect(hasYearDateKey(trueFalse('a', 'Kyrgyzstan joined on 12 August 2022.', original, false), 'en')).toBe(true);
    expect(hasYearDateKey(trueFalse('b', 'Kazakhstan joined on 12 August 2015.', original, false), 'en')).toBe(false);
    expect(hasYearDateKey(trueFalse('c', original, original, true), 'en')).toBe(false);
  });
});

describe('lessonFigures', () => {
  it('counts words, items, kinds and year keys, and judges the target only for lessons of 400 words or more', () => {
    const items = [choice('1', '1993'), choice('2', 'МСҮК'), trueFalse('3', 'a b', 'a b', true)];
    const long = lessonFigures('s1-1', 'сөз '.repeat(400), items, 'kk');
    expect(long).toMatchObject({ words: 400, items: 3, yearDate: 1, meetsTarget: false });
    expect(kindsText(long.byKind)).toBe('choice 2, true-false 1');
    expect(lessonFigures('kirispe', 'сөз '.repeat(399), items, 'kk').meetsTarget).toBeNull();
    expect(countWords('Арал – 1960 жылы [1].')).toBe(4);
  });
});
