import type { Course } from '../../src/model/course';
import type { QuestionBank } from '../../src/model/quiz';
import { mergeBank } from '../../src/quiz/bank/merge';
import { generateBanks } from '../../src/quiz/generate';
import { buildQuizReport, formatQuizReport } from '../../src/quiz/report';
import { fixtureCourse } from './helpers';
import { statementRule, yearRule } from './test-rules';

let course: Course;
beforeAll(async () => { course = await fixtureCourse(); });

/** The banks as generate writes them, then reviewed: s1-1's first three items approved, its fourth rejected. */
function reviewedBanks(): Map<string, QuestionBank> {
  const generated = generateBanks(course, { rules: [yearRule()] });
  const banks = new Map<string, QuestionBank>();
  for (const lesson of generated) {
    const { bank } = mergeBank(null, lesson.items, { course: 'quiz-course', lesson: lesson.lesson, language: 'kk' });
    const items = bank.items.map((item, index) =>
      lesson.lesson !== 's1-1' ? item : { ...item, status: index < 3 ? ('approved' as const) : ('rejected' as const) });
    banks.set(lesson.lesson, { ...bank, items });
  }
  return banks;
}

describe('buildQuizReport', () => {
  it('counts per kind what generation gives, what review keeps and what the bank on disk holds', () => {
    const report = buildQuizReport(course, generateBanks(course, { rules: [yearRule(), statementRule()] }), reviewedBanks(), 'en');
    const [s11, s12] = report.lessons;
    expect(s11!.kinds).toEqual([
      { kind: 'choice', generated: 4, dropped: 0, kept: 4, draft: 0, approved: 3, rejected: 1, usable: 3 },
      { kind: 'true-false', generated: 4, dropped: 0, kept: 0, draft: 0, approved: 0, rejected: 0, usable: 0 },
    ]);
    expect(s12!.kinds[0]).toMatchObject({ kind: 'choice', dropped: 1 });
    expect(s12!.total).toEqual({ generated: 4, dropped: 1, kept: 0, draft: 2, approved: 0, rejected: 0, usable: 0 });
    expect(s12!.reasons).toEqual([{ rule: 'cloze-year', reason: 'no-year', count: 1 }]);
  });

  it('says why a lesson falls short: too few usable items, too few kinds', () => {
    const report = buildQuizReport(course, generateBanks(course, { rules: [yearRule()] }), reviewedBanks(), 'en');
    expect(report.lessons[0]!.shortfalls).toEqual(['usable items of 1 kinds (choice); a quiz should mix at least 3']);
    expect(report.lessons[1]!.shortfalls).toEqual([
      '0 usable items, fewer than 3 (settings.quiz.minItemsPerLesson): approve more drafts or add items with rule: manual. Why: most candidate sentences (1 of 1) held no year, figure, date or name to ask about (1)',
      'usable items of 0 kinds (no kind); a quiz should mix at least 3',
    ]);
  });

  it('counts drafts as usable when the course ships them', () => {
    const shipping = { ...course, settings: { ...course.settings, quiz: { ...course.settings.quiz, include: 'approved-and-drafts' as const } } };
    const report = buildQuizReport(shipping, generateBanks(shipping, { rules: [yearRule()] }), reviewedBanks(), 'en');
    expect(report.lessons[1]!.total.usable).toBe(2);
    expect(report.lessons[1]!.shortfalls[0]).toBe('2 usable items, fewer than 3 (settings.quiz.minItemsPerLesson): add items with rule: manual or improve the text. Why: most candidate sentences (1 of 1) held no year, figure, date or name to ask about (1)');
  });

  it('says in plain words why the text gives too few items, from the drop reasons and the kinds no rule could make', () => {
    const drops = (reasons: readonly string[]) => reasons.map((reason, index) => ({ rule: 'cloze-noisy', reason, sentence: 's', line: 6 + index }));
    const noisy = { ...yearRule(), id: 'cloze-noisy', generate: () => ({ items: [], dropped: drops(['stem-anaphoric', 'stem-pointing-word', 'stem-too-long', 'stem-too-long', 'stem-pointing-noun', 'key-uncatalogued']) }) };
    const ordering = { ...yearRule(), id: 'ordering-none', kinds: ['ordering' as const], generate: () => ({ items: [], dropped: [] }) };
    const shipping = { ...course, settings: { ...course.settings, quiz: { ...course.settings.quiz, include: 'approved-and-drafts' as const } } };
    const generated = generateBanks(shipping, { rules: [noisy, ordering], lessons: ['s1-2'] });
    const bank = { course: 'quiz-course', lesson: 's1-2', language: 'kk', items: [] };
    const [lesson] = buildQuizReport(shipping, generated, new Map([['s1-2', bank]]), 'en').lessons;
    expect(lesson!.shortfalls[0]).toBe('0 usable items, fewer than 3 (settings.quiz.minItemsPerLesson): add items with rule: manual or improve the text. '
      + 'Why: most candidate sentences (5 of 6) pointed back to earlier text (This, These, …) (3) or were too long (over 45 words) (2); '
      + 'the text has no run of three or more dated events for ordering');
    expect(lesson!.shortfalls[1]).toBe('usable items of 0 kinds (no kind); a quiz should mix at least 3. Why: the text has no run of three or more dated events for ordering');
  });

  it('says a place the cloze does not ask (a city, a region) in its own words', () => {
    const drops = ['key-place-not-asked', 'key-place-not-asked', 'stem-too-long'].map((reason, index) => ({ rule: 'cloze-noisy', reason, sentence: 's', line: 6 + index }));
    const noisy = { ...yearRule(), id: 'cloze-noisy', generate: () => ({ items: [], dropped: drops }) };
    const shipping = { ...course, settings: { ...course.settings, quiz: { ...course.settings.quiz, include: 'approved-and-drafts' as const } } };
    const generated = generateBanks(shipping, { rules: [noisy], lessons: ['s1-2'] });
    const [lesson] = buildQuizReport(shipping, generated, new Map([['s1-2', { course: 'quiz-course', lesson: 's1-2', language: 'kk', items: [] }]]), 'en').lessons;
    expect(lesson!.shortfalls[0]).toContain('most candidate sentences (2 of 3) named only a city, region or site as a place, which no cloze asks (countries and waters only) (2)');
  });

  it('groups the dropped candidates by rule and reason, most frequent first', () => {
    const noisy = { ...yearRule(), id: 'cloze-noisy', generate: () => ({ items: [], dropped: [
      { rule: 'cloze-noisy', reason: 'anaphoric-stem', sentence: 's', line: 6 },
      { rule: 'cloze-noisy', reason: 'citation-only', sentence: 's', line: 7 },
      { rule: 'cloze-noisy', reason: 'anaphoric-stem', sentence: 's', line: 8 },
    ] }) };
    const mixed = { ...noisy, id: 'mixed', kinds: ['choice', 'true-false'] as const, generate: () => ({ items: [], dropped: [{ rule: 'mixed', reason: 'r', sentence: 's', line: 6 }] }) };
    const report = buildQuizReport(course, generateBanks(course, { rules: [noisy, { ...mixed, kinds: [...mixed.kinds] }], lessons: ['s1-2'] }), new Map(), 'en');
    expect(report.lessons[0]!.droppedOfSeveralKinds).toBe(1);
    expect(report.lessons[0]!.reasons).toEqual([
      { rule: 'cloze-noisy', reason: 'anaphoric-stem', count: 2 },
      { rule: 'cloze-noisy', reason: 'citation-only', count: 1 },
      { rule: 'mixed', reason: 'r', count: 1 },
    ]);
    expect(report.lessons[0]!.kinds).toEqual([expect.objectContaining({ kind: 'choice', dropped: 3 })]);
    expect(formatQuizReport(report)).toContain('  (1 more dropped by rules of several kinds)\n  4 candidates dropped, by rule and reason:\n       2  cloze-noisy: anaphoric-stem\n       1  cloze-noisy: citation-only\n');
  });

  it('speaks the bank\'s language: Kazakh for a Kazakh course by default, Russian and English when asked, with that language\'s examples', () => {
    const drops = ['stem-anaphoric', 'stem-pointing-word', 'stem-anaphoric', 'stem-too-long'].map((reason, index) => ({ rule: 'cloze-noisy', reason, sentence: 's', line: 6 + index }));
    const noisy = { ...yearRule(), id: 'cloze-noisy', generate: () => ({ items: [], dropped: drops }) };
    const generated = generateBanks(course, { rules: [noisy], lessons: ['s1-2'] });
    const banks = new Map([['s1-2', { course: course.id, lesson: 's1-2', language: 'kk', items: [] }]]);
    const kazakh = buildQuizReport(course, generated, banks);
    expect(kazakh.language).toBe('kk');
    expect(kazakh.lessons[0]!.shortfalls[0]).toBe('жарамды сұрақ саны: 0, ең азы 3 керек (settings.quiz.minItemsPerLesson): көбірек жобаны бекітіңіз немесе rule: manual сұрақтарын қосыңыз. '
      + 'Себебі: үміткер сөйлемдердің көбі (барлығы 4, оның ішінде 3) алдыңғы мәтінге сілтеді (Бұл, Осы, …) (3)');
    const russian = buildQuizReport(course, generated, banks, 'ru');
    expect(russian.lessons[0]!.shortfalls[0]).toContain('Причина: большинство предложений-кандидатов (3 из 4) отсылали к предыдущему тексту (Этот, Однако, …) (3)');
    expect(formatQuizReport(russian)).toContain('уроков: 1, пригодных вопросов: 0');
    expect(formatQuizReport(kazakh)).toContain('алынып тасталған үміткерлер саны: 4, ереже мен себеп бойынша:');
    expect(formatQuizReport(buildQuizReport(course, generated, banks, 'en'))).toContain('(This, These, …) (3)');
  });
});
