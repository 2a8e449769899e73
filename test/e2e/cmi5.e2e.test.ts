/**
 * cmi5 end to end: the fixture course built for cmi5, an AU launched in Chromium the way a cmi5
 * LMS does (endpoint, single-use fetch URL, actor, registration, activityId; LMS.LaunchData in
 * the State API — played by test/harness/lrs-lms.ts in front of a real xapi-statements LRS),
 * every screen read, the quiz taken, the lesson left through returnURL; the statements read
 * back and checked against the cmi5 rules. A Browse launch sends no completed/passed/failed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectPageErrors, launchBrowser, type BrowserSession } from '../harness/browser';
import { LRS_AUTH, startLrs, type Lrs, type StoredStatement } from '../harness/lrs';
import { startLmsProxy, type IssuedLaunch, type LmsProxy } from '../harness/lrs-lms';
import { FIXTURE_IRI, buildFixture, hasVerb, readEveryScreen, takeQuizRight, verbOf, waitForPlayer, waitForStatements } from '../harness/lrs-play';

const AU_ID = `${FIXTURE_IRI}/lessons/orgs`;
/** The LMS's own id for the AU in this course (cmi5 lets it differ from the publisher's AU id). */
const LMS_ACTIVITY_ID = 'https://lms.example.edu/courses/42/au/orgs';
const PAGE = 'cmi5/xapi-course/lessons/orgs/index.html';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'];
const learner = { name: 'Timur', email: 'timur@example.edu' };

let work: string;
let browser: BrowserSession;
let lrs: Lrs;
let lms: LmsProxy;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'coursepack-e2e-cmi5-'));
  await buildFixture(work, ['cmi5']);
  [browser, lrs] = await Promise.all([launchBrowser(), startLrs()]);
  lms = await startLmsProxy(join(work, 'unpacked'), lrs.endpoint, LRS_AUTH);
}, 60_000);

afterAll(async () => {
  await lms?.close();
  await Promise.all([browser?.close(), lrs?.stop()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

const categoriesOf = (statement: StoredStatement): string[] =>
  (statement['context']['contextActivities']['category'] ?? []).map((activity: { id: string }) => activity.id);

describe('a cmi5 launch in Normal mode', () => {
  let launch: IssuedLaunch;
  let statements: StoredStatement[];
  let noticeAfterReturn: string;

  beforeAll(async () => {
    launch = lms.launchCmi5({ page: PAGE, learner, activityId: LMS_ACTIVITY_ID, publisherId: AU_ID, masteryScore: 0.6, moveOn: 'CompletedAndPassed' });
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(launch.url);
    await waitForPlayer(page);
    await readEveryScreen(page);
    await takeQuizRight(page);
    await page.click('#cp-exit');
    await page.waitForURL(`${lms.origin}/lms/returned`);
    statements = await waitForStatements(lrs, launch.registration, hasVerb('terminated'));
    // Back in the same tab: the session's token is reused (the fetch URL works once), but the
    // session is over, so the page says so and sends nothing more.
    await page.goto(launch.url);
    await waitForPlayer(page);
    noticeAfterReturn = (await page.locator('#cp-notice').textContent()) ?? '';
    await page.waitForTimeout(500);
    await page.close();
    errors.assertNone();
  }, 60_000);

  it('used the fetch URL once and went back to returnURL on exit', () => {
    expect(lms.fetchUses(launch.fetchId!)).toBe(1);
    expect(lms.returns).toBeGreaterThanOrEqual(1);
    expect(noticeAfterReturn).toContain('cmi5-terminated');
  });

  it('sends initialized first, terminated last, nothing after it', async () => {
    const verbs = statements.map(verbOf);
    expect(verbs[0]).toBe('initialized');
    expect(verbs[verbs.length - 1]).toBe('terminated');
    expect(verbs.filter((verb) => verb === 'initialized')).toHaveLength(1);
    expect(verbs.filter((verb) => verb === 'terminated')).toHaveLength(1);
    const later = await lrs.statements({ registration: launch.registration });
    expect(later.map((s) => s['id'])).toEqual(statements.map((s) => s['id']));
  });

  it('sends at most one completed and one passed/failed, with moveOn and mastery', () => {
    const verbs = statements.map(verbOf);
    expect(verbs.filter((verb) => verb === 'completed')).toHaveLength(1);
    expect(verbs.filter((verb) => verb === 'passed' || verb === 'failed')).toEqual(['passed']);
    const passed = statements.find((s) => verbOf(s) === 'passed')!;
    expect(passed['result']).toMatchObject({ success: true, score: { scaled: 1 } });
    expect(passed['result']['duration']).toMatch(/^PT/);
    expect(passed['context']['extensions'][MASTERY]).toBe(0.6);
  });

  it('marks cmi5-defined statements with the cmi5 category, moveOn ones with moveOn, and no other', () => {
    for (const statement of statements) {
      const verb = verbOf(statement);
      const categories = categoriesOf(statement);
      expect(categories.includes(CMI5_CATEGORY)).toBe(DEFINED.includes(verb));
      expect(categories.includes(MOVE_ON_CATEGORY)).toBe(['completed', 'passed', 'failed'].includes(verb));
    }
  });

  it('puts the session id, the registration and the LMS context template in every statement', () => {
    for (const statement of statements) {
      const context = statement['context'];
      expect(context['registration']).toBe(launch.registration);
      expect(context['extensions'][SESSION_ID]).toBe(launch.sessionId);
      const grouping = context['contextActivities']['grouping'].map((a: { id: string }) => a.id);
      expect(grouping).toContain(AU_ID);
      expect(grouping).toContain(FIXTURE_IRI);
      expect(statement['actor']['mbox']).toBe(`mailto:${learner.email}`);
    }
  });

  it('uses the launch activityId for the AU and its own ids for screens and questions', () => {
    for (const statement of statements.filter((s) => DEFINED.includes(verbOf(s)))) expect(statement['object']['id']).toBe(LMS_ACTIVITY_ID);
    const screens = statements.filter((s) => verbOf(s) === 'experienced').map((s) => s['object']['id']);
    expect(screens).toEqual([1, 2, 3, 4].map((n) => `${AU_ID}/screens/${n}`));
    const questions = statements.filter((s) => verbOf(s) === 'answered');
    expect(questions).toHaveLength(5);
    for (const question of questions) {
      expect(question['object']['id']).toMatch(new RegExp(`^${AU_ID}/questions/orgs-`));
      expect(question['context']['contextActivities']['parent'][0]['id']).toBe(LMS_ACTIVITY_ID);
    }
  });
});

describe('a cmi5 launch in Browse mode', () => {
  it('sends no completed, passed or failed, even when the quiz is passed', async () => {
    const launch = lms.launchCmi5({ page: PAGE, learner, activityId: LMS_ACTIVITY_ID, publisherId: AU_ID, launchMode: 'Browse' });
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(launch.url);
    await waitForPlayer(page);
    await readEveryScreen(page);
    await takeQuizRight(page);
    await page.click('#cp-exit');
    await page.waitForURL(`${lms.origin}/lms/returned`);
    const statements = await waitForStatements(lrs, launch.registration, hasVerb('terminated'));
    await page.close();
    errors.assertNone();
    const verbs = statements.map(verbOf);
    expect(verbs[0]).toBe('initialized');
    expect(verbs[verbs.length - 1]).toBe('terminated');
    expect(verbs).toContain('answered');
    expect(verbs.filter((verb) => ['completed', 'passed', 'failed'].includes(verb))).toEqual([]);
  }, 40_000);
});
