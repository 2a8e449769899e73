import { findQuantities } from '../../../src/quiz/text/numbers';

const pick = (text: string, language: 'kk' | 'ru' | 'en' = 'kk') =>
  findQuantities(text, language).map(({ kind, value, valueTo, month, year, scale, unit, surface, suffix }) =>
    ({ kind, value, ...(valueTo === undefined ? {} : { valueTo }), ...(month ? { month } : {}), ...(year ? { year } : {}),
      ...(scale ? { scale } : {}), ...(unit ? { unit } : {}), surface, suffix }));

describe('findQuantities', () => {
  it('reads years with their year word and the suffix on the number, and year ranges', () => {
    expect(pick('1991 жылы, 2001-ші жылы, 2017-2019 жылдарға, 1994 -2000 жылдар аралығында')).toEqual([
      { kind: 'year', value: 1991, surface: '1991 жылы', suffix: '' },
      { kind: 'year', value: 2001, surface: '2001-ші жылы', suffix: 'ші' },
      { kind: 'year', value: 2017, valueTo: 2019, surface: '2017-2019 жылдарға', suffix: '' },
      { kind: 'year', value: 1994, valueTo: 2000, surface: '1994 -2000 жылдар', suffix: '' },
    ]);
  });

  it('reads day + month dates with or without a year, and reports their year as a year too', () => {
    expect(pick('2017 жылғы 15 наурызда')).toEqual([
      { kind: 'date', value: 15, month: 3, year: 2017, surface: '2017 жылғы 15 наурызда', suffix: '' },
      { kind: 'year', value: 2017, surface: '2017 жылғы', suffix: '' },
    ]);
    expect(pick('қарашаның 28 күнгі кездесу, 13 шілдеде, 2021 жылы 15-16 маусымда').filter((q) => q.kind === 'date')).toEqual([
      { kind: 'date', value: 28, month: 11, surface: 'қарашаның 28 күнгі', suffix: '' },
      { kind: 'date', value: 13, month: 7, surface: '13 шілдеде', suffix: '' },
      { kind: 'date', value: 15, valueTo: 16, month: 6, year: 2021, surface: '2021 жылы 15-16 маусымда', suffix: '' },
    ]);
    expect(pick('15 марта 2017 г.', 'ru')[0]).toMatchObject({ kind: 'date', value: 15, month: 3, year: 2017 });
    expect(pick('On March 15, 2017 they met.', 'en')[0]).toMatchObject({ kind: 'date', value: 15, month: 3, year: 2017 });
  });

  it('reads percentages with the sign, spaced or not, with suffixes, and as words', () => {
    expect(pick('-33% көрсетті, 33 % болды, 30%-ға азайып, 7% ды, 12% да, 16 пайызға, 41,3 пайыз')).toEqual([
      { kind: 'percent', value: 33, surface: '33%', suffix: '' },
      { kind: 'percent', value: 33, surface: '33 %', suffix: '' },
      { kind: 'percent', value: 30, surface: '30%-ға', suffix: 'ға' },
      { kind: 'percent', value: 7, surface: '7% ды', suffix: 'ды' },
      { kind: 'percent', value: 12, surface: '12%', suffix: '' },
      { kind: 'percent', value: 16, surface: '16 пайызға', suffix: '' },
      { kind: 'percent', value: 41.3, surface: '41,3 пайыз', suffix: '' },
    ]);
  });

  it('reads amounts with scale and unit kept apart, so distractors keep both', () => {
    expect(pick('263,3 млн. доллар, 1,2 млрд.долларға, 5 мың тонна, 500 км, 70 млн. адам')).toEqual([
      { kind: 'amount', value: 263.3, scale: 'million', unit: 'dollar', surface: '263,3 млн. доллар', suffix: '' },
      { kind: 'amount', value: 1.2, scale: 'billion', unit: 'dollar', surface: '1,2 млрд.долларға', suffix: '' },
      { kind: 'amount', value: 5, scale: 'thousand', unit: 'tonne', surface: '5 мың тонна', suffix: '' },
      { kind: 'amount', value: 500, unit: 'km', surface: '500 км', suffix: '' },
      { kind: 'amount', value: 70, scale: 'million', surface: '70 млн.', suffix: '' },
    ]);
    expect(pick('$5 billion and 1,200 people', 'en')).toEqual([
      { kind: 'amount', value: 5, scale: 'billion', unit: 'dollar', surface: '$5 billion', suffix: '' },
      { kind: 'number', value: 1200, surface: '1,200', suffix: '' },
    ]);
  });

  it('reads an English year before a lower-case word after a month or "in", "since"…, and not a count', () => {
    const kinds = (sentence: string) => findQuantities(sentence, 'en').map((quantity) => [quantity.kind, quantity.value]);
    expect(kinds('In 1991 the republics became independent.')).toEqual([['year', 1991]]);
    expect(kinds('After demonstrations in November 2006 he signed a compromise text.')).toEqual([['year', 2006]]);
    expect(kinds('About 2000 people came to the square.')).toEqual([['number', 2000]]);
  });

  it('reads an English year before 1900 after "in", "since"… or a month, or as a span in brackets, and not a count', () => {
    const kinds = (sentence: string) => findQuantities(sentence, 'en').map((quantity) => [quantity.kind, quantity.value]);
    expect(kinds('In 1370 Timur besieged Husayn in Balkh.')).toEqual([['year', 1370]]);
    expect(kinds('Timur died in February 1405 at Otrar.')).toEqual([['year', 1405]]);
    expect(kinds('The reign of Husayn Bayqara (1469–1506) was the last flowering of Timurid culture.')).toEqual([['year', 1469]]);
    expect(kinds('About 1500 horsemen rode with him, and 1200 km of road lay ahead.')).toEqual([['number', 1500], ['amount', 1200]]);
    expect(kinds('Pages 1469–1506 of the chronicle tell of it.')).toEqual([['number', 1469]]);
  });

  it('tags other numbers as counts, ranges included', () => {
    expect(pick('75 келісімшартқа, 35-45 жас аралығында')).toEqual([
      { kind: 'number', value: 75, surface: '75', suffix: '' },
      { kind: 'number', value: 35, valueTo: 45, surface: '35-45', suffix: '' },
    ]);
  });
});
