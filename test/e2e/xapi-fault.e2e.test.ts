/**
 * An unreliable LRS, end to end: in the middle of a TinCan-launched lesson the LMS's endpoint
 * first answers 503, then refuses connections, then comes back. The learner goes on reading and
 * takes the quiz meanwhile; the player shows a quiet offline line, never an error. At the end
 * every statement the player made is in the LRS exactly once, in the order it was made.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectPageErrors, launchBrowser, type BrowserSession } from '../harness/browser';
import { LRS_AUTH, startLrs, type Lrs } from '../harness/lrs';
import { startLmsProxy, type LmsProxy } from '../harness/lrs-lms';
import { FIXTURE_IRI, buildFixture, hasVerb, takeQuizRight, verbOf, waitForPlayer, waitForQueueEmpty, waitForStatements } from '../harness/lrs-play';

const PAGE = 'xapi/lessons/orgs/lessons/orgs/index.html';

let work: string;
let browser: BrowserSession;
let lrs: Lrs;
let lms: LmsProxy;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'coursepack-e2e-xapi-fault-'));
  await buildFixture(work, ['xapi']);
  [browser, lrs] = await Promise.all([launchBrowser(), startLrs()]);
  lms = await startLmsProxy(join(work, 'unpacked'), lrs.endpoint, LRS_AUTH);
}, 60_000);

afterAll(async () => {
  await lms?.close();
  await Promise.all([browser?.close(), lrs?.stop()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

it('loses nothing, duplicates nothing and keeps the order while the LRS is down', async () => {
  const launch = lms.launchTinCan({ page: PAGE, learner: { name: 'Dana', email: 'dana@example.edu' }, activityId: `${FIXTURE_IRI}/lessons/orgs` });
  const page = await browser.newPage();
  const errors = collectPageErrors(page);
  // Failed requests to a down LRS are expected here; the player must not report anything else.
  const expectedNetworkNoise = (message: string): boolean => /Failed to load resource|net::ERR_/.test(message);
  await page.goto(launch.url);
  await waitForPlayer(page);

  lms.setOutage('503');
  await page.click('#cp-next');
  await page.waitForSelector('.cp-sync:not([hidden])', { timeout: 10_000 });
  const offlineLine = await page.locator('.cp-sync').textContent();
  lms.setOutage('refuse');
  await page.click('#cp-next');
  await page.click('#cp-next');
  await page.waitForTimeout(1_500);
  lms.setOutage('none');
  await takeQuizRight(page);
  // The queue retries on its back-off; wait until it has emptied before leaving.
  await page.waitForSelector('.cp-sync', { state: 'hidden', timeout: 20_000 });
  await page.goto(`${lms.origin}/lms/returned`);
  const statements = await waitForStatements(lrs, launch.registration, hasVerb('terminated'), 20_000);
  await page.close();

  expect(offlineLine).toMatch(/Offline/);
  expect(lms.statementRequests.some((request) => request.status === 503)).toBe(true);
  expect(lms.statementRequests.some((request) => request.status === 0)).toBe(true);
  expect(errors.messages.filter((message) => !expectedNetworkNoise(message))).toEqual([]);

  // Every id the player ever tried to send, in the order it first tried.
  const tried: string[] = [];
  for (const request of lms.statementRequests) for (const id of request.ids) if (!tried.includes(id)) tried.push(id);
  const stored = statements.map((statement) => String(statement['id']));
  expect(new Set(stored).size).toBe(stored.length);
  expect(stored).toEqual(tried);
  // And that order is the learner's: timestamps never go back.
  const stamps = statements.map((statement) => String(statement['timestamp']));
  expect(stamps).toEqual([...stamps].sort());
  const verbs = statements.map(verbOf);
  expect(verbs[0]).toBe('initialized');
  expect(verbs.filter((verb) => verb === 'answered')).toHaveLength(5);
  expect(verbs.slice(-1)).toEqual(['terminated']);
}, 60_000);

it('an LRS that refuses statements (403): only those are dropped, kept on this device and reported; the rest arrives once, and nothing is retried', async () => {
  const launch = lms.launchTinCan({ page: PAGE, learner: { name: 'Aru', email: 'aru@example.edu' }, activityId: `${FIXTURE_IRI}/lessons/orgs` });
  const firstRequest = lms.statementRequests.length;
  const page = await browser.newPage();
  const errors = collectPageErrors(page);
  await page.goto(launch.url);
  await waitForPlayer(page);
  lms.refuseVerb('progressed');
  await page.click('#cp-next');
  await page.waitForSelector('.cp-sync:not([hidden])', { timeout: 10_000 });
  const told = (await page.locator('.cp-sync').textContent()) ?? '';
  await page.click('#cp-next');
  await page.click('#cp-next');
  await takeQuizRight(page);
  // Everything else still goes: wait until nothing is pending, then read what the page kept.
  await waitForQueueEmpty(page, launch.registration, 20_000);
  const kept = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.startsWith('coursepack-xapi-refused:'))!;
    return JSON.parse(localStorage.getItem(key)!) as { status: number; reason: string; statement: { id: string; verb: { id: string } } }[];
  });
  const stillTold = (await page.locator('.cp-sync').textContent()) ?? '';
  await page.goto(`${lms.origin}/lms/returned`);
  lms.refuseVerb(null);
  const statements = await waitForStatements(lrs, launch.registration, hasVerb('terminated'), 20_000);
  await page.close();

  // The learner is told the truth: refused, by whom and why — not "offline" — and it stays said.
  expect(told).toMatch(/refused one record \(HTTP 403: 9\.3\.0\.0-5\)/);
  expect(stillTold).toBe(told);
  expect(errors.messages.filter((message) => !/Failed to load resource/.test(message))).toEqual([]);
  // The refused statements are kept on this device, and were each tried exactly once more alone (never retried).
  expect(kept.map((entry) => [entry.status, entry.reason, entry.statement.verb.id.split('/').pop()])).toEqual(kept.map(() => [403, '9.3.0.0-5', 'progressed']));
  expect(kept.length).toBeGreaterThan(0);
  const requests = lms.statementRequests.slice(firstRequest);
  for (const entry of kept) {
    const alone = requests.filter((request) => request.ids.length === 1 && request.ids[0] === entry.statement.id);
    expect(alone).toHaveLength(1);
  }
  // Everything else arrived, once each.
  const refusedIds = new Set(kept.map((entry) => entry.statement.id));
  const tried: string[] = [];
  for (const request of requests.filter((r) => r.method === 'POST')) for (const id of request.ids) if (!tried.includes(id)) tried.push(id);
  const stored = statements.map((statement) => String(statement['id']));
  expect(new Set(stored).size).toBe(stored.length);
  expect(stored.filter((id) => tried.includes(id))).toEqual(tried.filter((id) => !refusedIds.has(id) && stored.includes(id)));
  expect(tried.filter((id) => !refusedIds.has(id)).every((id) => stored.includes(id))).toBe(true);
  expect(statements.map(verbOf)).not.toContain('progressed');
  expect(statements.map(verbOf).filter((verb) => verb === 'answered')).toHaveLength(5);
}, 60_000);
