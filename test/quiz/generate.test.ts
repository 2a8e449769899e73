import { InternalError, UserError } from '../../src/diagnostics/errors';
import type { Course } from '../../src/model/course';
import { fingerprintOf } from '../../src/quiz/bank/fingerprint';
import { generateBanks } from '../../src/quiz/generate';
import type { QuizRule } from '../../src/quiz/rules/registry';
import { fixtureCourse } from './helpers';
import { russianOnlyRule, statementRule, yearRule } from './test-rules';

let course: Course;
beforeAll(async () => { course = await fixtureCourse(); });

describe('generateBanks', () => {
  it('generates nothing without rules, but names every lesson', () => {
    expect(generateBanks(course, { rules: [] })).toEqual([
      { lesson: 's1-1', items: [], dropped: [], ruleKinds: {} },
      { lesson: 's1-2', items: [], dropped: [], ruleKinds: {} },
    ]);
  });

  it('returns the rules\' items as fingerprinted drafts, ordered by source line, with the dropped candidates', () => {
    const [s11] = generateBanks(course, { rules: [statementRule(), yearRule()] });
    expect(s11!.items.map((item) => item.id)).toEqual([
      's1-1-tf-8', 's1-1-year-8', 's1-1-tf-10', 's1-1-year-10', 's1-1-tf-12', 's1-1-year-12', 's1-1-tf-14', 's1-1-year-14',
    ]);
    for (const item of s11!.items) {
      expect(item.status).toBe('draft');
      expect(item.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      expect(item.fingerprint).toBe(fingerprintOf(item));
    }
    const [, s12] = generateBanks(course, { rules: [yearRule()] });
    expect(s12!.dropped).toEqual([
      { rule: 'cloze-year', reason: 'no-year', sentence: 'Өзен суы аймақтағы басты байлық болып саналады.', line: 10 },
    ]);
  });

  it('generates for the named lessons only, and refuses an unknown one with a suggestion', () => {
    expect(generateBanks(course, { lessons: ['s1-2'], rules: [yearRule()] }).map((lesson) => lesson.lesson)).toEqual(['s1-2']);
    expect(() => generateBanks(course, { lessons: ['s1-3'] })).toThrow(UserError);
    try {
      generateBanks(course, { lessons: ['s1-3'] });
    } catch (error) {
      expect((error as UserError).diagnostics[0]).toMatchObject({ code: 'quiz/unknown-lesson', message: 'the course has no lesson "s1-3" (did you mean "s1-1"?)' });
    }
  });

  it('runs only the rules for the course language', () => {
    expect(() => generateBanks(course, { rules: [russianOnlyRule(), yearRule()] })).not.toThrow();
  });

  it('keeps the first of two items with one id and reports the second as dropped', () => {
    const twice = yearRule();
    const [s11] = generateBanks(course, { rules: [twice, twice] });
    expect(s11!.items).toHaveLength(4);
    expect(s11!.dropped.filter((d) => d.reason === 'duplicate-id')).toHaveLength(4);
  });

  it('treats a rule that breaks its contract as a bug', () => {
    const liar: QuizRule = { ...yearRule(), id: 'cloze-other' };
    expect(() => generateBanks(course, { rules: [liar] })).toThrow(InternalError);
    const wrongKind: QuizRule = { ...yearRule(), kinds: ['matching'] };
    expect(() => generateBanks(course, { rules: [wrongKind] })).toThrow(/not among the rule's kinds/);
  });

  it('gives the same items for the same course', () => {
    const rules = [yearRule(), statementRule()];
    expect(JSON.stringify(generateBanks(course, { rules }))).toBe(JSON.stringify(generateBanks(course, { rules })));
  });
});
