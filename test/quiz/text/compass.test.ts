/**
 * The compass words a false statement can turn the other way (src/quiz/text/compass.ts), in
 * Kazakh, Russian and English, each keeping its form; only lower-case words, and only when they
 * say which part of a named country (not of a city, not between two towns).
 */
import type { Language } from '../../../src/model/course';
import { compassWordsIn, namesCompass, tiedToCountry } from '../../../src/quiz/text/compass';

const turned = (text: string, language: Language) => compassWordsIn(text, language).map((found) => `${found.text}→${found.swapped}`);

/** Whether the first compass word is tied to the named country (its first occurrence). */
function tied(text: string, country: string, language: Language): boolean {
  const [word] = compassWordsIn(text, language);
  const start = text.indexOf(country);
  return tiedToCountry(text, word!.start, word!.end, [{ start, end: start + country.length }], language);
}

describe('compass words turned the other way', () => {
  it.each<[Language, string, string[]]>([
    ['en', 'Bukhara lies in the northeast of Uzbekistan.', ['northeast→southwest']],
    ['en', 'The fort stood in south-western Kazakhstan.', ['south-western→north-eastern']],
    ['en', 'Turkestan lies in the north of Kazakhstan.', ['north→south']],
    ['ru', 'Ош находится на юге Кыргызстана.', ['юге→севере']],
    ['ru', 'Город стоит в северо-западной части Узбекистана.', ['северо-западной→юго-восточной']],
    ['kk', 'Алматы Қазақстанның оңтүстігінде орналасқан.', ['оңтүстігінде→солтүстігінде']],
    ['kk', 'Маңғыстау Қазақстанның оңтүстік-батысында жатыр.', ['оңтүстік-батысында→солтүстік-шығысында']],
    ['kk', 'Қазақстанның шығыс өңірі таулы.', ['шығыс→батыс']],
  ])('%s: %s', (language, text, expected) => {
    expect(turned(text, language)).toEqual(expected);
  });

  it.each<[Language, string]>([
    // names: another place, not the opposite
    ['en', 'North Korea and South Kazakhstan region were named.'],
    ['ru', 'Северный Кавказ и Восточный Туркестан.'],
    ['kk', 'Шығыс Қазақстан облысының орталығы – Өскемен.'],
    // an expenditure
    ['kk', 'Бюджет шығысы жыл сайын тексерілді.'],
  ])('%s: nothing to turn in «%s»', (language, text) => {
    expect(turned(text, language)).toEqual([]);
  });

  it.each<[Language, string, string, boolean]>([
    ['en', 'Bukhara lies in the northeast of present-day Uzbekistan.', 'Uzbekistan', true],
    ['en', 'Naurzum lies in the steppes of northern Kazakhstan.', 'Kazakhstan', true],
    ['en', 'Ekibastuz lies east of Pavlodar, in Kazakhstan.', 'Kazakhstan', false],
    ['ru', 'Ош – центр юга Кыргызстана.', 'Кыргызстана', true],
    ['ru', 'Город стоит в северо-западной части Узбекистана.', 'Узбекистана', true],
    ['en', 'The city lies in the northern part of Uzbekistan.', 'Uzbekistan', true],
    ['ru', 'Аксу лежит к северу от Павлодара, в Казахстане.', 'Казахстане', false],
    ['kk', 'Өскемен Қазақстанның шығысында орналасқан.', 'Қазақстан', true],
    ['kk', 'Қазақстанға батыс аудандардан адамдар көшірілді.', 'Қазақстан', false],
  ])('%s: «%s» names a part of %s: %s', (language, text, country, expected) => {
    expect(tied(text, country, language)).toBe(expected);
  });

  it('tells a sentence naming any direction, in any form', () => {
    expect(namesCompass('from north to south', 'en')).toBe(true);
    expect(namesCompass('қалғандары оңтүстік пен шығысқа босып кетті', 'kk')).toBe(true);
    expect(namesCompass('Солтүстіктен Ресей империясы жылжыды', 'kk')).toBe(true);
    expect(namesCompass('Город стоит у реки.', 'ru')).toBe(false);
  });
});
