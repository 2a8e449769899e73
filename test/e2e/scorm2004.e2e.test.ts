/**
 * SCORM 2004 4th edition end to end: build the real course for SCORM 2004, check its
 * manifests against the XSDs, then play a lesson in Chromium against scorm-again's
 * Scorm2004API (the strict host of test/harness/lms2004*): completion, progress, bookmark,
 * session time, exit, and resume after a reload. No failed call, no console error.
 *
 * E2E_COURSE_DIR points the test at another course folder (default: course/).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCourse } from '../../src/build/index';
import { launchBrowser, type BrowserSession } from '../harness/browser';
import { readPlayerConfig, readPlayerView } from '../harness/lesson-page';
import type { ApiCall } from '../harness/lms2004';
import { lastCommitted2004Cmi, startLms2004Server, type Lms2004Server } from '../harness/lms2004-server';
import { openSco2004 } from '../harness/lms2004-session';
import { unpackAll, type UnpackedPackage } from '../harness/packages';
import { validateXml } from '../harness/xmllint';

const REPO = resolve(__dirname, '../..');
const COURSE_DIR = resolve(process.env['E2E_COURSE_DIR'] ?? join(REPO, 'course'));
const SCORM2004_XSD = '/work/shared/xsd/scorm2004-4th/scorm2004-all.xsd';
/** timeinterval (second, 10, 2): ISO 8601 duration with at most two decimals of seconds. */
const TIMEINTERVAL = /^PT(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/;
/** GetValue of an element with no value yet answers 403: the standard's "empty", not a failure. */
const NOT_INITIALIZED = '403';

interface PlayableLesson {
  readonly id: string;
  readonly scoPath: string;
  readonly screens: number;
}

let work: string;
let packages: UnpackedPackage[];
let browser: BrowserSession;
let server: Lms2004Server;

/** The smallest lesson package with 4 screens or more (resume needs a few). */
function pickLesson(): PlayableLesson {
  const lessons = packages
    .filter((pkg) => pkg.zipPath.startsWith('scorm2004/lessons/'))
    .map((pkg) => {
      const id = pkg.zipPath.replace(/^scorm2004\/lessons\/|\.zip$/g, '');
      const page = `lessons/${id}/index.html`;
      const html = readFileSync(join(pkg.dir, page), 'utf8');
      return { id, scoPath: `${pkg.zipPath.replace(/\.zip$/, '')}/${page}`, screens: (html.match(/data-cp-screen="/g) ?? []).length };
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
  packages = await unpackAll(join(work, 'build'), join(work, 'unpacked'));
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
