/**
 * "The city" of a text about one city, stated by its name in the word's case
 * (src/quiz/text/topic-city.ts), and where it is left alone.
 */
import * as path from 'node:path';
import type { Language } from '../../../src/model/course';
import { namedTopicCity } from '../../../src/quiz/text/topic-city';
import { loadFixture } from '../rules/helpers';

describe('the city of a text about one city', () => {
  it.each<[Language, string, string, string]>([
    ['en', 'In 1919 the town was renamed Poltoratsk in honour of a Bolshevik commissar.', 'Ashgabat', 'In 1919 Ashgabat was renamed Poltoratsk in honour of a Bolshevik commissar.'],
    ['en', "The city's first theatre opened in 1926.", 'Ashgabat', "Ashgabat's first theatre opened in 1926."],
    ['ru', 'В 1861 году город получил имя в честь великого князя.', 'Павлодар', 'В 1861 году Павлодар получил имя в честь великого князя.'],
    ['ru', 'В городе в 1955 году открылся первый завод тракторных деталей.', 'Павлодар', 'В Павлодаре в 1955 году открылся первый завод тракторных деталей.'],
    ['kk', '1936 жылы қаланың атауы Мирзоян болып өзгертілді.', 'Тараз', '1936 жылы Тараздың атауы Мирзоян болып өзгертілді.'],
    ['kk', 'Қалада 1955 жылы алғашқы театр ашылды.', 'Тараз', 'Таразда 1955 жылы алғашқы театр ашылды.'],
  ])('%s: «%s»', (language, sentence, city, expected) => {
    expect(namedTopicCity(sentence, language, city)).toBe(expected);
  });

  it.each<[Language, string, string]>([
    // a clause says which, a predicate, a noun before a noun
    ['en', 'New Nisa was the city where the ordinary population lived.', 'Ashgabat'],
    ['en', 'In 2002 a monument was unveiled in the city centre.', 'Ashgabat'],
    // a name before it may be the place meant
    ['en', 'Turtkul stood close to the river, which began to wash away the town in the 1930s.', 'Nukus'],
    // an adjective before it, a predicate in the instrumental
    ['ru', 'Крупный город вырос на месте старой заставы.', 'Павлодар'],
    ['ru', 'В 1861 году застава стала городом.', 'Павлодар'],
    // bare "қала" is also the verb "remains"; "жабық қала" a closed city, not the topic
    ['kk', 'Автономия мемлекеттің құрамында қала отырып, өз істерін басқарады.', 'Тараз'],
    ['kk', 'Ертіс жағасында жабық қалада ғалымдар тұрды.', 'Семей'],
  ])('%s: left alone: «%s»', (language, sentence, city) => {
    expect(namedTopicCity(sentence, language, city)).toBeUndefined();
  });

  it('states the sentences of a course about one city by its name', async () => {
    const { text } = await loadFixture(path.join(__dirname, '../../fixtures/quiz-topic-city'));
    const stated = text.sentences.map((sentence) => sentence.sentence.stated ?? sentence.sentence.clean);
    expect(stated).toEqual([
      'В 1720 году на Иртыше была основана Коряковская застава.',
      'В 1861 году Павлодар получил имя в честь великого князя Павла Александровича.',
      'В Павлодаре в 1955 году открылся первый завод тракторных деталей.',
      'Крупный город вырос на месте старой заставы за сто лет.',
    ]);
  });
});
