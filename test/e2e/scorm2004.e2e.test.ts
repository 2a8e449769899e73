/**
 * SCORM 2004 4th edition end to end: build the real course for SCORM 2004, check its
 * manifests against the XSDs, then play a lesson in Chromium against scorm-again's
 * Scorm2004API (the strict host of test/harness/lms2004*): completion, progress, bookmark,
 * session time, exit, and resume after a reload; then a lesson's quiz, passed and failed, with
 * the status, score and every interaction field the LMS received. No failed call, no console error.
 *
 * E2E_COURSE_DIR points the test at another course folder (default: course/).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCourse } from '../../src/build/index';
import type { PageQuizItem, QuizPageData } from '../../src/model/rendered';
import type { Frame } from 'playwright-core';
import { launchBrowser, type BrowserSession } from '../harness/browser';
import { readPlayerConfig, readPlayerView } from '../harness/lesson-page';
import type { ApiCall } from '../harness/lms2004';
import { lastCommitted2004Cmi, startLms2004Server, type Lms2004Server } from '../harness/lms2004-server';
import { openSco2004, type Sco2004Session } from '../harness/lms2004-session';
import { unpackAll, type UnpackedPackage } from '../harness/packages';
import { validateXml } from '../harness/xmllint';
import { sharedPath } from '../harness/shared-dir';

const REPO = resolve(__dirname, '../..');
const COURSE_DIR = resolve(process.env['E2E_COURSE_DIR'] ?? join(REPO, 'course'));
const QUIZ_FIXTURE = join(REPO, 'test/fixtures/scorm2004/quiz-course');
const SCORM2004_XSD = sharedPath('xsd', 'scorm2004-4th', 'scorm2004-all.xsd');
/** timeinterval (second, 10, 2): ISO 8601 duration with at most two decimals of seconds. */
const TIMEINTERVAL = /^PT(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/;
/** time (second, 10, 0): the time zone only after fractional seconds. */
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?$/;
/** GetValue of an element with no value yet answers 403: the standard's "empty", not a failure. */
const NOT_INITIALIZED = '403';

interface PlayableLesson {
  readonly id: string;
  readonly scoPath: string;
  readonly screens: number;
}

let work: string;
/** The course built with its question banks (quizzes/ beside it). */
let packages: UnpackedPackage[];
/** The same course built without banks: lessons of text only. */
let textPackages: UnpackedPackage[];
let browser: BrowserSession;
let server: Lms2004Server;

/** The smallest text-only lesson package with 4 screens or more (resume needs a few). */
function pickLesson(): PlayableLesson {
  const lessons = textPackages
    .filter((pkg) => pkg.zipPath.startsWith('scorm2004/lessons/'))
    .map((pkg) => {
      const id = pkg.zipPath.replace(/^scorm2004\/lessons\/|\.zip$/g, '');
      const page = `lessons/${id}/index.html`;
      const html = readFileSync(join(pkg.dir, page), 'utf8');
      const scoPath = `text/${pkg.zipPath.replace(/\.zip$/, '')}/${page}`;
      return { id, scoPath, screens: (html.match(/data-cp-screen="/g) ?? []).length };
    })
    .filter((lesson) => lesson.screens >= 4)
    .sort((a, b) => a.screens - b.screens || a.id.localeCompare(b.id));
  if (!lessons[0]) throw new Error('No SCORM 2004 lesson package has 4 or more screens');
  return lessons[0];
}

function failedCalls(calls: readonly ApiCall[]): ApiCall[] {
  return calls.filter((call) => {
    if (call.method === 'GetValue' && call.errorCode === NOT_INITIALIZED) return false;
    return call.errorCode !== '0' || call.result === 'false';
  });
}

function setValues(calls: readonly ApiCall[], element: string): string[] {
  return calls.filter((call) => call.method === 'SetValue' && call.element === element).map((call) => String(call.value));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'coursepack-e2e2004-'));
  await buildCourse({ courseDir: COURSE_DIR, outDir: join(work, 'build'), formats: ['scorm2004'] });
  // No bank folder: the lesson-only behaviour (completion by screens alone).
  await buildCourse({ courseDir: COURSE_DIR, quizzesDir: join(work, 'no-quizzes'), outDir: join(work, 'text-build'), formats: ['scorm2004'] });
  await buildCourse({
    courseDir: join(QUIZ_FIXTURE, 'course'),
    quizzesDir: join(QUIZ_FIXTURE, 'quizzes'),
    outDir: join(work, 'quiz-build'),
    formats: ['scorm2004'],
  });
  packages = await unpackAll(join(work, 'build'), join(work, 'unpacked'));
  textPackages = await unpackAll(join(work, 'text-build'), join(work, 'unpacked', 'text'));
  await unpackAll(join(work, 'quiz-build'), join(work, 'unpacked', 'quiz'));
  [browser, server] = await Promise.all([launchBrowser(), startLms2004Server(join(work, 'unpacked'))]);
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the SCORM 2004 packages of the course', () => {
  it('are a course package and lesson packages, all under scorm2004/', () => {
    expect(packages.length).toBeGreaterThan(1);
    expect(packages.every((pkg) => pkg.zipPath.startsWith('scorm2004/'))).toBe(true);
    expect(packages.filter((pkg) => !pkg.zipPath.startsWith('scorm2004/lessons/'))).toHaveLength(1);
  });

  it('have manifests valid against the SCORM 2004 4th edition schemas', () => {
    const invalid = packages
      .map((pkg) => ({ pkg: pkg.zipPath, result: validateXml(join(pkg.dir, 'imsmanifest.xml'), SCORM2004_XSD) }))
      .filter(({ result }) => !result.valid)
      .map(({ pkg, result }) => `${pkg} (xmllint exit ${result.status}):\n${result.messages}`);
    expect(invalid).toEqual([]);
  });

  it('give each lesson with a quiz an objective satisfied by measure, and the others none', () => {
    const coursePackage = packages.find((pkg) => !pkg.zipPath.startsWith('scorm2004/lessons/'))!;
    const manifest = readFileSync(join(coursePackage.dir, 'imsmanifest.xml'), 'utf8');
    const withQuiz = coursePackage.files.filter(
      (file) => file.endsWith('index.html') && readFileSync(join(coursePackage.dir, file), 'utf8').includes('id="cp-quiz"'),
    );
    const measures = manifest.match(/<imsss:minNormalizedMeasure>[^<]*<\/imsss:minNormalizedMeasure>/g) ?? [];
    expect(withQuiz.length).toBeGreaterThan(0);
    expect(measures).toHaveLength(withQuiz.length);
    expect(manifest.match(/satisfiedByMeasure="true"/g) ?? []).toHaveLength(withQuiz.length);
  });

  it('carry the SCORM 2004 player: API_1484_11 and no SCORM 1.2 calls', () => {
    const js = readFileSync(join(packages[0]!.dir, 'assets/player.js'), 'utf8');
    expect(js).toContain('API_1484_11');
    expect(js).not.toContain('LMSInitialize');
  });
});

describe('a lesson in the SCORM 2004 LMS (scorm-again)', () => {
  let lesson: PlayableLesson;

  beforeAll(() => {
    lesson = pickLesson();
  });

  it('plays to completion and reports completion, progress, bookmark, session time and exit', async () => {
    const session = await openSco2004(browser, server, { scoPath: lesson.scoPath, studentId: 'reader' });
    const sco = session.sco();
    const config = await readPlayerConfig(sco);
    expect(config.screenCount).toBe(lesson.screens);
    for (let screen = 1; screen < lesson.screens; screen += 1) {
      await sco.click('#cp-next');
      expect((await readPlayerView(sco)).shownScreens).toEqual([screen]);
    }
    expect((await readPlayerView(sco)).notice).toBe(config.strings['completed']);
    const before = await session.records();
    expect(before.calls[0]).toMatchObject({ method: 'Initialize', result: 'true' });
    session.errors.assertNone();
    await session.leave();

    const final = await server.waitForFinalCommit(session.launch.session);
    const calls = server.calls(session.launch.session);
    await session.assertNoViolations();
    expect(failedCalls(calls)).toEqual([]);
    const whileUnloading = calls.slice(before.calls.length);
    expect(whileUnloading.map((call) => call.method)).not.toContain('Commit');
    expect(calls[calls.length - 1]).toMatchObject({ method: 'Terminate', result: 'true' });
    expect(setValues(calls, 'cmi.completion_status')).toEqual(['incomplete', 'completed']);
    const measures = setValues(calls, 'cmi.progress_measure').map(Number);
    expect(measures).toEqual([...measures].sort((a, b) => a - b));
    expect(measures[measures.length - 1]).toBe(1);
    expect(setValues(calls, 'cmi.exit')).toEqual(['suspend', 'normal']);
    const sessionTimes = setValues(calls, 'cmi.session_time');
    expect(sessionTimes).toHaveLength(1);
    expect(sessionTimes[0]).toMatch(TIMEINTERVAL);
    expect(final.data).toMatchObject({
      cmi: {
        completion_status: 'completed',
        success_status: 'unknown',
        progress_measure: '1',
        location: String(lesson.screens - 1),
        exit: 'normal',
      },
    });
    // Completion is committed at once, not only at Terminate.
    const commits = server.commits(session.launch.session);
    expect(commits.filter((commit) => !commit.final)[0]?.data).toMatchObject({ cmi: { completion_status: 'completed' } });
    expect(commits.length).toBeLessThan(lesson.screens);
  });

  it('resumes at the bookmark with the screens seen after the learner left on screen 3', async () => {
    const first = await openSco2004(browser, server, { scoPath: lesson.scoPath, studentId: 'resumer' });
    await first.sco().click('#cp-next');
    await first.sco().click('#cp-next');
    expect((await readPlayerView(first.sco())).shownScreens).toEqual([2]);
    first.errors.assertNone();
    await first.leave();
    const final = await server.waitForFinalCommit(first.launch.session);
    await first.assertNoViolations();
    expect(failedCalls(server.calls(first.launch.session))).toEqual([]);
    expect(final.data).toMatchObject({ cmi: { exit: 'suspend', completion_status: 'incomplete', location: '2' } });
    const progress = Number((final.data['cmi'] as Record<string, unknown>)['progress_measure']);
    expect(progress).toBeCloseTo(3 / lesson.screens, 3);

    const previous = lastCommitted2004Cmi(server.commits(first.launch.session));
    const second = await openSco2004(browser, server, { scoPath: lesson.scoPath, studentId: 'resumer', previous });
    const view = await readPlayerView(second.sco());
    expect(view).toMatchObject({ shownScreens: [2], currentLink: 2, visitedLinks: [0, 1, 2], progressNow: '3' });
    const calls = (await second.records()).calls;
    expect(calls.find((call) => call.element === 'cmi.entry')?.result).toBe('resume');
    expect(failedCalls(calls)).toEqual([]);
    await second.assertNoViolations();
    second.errors.assertNone();
    await second.page.close();
  });
});

/** How a learner answers: every question right, or every question wrong. */
type Answering = 'right' | 'wrong';

interface ExpectedInteraction {
  readonly type: string;
  readonly learnerResponse: string;
  readonly pattern: string;
}

/** What the fixture's bank makes the LMS receive, per item, for each way of answering. */
const EXPECTED: Readonly<Record<string, Readonly<Record<Answering, ExpectedInteraction>>>> = {
  'water-choice-1': {
    right: { type: 'choice', learnerResponse: 'b', pattern: 'b' },
    wrong: { type: 'choice', learnerResponse: 'a', pattern: 'b' },
  },
  'water-tf-2': {
    right: { type: 'true-false', learnerResponse: 'false', pattern: 'false' },
    wrong: { type: 'true-false', learnerResponse: 'true', pattern: 'false' },
  },
  'water-mr-3': {
    right: { type: 'choice', learnerResponse: 'a[,]c[,]d', pattern: 'a[,]c[,]d' },
    wrong: { type: 'choice', learnerResponse: 'b', pattern: 'a[,]c[,]d' },
  },
  'water-order-4': {
    right: { type: 'sequencing', learnerResponse: 'a[,]b[,]c', pattern: 'a[,]b[,]c' },
    wrong: { type: 'sequencing', learnerResponse: 'c[,]b[,]a', pattern: 'a[,]b[,]c' },
  },
  'water-match-5': {
    right: { type: 'matching', learnerResponse: 'p1[.]1[,]p2[.]2[,]p3[.]3', pattern: 'p1[.]1[,]p2[.]2[,]p3[.]3' },
    wrong: { type: 'matching', learnerResponse: 'p1[.]2[,]p2[.]3[,]p3[.]1', pattern: 'p1[.]1[,]p2[.]2[,]p3[.]3' },
  },
};

/** Answers every drawn question through its labels and buttons, as a learner does. */
async function answerQuiz(sco: Frame, answering: Answering): Promise<void> {
  await answerDrawn(sco, answering, 0, Number.POSITIVE_INFINITY);
}

/** Answers the drawn questions at positions `from` to `to` (exclusive), in the order shown. */
async function answerDrawn(sco: Frame, answering: Answering, from: number, to: number): Promise<void> {
  const data = (await sco.evaluate(() => JSON.parse(document.getElementById('cp-quiz')?.textContent ?? 'null'))) as QuizPageData;
  const questions = sco.locator('fieldset.cp-question');
  const count = await questions.count();
  expect(count).toBe(data.questionsPerAttempt);
  for (let i = from; i < Math.min(count, to); i += 1) {
    const question = questions.nth(i);
    const stem = (await question.locator('.cp-question__stem').textContent()) ?? '';
    const entry = data.pool.find((candidate) => candidate.item.stem === stem);
    if (!entry) throw new Error(`question "${stem}" is not in the pool`);
    await answerItem(question, entry.item, answering);
  }
}

async function answerItem(question: ReturnType<Frame['locator']>, item: PageQuizItem, answering: Answering): Promise<void> {
  const right = answering === 'right';
  switch (item.kind) {
    case 'choice': {
      const option = item.options.find((candidate) => (candidate.id === item.answer) === right)!;
      return question.getByLabel(option.text, { exact: true }).check();
    }
    case 'true-false':
      return question.getByLabel(item.answer === right ? 'True' : 'False', { exact: true }).check();
    case 'multiple-response':
      for (const option of item.options.filter((candidate) => item.answers.includes(candidate.id) === right)) {
        await question.getByLabel(option.text, { exact: true }).check();
      }
      return;
    case 'ordering': {
      const wanted = (right ? item.steps : [...item.steps].reverse()).map((step) => step.text);
      for (let position = 0; position < wanted.length; position += 1) {
        // Move the step that belongs here up, one press at a time, as a keyboard user does.
        for (let guard = 0; guard < wanted.length; guard += 1) {
          const order = await question.locator('.cp-order__text').allTextContents();
          if (order.indexOf(wanted[position]!) <= position) break;
          await question.getByRole('button', { name: `Move “${wanted[position]}” up` }).click();
        }
      }
      return;
    }
    case 'matching':
      for (const [index, pair] of item.pairs.entries()) {
        const target = right ? pair : item.pairs[(index + 1) % item.pairs.length]!;
        await question.getByLabel(pair.left, { exact: true }).selectOption({ label: target.right });
      }
      return;
  }
}

/** `cmi.interactions.n.*` values the SCO set, by n. */
function interactionsOf(calls: readonly ApiCall[]): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const call of calls) {
    const match = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(call.element ?? '');
    if (call.method !== 'SetValue' || !match) continue;
    const entry = (found[Number(match[1])] ??= {});
    entry[match[2]!] = String(call.value);
  }
  return found;
}

describe('a lesson quiz in the SCORM 2004 LMS (scorm-again)', () => {
  const scoPath = 'quiz/scorm2004/lessons/water/lessons/water/index.html';

  /** Reads every text screen, starts the quiz, answers, submits, and leaves. */
  async function takeQuiz(studentId: string, answering: Answering) {
    const session = await openSco2004(browser, server, { scoPath, studentId, scaledPassingScore: '0.7' });
    const sco = session.sco();
    const { screenCount } = await readPlayerConfig(sco);
    for (let screen = 1; screen < screenCount; screen += 1) await sco.click('#cp-next');
    await sco.getByRole('button', { name: 'Start the quiz' }).click();
    await answerQuiz(sco, answering);
    await sco.getByRole('button', { name: 'Check my answers' }).click();
    await sco.getByRole('heading', { name: 'Your result' }).waitFor();
    const result = (await sco.locator('.cp-quiz__result').textContent()) ?? '';
    const before = (await session.records()).calls.length;
    session.errors.assertNone();
    await session.leave();
    const final = await server.waitForFinalCommit(session.launch.session);
    await session.assertNoViolations();
    const calls = server.calls(session.launch.session);
    expect(failedCalls(calls)).toEqual([]);
    expect(calls.slice(before).map((call) => call.method)).not.toContain('Commit');
    return { result, final, calls, cmi: final.data['cmi'] as Record<string, unknown>, commits: server.commits(session.launch.session) };
  }

  function expectInteractions(calls: readonly ApiCall[], answering: Answering): Record<string, string>[] {
    const interactions = interactionsOf(calls);
    expect(interactions.map((interaction) => interaction['id']).sort()).toEqual(Object.keys(EXPECTED).map((id) => `water.${id}`).sort());
    for (const interaction of interactions) {
      const itemId = interaction['id']!.replace(/^water\./, '');
      const expected = EXPECTED[itemId]![answering];
      expect(interaction).toMatchObject({
        type: expected.type,
        learner_response: expected.learnerResponse,
        'correct_responses.0.pattern': expected.pattern,
        weighting: '1',
      });
      expect(interaction['description']).toBe(
        {
          'water-choice-1': 'The Toktogul reservoir was filled in ____.',
          'water-tf-2': 'The Rogun dam was restarted in 2006.',
          'water-mr-3': 'Which of these are rivers of the region?',
          'water-order-4': 'Put the events in the order they happened.',
          'water-match-5': 'Match each season with what needs the water then.',
        }[itemId],
      );
      expect(interaction['latency']).toMatch(TIMEINTERVAL);
      expect(interaction['timestamp']).toMatch(TIME);
      expect(Object.keys(interaction).sort()).toEqual(
        ['correct_responses.0.pattern', 'description', 'id', 'latency', 'learner_response', 'result', 'timestamp', 'type', 'weighting'],
      );
    }
    return interactions;
  }

  it('ships an objective satisfied by measure at the pass mark in the lesson and course manifests', () => {
    for (const dir of ['quiz/scorm2004/lessons/water', 'quiz/scorm2004/water-course']) {
      const manifest = join(work, 'unpacked', dir, 'imsmanifest.xml');
      const xml = readFileSync(manifest, 'utf8');
      expect(xml).toContain('<imsss:primaryObjective objectiveID="OBJ-water" satisfiedByMeasure="true">');
      expect(xml).toContain('<imsss:minNormalizedMeasure>0.7000</imsss:minNormalizedMeasure>');
      expect(validateXml(manifest, SCORM2004_XSD).valid).toBe(true);
    }
  });

  it('reports a passing attempt: completed, passed, score scaled and raw/min/max, every interaction right', async () => {
    const taken = await takeQuiz('passer', 'right');
    expect(taken.result).toContain('Passed.');
    expect(taken.cmi).toMatchObject({
      completion_status: 'completed',
      success_status: 'passed',
      progress_measure: '1',
      exit: 'normal',
      score: { scaled: '1', raw: '100', min: '0', max: '100' },
    });
    const interactions = expectInteractions(taken.calls, 'right');
    expect(interactions.map((interaction) => interaction['result'])).toEqual(interactions.map(() => 'correct'));
    // The submit is committed at once, with the score: a lost final commit cannot lose the grade.
    expect(taken.commits.filter((commit) => !commit.final).at(-1)?.data).toMatchObject({ cmi: { success_status: 'passed', score: { raw: '100' } } });
    expect(setValues(taken.calls, 'cmi.session_time')[0]).toMatch(TIMEINTERVAL);
  });

  it('reports a failing attempt with attempts left: incomplete and failed, a score below the pass mark, and keeps the attempt resumable', async () => {
    const taken = await takeQuiz('failer', 'wrong');
    expect(taken.result).toContain('Not passed.');
    // Not completed while the learner may try again: Moodle would reopen a completed SCO in review mode.
    expect(taken.cmi).toMatchObject({ completion_status: 'incomplete', success_status: 'failed', exit: 'suspend' });
    const score = taken.cmi['score'] as Record<string, string>;
    expect(Number(score['scaled'])).toBeLessThan(0.7);
    expect(Number(score['raw'])).toBeCloseTo(Number(score['scaled']) * 100, 2);
    expect(score).toMatchObject({ min: '0', max: '100' });
    const results = expectInteractions(taken.calls, 'wrong').map((interaction) => interaction['result']!);
    for (const result of results) expect(result === 'incorrect' || /^0\.\d{1,4}$/.test(result)).toBe(true);
    expect(results).toContain('incorrect');
  });

  /** The SCO's quiz screen, reached by reading every text screen, with the quiz started. */
  async function openQuiz(studentId: string) {
    const session = await openSco2004(browser, server, { scoPath, studentId, scaledPassingScore: '0.7' });
    const sco = session.sco();
    const { screenCount } = await readPlayerConfig(sco);
    for (let screen = 1; screen < screenCount; screen += 1) await sco.click('#cp-next');
    await sco.getByRole('button', { name: 'Start the quiz' }).click();
    return { session, sco, quizScreen: screenCount - 1 };
  }

  async function submitQuiz(sco: Frame): Promise<void> {
    await sco.getByRole('button', { name: 'Check my answers' }).click();
    await sco.getByRole('heading', { name: 'Your result' }).waitFor();
  }

  /** Leaves as a learner closing the window does; checks the session broke no rule; what the LMS kept. */
  async function leaveQuiz(session: Sco2004Session) {
    session.errors.assertNone();
    await session.leave();
    const final = await server.waitForFinalCommit(session.launch.session);
    await session.assertNoViolations();
    const calls = server.calls(session.launch.session);
    expect(failedCalls(calls)).toEqual([]);
    return { calls, cmi: final.data['cmi'] as Record<string, unknown>, previous: lastCommitted2004Cmi(server.commits(session.launch.session)) };
  }

  /** Each drawn question as assistive technology reads it: roles, names, checked and selected states. */
  async function questionsAsRead(sco: Frame): Promise<string[]> {
    const groups = sco.locator('fieldset.cp-question');
    const read: string[] = [];
    for (let i = 0; i < (await groups.count()); i += 1) read.push(await groups.nth(i).ariaSnapshot());
    return read;
  }

  it('restores the same drawn questions and the answers given after a reload in mid-quiz', async () => {
    const first = await openQuiz('reloader');
    await answerDrawn(first.sco, 'right', 0, 3);
    const before = await questionsAsRead(first.sco);
    expect(before).toHaveLength(5);
    // Of the five kinds only ordering and matching have no checkbox or radio: three answers check one.
    expect(before.slice(0, 3).join('\n')).toContain('[checked]');
    const left = await leaveQuiz(first.session);
    expect(left.cmi).toMatchObject({ completion_status: 'incomplete', exit: 'suspend', location: String(first.quizScreen) });
    expect(left.cmi['success_status']).toBe('unknown');
    // Attempt 1, still open, no best score; an answer entry per drawn question, the first three given.
    const saved = /^2\.[0-9a-z]+\.[\w-]+\.[0-9a-z]+\.1\.[0-9a-z]+\.o\.\.([\w,-]*)$/.exec(String(left.cmi['suspend_data']));
    const entries = saved?.[1]?.split(',') ?? [];
    expect(entries).toHaveLength(5);
    expect(entries.slice(0, 3).every((entry) => entry !== '')).toBe(true);
    expect(interactionsOf(left.calls)).toEqual([]);

    const second = await openSco2004(browser, server, { scoPath, studentId: 'reloader', scaledPassingScore: '0.7', previous: left.previous });
    const sco = second.sco();
    await sco.getByRole('heading', { name: 'Attempt 1 of 2' }).waitFor();
    expect(await questionsAsRead(sco)).toEqual(before);
    const resumed = (await second.records()).calls;
    expect(resumed.find((call) => call.element === 'cmi.entry')?.result).toBe('resume');
    await answerDrawn(sco, 'right', 3, 5);
    await submitQuiz(sco);
    expect(await sco.getByText('Score: 100%. Pass mark: 70%.', { exact: true }).isVisible()).toBe(true);
    const after = await leaveQuiz(second);
    expect(after.cmi).toMatchObject({
      completion_status: 'completed',
      success_status: 'passed',
      exit: 'normal',
      score: { scaled: '1', raw: '100', min: '0', max: '100' },
    });
    const interactions = expectInteractions(after.calls, 'right');
    expect(interactions.map((interaction) => interaction['result'])).toEqual(interactions.map(() => 'correct'));
  });

  it('reports a failing attempt at the limit: completed, failed, its score; no attempt past the limit, also after a reload', async () => {
    const { session, sco, quizScreen } = await openQuiz('limit');
    await answerQuiz(sco, 'wrong');
    await submitQuiz(sco);
    expect(await sco.getByText('Not passed.', { exact: true }).isVisible()).toBe(true);
    expect(await sco.getByText('Attempts left: 1.', { exact: true }).isVisible()).toBe(true);
    await sco.getByRole('button', { name: 'Try again' }).click();
    await sco.getByRole('heading', { name: 'Attempt 2 of 2' }).waitFor();
    await answerQuiz(sco, 'wrong');
    await submitQuiz(sco);
    expect(await sco.getByText('No attempts left.', { exact: true }).isVisible()).toBe(true);
    expect(await sco.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    const taken = await leaveQuiz(session);
    expect(taken.cmi).toMatchObject({
      completion_status: 'completed',
      success_status: 'failed',
      exit: 'suspend',
      location: String(quizScreen),
      score: { min: '0', max: '100' },
    });
    const score = taken.cmi['score'] as Record<string, string>;
    expect(Number(score['scaled'])).toBeLessThan(0.7);
    expect(Number(score['raw'])).toBeCloseTo(Number(score['scaled']) * 100, 2);
    // Attempt 2, submitted.
    expect(taken.cmi['suspend_data']).toMatch(/^2\.[0-9a-z]+\.[\w-]+\.[0-9a-z]+\.2\.[0-9a-z]+\.s\./);
    const written = interactionsOf(taken.calls);
    expect(written).toHaveLength(10);
    for (const attempt of [written.slice(0, 5), written.slice(5)]) {
      expect(attempt.map((interaction) => interaction['id']).sort()).toEqual(Object.keys(EXPECTED).map((id) => `water.${id}`).sort());
      for (const interaction of attempt) {
        expect(interaction['learner_response']).toBe(EXPECTED[interaction['id']!.replace(/^water\./, '')]!.wrong.learnerResponse);
      }
    }

    const again = await openSco2004(browser, server, { scoPath, studentId: 'limit', scaledPassingScore: '0.7', previous: taken.previous });
    const view = again.sco();
    await view.getByText('No attempts left.', { exact: true }).waitFor();
    expect(await view.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await view.getByRole('button', { name: 'Start the quiz' }).isVisible()).toBe(false);
    expect(await view.getByRole('button', { name: 'Check my answers' }).isVisible()).toBe(false);
    const relaunched = await leaveQuiz(again);
    expect(relaunched.calls.find((call) => call.element === 'cmi.entry')?.result).toBe('resume');
    expect(relaunched.calls.filter((call) => call.method === 'SetValue' && call.element?.startsWith('cmi.interactions.'))).toEqual([]);
    expect(relaunched.cmi).toMatchObject({
      completion_status: 'completed',
      success_status: 'failed',
      exit: 'suspend',
      score: { scaled: score['scaled'], raw: score['raw'] },
      suspend_data: taken.cmi['suspend_data'],
    });
  });
});
