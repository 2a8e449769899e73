/**
 * Place, person and organisation clozes in Russian and English: every option in the key's case
 * (Russian, src/text/ru), the English possessive kept, and the keys that must be refused.
 */
import * as path from 'node:path';
import type { ChoiceItem } from '../../../src/model/quiz';
import { generateBanks, type GeneratedLesson } from '../../../src/quiz/generate';
import { CLOZE_RULES } from '../../../src/quiz/rules/cloze/rule';
import { quizRules } from '../../../src/quiz/rules/registry';
import { casesOf } from '../../../src/text/ru';
import { checkAgreement } from '../../../src/quiz/checks';
import { draftOf, loadFixture } from './helpers';
import { pickDistractors } from '../../../src/quiz/distractors';
import { entityCandidates, russianOptions } from '../../../src/quiz/distractors/entities';
import { inflectName } from '../../../src/text/ru';
import type { EntityKey } from '../../../src/quiz/distractors/types';

const FIXTURES = path.join(__dirname, '../../fixtures/quiz-entities');

/** Every cloze rule, those not registered (people, organisations) too: their code is still tested. */
const RULES = [...CLOZE_RULES, ...quizRules().filter((rule) => !rule.id.startsWith('cloze-'))];

async function lessonOf(language: 'ru' | 'en'): Promise<GeneratedLesson> {
  const { course } = await loadFixture(path.join(FIXTURES, language));
  return generateBanks(course, { rules: RULES, select: true })[0]!;
}

const choice = (lesson: GeneratedLesson, fragment: string) =>
  lesson.items.find((item): item is ChoiceItem => item.kind === 'choice' && item.source.text.includes(fragment));
const optionTexts = (item: ChoiceItem | undefined) => (item?.options ?? []).map((option) => option.text).sort();

describe('entity clozes in Russian', () => {
  let lesson: GeneratedLesson;
  beforeAll(async () => { lesson = await lessonOf('ru'); });

  it('puts every option in the case the preposition asks: в + prepositional, genitive after a noun, в + accusative', () => {
    const gas = choice(lesson, 'запасы природного газа');
    expect(gas!.stem).toContain('сосредоточены в ____ по оценкам');
    expect(optionTexts(gas)).toEqual(['Кыргызстане', 'Таджикистане', 'Туркменистане', 'Узбекистане']);
    const energy = choice(lesson, 'Энергосистема Таджикистана');
    expect(optionTexts(energy)).toEqual(['Казахстана', 'Таджикистана', 'Туркменистана', 'Узбекистана']);
    const exports = choice(lesson, 'Экспорт электроэнергии');
    expect(optionTexts(exports)).toEqual(['Афганистан', 'Иран', 'Китай', 'Россию']);
    for (const option of exports!.options) expect(option.text === 'Россию' || casesOf(option.text, option.text).includes('acc')).toBe(true);
  });

  it('leaves indeclinable cities as they are beside declined ones (в Душанбе, в Алматы, в Ташкенте)', async () => {
    // a city is no cloze key of the rule any more (src/quiz/rules/cloze/rule.ts): its options are asked of the picker
    const { text } = await loadFixture(path.join(FIXTURES, 'ru'));
    const draft = draftOf(text, 'Главный офис', 'place');
    const options = pickDistractors(draft, text, 'seed', 3).distractors.map((option) => option.text);
    expect([draft.key.text, ...options]).toEqual(expect.arrayContaining(['Душанбе', 'Алматы']));
    expect(options.some((option) => /е$/u.test(option) && option !== 'Душанбе')).toBe(true);
    expect(choice(lesson, 'Главный офис')).toBeUndefined();
  });

  it('keeps a river named after its head noun in the nominative (на реке Вахш / на реке Иртыш)', () => {
    const river = choice(lesson, 'Рогунской ГЭС');
    expect(river!.stem).toContain('на реке ____ вызвало');
    for (const option of river!.options) expect(casesOf(option.text, option.text)).toContain('nom');
  });

  it('offers acronyms for an acronym, indeclinable (Эксперты ШОС / МКВК)', () => {
    const sco = choice(lesson, 'Эксперты ШОС');
    expect(sco!.rule).toBe('cloze-organisation');
    expect(sco!.options.every((option) => /^\p{Lu}{2,}$/u.test(option.text))).toBe(true);
  });

  it('check 5 drops an option in another case than the key (в Туркменистане, not в Туркменистан)', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'ru'));
    const draft = draftOf(text, 'запасы природного газа', 'place');
    const turkmenistan = text.catalogue.byId.get('turkmenistan')!;
    const option = (written: string) => ({ text: written, identity: 'turkmenistan', entity: turkmenistan, name: 'Туркменистан' });
    expect(checkAgreement({ ...draft, key: { ...draft.key } }, option('Туркменистане'))).toEqual([]);
    expect(checkAgreement(draft, option('Туркменистан'))[0]?.message).toContain("not in the key's case (prep)");
  });

  // must-drop
  it('refuses a key with a word agreeing with it before (в соседнем Китае) and a full name of several words', () => {
    const reasons = (fragment: string) => lesson.dropped.filter((drop) => drop.sentence.includes(fragment)).map((drop) => drop.reason);
    expect(reasons('В соседнем Китае')).toContain('key-agreeing-word-before');
    expect(reasons('Межгосударственная координационная')).toContain('key-full-name');
  });
});

describe('a Russian name read as nominative or accusative alike', () => {
  it('takes only distractors that read the same in both cases when nothing before the key tells which («остаётся Казахстан»: no «Россия»/«Россию»)', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'ru'));
    const draft = draftOf(text, 'Главным покупателем узбекского газа', 'place');
    const offered = entityCandidates(draft.key as EntityKey, text, 'ru').flat().map((option) => option.text);
    expect(offered.length).toBeGreaterThanOrEqual(3);
    expect(offered).not.toContain('Россия');
    expect(offered).not.toContain('Россию');
  });

  it('takes only indeclinable distractors for an indeclinable key in an unsettled case («остаётся Алматы»: no «Бишкека»)', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'ru'));
    const draft = draftOf(text, 'Главным финансовым центром', 'place');
    const offered = entityCandidates(draft.key as EntityKey, text, 'ru').flat();
    expect(offered.map((option) => option.text)).toContain('Душанбе');
    for (const option of offered) expect(inflectName(option.name!, 'gen', russianOptions(option.entity!))).toBe(option.text);
    expect(offered.map((option) => option.text)).not.toContain('Бишкека');
  });
});

describe('entity clozes in English', () => {
  let lesson: GeneratedLesson;
  beforeAll(async () => { lesson = await lessonOf('en'); });

  it('asks places with options of the same kind: countries for a country, rivers for a river', () => {
    expect(optionTexts(choice(lesson, 'natural gas'))).toEqual(['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan']);
    const river = choice(lesson, 'Rogun Dam');
    expect(river!.stem).toContain('on the ____ River');
    expect(river!.options.map((option) => option.text)).toContain('Vakhsh');
  });

  it('finds a head of state by Latin initials and offers heads of state', () => {
    const person = lesson.items.find((item) => item.source.text.includes('E. Rahmon'));
    expect(person).toBeDefined();
    if (person!.kind === 'choice') expect((person as ChoiceItem).options.every((option) => /^[A-Z]\. [A-Z][a-z]+$/u.test(option.text))).toBe(true);
  });

  // must-drop
  it('refuses an adjective made from a name ("Russian companies") and a stem that points back', () => {
    const reasons = (fragment: string) => lesson.dropped.filter((drop) => drop.sentence.includes(fragment)).map((drop) => drop.reason);
    expect(reasons('Russian companies')).toContain('key-derived-word');
    expect(lesson.items.some((item) => item.source.text.includes('Russian companies'))).toBe(false);
  });
});
