/**
 * The words a false statement can turn the other way (src/quiz/text/opposites.ts): compass
 * directions, river banks and measured trends in Kazakh, Russian and English, each keeping its
 * form, and the words that look like them but are names, styles or other senses.
 */
import type { Language } from '../../../src/model/course';
import { figuresTellTrend, namesPair, oppositesIn } from '../../../src/quiz/text/opposites';

const turned = (text: string, language: Language) => oppositesIn(text, language).map((found) => `${found.text}→${found.swapped}`);

describe('words turned the other way', () => {
  it.each<[Language, string, string[]]>([
    ['en', 'Bukhara lies in the northeast of Uzbekistan.', ['northeast→southwest']],
    ['en', 'The fort stood on the south-western edge of the steppe.', ['south-western→north-eastern']],
    ['en', 'Pavlodar stands on the right bank of the Irtysh.', ['right→left']],
    ['en', 'The reservoir flooded villages upstream.', ['upstream→downstream']],
    ['en', 'The population rose to 90,000 by 1990.', ['rose→fell']],
    ['en', 'Output of grain increased in the 1960s.', ['increased→decreased']],
    ['ru', 'Ош находится на юге Кыргызстана.', ['юге→севере']],
    ['ru', 'На северо-западном берегу озера стоит город.', ['северо-западном→юго-восточном']],
    ['ru', 'Павлодар стоит на правом берегу Иртыша.', ['правом→левом']],
    ['ru', 'Население города выросло до 90 тысяч человек.', ['выросло→сократилось']],
    ['ru', 'Цены на хлеб в городе резко выросли.', ['выросли→снизились']],
    ['ru', 'Добыча угля увеличилась в три раза.', ['увеличилась→сократилась']],
    ['kk', 'Алматы Қазақстанның оңтүстігінде орналасқан.', ['оңтүстігінде→солтүстігінде']],
    ['kk', 'Маңғыстау Қазақстанның оңтүстік-батысында жатыр.', ['оңтүстік-батысында→солтүстік-шығысында']],
    ['kk', 'Ертістің оң жағалауында бекініс салынды.', ['оң→сол']],
    ['kk', 'Қаланың халқының саны 50 мыңға дейін өсті.', ['өсті→азайды']],
    ['kk', 'Теңіз деңгейі күрт төмендеді.', ['төмендеді→көтерілді']],
  ])('%s: %s', (language, text, expected) => {
    expect(turned(text, language)).toEqual(expected);
  });

  it.each<[Language, string]>([
    // names: another place, not the opposite
    ['en', 'North Korea and South Kazakhstan region were named.'],
    ['ru', 'Северный Кавказ и Восточный Туркестан.'],
    ['kk', 'Шығыс Қазақстан облысының орталығы – Өскемен.'],
    // a style, a people's culture, an expenditure
    ['en', 'Western investors bought the western-style hotel.'],
    ['ru', 'Вокзал украсили восточным орнаментом.'],
    ['kk', 'Бюджет шығысы жыл сайын тексерілді.'],
    // verbs that are no trend
    ['en', 'He rose to power after a quarrel.'],
    ['en', 'The city fell to the Mongols in 1220.'],
    ['ru', 'Абай вырос в семье бия.'],
    ['kk', 'Кіші жүздің халқы ханға қарсы көтерілді.'],
    ['kk', 'Бұл мәселе 1990 жылы көтерілді.'],
  ])('%s: nothing to turn in «%s»', (language, text) => {
    expect(turned(text, language)).toEqual([]);
  });

  it('tells a sentence naming either way of a pair, in any form', () => {
    expect(namesPair('from north to south', 'compass', 'en')).toBe(true);
    expect(namesPair('қалғандары оңтүстік пен шығысқа босып кетті', 'compass', 'kk')).toBe(true);
    expect(namesPair('бірақ 2000 жылдардан бастап өсе бастады', 'trend', 'kk')).toBe(true);
    expect(namesPair('Город стоит у реки.', 'compass', 'ru')).toBe(false);
  });

  it('tells a trend whose own figures say which way it went', () => {
    expect(figuresTellTrend('The population fell from 120,000 to 80,000 in 1995.')).toBe(true);
    expect(figuresTellTrend('мал басы 40 миллионнан 4,5 миллионға дейін азайды')).toBe(true);
    expect(figuresTellTrend('The population rose to 90,000 between 1960 and 1990.')).toBe(false);
  });
});
