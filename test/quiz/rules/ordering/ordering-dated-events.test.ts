import type { Course } from '../../../../src/model/course';
import type { OrderingItem } from '../../../../src/model/quiz';
import { candidatesOf, datedBy, orderingDatedEventsRule } from '../../../../src/quiz/rules/ordering';
import { quizRules } from '../../../../src/quiz/rules/registry';
import type { DatedEvent } from '../../../../src/quiz/rules/ordering';
import { courseAt, countsByLesson, fixture, invariantProblems, itemsOf, lintProblems, REAL_COURSE, reasonsOf, run } from '../lists/structured-helpers';

const rule = orderingDatedEventsRule();
const stepTexts = (item: OrderingItem) => item.steps.map((step) => step.text);

describe('datedBy: the one point in time of a statement, and the statement without it', () => {
  it('removes Kazakh, Russian and English point-in-time forms', () => {
    expect(datedBy('1994 жылы Орталық Азиялық одақ;', 'kk')).toEqual({ year: 1994, rest: 'Орталық Азиялық одақ;' });
    expect(datedBy('Құжат 2021 жылы 17 қыркүйекте қабылданды.', 'kk')).toEqual({ year: 2021, rest: 'Құжат қабылданды.' });
    expect(datedBy('Союз был создан в 1994 году.', 'ru')).toEqual({ year: 1994, rest: 'Союз был создан.' });
    expect(datedBy('In 1994, the union was founded.', 'en')).toEqual({ year: 1994, rest: 'the union was founded.' });
  });

  it('refuses ranges, decades, "since" forms and statements with two years', () => {
    expect(datedBy('2017-2019 жылдарға экономикалық стратегия', 'kk')).toBe('not-a-point-in-time');
    expect(datedBy('1990 жылдары сауда азайды', 'kk')).toBe('not-a-point-in-time');
    expect(datedBy('2013 жылдан бастап мүше болды', 'kk')).toBe('not-a-point-in-time');
    expect(datedBy('2002 жылы 263 млн. доллар болса, 2006 жылы 500 млн. долларға жетті', 'kk')).toBe('several-years');
    expect(datedBy('Ешқандай жыл жоқ', 'kk')).toBe('no-year');
  });
});

describe('ordering-dated-events on the Kazakh fixture', () => {
  let course: Course;
  let items: OrderingItem[];
  beforeAll(async () => {
    course = await fixture('kk');
    items = itemsOf(run(course, rule)) as OrderingItem[];
  });

  it('orders a dated list, its steps without their years, the intro quoted', () => {
    const list = items.find((item) => item.stem.includes('мына құрылымдарды'));
    expect(stepTexts(list!)).toEqual(['Орталық Азиялық одақ', 'Орталық Азиялық экономикалық форум', 'Орталық Азиялық ынтымақтастық ұйымы', 'Орталық Азиялық елдердің одағы']);
    expect(list!.stem).toBe('Мәтінде: «Қазақстан Орталық Азияда мына құрылымдарды ұсынған болатын: …» Мына оқиғаларды мәтін бойынша хронологиялық ретпен орналастырыңыз: ең ертесі бірінші.');
    expect(list!.feedback).toContain('1994 ж. — Орталық Азиялық одақ; 2001 ж. — Орталық Азиялық экономикалық форум');
    expect(list!.steps.map((step) => step.id).join('')).not.toBe('abcd'); // ids do not spell the answer
  });

  it('orders a run of dated statements of one paragraph', () => {
    const run3 = items.find((item) => item.steps.some((step) => step.text.includes('дипломатиялық қатынастар')));
    expect(stepTexts(run3!)).toEqual([
      'Қазақстан мен Өзбекстан арасындағы дипломатиялық қатынастар қараша айында орнады',
      'Мемлекетаралық қатынасты реттеуші құжат желтоқсанда Ашхабадта қабылданды',
      'Мәңгілік достық туралы келісімшарт Ташкентте жасалды',
    ]);
    expect(run3!.source.text).toBe('Қазақстан мен Өзбекстан арасындағы дипломатиялық қатынастар 1992 жылы қараша айында орнады.');
  });

  it('drops a dated list whose years tie, leaving fewer than three distinct years', () => {
    expect(items.some((item) => item.steps.some((step) => step.text.includes('батальоны')))).toBe(false);
    const reasons = reasonsOf(run(course, rule));
    expect(reasons).toEqual(expect.arrayContaining(['tied-years', 'too-few-events']));
  });

  it('keeps the model invariants and passes the bank lint', () => {
    expect(items.length).toBe(2);
    for (const item of items) expect(invariantProblems(item)).toEqual([]);
    expect(lintProblems(course, run(course, rule))).toEqual([]);
  });
});

describe('candidatesOf', () => {
  const event = (year: number, step: string, line: number): DatedEvent => ({ year, step, sentence: `${year}: ${step}`, line, order: line * 100 });

  it('keeps the first event of each year, and cuts statements far apart into separate runs', () => {
    const split = candidatesOf({
      kind: 'statements',
      refused: [],
      events: [event(1992, 'A', 10), event(1993, 'B', 12), event(1992, 'C', 14), event(1998, 'D', 16), event(2001, 'E', 80)],
    });
    expect(split.candidates.map((c) => c.events.map((e) => e.step))).toEqual([['A', 'B', 'D']]);
    expect(split.ties.map((e) => e.step)).toEqual(['C']);
    expect(split.short.map((run) => run.map((e) => e.step))).toEqual([['E']]);
  });

  it('splits a long group into chunks of three to five', () => {
    const events = [1990, 1991, 1992, 1993, 1994, 1995, 1996].map((year, index) => event(year, `S${year}`, index));
    expect(candidatesOf({ kind: 'list', refused: [], events }).candidates.map((c) => c.events.length)).toEqual([4, 3]);
  });
});

describe('ordering-dated-events in other languages (years are language-neutral)', () => {
  it.each([
    ['ru', ['Центральноазиатский союз был создан', 'Центральноазиатское экономическое сообщество возникло', 'Организация центральноазиатского сотрудничества появилась']],
    ['en', ['The Central Asian Union was founded', 'The Central Asian Economic Community was formed', 'The Central Asian Cooperation Organisation was established']],
  ] as const)('orders the %s fixture\'s dated statements', async (language, steps) => {
    const course = await fixture(language);
    const items = itemsOf(run(course, rule)) as OrderingItem[];
    expect(items.map(stepTexts)).toEqual([steps]);
    expect(lintProblems(course, run(course, rule))).toEqual([]);
  });
});

describe('ordering-dated-events on the real course', () => {
  let course: Course;
  let banks: ReturnType<typeof run>;
  beforeAll(async () => {
    course = await courseAt(REAL_COURSE);
    banks = run(course, rule);
  });

  it('orders the dated list of s2-3 (1994, 2001, 2002, 2007) without the years', () => {
    const items = itemsOf(banks) as OrderingItem[];
    const list = items.find((item) => item.source.lesson === 's2-3' && item.stem.includes('құрылымдарды'));
    expect(list && stepTexts(list)).toEqual(['Орталық Азиялық одақ', 'Орталық Азиялық экономикалық форум', 'Орталық Азиялық ынтымақтастық ұйымы', 'Орталық Азиялық елдердің одағы болды']);
  });

  it('keeps the invariants, passes the bank lint, and tests only events of its own lesson', () => {
    const items = itemsOf(banks) as OrderingItem[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) expect(invariantProblems(item)).toEqual([]);
    expect(lintProblems(course, banks)).toEqual([]);
    for (const bank of banks) for (const item of bank.items) expect(item.source.lesson).toBe(bank.lesson);
    expect(Object.keys(countsByLesson(banks))).toHaveLength(course.lessons.length);
  });
});

describe('ordering-dated-events and multiple-response-list are off by default', () => {
  it('are not registered: blind reviews accepted 4 of 36 and 0 of 13 of their items; an instructor writes such items by hand', () => {
    const registered = quizRules().map((rule) => rule.id);
    expect(registered).not.toContain(orderingDatedEventsRule().id);
    expect(registered).not.toContain('multiple-response-list');
    expect(registered).toEqual(expect.arrayContaining(['cloze-year', 'true-false-swap', 'matching-pairs']));
  });
});
