import * as path from 'node:path';
import { DEFAULT_QUIZ_SETTINGS, type Course } from '../../../src/model/course';
import type { QuestionBank, QuizItem } from '../../../src/model/quiz';
import { loadBanks, shippedItems } from '../../../src/quiz/bank/select';
import { fixtureCourse, QUIZ_FIXTURES } from '../helpers';

let course: Course;
beforeAll(async () => { course = await fixtureCourse(); });

function itemWith(id: string, status: QuizItem['status']): QuizItem {
  const text = 'Шанхай ынтымақтастық ұйымы 2001 жылы құрылды.';
  return { id, kind: 'true-false', status, rule: 'manual', stem: text, answer: true, feedback: text, source: { lesson: 's1-1', line: 8, text }, fingerprint: '' };
}

const BANK: QuestionBank = {
  course: 'quiz-course', lesson: 's1-1', language: 'kk',
  items: [itemWith('d', 'draft'), itemWith('a', 'approved'), itemWith('r', 'rejected')],
};

describe('shippedItems', () => {
  it('ships approved items only by default', () => {
    expect(shippedItems(BANK, DEFAULT_QUIZ_SETTINGS).map((item) => item.id)).toEqual(['a']);
  });

  it('ships drafts too while the course is under review, and never rejected items', () => {
    const settings = { ...DEFAULT_QUIZ_SETTINGS, include: 'approved-and-drafts' as const };
    expect(shippedItems(BANK, settings).map((item) => item.id)).toEqual(['d', 'a']);
  });
});

describe('loadBanks', () => {
  it('gives the banks of the course by lesson id', async () => {
    const { banks, diagnostics } = await loadBanks(course, path.join(QUIZ_FIXTURES, 'lint', 'valid'));
    expect(diagnostics).toEqual([]);
    expect([...banks.keys()]).toEqual(['s1-1']);
    expect(banks.get('s1-1')!.items).toHaveLength(5);
  });

  it('leaves out banks with errors and reports them', async () => {
    const { banks, diagnostics } = await loadBanks(course, path.join(QUIZ_FIXTURES, 'lint', 'course-level'));
    // s1-1 is sound, s1-2 repeats its item id and names another lesson, s1-3 has no lesson.
    expect([...banks.keys()]).toEqual(['s1-1']);
    expect(diagnostics.map((d) => d.code)).toContain('quiz/duplicate-item-id');
  });

  it('finds no banks in a folder that does not exist', async () => {
    expect(await loadBanks(course, path.join(QUIZ_FIXTURES, 'no-such-folder'))).toEqual({ banks: new Map(), diagnostics: [] });
  });
});
