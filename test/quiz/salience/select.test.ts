import * as path from 'node:path';
import type { ChoiceItem, QuizItem, TrueFalseItem } from '../../../src/model/quiz';
import { quizRules } from '../../../src/quiz/rules/registry';
import { clozeRule } from '../../../src/quiz/rules/cloze/rule';
import { generateBanks } from '../../../src/quiz/generate';
import { MAX_ITEMS, salienceModel, selectItems, type KeyFact } from '../../../src/quiz/salience';
import { indexCourseText } from '../../../src/quiz/text';
import { loadFixture } from '../rules/helpers';

const FIXTURES = path.join(__dirname, '../../fixtures/quiz-salience');

/** A choice item on the lesson's sentence that holds `fragment`. */
function itemOn(text: ReturnType<typeof indexCourseText>, fragment: string, id: string, stem = `${id} ____.`): ChoiceItem {
  const sentence = text.sentences.find((found) => found.sentence.clean.includes(fragment))!;
  return {
    id, kind: 'choice', status: 'draft', rule: 'cloze-year', stem, answer: 'a', feedback: 'f', fingerprint: '',
    options: [{ id: 'a', text: '1' }, { id: 'b', text: '2' }, { id: 'c', text: '3' }],
    source: { lesson: sentence.lesson, line: sentence.line, text: sentence.sentence.clean },
  };
}

describe('selection of a lesson bank', () => {
  it('ranks the lesson\'s thesis above its side details', async () => {
    const { course, text } = await loadFixture(path.join(FIXTURES, 'en'));
    const salience = salienceModel(course, text);
    const score = (fragment: string) => salience.score(text.sentences.find((found) => found.sentence.clean.includes(fragment))!.index);
    expect(score('main source of tension')).toBeGreaterThan(score('335 metres high'));
    expect(score('main source of tension')).toBeGreaterThan(score('Professor Smith'));
  });

  it('drops trivia by class, keeps year keys to a third and one item per stem', async () => {
    const { course, text } = await loadFixture(path.join(FIXTURES, 'en'));
    const salience = salienceModel(course, text);
    const items: QuizItem[] = [
      itemOn(text, 'main source of tension', 'thesis'),
      itemOn(text, 'opposed new dams', 'dams'),
      itemOn(text, 'depend on irrigation', 'irrigation'),
      itemOn(text, 'Regional cooperation', 'y1'),
      itemOn(text, 'Trade between the five', 'y2'),
      itemOn(text, 'upstream states need water', 'y3'),
      itemOn(text, 'planned capacity', 'capacity'),
      itemOn(text, 'upstream states need water', 'twin', 'thesis ____.'),
    ];
    const keys = new Map<string, KeyFact>([['y1', { type: 'year' }], ['y2', { type: 'year' }], ['y3', { type: 'year' }], ['capacity', { type: 'amount', numberText: '3,600' }]]);
    const { items: kept, dropped } = selectItems({ lesson: 'water', items, keys, text, salience, minimum: 15 });
    const reasons = Object.fromEntries(dropped.map((found) => [items.find((item) => item.source.text === found.sentence && item.rule === found.rule && !kept.includes(item))?.id ?? '', found.reason]));
    // three other items stand beside one year key: the other two wait for more and are dropped
    expect(dropped.map((found) => found.reason).sort()).toEqual(['duplicate-stem', 'trivia-capacity', 'year-share', 'year-share']);
    expect(reasons['capacity']).toBe('trivia-capacity');
    const years = kept.filter((item) => keys.get(item.id)?.type === 'year').length;
    expect(years * 3).toBeLessThanOrEqual(kept.length);
    expect(new Set(kept.map((item) => item.stem)).size).toBe(kept.length);
  });

  it('counts a statement made false by a year against the year share, a true statement holding one not; keeps true and false at most one apart', async () => {
    const { course, text } = await loadFixture(path.join(FIXTURES, 'en'));
    const salience = salienceModel(course, text);
    const statement = (fragment: string, id: string, answer: boolean): TrueFalseItem => {
      const { options: _options, answer: _answer, ...rest } = itemOn(text, fragment, id, `${id} statement.`);
      return { ...rest, kind: 'true-false', rule: 'true-false-swap', answer };
    };
    const keys = new Map<string, KeyFact>(['t1', 't2', 't3', 'f1', 'f2', 'f3'].map((id) => [id, { type: 'year' }]));
    const run = (answer: boolean) => {
      const items = [
        statement('main source of tension', `${answer ? 't' : 'f'}1`, answer),
        statement('Regional cooperation', `${answer ? 't' : 'f'}2`, answer),
        statement('Trade between the five', `${answer ? 't' : 'f'}3`, answer),
      ];
      return selectItems({ lesson: 'water', items, keys, text, salience, minimum: 15 });
    };
    // two true statements with a year in each and one made false by a name: none asks for a year, all are kept
    const mixed = selectItems({
      lesson: 'water', text, salience, minimum: 15,
      items: [statement('main source of tension', 't1', true), statement('Regional cooperation', 't2', true), statement('Trade between the five', 'f1', false)],
      keys: new Map<string, KeyFact>([['t1', { type: 'year' }], ['t2', { type: 'year' }], ['f1', { type: 'person' }]]),
    });
    expect(mixed.items.map((item) => item.id)).toHaveLength(3);
    // three true statements and no false one: a learner would answer "true" to all; one more true than false at most
    const trues = run(true);
    expect(trues.items).toHaveLength(1);
    expect(trues.dropped.map((found) => found.reason)).toEqual(['balance', 'balance']);
    // three made false by a year: each tests the year, and with nothing beside them none may stand
    const falses = run(false);
    expect(falses.items).toHaveLength(0);
    expect(falses.dropped.map((found) => found.reason)).toEqual(['year-share', 'year-share', 'year-share']);
  });

  it.each(['kk', 'ru', 'en'] as const)('%s: generated banks keep no trivia, no repeated stem, years at most a third', async (language) => {
    const { course } = await loadFixture(path.join(FIXTURES, language));
    // with the amount cloze asked for (it is not registered): selection must still drop its trivia
    const [lesson] = generateBanks(course, { rules: [...quizRules(), clozeRule('amount')], select: true });
    const items = lesson!.items;
    expect(items.length).toBeLessThanOrEqual(MAX_ITEMS);
    expect(new Set(items.map((item) => item.stem)).size).toBe(items.length);
    // what an item tests is its own sentence (a sentence before it may be shown as its context)
    for (const item of items) expect(item.source.text).not.toMatch(/мегаватт|megawatt|3600|3,600|Professor|Сауалнама|опрос/u);
    const yearItems = items.filter((item) => item.rule === 'cloze-year' || item.rule === 'cloze-date').length;
    expect(yearItems * 3).toBeLessThanOrEqual(Math.max(items.length, 0));
    // the English capacity has no unit the amount finder knows: it is no candidate at all there
    if (language !== 'en') expect(lesson!.dropped.map((found) => found.reason)).toEqual(expect.arrayContaining(['trivia-capacity']));
  });
});
