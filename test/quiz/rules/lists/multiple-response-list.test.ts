import type { Course } from '../../../../src/model/course';
import type { MultipleResponseItem } from '../../../../src/model/quiz';
import { formatGivesAway, lengthGivesAway, multipleResponseListRule, normalisedText } from '../../../../src/quiz/rules/lists';
import { courseAt, countsByLesson, fixture, invariantProblems, itemsOf, lintProblems, REAL_COURSE, reasonsOf, run } from './structured-helpers';

const rule = multipleResponseListRule();
const rightTexts = (item: MultipleResponseItem) => item.options.filter((o) => item.answers.includes(o.id)).map((o) => o.text);
const wrongTexts = (item: MultipleResponseItem) => item.options.filter((o) => !item.answers.includes(o.id)).map((o) => o.text);
const byIntro = (items: MultipleResponseItem[], words: string) => items.find((item) => item.stem.includes(words));

describe('multiple-response-list on the Kazakh fixture', () => {
  let course: Course;
  let items: MultipleResponseItem[];
  beforeAll(async () => {
    course = await fixture('kk');
    items = itemsOf(run(course, rule)) as MultipleResponseItem[];
  });

  it('asks about each list of three or more items, quoting its intro', () => {
    expect(items.length).toBe(6);
    const documents = byIntro(items, 'Келіссөздердің нәтижесінде');
    expect(documents?.stem).toBe('Мәтінде: «Келіссөздердің нәтижесінде бірқатар құжаттарға қол қойылды: …» Төмендегілердің қайсылары осы тізімге жатады? Барлық дұрыс жауапты белгілеңіз.');
    expect(documents?.source).toEqual({ lesson: 'l1', line: 8, text: 'Келіссөздердің нәтижесінде бірқатар құжаттарға қол қойылды:' });
    expect(documents?.feedback).toContain('стратегиялық серіктестік декларациясы; аймақтық ынтымақтастық келісімі');
  });

  it('takes right options from the list and wrong ones from other lists, cleaned and capitalised alike', () => {
    const documents = byIntro(items, 'Келіссөздердің нәтижесінде')!;
    const listed = ['Стратегиялық серіктестік декларациясы', 'Аймақтық ынтымақтастық келісімі', 'Экономикалық ынтымақтастық стратегиясы', 'Сыртқы істер министрліктерінің ынтымақтастық құжаты'];
    expect(rightTexts(documents).every((text) => listed.includes(text))).toBe(true);
    expect(wrongTexts(documents).some((text) => listed.includes(text))).toBe(false);
    for (const option of items.flatMap((item) => item.options)) {
      expect(option.text).toMatch(/^\p{Lu}/u);
      expect(option.text).not.toMatch(/[;.,]$/u);
    }
  });

  it('never offers as wrong an item that the list itself holds (an item shared by two lists)', () => {
    const water = byIntro(items, 'су мәселесін шешу')!;
    const directions = byIntro(items, 'жаңа бағыттары')!;
    for (const item of [water, directions]) {
      expect(wrongTexts(item).map(normalisedText)).not.toContain(normalisedText('Кедендік кедергілерді жою'));
    }
  });

  it('gives wrong options the form of the right ones (actions with actions, names with names)', () => {
    const actions = byIntro(items, 'Ұйымның басты мақсаттары')!;
    for (const text of actions.options.map((o) => o.text)) expect(text).toMatch(/(?:у|ю)$/u);
  });

  it('drops a list of two items, with a stable reason', () => {
    const banks = run(course, rule);
    expect(banks.find((bank) => bank.lesson === 'l1')?.dropped).toEqual([
      { rule: 'multiple-response-list', reason: 'list-too-short', sentence: 'Интеграциялық модель екі негізге ие:', line: 51 },
    ]);
    expect(reasonsOf(banks)).toContain('items-unfit'); // the dated lists of l2: years belong to ordering items
  });

  it('keeps the model invariants and passes the bank lint', () => {
    for (const item of items) expect(invariantProblems(item)).toEqual([]);
    expect(lintProblems(course, run(course, rule))).toEqual([]);
  });

  it('is deterministic: ids, option order and answers are the same on every run', () => {
    expect(JSON.stringify(itemsOf(run(course, rule)))).toBe(JSON.stringify(items));
  });
});

describe('multiple-response-list in other languages (lists are language-neutral)', () => {
  it.each([['ru', 'Главными препятствиями интеграции'], ['en', 'The main obstacles to regional integration']] as const)(
    'makes items from the %s fixture', async (language, intro) => {
      const items = itemsOf(run(await fixture(language), rule)) as MultipleResponseItem[];
      expect(items.length).toBe(3);
      const obstacles = byIntro(items, intro)!;
      expect(rightTexts(obstacles).length).toBeGreaterThanOrEqual(2);
      for (const item of items) expect(invariantProblems(item)).toEqual([]);
    },
  );
});

describe('lengthGivesAway', () => {
  it('flags right options all longer than the wrong ones, or lengths far apart', () => {
    expect(lengthGivesAway(['a long right option', 'another long right one'], ['short', 'tiny'])).toBe(true);
    expect(lengthGivesAway(['ab'], ['a far far far longer option'])).toBe(true);
    expect(lengthGivesAway(['medium option', 'short'], ['also medium', 'tiny one'])).toBe(false);
  });
});

describe('formatGivesAway', () => {
  it('flags right options that alone are written with abbreviations (or alone without)', () => {
    expect(formatGivesAway(['ҚР Үкіметі мен ӨР Үкіметі келісімі', 'ҚР Президентінің мәлімдемесі'], ['Аймақтық келісім', 'Декларация'])).toBe(true);
    expect(formatGivesAway(['Аймақтық келісім', 'Декларация'], ['ҚР Үкіметінің келісімі', 'ШЫҰ құжаты'])).toBe(true);
    expect(formatGivesAway(['ҚР Үкіметі мен ӨР Үкіметі келісімі', 'Декларация'], ['Аймақтық келісім', 'ШЫҰ құжаты'])).toBe(false);
  });
});

describe('multiple-response-list on the real course', () => {
  let course: Course;
  let banks: ReturnType<typeof run>;
  beforeAll(async () => {
    course = await courseAt(REAL_COURSE);
    banks = run(course, rule);
  });

  it('makes items that keep the invariants and pass the bank lint, and says why lists were dropped', () => {
    const items = itemsOf(banks) as MultipleResponseItem[];
    expect(items.length).toBeGreaterThanOrEqual(5);
    for (const item of items) expect(invariantProblems(item)).toEqual([]);
    expect(lintProblems(course, banks)).toEqual([]);
    const counts = countsByLesson(banks);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(items.length);
    // 22 lists: each one gives an item or a reason
    const reasons = reasonsOf(banks);
    expect(items.length + reasons.length).toBeGreaterThanOrEqual(22);
    expect(new Set(reasons)).toEqual(new Set(reasons.filter((r) => ['list-too-short', 'intro-needs-context', 'intro-unfit', 'items-unfit', 'too-few-wrong-options', 'length-give-away', 'format-give-away'].includes(r))));
  });

  it('never offers one visit\'s documents as wrong options for the same visit told again (kirispe and s2-2 repeat a list)', () => {
    const items = itemsOf(banks) as MultipleResponseItem[];
    const documents = items.find((item) => item.source.lesson === 'kirispe' && item.stem.includes('құжаттарға қол қойылды'));
    expect(documents).toBeDefined();
    for (const wrong of wrongTexts(documents!)) expect(wrong).not.toMatch(/декларациясы|аймақаралық ынтымақтастыққа|министрлерінің ынтымақтастығы/u);
  });
});
