import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { stringify } from 'yaml';
import { buildCourse } from '../../src/build/index';
import { UserError } from '../../src/diagnostics/errors';
import { loadCourse } from '../../src/load/index';
import type { QuizItem } from '../../src/model/quiz';
import { createScorm12Adapter } from '../../src/player/lms/scorm12';
import { MAX_ATTEMPT_NUMBER } from '../../src/player/lms/progress-codec';
import { poolFingerprint } from '../../src/player/quiz/state';
import { SCORM12_SUSPEND_DATA_LIMIT, worstCaseStateLength } from '../../src/player/quiz/worst-case';
import { renderLesson } from '../../src/render/index';
import { FakeScorm12Api } from '../player/lms/fake-scorm12-api';
import { FIXTURE_DIR } from '../player/quiz/fixture';
import { runCli } from '../cli/run-cli';

const REPO = join(__dirname, '../..');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'coursepack-quiz-build-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** An ordering item with `steps` steps: the longest answer the state can hold per question. */
function orderingItem(lesson: string, n: number, steps: number): QuizItem {
  return {
    id: `${lesson}-order-${n}`, kind: 'ordering', status: 'approved', rule: 'manual',
    stem: `Put the steps of set ${n} in order.`, feedback: 'As in the text.', fingerprint: '0000000000000000',
    source: { lesson, line: 8, text: 'The Shanghai Cooperation Organisation was founded in 2001.' },
    steps: Array.from({ length: steps }, (_, i) => ({ id: `s${i + 1}`, text: `Step ${i + 1} of set ${n}` })),
  };
}

describe('building a course with question banks', () => {
  it('puts the quiz on the lesson page and no mastery score for statusOnFail incomplete', async () => {
    const report = await buildCourse({ courseDir: join(FIXTURE_DIR, 'course'), outDir: join(work, 'build'), quizzesDir: join(FIXTURE_DIR, 'quizzes'), formats: ['scorm12'] });
    expect(report.warnings).toEqual([]);
    const zip = await JSZip.loadAsync(readFileSync(join(work, 'build/scorm12/lessons/orgs.zip')));
    const page = await zip.file('lessons/orgs/index.html')!.async('string');
    expect(page).toContain('id="cp-quiz"');
    expect(page).toContain('"orgs-match-5"');
    expect(await zip.file('imsmanifest.xml')!.async('string')).not.toContain('masteryscore');
  });

  it('writes the pass mark as mastery score when failed quizzes report failed', async () => {
    const course = join(work, 'course');
    cpSync(join(FIXTURE_DIR, 'course'), course, { recursive: true });
    const yaml = join(course, 'course.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('statusOnFail: incomplete', 'statusOnFail: failed'));
    await buildCourse({ courseDir: course, outDir: join(work, 'build'), quizzesDir: join(FIXTURE_DIR, 'quizzes'), formats: ['scorm12'] });
    const zip = await JSZip.loadAsync(readFileSync(join(work, 'build/scorm12/quiz-player-course.zip')));
    expect(await zip.file('imsmanifest.xml')!.async('string')).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
  });

  it('fails with the lesson, the size and the remedy when a lesson could outgrow suspend_data', async () => {
    const course = join(work, 'course');
    const quizzes = join(work, 'quizzes');
    cpSync(join(FIXTURE_DIR, 'course'), course, { recursive: true });
    const yaml = join(course, 'course.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('questionsPerAttempt: 5', 'questionsPerAttempt: 80'));
    const items = Array.from({ length: 80 }, (_, n) => orderingItem('orgs', n + 1, 60));
    cpSync(join(FIXTURE_DIR, 'quizzes'), quizzes, { recursive: true });
    writeFileSync(join(quizzes, 'orgs.quiz.yaml'), stringify({ course: 'quiz-player-course', lesson: 'orgs', language: 'en', items }));
    const built = buildCourse({ courseDir: course, outDir: join(work, 'build'), quizzesDir: quizzes, formats: ['scorm12'] });
    await expect(built).rejects.toBeInstanceOf(UserError);
    const error = (await built.catch((e: unknown) => e)) as UserError;
    expect(error.diagnostics).toHaveLength(1);
    const [problem] = error.diagnostics;
    expect(problem).toMatchObject({ code: 'build/suspend-data-too-long', severity: 'error', place: { file: join(course, 'lessons/orgs.md') } });
    expect(problem!.message).toMatch(/^Lesson orgs could need 4,9\d\d characters of SCORM 1\.2 suspend_data \(4 screens, 80 questions per attempt\); SCORM 1\.2 allows 4,096\.$/);
    expect(problem!.hint).toContain('questionsPerAttempt');
    expect(problem!.hint).toContain('split the lesson');
    // validate runs the build's checks (issue 11, item 4): it finds this too, and writes nothing.
    const validate = await runCli(['validate', '--course', course, '--quizzes', quizzes], work);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain('error  build/suspend-data-too-long  Lesson orgs could need 4,9');
    expect(existsSync(join(work, 'build'))).toBe(false);
  });
});

describe('the worst-case suspend_data of the largest lesson of the course', () => {
  it('stays under 4,096 characters in SCORM 1.2 with every attempt used and the longest answers', async () => {
    const { course } = await loadCourse(join(REPO, 'course'));
    if (!course) throw new Error('the course does not load');
    const settings = course.settings.quiz;
    const renders = course.lessons.map((lesson) => renderLesson(course, lesson, { assetBase: '../../assets/' }));
    const largest = renders.reduce((a, b) => (b.screens.length > a.screens.length ? b : a));
    // A pool as large as the course allows, every item as long as a reviewer would accept.
    const pool = Array.from({ length: settings.questionsPerAttempt * 3 }, (_, n) => orderingItem(largest.lesson.id, n, 8));
    const rendered = renderLesson(course, largest.lesson, { assetBase: '../../assets/', quizItems: pool });
    const quiz = rendered.quiz!;
    const screenCount = rendered.screens.length + 1;
    const predicted = worstCaseStateLength(screenCount, quiz);

    // Fill the state to its worst case and let the real adapter write it to a strict LMS.
    const api = new FakeScorm12Api();
    const adapter = createScorm12Adapter(api, { courseId: course.id, lessonId: largest.lesson.id, screenCount, quiz: settings, now: () => 0, onProblem: () => undefined });
    adapter.start();
    const answers = Array.from({ length: quiz.questionsPerAttempt }, () => Array.from({ length: 8 }, () => 62));
    const state = { pool: poolFingerprint(quiz), attempt: settings.attempts || MAX_ATTEMPT_NUMBER, seed: 0xffffffff, answers, submitted: true, best: 99.99 };
    adapter.record({ location: screenCount - 1, visited: Array.from({ length: screenCount }, (_, i) => i), quiz: state }, { completed: true, success: 'failed' });
    const written = api.data['cmi.suspend_data']!;
    expect(written.length).toBe(predicted);
    expect(written.length).toBeLessThan(SCORM12_SUSPEND_DATA_LIMIT);
    expect(api.violations).toEqual([]);
  });
});
