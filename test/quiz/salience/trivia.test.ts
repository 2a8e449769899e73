import { significantDigits, triviaOf } from '../../../src/quiz/salience';

describe('triviaOf: side details are dropped in every language', () => {
  it.each([
    ['kk', 'Рогун станциясының қуаты 3600 мегаватт болады деп жоспарланған.', { type: 'amount', numberText: '3600' }, 'capacity'],
    ['ru', 'Мощность Рогунской станции составит 3600 мегаватт.', { type: 'amount', numberText: '3600' }, 'capacity'],
    ['en', 'The Rogun plant has a planned capacity of 3,600 megawatts.', { type: 'amount', numberText: '3,600' }, 'capacity'],
    ['en', 'The canal is 1,400 kilometres long and was dug by hand.', { type: 'amount', numberText: '1,400' }, 'length'],
    ['ru', 'Протяжённость канала составляет 1400 километров.', { type: 'amount', numberText: '1400' }, 'length'],
    ['kk', 'Ал, министрлердің орташа жасы 51,3 жасты құрайды.', { type: 'amount', numberText: '51,3' }, 'age'],
    ['en', 'Professor Smith of the University of Geneva studied the basin in 2011.', { type: 'year' }, 'affiliation'],
    ['kk', 'М.Т. Лаумулиннің еңбегі 2005 жылы жарияланды.', { type: 'year' }, 'publication'],
    ['kk', 'Ғылыми зерттеу жұмысы бойынша 6 мақала жарияланды, оның 3-і Қазақстан Республикасының басылымдарында.', { type: 'place' }, 'publication'],
    ['en', 'Six articles were published in journals indexed by Scopus in Kazakhstan.', { type: 'place' }, 'publication'],
    ['ru', 'Плотина была построена в 1980 году.', { type: 'year' }, 'construction-date'],
    ['en', 'The groundbreaking ceremony took place in 2016.', { type: 'year' }, 'construction-date'],
    ['kk', 'Сауалнамаға қатысқандардың 33 пайызы осылай жауап берді.', { type: 'percent', numberText: '33' }, 'survey-cell'],
    ['kk', 'Кездесу 21 қыркүйекте Астанада өтті.', { type: 'date' }, 'exact-day'],
    ['kk', 'Экспорт 899,2 млн. доллар болды.', { type: 'amount', numberText: '899,2' }, 'exact-figure'],
    ['en', 'The matching item is made of a table.', { type: 'table-cell' }, 'survey-cell'],
    ['kk', 'Өзбекстандық тараптан 40% жауап еркін сауда аймағының нұсқасын таңдады.', { type: 'place' }, 'survey-cell'],
    ['ru', 'В Узбекистане 25% ответивших выбрали политическое направление.', { type: 'year' }, 'survey-cell'],
    ['en', 'In Uzbekistan 25% of answers chose the political option, in Kazakhstan only 7%.', undefined, 'survey-cell'],
    ['ru', 'Доля составила 13%, 20% и 23% в трёх группах соответственно.', { type: 'place' }, 'survey-cell'],
    ['en', 'The sources include national statistics and reports of the UNWTO since 2010.', { type: 'organisation' }, 'methods'],
    ['kk', 'Зерттеудің дереккөздері – ФАО мен ЕАЭО-ның 2015 жылдан бергі есептері.', { type: 'year' }, 'methods'],
    ['ru', 'Методология исследования опирается на данные переписей 1989 и 2009 годов.', { type: 'year' }, 'methods'],
  ] as const)('%s: «%s» is %s', (language, sentence, key, expected) => {
    expect(triviaOf(sentence, language, key)).toBe(expected);
  });

  it.each([
    ['kk', 'Шанхай ынтымақтастық ұйымы 2001 жылы құрылды.', { type: 'year' }],
    ['ru', 'Узбекистан и Казахстан подписали договор о вечной дружбе в 1998 году.', { type: 'year' }],
    ['en', 'Trade between the two states reached 2 billion dollars.', { type: 'amount', numberText: '2' }],
    ['en', 'Water sharing is the main source of tension in the region.', undefined],
  ] as const)('%s: a central claim «%s» is kept', (language, sentence, key) => {
    expect(triviaOf(sentence, language, key)).toBeUndefined();
  });

  it('counts significant digits as a learner would read them', () => {
    expect([significantDigits('263,3'), significantDigits('2 016'), significantDigits('1,2'), significantDigits('500'), significantDigits('85')]).toEqual([4, 4, 2, 1, 2]);
  });
});
