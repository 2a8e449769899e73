import type { Language } from '../../../src/model/course';
import { checkSentenceFit, type Draft } from '../../../src/quiz/checks';
import type { Distractor, QuantityKey } from '../../../src/quiz/distractors/types';
import { stemOf } from '../../../src/quiz/rules/shared/items';
import { findEntities, findQuantities, splitSentences } from '../../../src/quiz/text';
import type { CourseSentence } from '../../../src/quiz/text';

/** A draft blanking the quantity of `type` whose number reads `keyText`. */
function draft(text: string, language: Language, type: QuantityKey['type'], keyText: string): Draft {
  const sentence = splitSentences(text, language)[0]!;
  const quantities = findQuantities(sentence.clean, language);
  const course: CourseSentence = { lesson: 'l', line: 1, index: 0, position: 0, paragraphKind: 'paragraph', sentence, entities: findEntities(sentence.clean, language), quantities };
  const quantity = quantities.find((found) => found.kind === type && found.numberText === keyText)!;
  const start = sentence.clean.indexOf(keyText, quantity.start);
  const key: QuantityKey = { type, start, end: start + keyText.length, text: keyText, identity: `${type}:${quantity.value}`, quantity };
  return { language, statement: { sentence: course, text: sentence.clean, entities: course.entities, quantities }, key, stem: stemOf(sentence.clean, key.start, key.end), distractors: [] };
}

const year = (value: number): Distractor => ({ text: String(value), identity: `year:${value}`, value, pool: 'year' });
const number = (value: number, pool: string): Distractor => ({ text: String(value), identity: `${pool}:${value}`, value, pool });
const fits = (made: Draft, distractor: Distractor) => checkSentenceFit(made, distractor).length === 0;

describe('distractors respect what the sentence says of its number', () => {
  it('keeps the start of a span before its end (from ____ to 2022)', () => {
    const made = draft('The programme ran from 2015 to 2022 in all five states.', 'en', 'year', '2015');
    expect([fits(made, year(2024)), fits(made, year(2022)), fits(made, year(2012))]).toEqual([false, false, true]);
  });

  it('keeps the end of a span after its start (kk: 2015 жылдан ____ жылға дейін)', () => {
    const made = draft('Бағдарлама 2015 жылдан 2022 жылға дейін барлық бес елде жүзеге асты.', 'kk', 'year', '2022');
    expect([fits(made, year(2012)), fits(made, year(2025))]).toEqual([false, true]);
  });

  it.each<[Language, string, string, number, number]>([
    ['en', 'Timur set out for China at the end of 1404 and died at Otrar in February 1405 before reaching it.', '1405', 1399, 1409],
    ['ru', 'Референдум в феврале 2007 года ввёл новую систему выборов, которая действовала с 2010 года до её отмены.', '2010', 2005, 2008],
    ['kk', 'Қазақстан 1991 жылы тәуелсіздік алды, ал 1997 жылы елдің астанасы Ақмолаға көшірілді.', '1997', 1987, 1994],
  ])('%s: a year stays on the key\'s side of every other year of the sentence («%s»)', (language, text, keyText, crossing, keeping) => {
    const made = draft(text, language, 'year', keyText);
    expect(checkSentenceFit(made, year(crossing))[0]?.message).toMatch(/is on the other side of/u);
    expect(fits(made, year(keeping))).toBe(true);
  });

  it('offers no year of a period in which the statement also held (с ____ года)', () => {
    const made = draft('Казахстан является членом организации с 1992 года без перерыва.', 'ru', 'year', '1992');
    expect([fits(made, year(1995)), fits(made, year(1989))]).toEqual([false, true]);
  });

  it('ru: до ____ года holds every earlier year', () => {
    const made = draft('Соглашение о поставках газа действует до 2030 года для обеих сторон.', 'ru', 'year', '2030');
    expect([fits(made, year(2027)), fits(made, year(2033))]).toEqual([false, true]);
  });

  it('keeps out of the range an approximate figure allows (шамамен 80 пайыз)', () => {
    const made = draft('Елдің суының шамамен 80 пайызы көрші елдерден келеді деп есептеледі.', 'kk', 'percent', '80');
    const pool = made.key.type === 'percent' ? 'percent||' : '';
    expect([fits(made, number(85, pool)), fits(made, number(75, pool)), fits(made, number(55, pool))]).toEqual([false, false, true]);
  });

  it('offers no simple multiple or half of the key (672 → 1 344)', () => {
    const made = draft('Trade reached 672 million dollars in the first year of the programme.', 'en', 'amount', '672');
    const pool = `amount|${made.key.type === 'amount' ? (made.key.quantity.scale ?? '') : ''}|${made.key.type === 'amount' ? (made.key.quantity.unit ?? '') : ''}`;
    expect([fits(made, number(1344, pool)), fits(made, number(336, pool)), fits(made, number(1008, pool)), fits(made, number(910, pool))]).toEqual([false, false, false, true]);
  });
});
