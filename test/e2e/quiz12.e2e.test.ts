/**
 * The lesson quiz end to end in SCORM 1.2: build the quiz fixture course (one lesson, a bank
 * with one item of every kind), play it in Chromium against the strict SCORM 1.2 host, and
 * drive the quiz as a student would, through roles and accessible names only. Each test checks
 * what the LMS got: lesson status, score, and every interaction's fields.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { buildCourse } from '../../src/build/index';
import { launchBrowser, type BrowserSession } from '../harness/browser';
import { describeAxeViolations, runAxe } from '../harness/lesson-page';
import type { ApiCall, CmiData } from '../harness/lms12';
import { unpackAll } from '../harness/packages';
import { openSco, type ScoSession } from '../harness/sco-session';
import { lastCommittedCmi, startLmsServer, type LmsServer } from '../harness/server';

const FIXTURE = join(__dirname, '../fixtures/quiz-player');
const SCO_PATH = 'scorm12/lessons/orgs/lessons/orgs/index.html';
const SCORM12_TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const SCORM12_TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

let work: string;
let browser: BrowserSession;
let server: LmsServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'coursepack-quiz12-'));
  await buildCourse({ courseDir: join(FIXTURE, 'course'), outDir: join(work, 'build'), quizzesDir: join(FIXTURE, 'quizzes'), formats: ['scorm12'] });
  await unpackAll(join(work, 'build'), join(work, 'unpacked'));
  [browser, server] = await Promise.all([launchBrowser(), startLmsServer(join(work, 'unpacked'))]);
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

/** What a student picks for each question of the fixture bank, found by words of its stem. */
interface Answers {
  readonly choice: string;
  readonly trueFalse: string;
  readonly multiple: readonly string[];
  readonly order: readonly string[];
  readonly matches: readonly (readonly [string, string])[];
}

const RIGHT: Answers = {
  choice: '2001',
  trueFalse: 'False',
  multiple: ['Shanghai Cooperation Organisation', 'Eurasian Economic Union', 'Central Asian Cooperation Organisation'],
  order: ['Collective Security Treaty', 'Shanghai Cooperation Organisation', 'Eurasian Economic Union'],
  matches: [['Kazakhstan', 'Astana'], ['Uzbekistan', 'Tashkent'], ['Kyrgyzstan', 'Bishkek']],
};

const WRONG: Answers = {
  choice: '1996',
  trueFalse: 'True',
  multiple: ['Collective Security Treaty'],
  order: ['Eurasian Economic Union', 'Shanghai Cooperation Organisation', 'Collective Security Treaty'],
  matches: [['Kazakhstan', 'Tashkent'], ['Uzbekistan', 'Bishkek'], ['Kyrgyzstan', 'Astana']],
};

/** The 1.2 interaction each answer set must produce, by item. */
const EXPECTED = {
  right: {
    'orgs.orgs-choice-1': { type: 'choice', student_response: 'b', pattern: 'b', result: 'correct' },
    'orgs.orgs-tf-2': { type: 'true-false', student_response: 'f', pattern: 'f', result: 'correct' },
    'orgs.orgs-mr-3': { type: 'choice', student_response: 'a,c,d', pattern: 'a,c,d', result: 'correct' },
    'orgs.orgs-order-4': { type: 'sequencing', student_response: 'a,b,c', pattern: 'a,b,c', result: 'correct' },
    'orgs.orgs-match-5': { type: 'matching', student_response: 'p1.1,p2.2,p3.3', pattern: 'p1.1,p2.2,p3.3', result: 'correct' },
  },
  wrong: {
    'orgs.orgs-choice-1': { type: 'choice', student_response: 'a', pattern: 'b', result: 'wrong' },
    'orgs.orgs-tf-2': { type: 'true-false', student_response: 't', pattern: 'f', result: 'wrong' },
    'orgs.orgs-mr-3': { type: 'choice', student_response: 'b', pattern: 'a,c,d', result: 'wrong' },
    'orgs.orgs-order-4': { type: 'sequencing', student_response: 'c,b,a', pattern: 'a,b,c', result: 'wrong' },
    'orgs.orgs-match-5': { type: 'matching', student_response: 'p1.2,p2.3,p3.1', pattern: 'p1.1,p2.2,p3.3', result: 'wrong' },
  },
} as const;

async function readEveryScreen(sco: Frame): Promise<void> {
  for (let i = 0; i < 3; i += 1) await sco.getByRole('button', { name: 'Next', exact: true }).click();
}

function question(sco: Frame, stemWords: string) {
  return sco.getByRole('group', { name: new RegExp(stemWords) });
}

async function answerChoice(sco: Frame, answers: Answers): Promise<void> {
  await question(sco, 'Shanghai Cooperation Organisation was founded').getByRole('radio', { name: answers.choice, exact: true }).check();
}

async function answerRest(sco: Frame, answers: Answers): Promise<void> {
  await question(sco, 'Collective Security Treaty was signed').getByRole('radio', { name: answers.trueFalse, exact: true }).check();
  const multiple = question(sco, 'Which organisations');
  for (const name of answers.multiple) await multiple.getByRole('checkbox', { name, exact: true }).check();
  await putInOrder(sco, answers.order);
  const matching = question(sco, 'Match each country');
  for (const [left, right] of answers.matches) await matching.getByRole('combobox', { name: left, exact: true }).selectOption({ label: right });
}

/** Moves steps up with their "Move … up" buttons until the list reads `wanted`. */
async function putInOrder(sco: Frame, wanted: readonly string[]): Promise<void> {
  const group = question(sco, 'Put the organisations in the order');
  for (let target = 0; target < wanted.length; target += 1) {
    for (let guard = 0; guard < wanted.length; guard += 1) {
      const steps = await group.getByRole('listitem').allTextContents();
      const at = steps.findIndex((text) => text.startsWith(wanted[target]!));
      if (at <= target) break;
      await group.getByRole('button', { name: `Move “${wanted[target]}” up` }).click();
    }
  }
  const final = await group.getByRole('listitem').allTextContents();
  expect(final.map((text) => text.replace(/[↑↓]/g, ''))).toEqual([...wanted]);
}

async function submit(sco: Frame): Promise<void> {
  await sco.getByRole('button', { name: 'Check my answers' }).click();
  await sco.getByRole('heading', { name: 'Your result' }).waitFor();
}

async function expectAxeClean(sco: Frame, where: string): Promise<void> {
  const violations = await runAxe(sco);
  if (violations.length > 0) throw new Error(`axe on the ${where}:\n${describeAxeViolations(violations)}`);
}

interface InteractionSeen {
  readonly id: string;
  readonly type: string;
  readonly student_response: string;
  readonly pattern: string;
  readonly result: string;
  readonly latency: string;
  readonly time: string;
  readonly weighting: string;
}

/** The interactions the SCO wrote (accepted writes only), in journal order. */
function interactionsWritten(calls: readonly ApiCall[]): InteractionSeen[] {
  const byIndex = new Map<number, Record<string, string>>();
  for (const call of calls) {
    const match = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(call.element ?? '');
    if (call.method !== 'LMSSetValue' || !match || call.errorCode !== '0') continue;
    const entry = byIndex.get(Number(match[1])) ?? {};
    entry[match[2] === 'correct_responses.0.pattern' ? 'pattern' : match[2]!] = String(call.value);
    byIndex.set(Number(match[1]), entry);
  }
  return [...byIndex.keys()].sort((a, b) => a - b).map((n) => byIndex.get(n) as unknown as InteractionSeen);
}

function expectInteractions(seen: readonly InteractionSeen[], expected: Readonly<Record<string, object>>): void {
  expect(seen.map((entry) => entry.id).sort()).toEqual(Object.keys(expected).sort());
  for (const entry of seen) {
    expect(entry).toMatchObject(expected[entry.id]!);
    expect(entry.latency).toMatch(SCORM12_TIMESPAN);
    expect(entry.time).toMatch(SCORM12_TIME);
    expect(entry.weighting).toBe('1');
    expect(entry.id).toMatch(/^[\x21-\x7E]{1,255}$/);
  }
}

async function finish(session: ScoSession): Promise<{ cmi: CmiData; calls: readonly ApiCall[] }> {
  session.errors.assertNone();
  await session.assertNoViolations();
  await session.leave();
  const final = await server.waitForFinalCommit(session.launch.session);
  await session.assertNoViolations();
  const calls = server.calls(session.launch.session);
  expect(calls.filter((call) => call.errorCode !== '0' || call.result === 'false')).toEqual([]);
  return { cmi: final.data['cmi'] as CmiData, calls };
}

describe('the lesson quiz in SCORM 1.2', () => {
  it('stays locked until every screen was read, then a passing attempt reports passed, the score and every answer', async () => {
    const session = await openSco(browser, server, { scoPath: SCO_PATH, studentId: 'passer' });
    const sco = session.sco();
    await sco.getByRole('link', { name: '4. Quiz' }).click();
    const start = sco.getByRole('button', { name: 'Start the quiz' });
    expect(await start.isDisabled()).toBe(true);
    expect(await sco.getByText('Read every screen of the lesson to open the quiz (2 left).', { exact: true }).isVisible()).toBe(true);
    await sco.getByRole('link', { name: /^1\. / }).click();
    await readEveryScreen(sco);
    await start.click();
    await answerChoice(sco, RIGHT);
    await answerRest(sco, RIGHT);
    await expectAxeClean(sco, 'quiz screen');
    await submit(sco);
    // The live region tells screen reader users the result without moving them.
    await sco.getByRole('status').filter({ hasText: 'Score 100%. Passed.' }).waitFor({ state: 'attached' });
    expect(await sco.getByText('Score: 100%. Pass mark: 70%.', { exact: true }).isVisible()).toBe(true);
    expect(await sco.getByText('Attempts left: 1.', { exact: true }).isVisible()).toBe(true);
    await expectAxeClean(sco, 'result screen');
    const { cmi, calls } = await finish(session);
    expect(cmi).toMatchObject({ core: { lesson_status: 'passed', score: { raw: '100', min: '0', max: '100' } } });
    expectInteractions(interactionsWritten(calls), EXPECTED.right);
  });

  it('reports a failing attempt as incomplete with its score, and offers no attempt past the limit, also after a reload', async () => {
    const session = await openSco(browser, server, { scoPath: SCO_PATH, studentId: 'failer' });
    const sco = session.sco();
    await readEveryScreen(sco);
    await sco.getByRole('button', { name: 'Start the quiz' }).click();
    await answerChoice(sco, WRONG);
    await answerRest(sco, WRONG);
    await submit(sco);
    expect(await sco.getByText('Not passed.', { exact: true }).isVisible()).toBe(true);
    await sco.getByRole('button', { name: 'Try again' }).click();
    expect(await sco.getByRole('heading', { name: 'Attempt 2 of 2' }).isVisible()).toBe(true);
    await answerChoice(sco, WRONG);
    await answerRest(sco, WRONG);
    await submit(sco);
    expect(await sco.getByText('No attempts left.', { exact: true }).isVisible()).toBe(true);
    expect(await sco.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    const { cmi, calls } = await finish(session);
    expect(cmi).toMatchObject({ core: { lesson_status: 'incomplete', exit: 'suspend', score: { raw: '0', min: '0', max: '100' } } });
    const seen = interactionsWritten(calls);
    expect(seen).toHaveLength(10);
    expectInteractions(seen.slice(0, 5), EXPECTED.wrong);
    expectInteractions(seen.slice(5), EXPECTED.wrong);

    const again = await openSco(browser, server, { scoPath: SCO_PATH, studentId: 'failer', previous: cmi });
    const view = again.sco();
    await view.getByRole('link', { name: '4. Quiz' }).click();
    expect(await view.getByText('No attempts left.', { exact: true }).isVisible()).toBe(true);
    expect(await view.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await view.getByRole('button', { name: 'Start the quiz' }).isVisible()).toBe(false);
    await finish(again);
  });

  it('restores the same drawn questions and the answers given after a reload in mid-quiz', async () => {
    const first = await openSco(browser, server, { scoPath: SCO_PATH, studentId: 'reloader' }, { width: 360, height: 640 });
    const sco = first.sco();
    await readEveryScreen(sco);
    await sco.getByRole('button', { name: 'Start the quiz' }).click();
    const legends = await sco.locator('legend').allTextContents();
    await answerChoice(sco, RIGHT);
    await question(sco, 'Collective Security Treaty was signed').getByRole('radio', { name: 'False', exact: true }).check();
    const overflow = await sco.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const { cmi } = await finish(first);
    expect(cmi).toMatchObject({ core: { lesson_status: 'incomplete', exit: 'suspend' } });

    const second = await openSco(browser, server, { scoPath: SCO_PATH, studentId: 'reloader', previous: cmi });
    const view = second.sco();
    expect(await view.locator('legend').allTextContents()).toEqual(legends);
    expect(await question(view, 'Shanghai Cooperation Organisation was founded').getByRole('radio', { name: '2001', exact: true }).isChecked()).toBe(true);
    expect(await question(view, 'Collective Security Treaty was signed').getByRole('radio', { name: 'False', exact: true }).isChecked()).toBe(true);
    await answerRest(view, RIGHT);
    await submit(view);
    const { cmi: after, calls } = await finish(second);
    expect(after).toMatchObject({ core: { lesson_status: 'passed', score: { raw: '100' } } });
    expectInteractions(interactionsWritten(calls), EXPECTED.right);
  });
});
