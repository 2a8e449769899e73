/**
 * The question banks in the real Moodle 5.1's question bank: `coursepack export moodle-xml` and
 * `gift` imported through Moodle's own importers with no warning, and the questions of each
 * Moodle type counted as the banks predict (taken from the banks at test time: they are
 * regenerated as the generator improves); then a Moodle quiz built from the imported questions
 * (one of each type), attempted by a student in Chromium with every type answered (ordering moved
 * into place, matching chosen per row) and the true/false one wrong: graded as predicted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCourse } from '../../src/load/index';
import { loadBanks, shippedItems } from '../../src/quiz/bank/select';
import { describeWith, moodleHarness, MOODLE_HOW } from '../harness/real-service';
import { COURSE_DIR, resultJson, ROOT, run } from './moodle';

interface Imported {
  readonly ok: boolean;
  readonly imported: number;
  readonly parse_errors: number;
  readonly per_qtype: Readonly<Record<string, number>>;
  readonly errors: readonly string[];
}

/** Questions per Moodle type the export should give, from the banks as they are now. */
async function expectedTypes(orderingAs: 'ordering' | 'match'): Promise<Record<string, number>> {
  const { course } = await loadCourse(COURSE_DIR);
  if (course === null) throw new Error('course/ does not load');
  const { banks } = await loadBanks(course, join(ROOT, 'quizzes'));
  const moodleType = { choice: 'multichoice', 'multiple-response': 'multichoice', 'true-false': 'truefalse', matching: 'match', ordering: orderingAs } as const;
  const counts: Record<string, number> = {};
  for (const bank of banks.values()) {
    for (const item of shippedItems(bank, course.settings.quiz)) counts[moodleType[item.kind]] = (counts[moodleType[item.kind]] ?? 0) + 1;
  }
  return counts;
}

describeWith('question banks in Moodle 5.1', moodleHarness, MOODLE_HOW, (moodle) => {
  let work = '';
  /** The course the Moodle XML went into, for the quiz test. */
  let xmlCourse = '';
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cp-moodle-questions-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test.each([
    ['moodle-xml', 'questions.moodle.xml', 'cp-m12-questions-xml', 'ordering'],
    ['gift', 'questions.gift.txt', 'cp-m12-questions-gift', 'match'],
  ] as const)('%s: imported with no warning, every Moodle type counted as the banks say', async (format, name, course, orderingAs) => {
    const file = join(work, name);
    const exported = run('node', [join(ROOT, 'bin/coursepack.js'), 'export', format, '--out', file], {}, ROOT);
    expect(exported.status).toBe(0);
    // A fresh course each run, so counts are of this import alone.
    const fresh = `${course}-${Date.now().toString(36)}`;
    const imported = run('php', [join(moodle.dir, 'bin/import-questions.php'), file, fresh, '--json'], {}, moodle.dir);
    expect(imported.status).toBe(0);
    const result = resultJson<Imported>(imported);
    expect(result.errors).toEqual([]);
    expect(result.parse_errors).toBe(0);
    const expected = await expectedTypes(orderingAs);
    expect(result.per_qtype).toEqual(expected);
    expect(result.imported).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
    if (format === 'moodle-xml') xmlCourse = fresh;
  }, 180_000);

  test('a quiz built from the imported questions, attempted by a student, is graded as predicted', () => {
    expect(xmlCourse).not.toBe('');
    const made = run('php', [join(moodle.dir, 'bin/make-quiz.php'), xmlCourse, '--per-type=1'], {}, moodle.dir);
    expect(made.status).toBe(0);
    const quiz = resultJson<{ cmid: number; quizid: number; questions: { qtype: string }[] }>(made);
    const types = quiz.questions.map((question) => question.qtype).sort();
    expect(new Set(types)).toEqual(new Set(['multichoice', 'truefalse', 'match', 'ordering']));
    const attempt = run('node', [join(__dirname, 'drivers/quiz-attempt.mjs'), moodle.dir, String(quiz.cmid)], {
      CP_QUESTIONS: JSON.stringify(quiz.questions),
      CP_WRONG: 'truefalse',
      MOODLE_URL: moodle.url,
    });
    const played = JSON.parse(attempt.stdout.trim().split('\n').pop() ?? '{}') as { ok: boolean; error?: string; answered: { qtype: string; right: boolean }[] };
    expect(played.error).toBeUndefined();
    expect(played.answered.map((entry) => entry.qtype).sort()).toEqual(types);
    // Every question weighs 1 (defaultgrade) and the quiz is out of 10: all but the true/false one right.
    const predicted = (10 * (quiz.questions.length - 1)) / quiz.questions.length;
    const grade = run('php', ['-r', `define('CLI_SCRIPT', true); require '${join(moodle.dir, 'code/config.php')}'; echo $DB->get_field('quiz_grades', 'grade', ['quiz' => ${quiz.quizid}, 'userid' => $DB->get_field('user', 'id', ['username' => 'student1'])]);`]);
    expect(Number(grade.stdout)).toBeCloseTo(predicted, 4);
  }, 180_000);
});
