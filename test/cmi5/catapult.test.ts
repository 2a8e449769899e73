/**
 * cmi5 end to end through ADL's CATAPULT, the reference cmi5 LMS, whose LRS proxy refuses with
 * 403 and the requirement id every request of the AU that breaks a cmi5 rule. The packages are
 * imported as an instructor would upload them, each AU launched as CATAPULT launches it, and
 * played in Chromium; then what CATAPULT recorded (satisfied, completed, passed per AU, block
 * and course by moveOn) and what the LRS stored are read back. Every play asserts that CATAPULT
 * refused nothing and that every statement is valid xAPI (test/harness/xapi-validate.ts).
 *
 * Few browser sessions, each covering several things: the machine is small.
 *   1. the fixture course zip: lesson without quiz read with a reload mid-lesson, left by the
 *      button; quiz lesson in the same registration with a reload mid-quiz, passed, left by the
 *      button → AU, block and course satisfied; launched again → Review (CATAPULT's choice),
 *      closed by the tab → left to CATAPULT, which abandons it at the next launch;
 *   2. the fixture's lesson zip: Normal fail; LaunchData masteryScore above and below the score
 *      (the screen shows the LMS's pass mark); Browse; the learner's language preference;
 *   3. the real course: every cmi5 zip imports; a Kazakh lesson left by closing the tab,
 *      relaunched in the same registration, resumed and passed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildCourse } from '../../src/build/index';
import { collectPageErrors, launchBrowser, type BrowserSession, type PageErrors } from '../harness/browser';
import { catapult, moveOnNode, refusals, type Catapult, type CatapultCourse, type LaunchExtras, type LrsAnswer } from '../harness/catapult';
import { findZips } from '../harness/packages';
import { answerQuiz, buildFixture, FIXTURE_IRI, readEveryScreen, submitQuiz, waitForPlayer } from '../harness/lrs-play';
import { describeWith, cmi5Harness, CMI5_HOW } from '../harness/real-service';
import { expectValidStatements } from '../harness/xapi-validate';

const REPO = join(__dirname, '../..');
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const JUDGING = ['completed', 'passed', 'failed'];

type Statement = Record<string, any>;
const verbOf = (statement: Statement): string => String(statement['verb']['id']).split('/').pop()!;
const sessionOf = (statement: Statement): string | undefined => statement['context']?.['extensions']?.[SESSION_ID];

/** Chromium noise that is no fault of the package: CATAPULT's favicon 401, and cmi5 11.0's allowed 404 for a learner without preferences. */
const expectedNoise = (message: string): boolean => /favicon\.ico|cmi5LearnerPreferences/.test(message);

describeWith('cmi5 packages in CATAPULT', cmi5Harness, CMI5_HOW, (harness) => {
  let work: string;
  let browser: BrowserSession;
  let lms: Catapult;
  let back: Server;
  let returnUrl: string;
  let fixtureCourse: CatapultCourse;
  let fixtureLesson: CatapultCourse;
  let realLesson: CatapultCourse;
  const realZips: string[] = [];
  /** Unique per run: CATAPULT keeps its registrations between runs. */
  const learner = (name: string) => `${name}-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'coursepack-catapult-'));
    lms = catapult(harness);
    await buildFixture(work, ['cmi5']);
    await buildCourse({ courseDir: join(REPO, 'course'), quizzesDir: join(REPO, 'quizzes'), outDir: join(work, 'real'), formats: ['cmi5'] });
    realZips.push(...findZips(join(work, 'real')).map((zip) => join(work, 'real', zip)));
    back = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>LMS</title><p>Back in the LMS.</p>'));
    await new Promise<void>((done) => back.listen(0, '127.0.0.1', () => done()));
    returnUrl = `http://127.0.0.1:${(back.address() as AddressInfo).port}/returned`;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (back ? back.close(() => done()) : done()));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Opens a launch URL in a new tab, watching CATAPULT's answers and the page's errors. */
  async function open(url: string): Promise<{ page: Page; answers: LrsAnswer[]; errors: PageErrors }> {
    const page = await browser.newPage();
    const answers = lms.watch(page);
    const errors = collectPageErrors(page);
    await page.goto(url);
    await waitForPlayer(page);
    return { page, answers, errors };
  }

  async function leaveByButton(page: Page): Promise<void> {
    await page.click('#cp-exit');
    await page.waitForURL(returnUrl, { timeout: 15_000 });
  }

  function assertClean(answers: readonly LrsAnswer[], errors: PageErrors): void {
    expect(refusals(answers)).toEqual([]);
    expect(errors.messages.filter((message) => !expectedNoise(message))).toEqual([]);
  }

  /** The LRS's statements of a registration once `ready` holds (bounded), all checked as valid xAPI. */
  async function statementsOf(registration: string, ready: (all: Statement[]) => boolean): Promise<Statement[]> {
    let all: Statement[] = [];
    for (let tries = 0; tries < 50; tries += 1) {
      all = await lms.statements(registration);
      if (ready(all)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expectValidStatements(all);
    return all;
  }

  /** Each cmi5 session (by session id) has one initialized, first; at most one terminated, last; no id twice. */
  function expectSessionsWellFormed(statements: readonly Statement[]): void {
    const ids = statements.map((s) => s['id']);
    expect(new Set(ids).size).toBe(ids.length);
    const ours = statements.filter((s) => s['context']?.['platform'] === 'coursepack');
    for (const session of new Set(ours.map(sessionOf))) {
      const verbs = ours.filter((s) => sessionOf(s) === session).map(verbOf);
      expect(verbs[0]).toBe('initialized');
      expect(verbs.filter((v) => v === 'initialized')).toHaveLength(1);
      expect(verbs.filter((v) => v === 'terminated').length).toBeLessThanOrEqual(1);
      if (verbs.includes('terminated')) expect(verbs[verbs.length - 1]).toBe('terminated');
    }
  }

  test('CATAPULT imports every cmi5 zip: the real course and its lessons, the fixture course and its lessons', async () => {
    expect(realZips.length).toBe(12);
    const real = [];
    for (const zip of realZips) real.push(await lms.importZip(zip));
    expect(real.map((course) => course.aus.length).sort((a, b) => a - b)).toEqual([...Array(11).fill(1), 11]);
    realLesson = real[realZips.findIndex((zip) => zip.endsWith('lessons/s1-1.zip'))]!;
    fixtureCourse = await lms.importZip(join(work, 'build/cmi5/xapi-course.zip'));
    fixtureLesson = await lms.importZip(join(work, 'build/cmi5/lessons/orgs.zip'));
    expect(fixtureCourse.aus.map((au) => [au.id, au.moveOn, au.masteryScore])).toEqual([
      [`${FIXTURE_IRI}/lessons/intro`, 'Completed', null],
      [`${FIXTURE_IRI}/lessons/orgs`, 'CompletedAndPassed', 0.6],
    ]);
  }, 120_000);

  describe('the course zip in one registration', () => {
    const name = learner('course');
    let registration: string;

    test('the lesson without quiz, read and left by the button, is completed and satisfied', async () => {
      const launch = await lms.launch(fixtureCourse, 0, name, { returnUrl });
      registration = launch.registration;
      const { page, answers, errors } = await open(launch.url);
      await readEveryScreen(page);
      await leaveByButton(page);
      await page.close();
      assertClean(answers, errors);
      const statements = await statementsOf(registration, (all) => all.some((s) => verbOf(s) === 'terminated'));
      expectSessionsWellFormed(statements);
      const ours = statements.filter((s) => sessionOf(s) !== undefined && s['context']['platform'] === 'coursepack');
      expect(ours.map(verbOf).filter((v) => ['initialized', 'completed', 'terminated'].includes(v))).toEqual(['initialized', 'completed', 'terminated']);
      const view = await lms.registration(registration);
      expect(view.aus[0]).toMatchObject({ isCompleted: true, isSatisfied: true });
      expect(view.isSatisfied).toBe(false);
    }, 60_000);

    test('the quiz lesson, reloaded mid-lesson and mid-quiz, passed and left by the button: AU, block and course satisfied', async () => {
      const launch = await lms.launch(fixtureCourse, 1, name, { returnUrl }, registration);
      const { page, answers, errors } = await open(launch.url);
      await page.click('#cp-next');
      await page.reload();
      await waitForPlayer(page);
      // The reload continues the session where the learner was.
      expect(await page.locator('section.cp-screen:not([hidden])').getAttribute('data-cp-screen')).toBe('1');
      await readEveryScreen(page);
      await answerQuiz(page, 0);
      await page.reload();
      await waitForPlayer(page);
      // The answers given before the reload are still there.
      expect(await page.locator('fieldset.cp-question input:checked').count()).toBeGreaterThan(0);
      await answerQuiz(page, 0);
      await submitQuiz(page);
      const result = (await page.locator('.cp-quiz__result').textContent()) ?? '';
      await leaveByButton(page);
      await page.close();
      assertClean(answers, errors);
      expect(result).toContain('Score: 100%. Pass mark: 60%.');
      expect(result).toContain('Passed.');
      const statements = await statementsOf(registration, (all) => all.filter((s) => verbOf(s) === 'terminated').length >= 2);
      expectSessionsWellFormed(statements);
      const session = statements.filter((s) => s['object']['id'] === launch.activityId && s['context']['platform'] === 'coursepack');
      expect(session.map(verbOf).filter((v) => ['initialized', ...JUDGING, 'terminated'].includes(v))).toEqual(['initialized', 'completed', 'passed', 'terminated']);
      expect(statements.filter((s) => verbOf(s) === 'answered')).toHaveLength(5);
      const view = await lms.registration(registration);
      expect(view.aus[1]).toMatchObject({ isCompleted: true, isPassed: true, isSatisfied: true });
      expect({ block: moveOnNode(view.moveOn, `${FIXTURE_IRI}/chapters/ch1`)?.satisfied, course: view.isSatisfied }).toEqual({ block: true, course: true });
    }, 60_000);

    test('launched again after it is satisfied: Review, nothing judged; a closed tab is left to CATAPULT, which abandons the session', async () => {
      const launch = await lms.launch(fixtureCourse, 1, name, { returnUrl }, registration);
      const { page, answers, errors } = await open(launch.url);
      await page.click('#cp-prev');
      await page.close({ runBeforeUnload: true });
      assertClean(answers, errors);
      // The next launch of the registration makes CATAPULT abandon the session the closed tab left open.
      await lms.launch(fixtureCourse, 1, name, { returnUrl }, registration);
      const statements = await statementsOf(registration, (all) => all.some((s) => verbOf(s) === 'abandoned'));
      const review = statements.filter((s) => s['context']?.['registration'] === registration && s['object']['id'] === launch.activityId);
      const reviewSession = sessionOf(review.find((s) => verbOf(s) === 'initialized' && s['timestamp'] > statements.find((x) => verbOf(x) === 'passed')!['timestamp'])!);
      const inReview = statements.filter((s) => sessionOf(s) === reviewSession);
      expect(inReview.map(verbOf)).toContain('abandoned');
      expect(inReview.map(verbOf).filter((v) => [...JUDGING, 'terminated'].includes(v))).toEqual([]);
      expectSessionsWellFormed(statements);
    }, 60_000);
  });

  describe('the lesson zip, one learner per case', () => {
    async function play(extras: LaunchExtras, wrong: number, before?: (registration: string) => Promise<void>) {
      const launch = await lms.launch(fixtureLesson, 0, learner('lesson'), { returnUrl, ...extras });
      await before?.(launch.registration);
      const { page, answers, errors } = await open(launch.url);
      await readEveryScreen(page);
      await answerQuiz(page, wrong);
      await submitQuiz(page);
      const result = (await page.locator('.cp-quiz__result').textContent()) ?? '';
      const exitLabel = (await page.locator('#cp-exit').textContent()) ?? '';
      await leaveByButton(page);
      await page.close();
      assertClean(answers, errors);
      const statements = await statementsOf(launch.registration, (all) => all.some((s) => verbOf(s) === 'terminated'));
      expectSessionsWellFormed(statements);
      const judged = statements.filter((s) => JUDGING.includes(verbOf(s)));
      return { launch, result, exitLabel, statements, judged, view: await lms.registration(launch.registration) };
    }

    test('Normal, every answer wrong with the one attempt: failed, not satisfied', async () => {
      const { result, judged, view } = await play({}, 5);
      expect(result).toContain('Not passed.');
      expect(judged.map(verbOf)).toEqual(['completed', 'failed']);
      expect(view.aus[0]).toMatchObject({ isCompleted: true, isPassed: false, isSatisfied: false });
      expect(view.isSatisfied).toBe(false);
    }, 60_000);

    test('LaunchData masteryScore above the score (0.9 vs 80 %): the screen shows 90 % and not passed; failed is sent', async () => {
      const { result, judged, view } = await play({ masteryScore: 0.9 }, 1);
      expect(result).toContain('Score: 80%. Pass mark: 90%.');
      expect(result).toContain('Not passed.');
      expect(judged.map(verbOf)).toEqual(['completed', 'failed']);
      expect(judged[1]!['context']['extensions'][MASTERY]).toBe(0.9);
      expect(view.aus[0]).toMatchObject({ isPassed: false, isSatisfied: false });
    }, 60_000);

    test('LaunchData masteryScore below the score (0.7 vs 80 %): the screen shows 70 % and passed; satisfied', async () => {
      const { result, judged, view } = await play({ masteryScore: 0.7 }, 1);
      expect(result).toContain('Score: 80%. Pass mark: 70%.');
      expect(result).toContain('Passed.');
      expect(judged.map(verbOf)).toEqual(['completed', 'passed']);
      expect(judged[1]!['context']['extensions'][MASTERY]).toBe(0.7);
      expect({ au: view.aus[0], course: view.isSatisfied }).toEqual({ au: { isCompleted: true, isPassed: true, isSatisfied: true, hasBeenAttempted: true }, course: true });
    }, 60_000);

    test('Browse with a Russian-speaking learner: nothing judged though the quiz is passed; the player speaks Russian', async () => {
      const { judged, view, exitLabel, statements } = await play({ launchMode: 'Browse' }, 0, (registration) => lms.setLearnerPreferences(registration, 'ru-RU,en-US'));
      expect(judged).toEqual([]);
      expect(statements.map(verbOf)).toContain('answered');
      expect(view.aus[0]).toMatchObject({ isCompleted: false, isPassed: false, isSatisfied: false });
      expect(exitLabel).toBe('Выйти из урока');
    }, 60_000);
  });

  test('the real course: a Kazakh lesson left by closing the tab, relaunched in the same registration, resumed and passed', async () => {
    const name = learner('real');
    const first = await lms.launch(realLesson, 0, name, { returnUrl });
    const one = await open(first.url);
    await one.page.click('#cp-next');
    await one.page.click('#cp-next');
    await one.page.close({ runBeforeUnload: true });
    assertClean(one.answers, one.errors);

    const again = await lms.launch(realLesson, 0, name, { returnUrl }, first.registration);
    const two = await open(again.url);
    // Resumed on the screen the learner left.
    expect({ screen: await two.page.locator('section.cp-screen:not([hidden])').getAttribute('data-cp-screen') }).toEqual({ screen: '2' });
    await readEveryScreen(two.page, 5);
    await answerQuiz(two.page, 0);
    await submitQuiz(two.page);
    const result = (await two.page.locator('.cp-quiz__result').textContent()) ?? '';
    await leaveByButton(two.page);
    await two.page.close();
    assertClean(two.answers, two.errors);
    expect(result).toContain('Ұпай: 100%. Өту шегі: 70%.');
    const statements = await statementsOf(first.registration, (all) => all.some((s) => verbOf(s) === 'terminated'));
    expectSessionsWellFormed(statements);
    expect(statements.filter((s) => verbOf(s) === 'initialized')).toHaveLength(2);
    expect(statements.map(verbOf)).toContain('abandoned');
    const view = await lms.registration(first.registration);
    expect({ au: view.aus[0], course: view.isSatisfied }).toEqual({ au: { isCompleted: true, isPassed: true, isSatisfied: true, hasBeenAttempted: true }, course: true });
  }, 90_000);
});
