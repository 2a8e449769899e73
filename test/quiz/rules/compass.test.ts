/**
 * A false statement that puts a place in the other part of its country, on small courses in
 * each language (test/fixtures/quiz-compass): the item made, and the sentences that give none
 * (a direction not tied to a country, a river bank, a trend, both ways named, a neighbour naming
 * either).
 */
import * as path from 'node:path';
import type { Language } from '../../../src/model/course';
import type { TrueFalseItem } from '../../../src/model/quiz';
import { generateBanks, type GeneratedLesson } from '../../../src/quiz/generate';
import { loadFixture } from './helpers';

const FIXTURES = path.join(__dirname, '../../fixtures/quiz-compass');
const lessons = new Map<Language, GeneratedLesson[]>();

beforeAll(async () => {
  for (const language of ['en', 'ru', 'kk'] as const) {
    const { course } = await loadFixture(path.join(FIXTURES, language));
    lessons.set(language, generateBanks(course, { select: false }));
  }
}, 60_000);

const items = (language: Language) => lessons.get(language)!.flatMap((lesson) => lesson.items) as TrueFalseItem[];
const reasons = (language: Language, fragment: string) => lessons.get(language)!.flatMap((lesson) => lesson.dropped).filter((found) => found.sentence.includes(fragment)).map((found) => found.reason);

describe('statements turned to the other part of a country', () => {
  it.each<[Language, string]>([
    ['en', 'Pavlodar stands in the south of Kazakhstan, on the right bank of the Irtysh River.'],
    ['ru', 'Павлодар расположен на юге Казахстана, на правом берегу Иртыша.'],
    ['kk', 'Павлодар қаласы Қазақстанның оңтүстігінде, Ертіс өзенінің оң жағалауында орналасқан.'],
  ])('%s: the one item is the false statement, its feedback quoting the text', (language, stem) => {
    expect(items(language).map((item) => [item.stem, item.answer])).toEqual([[stem, false]]);
    expect(items(language)[0]!.feedback).toContain(items(language)[0]!.source.text);
  });

  it.each<[Language, string, string]>([
    ['en', 'cotton is grown in the south', 'key-both-ways'],
    ['en', 'Almaty lies in the south', 'key-both-ways-nearby'],
    ['en', 'Petropavl lies in the north', 'key-both-ways-nearby'],
    ['ru', 'хлопок выращивают на юге', 'key-both-ways'],
    ['ru', 'Алматы находится на юге', 'key-both-ways-nearby'],
    ['kk', 'мақта оңтүстікте өсіріледі', 'key-both-ways'],
    ['kk', 'Петропавл Қазақстанның солтүстігінде', 'key-both-ways-nearby'],
  ])('%s: «%s» is not turned (%s)', (language, fragment, reason) => {
    expect(reasons(language, fragment)).toEqual([reason]);
  });

  it('turns no direction between towns, no river bank, no trend, no style', () => {
    const stems = [...items('en'), ...items('ru'), ...items('kk')].map((item) => item.stem).join('\n');
    expect(stems).not.toMatch(/west of Pavlodar|западу от Павлодара|Павлодардың батысында|left bank|левом берегу|сол жағалауында|decreased|азайды|шығыс аудандардан|западным орнаментом/u);
  });
});
