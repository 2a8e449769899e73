import type { Course } from '../../../../src/model/course';
import type { MatchingItem } from '../../../../src/model/quiz';
import { acronymPairs, definitionPairs, matchingPairsRule, unambiguous } from '../../../../src/quiz/rules/matching';
import { indexCourseText } from '../../../../src/quiz/text';
import { courseAt, countsByLesson, fixture, invariantProblems, itemsOf, lintProblems, REAL_COURSE, reasonsOf, run } from '../lists/structured-helpers';

const rule = matchingPairsRule();
const pairsOf = (item: MatchingItem) => item.pairs.map((pair) => [pair.left, pair.right]);

describe('matching-pairs on the Kazakh fixture', () => {
  let course: Course;
  let items: MatchingItem[];
  beforeAll(async () => {
    course = await fixture('kk');
    items = itemsOf(run(course, rule)) as MatchingItem[];
  });

  it('matches scholars with the theories named after them, the scholar in the nominative', () => {
    const scholars = items.find((item) => item.stem.startsWith('Ғалымдарды'));
    expect(pairsOf(scholars!)).toEqual([
      ['И. Валлерстайн', 'Әлемдік жүйе теориясы'],
      ['Р. Робертсон', 'Жаһандану теориясы'],
      ['А. Вендт', 'Конструктивизм теориясы'],
    ]);
    expect(scholars!.feedback).toContain('«И. Валлерстайнның әлемдік жүйе теориясы аймақты әлемдік экономикамен байланыстырады.»');
  });

  it('drops a theory two scholars share: the right side would fit both', () => {
    const rights = items.flatMap((item) => item.pairs.map((pair) => pair.right));
    expect(rights).not.toContain('Реализм теориясы');
    expect(reasonsOf(run(course, rule)).filter((reason) => reason === 'ambiguous-right').length).toBeGreaterThanOrEqual(2);
  });

  it('matches table rows with one column\'s figures, dropping the total and a column whose figures repeat', () => {
    const table = items.filter((item) => item.stem.includes('Кесте 1'));
    expect(table).toHaveLength(1);
    expect(table[0].stem).toBe('«Кесте 1 – Сауалнама топтары» кестесі бойынша әр жолды «Қазақстан» бағанындағы көрсеткішімен сәйкестендіріңіз.');
    expect(pairsOf(table[0])).toEqual([['Саясаттанушылар тобы', '33%'], ['Студенттер тобы', '28%'], ['Басқа мамандар тобы', '18%']]);
  });

  it('keeps the model invariants and passes the bank lint', () => {
    expect(items).toHaveLength(2);
    for (const item of items) expect(invariantProblems(item)).toEqual([]);
    expect(lintProblems(course, run(course, rule))).toEqual([]);
  });
});

describe('unambiguous', () => {
  const pair = (left: string, right: string) => ({ left, right, sentence: `${left} ${right}`, line: 1 });

  it('keeps the first pair of a left told twice and drops every pair of a shared right', () => {
    const { kept, ambiguous } = unambiguous([pair('A', 'x'), pair('A', 'y'), pair('B', 'z'), pair('C', 'z'), pair('D', 'w')]);
    expect(kept.map((p) => p.left)).toEqual(['A', 'D']);
    expect(ambiguous.map((p) => p.left)).toEqual(['B', 'C']);
  });
});

describe('definitions and acronyms', () => {
  it('takes real definitions and refuses "X – Y" sentences that are not', async () => {
    const course = await fixture('kk');
    const text = indexCourseText({
      ...course,
      lessons: [{
        ...course.lessons[0],
        body: [
          'Аймақ – белгілі бір территориялық аумақта орналасқан бір топ елдердің жиынтығы.',
          '',
          'Қазақстан - Өзбекстан ынтымақтастығы ортақ тарихи өткенге негізделген.',
          '',
          'Диссертация жұмысының мақсаты – Орталық Азияның консолидациясының жолдарын ғылыми негіздеп, кешенді зерттеу.',
          '',
          'Бұл ара- қатынастарға пандемия сызат түсіргенменде әлі де перспективалары мол болып табылады.',
        ].join('\n'),
      }],
    });
    expect(definitionPairs(text.sentences, 'kk').map((p) => [p.left, p.right])).toEqual([
      ['Аймақ', 'Белгілі бір территориялық аумақта орналасқан бір топ елдердің жиынтығы'],
    ]);
  });

  it('finds acronyms with the full names spelled out before or after them, and makes no item of them (matched by their initials alone)', async () => {
    const course = await fixture('en');
    const items = itemsOf(run(course, rule)) as MatchingItem[];
    expect(items).toEqual([]);
    const text = indexCourseText({ ...course, lessons: [{ ...course.lessons[0], body: 'The CSTO (Collective Security Treaty Organization) met in Minsk.' }] });
    expect(acronymPairs(text.sentences).map((p) => [p.left, p.right])).toEqual([['CSTO', 'Collective Security Treaty Organization']]);
  });
});

describe('matching-pairs on the real course', () => {
  let course: Course;
  let banks: ReturnType<typeof run>;
  beforeAll(async () => {
    course = await courseAt(REAL_COURSE);
    banks = run(course, rule);
  });

  it('finds the scholars of the introduction and of s1-1, and the two survey tables of s3-2', () => {
    const counts = countsByLesson(banks);
    expect(counts.kirispe).toBeGreaterThanOrEqual(1);
    expect(counts['s1-1']).toBeGreaterThanOrEqual(1);
    const tables = (itemsOf(banks) as MatchingItem[]).filter((item) => item.source.lesson === 's3-2');
    expect(tables.map((item) => item.stem.match(/«(Кесте \d)/u)?.[1])).toEqual(['Кесте 1', 'Кесте 1', 'Кесте 2', 'Кесте 2']);
    const scholars = (itemsOf(banks) as MatchingItem[]).filter((item) => item.source.lesson === 'kirispe').flatMap((item) => item.pairs.map((p) => p.left));
    expect(scholars).not.toContain('М. Пиоре'); // a theory of two (Бекаттини мен Пиоре) is nobody's alone
  });

  it('keeps the invariants and passes the bank lint', () => {
    const items = itemsOf(banks);
    for (const item of items) expect(invariantProblems(item)).toEqual([]);
    expect(lintProblems(course, banks)).toEqual([]);
  });
});
