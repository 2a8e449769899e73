import { sameGeneration } from '../../../src/quiz/checks';
import { generateBanks } from '../../../src/quiz/generate';
import { loadCourse } from '../../../src/load';
import { COURSE_DIR } from './helpers';

describe('check 9: determinism', () => {
  it('gives byte-identical items on two runs over the real course (from freshly loaded courses)', async () => {
    const first = await loadCourse(COURSE_DIR);
    const second = await loadCourse(COURSE_DIR);
    const a = generateBanks(first.course!, { lessons: ['s1-1', 's1-3', 's2-2', 's2-3', 's3-2'] });
    const b = generateBanks(second.course!, { lessons: ['s1-1', 's1-3', 's2-2', 's2-3', 's3-2'] });
    expect(a.flatMap((lesson) => lesson.items).length).toBeGreaterThan(20);
    expect(sameGeneration(a, b)).toBeUndefined();
  }, 60_000);

  it('names the first difference', () => {
    const item = { id: 'x', kind: 'true-false', status: 'draft', rule: 'r', stem: 's', answer: true, feedback: 'f', source: { lesson: 'l', line: 1, text: 's' }, fingerprint: '' } as const;
    expect(sameGeneration([{ lesson: 'l', items: [item] }], [{ lesson: 'l', items: [{ ...item, answer: false }] }])).toMatchObject({ lesson: 'l', index: 0 });
  });
});
