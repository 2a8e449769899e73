/**
 * Proves the end-to-end harness on hand-written SCOs (test/fixtures/e2e/mini-sco): a harness
 * that let a broken package through would make the course tests worthless, so each strict
 * SCORM 1.2 rule is broken here once on purpose and must be caught.
 */
import { resolve } from 'node:path';
import { launchBrowser, type BrowserSession } from '../harness/browser';
import { measureOverflow, runAxe } from '../harness/lesson-page';
import type { StrictRule } from '../harness/lms12';
import { openSco } from '../harness/sco-session';
import { lastCommittedCmi, startLmsServer, type LmsServer } from '../harness/server';
import { SCORM12_XSD, validateXml } from '../harness/xmllint';

const FIXTURES = resolve(__dirname, '../fixtures/e2e');

let browser: BrowserSession;
let server: LmsServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startLmsServer(FIXTURES)]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

interface Outcome {
  readonly returned: string;
  readonly lastError: string;
}

describe('strict SCORM 1.2 host', () => {
  it('records a well-behaved session, its commits, and resumes it on the next launch', async () => {
    const first = await openSco(browser, server, { scoPath: 'mini-sco/index.html' });
    const sco = first.sco();
    expect(await sco.textContent('#entry')).toBe('ab-initio');
    expect(await sco.evaluate(() => (window as unknown as { finishLesson(c: boolean): string }).finishLesson(false))).toBe(
      'true',
    );
    const records = await first.records();
    expect(records.calls.map((call) => call.method)).toEqual([
      'LMSInitialize',
      'LMSGetValue',
      'LMSGetValue',
      'LMSSetValue',
      'LMSSetValue',
      'LMSSetValue',
      'LMSCommit',
      'LMSSetValue',
      'LMSSetValue',
      'LMSSetValue',
      'LMSFinish',
    ]);
    expect(records.calls.every((call) => call.errorCode === '0')).toBe(true);
    const final = await server.waitForFinalCommit(first.launch.session);
    expect(server.calls(first.launch.session)).toEqual(records.calls);
    expect(final.contentType).toMatch(/^text\/plain/);
    const commits = server.commits(first.launch.session);
    expect(commits[0]).toMatchObject({ final: false, contentType: expect.stringMatching(/^application\/json/) });
    await first.assertNoViolations();
    first.errors.assertNone();
    await first.leave();

    const previous = lastCommittedCmi(commits);
    expect(previous).toMatchObject({ suspend_data: '1', core: { exit: 'suspend', lesson_location: 'visit-1' } });
    const second = await openSco(browser, server, { scoPath: 'mini-sco/index.html', previous });
    expect(await second.sco().textContent('#entry')).toBe('resume');
    expect(await second.sco().textContent('#visit')).toBe('2');
    second.errors.assertNone();
    await second.page.close();
  });

  it('loses a synchronous LMSCommit made while the page unloads, but gets LMSFinish through (beacon)', async () => {
    // Chromium forbids synchronous XHR during page dismissal: scorm-again's LMSCommit fails
    // there, while its LMSFinish uses sendBeacon. Players must not rely on that commit.
    const session = await openSco(browser, server, { scoPath: 'mini-sco/index.html?unload=1' });
    await session.leave();
    await server.waitForFinalCommit(session.launch.session);
    const unloadCalls = server.calls(session.launch.session).slice(-3);
    expect(unloadCalls.map((call) => [call.method, call.result])).toEqual([
      ['LMSSetValue', 'true'],
      ['LMSCommit', 'false'],
      ['LMSFinish', 'true'],
    ]);
    expect(lastCommittedCmi(server.commits(session.launch.session))).toMatchObject({ core: { exit: 'suspend' } });
  });

  const rules: ReadonlyArray<[StrictRule, string]> = [
    ['suspend-data-length', '405'],
    ['lesson-location-length', '405'],
    ['comments-length', '405'],
    ['cmi-identifier', '405'],
    ['value-not-string', '405'],
    ['after-finish', '301'],
  ];

  it.each(rules)('refuses and records a SCO that breaks %s', async (rule, code) => {
    const session = await openSco(browser, server, { scoPath: `mini-sco/violate.html?rule=${rule}` });
    const outcome = (await session.sco().evaluate(() => (window as unknown as { outcome: Outcome }).outcome)) as Outcome;
    expect(outcome).toEqual({ returned: 'false', lastError: code });
    const records = await session.records();
    expect(records.violations.map((v) => v.rule)).toEqual([rule]);
    await expect(session.assertNoViolations()).rejects.toThrow(rule);
    await session.leave();
    // The beacon reached the server too, so violations during unload are not lost.
    expect(server.violations(session.launch.session).map((v) => v.rule)).toEqual([rule]);
  });

  it('accepts values that use every limit to the full', async () => {
    const session = await openSco(browser, server, { scoPath: 'mini-sco/violate.html?rule=at-limits' });
    const outcome = (await session.sco().evaluate(() => (window as unknown as { outcome: Outcome }).outcome)) as Outcome;
    expect(outcome).toEqual({ returned: 'true', lastError: '0' });
    await session.assertNoViolations();
    session.errors.assertNone();
    await session.page.close();
  });
});

describe('page error collector', () => {
  it('catches console errors and uncaught errors from the SCO frame', async () => {
    const session = await openSco(browser, server, { scoPath: 'mini-sco/index.html?throw=1' });
    await session.page.waitForTimeout(100);
    expect(() => session.errors.assertNone()).toThrow(/console error on purpose[\s\S]*uncaught error on purpose/);
    await session.page.close();
  });
});

describe('page checks', () => {
  it('find sideways overflow outside table wrappers, and accessibility violations', async () => {
    const page = await browser.newPage({ width: 360, height: 640 });
    await page.goto(server.fileUrl('mini-sco/flawed-page.html'));
    const overflow = await measureOverflow(page.mainFrame());
    expect(overflow.scrollWidth).toBeGreaterThan(overflow.viewportWidth);
    expect(overflow.offenders).toEqual([expect.stringContaining('div.too-wide')]);
    expect(overflow.badTableWraps).toEqual([]);
    expect((await runAxe(page.mainFrame())).map((violation) => violation.id)).toContain('image-alt');
    await page.close();
  });
});

describe('xmllint', () => {
  it('tells a valid SCORM 1.2 manifest from an invalid one', () => {
    expect(validateXml(resolve(FIXTURES, 'manifests/valid/imsmanifest.xml'), SCORM12_XSD)).toMatchObject({
      status: 0,
      valid: true,
    });
    const invalid = validateXml(resolve(FIXTURES, 'manifests/invalid/imsmanifest.xml'), SCORM12_XSD);
    expect(invalid).toMatchObject({ status: 3, valid: false });
    expect(invalid.messages).toMatch(/organization/);
  });
});
