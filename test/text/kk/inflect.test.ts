import { inflect, type KkCase } from '../../../src/text/kk';

const OBLIQUE: readonly KkCase[] = ['gen', 'dat', 'acc', 'loc', 'abl', 'ins'];

/** One stem per final-sound class and harmony, all six oblique cases, as a grammar book lists them. */
const PARADIGMS: readonly (readonly [string, readonly string[]])[] = [
  ['Алматы', ['Алматының', 'Алматыға', 'Алматыны', 'Алматыда', 'Алматыдан', 'Алматымен']],
  ['Душанбе', ['Душанбенің', 'Душанбеге', 'Душанбені', 'Душанбеде', 'Душанбеден', 'Душанбемен']],
  ['Қазақстан', ['Қазақстанның', 'Қазақстанға', 'Қазақстанды', 'Қазақстанда', 'Қазақстаннан', 'Қазақстанмен']],
  ['Бейжің', ['Бейжіңнің', 'Бейжіңге', 'Бейжіңді', 'Бейжіңде', 'Бейжіңнен', 'Бейжіңмен']],
  ['Қытай', ['Қытайдың', 'Қытайға', 'Қытайды', 'Қытайда', 'Қытайдан', 'Қытаймен']],
  ['Ресей', ['Ресейдің', 'Ресейге', 'Ресейді', 'Ресейде', 'Ресейден', 'Ресеймен']],
  ['Мәскеу', ['Мәскеудің', 'Мәскеуге', 'Мәскеуді', 'Мәскеуде', 'Мәскеуден', 'Мәскеумен']],
  ['көл', ['көлдің', 'көлге', 'көлді', 'көлде', 'көлден', 'көлмен']],
  ['қыз', ['қыздың', 'қызға', 'қызды', 'қызда', 'қыздан', 'қызбен']],
  ['Ташкент', ['Ташкенттің', 'Ташкентке', 'Ташкентті', 'Ташкентте', 'Ташкенттен', 'Ташкентпен']],
  ['Бішкек', ['Бішкектің', 'Бішкекке', 'Бішкекті', 'Бішкекте', 'Бішкектен', 'Бішкекпен']],
  ['Самарқанд', ['Самарқандтың', 'Самарқандқа', 'Самарқандты', 'Самарқандта', 'Самарқандтан', 'Самарқандпен']],
  ['Назарбаев', ['Назарбаевтың', 'Назарбаевқа', 'Назарбаевты', 'Назарбаевта', 'Назарбаевтан', 'Назарбаевпен']],
  ['Путин', ['Путиннің', 'Путинге', 'Путинді', 'Путинде', 'Путиннен', 'Путинмен']],
];

describe('inflect', () => {
  it.each(PARADIGMS)('declines %s', (stem, forms) => {
    expect(OBLIQUE.map((kase) => inflect(stem, kase))).toEqual(forms);
  });

  it('leaves the nominative as it is', () => {
    expect(inflect('Өзбекстан', 'nom')).toBe('Өзбекстан');
    expect(inflect('ШЫҰ', 'nom')).toBe('ШЫҰ');
  });

  it('puts the plural before the case, with its own allomorph', () => {
    expect(inflect('ел', 'nom', { plural: true })).toBe('елдер');
    expect(inflect('ел', 'gen', { plural: true })).toBe('елдердің');
    expect(inflect('мемлекет', 'dat', { plural: true })).toBe('мемлекеттерге');
    expect(inflect('аға', 'abl', { plural: true })).toBe('ағалардан');
    expect(inflect('үй', 'nom', { plural: true })).toBe('үйлер');
    expect(inflect('адам', 'nom', { plural: true })).toBe('адамдар');
  });

  it('adds -ғы/-гі after the locative for "the one in …" (Азиядағы, Ташкенттегі)', () => {
    expect(inflect('Азия', 'loc', { attributive: true })).toBe('Азиядағы');
    expect(inflect('Ташкент', 'loc', { attributive: true })).toBe('Ташкенттегі');
    expect(() => inflect('Азия', 'gen', { attributive: true })).toThrow(RangeError);
  });

  it('gives names ending in a possessive head the pronominal н', () => {
    expect(inflect('Қазақстан Республикасы', 'dat')).toBe('Қазақстан Республикасына');
    expect(inflect('Ресей Федерациясы', 'loc')).toBe('Ресей Федерациясында');
    expect(inflect('Кеңес Одағы', 'acc')).toBe('Кеңес Одағын');
    expect(inflect('саясаты', 'abl', { possessive: true })).toBe('саясатынан');
    // Without the head or the option a final -ы is an ordinary vowel.
    expect(inflect('Алматы', 'dat')).toBe('Алматыға');
  });

  it('hyphenates acronym suffixes', () => {
    expect(inflect('ТМД', 'gen')).toBe('ТМД-ның');
    expect(inflect('АҚШ', 'ins')).toBe('АҚШ-пен');
    expect(inflect('ТМД', 'nom', { plural: true })).toBe('ТМД-лар');
  });
});
