/**
 * A false statement turned the other way (a direction, a river bank, a trend), on small courses
 * in each language (test/fixtures/quiz-opposites): the items made, and the sentences where the
 * opposite would not be surely false.
 */
import * as path from 'node:path';
import type { Language } from '../../../src/model/course';
import type { TrueFalseItem } from '../../../src/model/quiz';
import { generateBanks, type GeneratedLesson } from '../../../src/quiz/generate';
import { loadFixture } from './helpers';

const FIXTURES = path.join(__dirname, '../../fixtures/quiz-opposites');
const lessons = new Map<Language, GeneratedLesson[]>();

beforeAll(async () => {
  for (const language of ['en', 'ru', 'kk'] as const) {
    const { course } = await loadFixture(path.join(FIXTURES, language));
    lessons.set(language, generateBanks(course, { select: false }));
  }
}, 60_000);

const items = (language: Language) => lessons.get(language)!.flatMap((lesson) => lesson.items) as TrueFalseItem[];
const falseStems = (language: Language) => items(language).filter((item) => item.kind === 'true-false' && !item.answer).map((item) => item.stem);
const reasons = (language: Language, fragment: string) => lessons.get(language)!.flatMap((lesson) => lesson.dropped).filter((found) => found.sentence.includes(fragment)).map((found) => found.reason);

describe('statements turned the other way', () => {
  it.each<[Language, string[]]>([
    ['en', [
      'Pavlodar stands on the left bank of the Irtysh River, where the old salt road from Lake Koryakovka crossed the water.',
      "After the opening of the Great Fergana Canal, Fergana's cotton harvest decreased sharply within a decade.",
    ]],
    ['ru', [
      'Павлодар расположен на левом берегу Иртыша, там, где старая соляная дорога от озера Корякова пересекала реку.',
      'После открытия Большого Ферганского канала цены на хлеб в Фергане резко снизились за одно десятилетие.',
    ]],
    ['kk', [
      'Павлодар қаласы Ертіс өзенінің сол жағалауында, ескі тұз жолы өзенді кесіп өтетін жерде орналасқан.',
      'Үлкен Ферғана каналы ашылғаннан кейін Ферғана аңғарындағы мақта өнімі күрт азайды.',
    ]],
  ])('%s: a bank and a trend turned make the false statements, with the true sentence in their feedback', (language, expected) => {
    expect(falseStems(language)).toEqual(expected);
    for (const item of items(language).filter((found) => !found.answer)) expect(item.feedback).toContain(item.source.text);
  });

  it.each<[Language, string, string]>([
    ['en', 'from north to south', 'key-both-ways'],
    ['en', 'Almaty lies in the south', 'key-both-ways-nearby'],
    ['en', 'Petropavl lies in the north', 'key-both-ways-nearby'],
    ['en', 'fell from 120,000 to 80,000', 'key-figures-tell'],
    ['ru', 'с севера на юг', 'key-both-ways'],
    ['ru', 'Алматы находится на юге', 'key-both-ways-nearby'],
    ['kk', 'солтүстіктен оңтүстікке', 'key-both-ways'],
    ['kk', 'Петропавл Қазақстанның солтүстігінде', 'key-both-ways-nearby'],
  ])('%s: «%s» is not turned (%s)', (language, fragment, reason) => {
    expect(reasons(language, fragment)).toEqual([reason]);
    expect(items(language).some((item) => item.source.text.includes(fragment))).toBe(false);
  });

  it('turns no name, style or verb that is not a trend', () => {
    const all = [...items('en'), ...items('ru'), ...items('kk')].map((item) => item.stem).join('\n');
    expect(all).not.toMatch(/fell to power|восточным|западным орнаментом|вырос в семье|сократился в семье|халқы төмендеді/u);
  });
});
