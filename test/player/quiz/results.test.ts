/** Issue 11, item 10: scores read as whole percent; the verdict says it is about the answer. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatPercent } from '../../../src/player/quiz/ui/results';

describe('formatPercent', () => {
  it.each([[43.333333, '43'], [66.67, '66'], [80, '80'], [100, '100'], [0, '0'], [57.99999999999999, '58']])('shows %p as %p', (value, shown) => {
    expect(formatPercent(value)).toBe(shown);
  });

  it('never shows the pass mark for a score below it', () => {
    expect(formatPercent(69.99)).toBe('69');
  });
});

describe('the verdict above a question\'s feedback', () => {
  const locale = (language: string) => JSON.parse(readFileSync(path.resolve(__dirname, `../../../src/locales/${language}.json`), 'utf8')) as Record<string, string>;

  it('says "your answer", so that it is not read as the truth of a true/false statement', () => {
    expect([locale('kk')['quizCorrect'], locale('kk')['quizIncorrect']]).toEqual(['Жауабыңыз дұрыс', 'Жауабыңыз қате']);
    expect([locale('ru')['quizCorrect'], locale('ru')['quizIncorrect']]).toEqual(['Ваш ответ верен', 'Ваш ответ неверен']);
    expect([locale('en')['quizCorrect'], locale('en')['quizIncorrect']]).toEqual(['Your answer is right', 'Your answer is wrong']);
    // The statement's truth keeps its own words (the true/false options).
    expect(locale('kk')['quizTrue']).not.toBe(locale('kk')['quizCorrect']);
  });
});
