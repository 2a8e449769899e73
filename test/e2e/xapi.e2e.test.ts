/**
 * xAPI with a TinCan launch, end to end: the fixture course built for xAPI, a lesson launched
 * in Chromium with endpoint/auth/actor/registration in the URL (the LMS proxy of
 * test/harness/lrs-lms.ts in front of a real xapi-statements LRS), every screen read, the quiz
 * taken, the lesson left; then the statements read back from the LRS and checked field by field.
 * A second launch of the same registration resumes from the State API.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectPageErrors, launchBrowser, type BrowserSession } from '../harness/browser';
import { findZips } from '../harness/packages';
import { LRS_AUTH, startLrs, type Lrs, type StoredStatement } from '../harness/lrs';
import { startLmsProxy, type LmsProxy } from '../harness/lrs-lms';
import { FIXTURE_IRI, buildFixture, hasVerb, readEveryScreen, takeQuizRight, verbOf, waitForPlayer, waitForQueueEmpty, waitForStatements } from '../harness/lrs-play';

const LESSON_IRI = `${FIXTURE_IRI}/lessons/orgs`;
const CHAPTER_IRI = `${FIXTURE_IRI}/chapters/ch1`;
const PAGE = 'xapi/lessons/orgs/lessons/orgs/index.html';
const learner = { name: 'Aigerim', email: 'aigerim@example.edu' };

let work: string;
let browser: BrowserSession;
let lrs: Lrs;
let lms: LmsProxy;
let packageFiles: { path: string; text: string }[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'coursepack-e2e-xapi-'));
  const unpacked = await buildFixture(work, ['xapi']);
  packageFiles = unpacked.flatMap((pkg) => pkg.files.map((file) => ({ path: `${pkg.zipPath}:${file}`, text: readFileSync(join(pkg.dir, file), 'utf8') })));
  [browser, lrs] = await Promise.all([launchBrowser(), startLrs()]);
  lms = await startLmsProxy(join(work, 'unpacked'), lrs.endpoint, LRS_AUTH);
}, 60_000);

afterAll(async () => {
  await lms?.close();
  await Promise.all([browser?.close(), lrs?.stop()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the built xAPI packages', () => {
  it('are the course and each lesson', () => {
    expect(findZips(join(work, 'build'))).toEqual(['xapi/lessons/intro.zip', 'xapi/lessons/orgs.zip', 'xapi/xapi-course.zip']);
  });

  it('hold no credential and no endpoint in any file', () => {
    for (const file of packageFiles) {
      // The player script reads `auth` and `endpoint` from the launch URL: its code names them.
      const pattern = file.path.endsWith('.js') ? /Basic [A-Za-z0-9+/=]{8,}|127\.0\.0\.1|\/xAPI\// : /Basic |auth|endpoint|127\.0\.0\.1|\/xAPI\//;
      expect([file.path, pattern.test(file.text)]).toEqual([file.path, false]);
    }
  });
});

describe('a TinCan launch of a lesson with a quiz', () => {
  let statements: StoredStatement[];
  let registration: string;

  beforeAll(async () => {
    const launch = lms.launchTinCan({ page: PAGE, learner, activityId: LESSON_IRI });
    registration = launch.registration;
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(launch.url);
    await waitForPlayer(page);
    await readEveryScreen(page);
    await takeQuizRight(page);
    // completed and passed count as sent once the LRS has them: leave when the queue is empty.
    await waitForQueueEmpty(page, registration);
    await page.goto(`${lms.origin}/lms/returned`);
    statements = await waitForStatements(lrs, registration, hasVerb('terminated'));
    await page.close();
    errors.assertNone();
  }, 60_000);

  it('sends the verbs in the order the learner went', () => {
    const verbs = statements.map(verbOf);
    expect(verbs[0]).toBe('initialized');
    expect(verbs[verbs.length - 1]).toBe('terminated');
    const lessonVerbs = verbs.filter((verb) => !['experienced', 'progressed', 'answered'].includes(verb));
    expect(lessonVerbs).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    // Four screens (three of text, the quiz), each experienced once, in order.
    const screens = statements.filter((s) => verbOf(s) === 'experienced').map((s) => s['object']['id']);
    expect(screens).toEqual([1, 2, 3, 4].map((n) => `${LESSON_IRI}/screens/${n}`));
    expect(verbs.filter((verb) => verb === 'answered')).toHaveLength(5);
    expect(verbs.indexOf('answered')).toBeLessThan(verbs.indexOf('completed'));
  });

  it('puts every statement in the registration, with the lesson as parent or object and the course as grouping', () => {
    for (const statement of statements) {
      const context = statement['context'];
      expect(context['registration']).toBe(registration);
      expect(context['platform']).toBe('coursepack');
      expect(context['language']).toBe('en');
      expect(context['revision']).toBe('2.1.0');
      expect(statement['actor']['mbox']).toBe(`mailto:${learner.email}`);
      const ids = [...(context['contextActivities']['parent'] ?? []), ...(context['contextActivities']['grouping'] ?? [])].map((a: { id: string }) => a.id);
      expect(ids).toContain(CHAPTER_IRI);
      expect(ids).toContain(FIXTURE_IRI);
      if (statement['object']['id'] !== LESSON_IRI) expect(context['contextActivities']['parent'][0]['id']).toBe(LESSON_IRI);
    }
  });

  it('describes every answered question with its full interaction definition and result', () => {
    const answered = statements.filter((s) => verbOf(s) === 'answered');
    const byId = new Map(answered.map((s) => [String(s['object']['id']).split('/').pop(), s]));
    const choice = byId.get('orgs-choice-1')!;
    expect(choice['object']['definition']).toMatchObject({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      name: { en: 'The Shanghai Cooperation Organisation was founded in ____.' },
      interactionType: 'choice',
      correctResponsesPattern: ['b'],
    });
    expect(choice['object']['definition']['choices']).toEqual([
      { id: 'a', description: { en: '1996' } },
      { id: 'b', description: { en: '2001' } },
      { id: 'c', description: { en: '2005' } },
    ]);
    expect(byId.get('orgs-tf-2')!['object']['definition']).toMatchObject({ interactionType: 'true-false', correctResponsesPattern: ['false'] });
    expect(byId.get('orgs-mr-3')!['object']['definition']).toMatchObject({ interactionType: 'choice', correctResponsesPattern: ['a[,]c[,]d'] });
    expect(byId.get('orgs-order-4')!['object']['definition']).toMatchObject({ interactionType: 'sequencing', correctResponsesPattern: ['a[,]b[,]c'] });
    const matching = byId.get('orgs-match-5')!['object']['definition'];
    expect(matching).toMatchObject({ interactionType: 'matching', correctResponsesPattern: ['p1[.]p1[,]p2[.]p2[,]p3[.]p3'] });
    expect(matching['source'][0]).toEqual({ id: 'p1', description: { en: 'Kazakhstan' } });
    expect(matching['target'][2]).toEqual({ id: 'p3', description: { en: 'Bishkek' } });
    for (const statement of answered) {
      const result = statement['result'];
      expect(result['response']).toBe(statement['object']['definition']['correctResponsesPattern'][0]);
      expect(result).toMatchObject({ success: true, score: { scaled: 1, raw: 1, min: 0, max: 1 } });
      expect(result['duration']).toMatch(/^PT/);
    }
  });

  it('reports completion, the score and the time spent', () => {
    const passed = statements.find((s) => verbOf(s) === 'passed')!;
    expect(passed['object']['id']).toBe(LESSON_IRI);
    expect(passed['result']).toMatchObject({ success: true, score: { scaled: 1, raw: 100, min: 0, max: 100 } });
    const completed = statements.find((s) => verbOf(s) === 'completed')!;
    expect(completed['result']['completion']).toBe(true);
    for (const statement of statements.filter((s) => verbOf(s) === 'experienced')) {
      expect(statement['result']['duration']).toMatch(/^PT(\d+(\.\d+)?S)$/);
    }
    const progress = statements.filter((s) => verbOf(s) === 'progressed').map((s) => s['result']['extensions']['https://w3id.org/xapi/cmi5/result/extensions/progress']);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.every((p) => p > 0 && p < 100)).toBe(true);
  });

  it('keeps the bookmark and quiz in the State API, and a second launch resumes there', async () => {
    const doc = lms.state(LESSON_IRI, registration, 'coursepack-progress') as { location: number; suspended: boolean; completedSent: boolean; verdictSent: string };
    expect(doc).toMatchObject({ location: 3, suspended: false, completedSent: true, verdictSent: 'passed' });
    // Another device: no copy in this browser's storage; the State API alone resumes.
    const page = await browser.newPage();
    await page.goto(`${lms.origin}/lms/returned`);
    await page.evaluate(() => localStorage.clear());
    const launch = lms.launchTinCan({ page: PAGE, learner, activityId: LESSON_IRI, registration });
    await page.goto(launch.url);
    await waitForPlayer(page);
    expect(await page.locator('#cp-position').textContent()).toMatch(/^4 \/ 4$/);
    await page.goto(`${lms.origin}/lms/returned`);
    const after = await waitForStatements(lrs, registration, (all) => all.filter((s) => verbOf(s) === 'terminated').length >= 2);
    const second = after.slice(statements.length).map(verbOf);
    // Done already: no second completed or passed, no resumed (it was not suspended).
    expect(second).not.toContain('completed');
    expect(second).not.toContain('passed');
    expect(second[0]).toBe('initialized');
    await page.close();
  });
});
