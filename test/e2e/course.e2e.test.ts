/**
 * The built course, end to end: build course/ the way a user does, open the zips the way an
 * LMS does (schema, references, files, titles), then play lessons in Chromium against the
 * strict SCORM 1.2 host — keyboard only, resume, stand-alone, accessibility, small screens.
 *
 * E2E_COURSE_DIR points the test at another course folder (default: course/).
 * SCREENSHOT=1 also writes docs/screenshot-lesson.png.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildCourse } from '../../src/build/index';
import { launchBrowser, collectPageErrors, type BrowserSession } from '../harness/browser';
import {
  describeAxeViolations,
  measureOverflow,
  readPlayerConfig,
  readPlayerView,
  runAxe,
  tabTo,
  type AxeViolation,
} from '../harness/lesson-page';
import type { ApiCall } from '../harness/lms12';
import { findZips, readManifest, unpackAll, type ManifestSummary, type UnpackedPackage } from '../harness/packages';
import { openSco } from '../harness/sco-session';
import { lastCommittedCmi, startLmsServer, type LmsServer } from '../harness/server';
import { SCORM12_XSD, validateXml } from '../harness/xmllint';

const REPO = resolve(__dirname, '../..');
const COURSE_DIR = resolve(process.env['E2E_COURSE_DIR'] ?? join(REPO, 'course'));
const SCREENSHOT_PATH = join(REPO, 'docs/screenshot-lesson.png');

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (2–4 hour digits, optional 1–2 decimals). */
const SCORM12_TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
/** Letters found in Kazakh but not in Russian: mojibake or a wrong encoding loses them. */
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const MOBILE = { width: 360, height: 640 };

interface SourceLesson {
  readonly id: string;
  readonly title: string;
}

interface SourceCourse {
  readonly id: string;
  readonly title: string;
  readonly language: string;
  readonly lessons: readonly SourceLesson[];
}

/** Reads the course sources directly (not through src/load), so the test checks the build against the files. */
function readSourceCourse(dir: string): SourceCourse {
  const yaml = parseYaml(readFileSync(join(dir, 'course.yaml'), 'utf8')) as {
    id: string;
    language: string;
    title: Record<string, string>;
    lessons: string[];
  };
  const lessons = yaml.lessons.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!front) throw new Error(`${file} has no front matter`);
    const data = parseYaml(front[1]!) as { id: string; title: string };
    return { id: data.id, title: data.title };
  });
  return { id: yaml.id, language: yaml.language, title: yaml.title[yaml.language]!, lessons };
}

interface PlayableLesson {
  readonly id: string;
  /** Path of the SCO page under the server root, from the manifest's resource href. */
  readonly scoPath: string;
  readonly screens: number;
  readonly hasTable: boolean;
}

let work: string;
let source: SourceCourse;
let packages: UnpackedPackage[];
const manifests = new Map<string, ManifestSummary>();
let secondBuildDir: string;
let browser: BrowserSession;
let server: LmsServer;

function buildDir(): string {
  return join(work, 'build-a');
}

function manifestOf(pkg: UnpackedPackage): ManifestSummary {
  const found = manifests.get(pkg.zipPath);
  if (!found) throw new Error(`no manifest read for ${pkg.zipPath}`);
  return found;
}

function scoResources(summary: ManifestSummary): { identifier: string; href: string }[] {
  return summary.resources
    .filter((resource) => resource.scormType === 'sco' && resource.href !== undefined)
    .map((resource) => ({ identifier: resource.identifier, href: resource.href! }));
}

/** The lesson package's SCO, for playing it; multi-screen with a table when the course has one. */
function pickLessonToPlay(): PlayableLesson {
  const candidates = packages
    .filter((pkg) => pkg.zipPath.startsWith('scorm12/lessons/'))
    .map((pkg) => {
      const [sco] = scoResources(manifestOf(pkg));
      if (!sco) throw new Error(`${pkg.zipPath} has no SCO`);
      const html = readFileSync(join(pkg.dir, sco.href), 'utf8');
      return {
        id: pkg.zipPath.replace(/^scorm12\/lessons\/|\.zip$/g, ''),
        scoPath: `${pkg.zipPath.replace(/\.zip$/, '')}/${sco.href}`,
        screens: (html.match(/data-cp-screen="/g) ?? []).length,
        hasTable: html.includes('cp-table-wrap'),
      };
    })
    .filter((lesson) => lesson.screens >= 4);
  const ranked = [...candidates].sort(
    (a, b) => Number(b.hasTable) - Number(a.hasTable) || a.screens - b.screens || a.id.localeCompare(b.id),
  );
  if (!ranked[0]) throw new Error('No lesson package has 4 or more screens: nothing to test resume on');
  return ranked[0];
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'coursepack-e2e-'));
  source = readSourceCourse(COURSE_DIR);
  secondBuildDir = join(work, 'build-b');
  // SCORM 1.2 here; the other formats have their own end-to-end files (scorm2004, xapi, cmi5).
  // The lessons without their question banks (quizzes/ is committed now): quiz play is in quiz12.e2e.
  const quizzesDir = join(work, 'no-quizzes');
  await buildCourse({ courseDir: COURSE_DIR, outDir: buildDir(), formats: ['scorm12'], quizzesDir });
  await buildCourse({ courseDir: COURSE_DIR, outDir: secondBuildDir, formats: ['scorm12'], quizzesDir });
  packages = await unpackAll(buildDir(), join(work, 'unpacked'));
  for (const pkg of packages) {
    manifests.set(pkg.zipPath, readManifest(readFileSync(join(pkg.dir, 'imsmanifest.xml'), 'utf8')));
  }
  [browser, server] = await Promise.all([launchBrowser(), startLmsServer(join(work, 'unpacked'))]);
}, 90_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the built packages', () => {
  it('has one course package and one package per lesson', () => {
    expect(packages.map((pkg) => pkg.zipPath)).toEqual(
      [`scorm12/${source.id}.zip`, ...source.lessons.map((lesson) => `scorm12/lessons/${lesson.id}.zip`)].sort(),
    );
  });

  it('builds byte for byte the same twice', () => {
    const first = findZips(buildDir());
    expect(findZips(secondBuildDir)).toEqual(first);
    const different = first.filter(
      (zip) => !readFileSync(join(buildDir(), zip)).equals(readFileSync(join(secondBuildDir, zip))),
    );
    expect(different).toEqual([]);
  });

  it('has manifests valid against the SCORM 1.2 schemas', () => {
    const invalid = packages
      .map((pkg) => ({ pkg: pkg.zipPath, result: validateXml(join(pkg.dir, 'imsmanifest.xml'), SCORM12_XSD) }))
      .filter(({ result }) => !result.valid)
      .map(({ pkg, result }) => `${pkg} (xmllint exit ${result.status}):\n${result.messages}`);
    expect(invalid).toEqual([]);
  });

  it('resolves every identifierref and lists only files that are in the zip, and every file it holds', () => {
    const problems: string[] = [];
    for (const pkg of packages) {
      const summary = manifestOf(pkg);
      const inZip = new Set(pkg.files);
      const resourceIds = new Set(summary.resources.map((resource) => resource.identifier));
      const listed = new Set(summary.resources.flatMap((resource) => resource.files));
      for (const item of summary.items) {
        if (item.identifierref !== undefined && !resourceIds.has(item.identifierref)) {
          problems.push(`${pkg.zipPath}: item ${item.identifier} points to missing resource ${item.identifierref}`);
        }
      }
      for (const resource of summary.resources) {
        for (const href of [...resource.files, ...(resource.href ? [resource.href] : [])]) {
          if (!inZip.has(href)) problems.push(`${pkg.zipPath}: ${resource.identifier} lists ${href}, not in the zip`);
        }
        if (resource.href !== undefined && !resource.files.includes(resource.href)) {
          problems.push(`${pkg.zipPath}: ${resource.identifier} launches ${resource.href} without listing it`);
        }
      }
      for (const file of pkg.files) {
        if (file !== 'imsmanifest.xml' && !listed.has(file)) problems.push(`${pkg.zipPath}: ${file} is in no resource`);
      }
      const ids = [...summary.items.map((item) => item.identifier), ...summary.resources.map((r) => r.identifier)];
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (duplicates.length > 0) problems.push(`${pkg.zipPath}: duplicate identifiers ${duplicates.join(', ')}`);
      for (const score of summary.masteryScores) {
        if (!/^\d+(\.\d+)?$/.test(score) || Number(score) > 100) problems.push(`${pkg.zipPath}: masteryscore ${score}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('launches one SCO per lesson from the course package, each a page in the course language', () => {
    const coursePackage = packages.find((pkg) => pkg.zipPath === `scorm12/${source.id}.zip`)!;
    const summary = manifestOf(coursePackage);
    const launched = summary.items
      .filter((item) => item.identifierref !== undefined)
      .map((item) => summary.resources.find((resource) => resource.identifier === item.identifierref));
    expect(launched.every((resource) => resource?.scormType === 'sco')).toBe(true);
    expect(launched).toHaveLength(source.lessons.length);
    for (const resource of launched) {
      const html = readFileSync(join(coursePackage.dir, resource!.href!), 'utf8');
      expect(html).toMatch(new RegExp(`<html lang="${source.language}"`));
    }
  });

  it('keeps the Kazakh course and lesson titles intact in the manifests', () => {
    const coursePackage = packages.find((pkg) => pkg.zipPath === `scorm12/${source.id}.zip`)!;
    const summary = manifestOf(coursePackage);
    expect(summary.organizationTitle).toBe(source.title);
    const itemTitles = summary.items.map((item) => item.title);
    const missing = source.lessons.filter((lesson) => !itemTitles.some((title) => title.includes(lesson.title)));
    expect(missing).toEqual([]);
    expect(source.lessons.some((lesson) => KAZAKH_LETTERS.test(lesson.title))).toBe(true);
    for (const lesson of source.lessons) {
      const lessonPackage = packages.find((pkg) => pkg.zipPath === `scorm12/lessons/${lesson.id}.zip`)!;
      expect(manifestOf(lessonPackage).items.map((item) => item.title).join('\n')).toContain(lesson.title);
    }
  });
});

describe('a lesson in the strict SCORM 1.2 LMS', () => {
  let lesson: PlayableLesson;

  beforeAll(() => {
    lesson = pickLessonToPlay();
  });

  /** Calls the LMS refused or reported an error for. */
  function failedCalls(calls: readonly ApiCall[]): ApiCall[] {
    return calls.filter((call) => call.errorCode !== '0' || call.result === 'false');
  }

  function setValues(calls: readonly ApiCall[], element: string): string[] {
    return calls
      .filter((call) => call.method === 'LMSSetValue' && call.element === element)
      .map((call) => String(call.value));
  }

  it('plays through every screen with the keyboard only, then completes', async () => {
    const session = await openSco(browser, server, { scoPath: lesson.scoPath, studentId: 'keyboard' });
    const sco = session.sco();
    const config = await readPlayerConfig(sco);
    expect(config.screenCount).toBe(lesson.screens);
    const first = await readPlayerView(sco);
    expect(first).toMatchObject({ shownScreens: [0], currentLink: 0, prevDisabled: true, nextDisabled: false, progressNow: '1' });
    expect(first.focusedHeadingOf).toBeNull(); // focus moves only on navigation

    for (let screen = 1; screen < lesson.screens; screen += 1) {
      await tabTo(session.page, sco, '#cp-next');
      await session.page.keyboard.press(screen % 2 === 0 ? 'Space' : 'Enter');
      const view = await readPlayerView(sco);
      expect(view).toMatchObject({
        shownScreens: [screen],
        currentLink: screen,
        focusedHeadingOf: screen,
        progressNow: String(screen + 1),
        prevDisabled: false,
        nextDisabled: screen === lesson.screens - 1,
      });
      expect(view.positionText).toContain(String(screen + 1));
    }
    const last = await readPlayerView(sco);
    expect(last.visitedLinks).toEqual([...Array(lesson.screens).keys()]);
    expect(last.notice).toBe(config.strings['completed']);

    const beforeLeaving = await session.records();
    expect(beforeLeaving.calls[0]).toMatchObject({ method: 'LMSInitialize', result: 'true' });
    await session.assertNoViolations();
    session.errors.assertNone();
    await session.leave();

    const final = await server.waitForFinalCommit(session.launch.session);
    const calls = server.calls(session.launch.session);
    await session.assertNoViolations();
    // No failed call at all, also while the page unloads: Chromium refuses synchronous XHR
    // then (see the harness test), so the player ends with LMSFinish alone, which persists
    // everything by beacon, and makes no LMSCommit of its own there.
    expect(failedCalls(calls)).toEqual([]);
    const whileUnloading = calls.slice(beforeLeaving.calls.length);
    expect(whileUnloading.map((call) => call.method)).not.toContain('LMSCommit');
    expect(whileUnloading.filter((call) => call.element === 'cmi.core.session_time')).toHaveLength(1);
    expect(calls[calls.length - 1]).toMatchObject({ method: 'LMSFinish', result: 'true' });
    const statuses = setValues(calls, 'cmi.core.lesson_status');
    expect(statuses[0]).toBe('incomplete');
    expect(statuses[statuses.length - 1]).toBe('completed');
    expect(statuses.filter((status, i) => status !== statuses[i - 1])).toEqual(['incomplete', 'completed']);
    expect(setValues(calls, 'cmi.core.exit').pop()).toBe('');
    const sessionTimes = setValues(calls, 'cmi.core.session_time');
    expect(sessionTimes).toHaveLength(1);
    expect(sessionTimes[0]).toMatch(SCORM12_TIMESPAN);
    const suspendData = setValues(calls, 'cmi.suspend_data');
    expect(Math.max(...suspendData.map((data) => data.length))).toBeLessThan(4096);
    expect(final.data).toMatchObject({ cmi: { core: { lesson_status: 'completed' } } });
    // Completion is committed at once, not only at the end: a lost final commit cannot lose it.
    const commits = server.commits(session.launch.session);
    expect(commits.filter((commit) => !commit.final)[0]?.data).toMatchObject({ cmi: { core: { lesson_status: 'completed' } } });
    // Commits when it matters (completion, leaving), not once per screen.
    expect(commits.length).toBeLessThanOrEqual(4);
    expect(commits.length).toBeLessThan(lesson.screens);
  });

  it('resumes at the bookmark with the screens seen, after the learner left on screen 3', async () => {
    const first = await openSco(browser, server, { scoPath: lesson.scoPath, studentId: 'resumer' });
    for (let presses = 0; presses < 2; presses += 1) {
      await tabTo(first.page, first.sco(), '#cp-next');
      await first.page.keyboard.press('Enter');
    }
    expect((await readPlayerView(first.sco())).shownScreens).toEqual([2]);
    first.errors.assertNone();
    await first.leave();
    const final = await server.waitForFinalCommit(first.launch.session);
    await first.assertNoViolations();
    expect(final.data).toMatchObject({ cmi: { core: { exit: 'suspend', lesson_status: 'incomplete' } } });
    expect(failedCalls(server.calls(first.launch.session))).toEqual([]);
    const sessionTime = setValues(server.calls(first.launch.session), 'cmi.core.session_time')[0];
    expect(sessionTime).toMatch(SCORM12_TIMESPAN);

    const previous = lastCommittedCmi(server.commits(first.launch.session));
    const second = await openSco(browser, server, { scoPath: lesson.scoPath, studentId: 'resumer', previous });
    const view = await readPlayerView(second.sco());
    expect(view).toMatchObject({ shownScreens: [2], currentLink: 2, visitedLinks: [0, 1, 2], progressNow: '3' });
    expect(view.positionText).toContain('3');
    const calls = (await second.records()).calls;
    expect(calls.find((call) => call.element === 'cmi.core.entry')?.result).toBe('resume');
    await second.assertNoViolations();
    second.errors.assertNone();
    await second.page.close();
  });

  it('names every screen in the contents by its number and its own title', async () => {
    const session = await openSco(browser, server, { scoPath: lesson.scoPath, studentId: 'contents' });
    const sco = session.sco();
    const links = await sco.$$eval('#cp-toc a', (anchors) => anchors.map((anchor) => anchor.textContent ?? ''));
    expect(links).toHaveLength(lesson.screens);
    links.forEach((text, i) => expect(text).toMatch(new RegExp(`^${i + 1}\\. \\S`)));
    const titles = links.map((text) => text.replace(/^\d+\. /, ''));
    expect(new Set(titles).size).toBe(titles.length);
    // Each screen's h2 (read by screen readers, focused on navigation) carries the same title.
    const headings = await sco.$$eval('.cp-screen__title', (elements) => elements.map((element) => element.textContent ?? ''));
    expect(headings).toEqual(titles);
    session.errors.assertNone();
    await session.page.close();
  });

  it('works stand-alone, without an LMS, and says so', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.fileUrl(lesson.scoPath));
    const frame = page.mainFrame();
    const config = await readPlayerConfig(frame);
    expect((await readPlayerView(frame)).notice).toBe(config.strings['standaloneNotice']);
    await tabTo(page, frame, '#cp-next');
    await page.keyboard.press('Enter');
    expect((await readPlayerView(frame)).shownScreens).toEqual([1]);
    errors.assertNone();
    await page.close();
  });

  it('has no WCAG 2.1 A/AA violations that axe-core finds, in the player or in any screen', async () => {
    const session = await openSco(browser, server, { scoPath: lesson.scoPath, studentId: 'axe' });
    const sco = session.sco();
    const found: AxeViolation[] = [];
    const check = async (state: string): Promise<void> => {
      for (const violation of await runAxe(sco)) found.push({ ...violation, id: `${violation.id} (${state})` });
    };
    await check('first screen');
    await sco.click(`#cp-toc a[data-cp-goto="${lesson.screens - 1}"]`);
    await check('last screen');
    // axe skips hidden content: show every screen at once to check all of the lesson's text.
    await sco.evaluate(() => document.querySelectorAll<HTMLElement>('section.cp-screen').forEach((s) => (s.hidden = false)));
    await check('all screens shown');
    if (found.length > 0) console.log(`axe-core violations in ${lesson.id}:\n${describeAxeViolations(found)}`);
    expect(found.map((violation) => violation.id)).toEqual([]);
    session.errors.assertNone();
    await session.page.close();
  });

  it('fits a 360 px wide phone without sideways scrolling, in every lesson of the course package', async () => {
    const coursePackage = packages.find((pkg) => pkg.zipPath === `scorm12/${source.id}.zip`)!;
    const base = coursePackage.zipPath.replace(/\.zip$/, '');
    const problems: string[] = [];
    for (const sco of scoResources(manifestOf(coursePackage))) {
      const session = await openSco(browser, server, { scoPath: `${base}/${sco.href}` }, MOBILE);
      const report = await measureOverflow(session.sco());
      if (report.scrollWidth > report.viewportWidth || report.badTableWraps.length > 0) {
        problems.push(`${sco.href}: page ${report.scrollWidth}px wide in ${report.viewportWidth}px;
  sticking out: ${report.offenders.join('; ')}
  table wrappers: ${report.badTableWraps.join('; ')}`);
      }
      expect((await session.records()).calls[0]).toMatchObject({ method: 'LMSInitialize', result: 'true' });
      await session.assertNoViolations();
      session.errors.assertNone();
      await session.page.close();
    }
    expect(problems).toEqual([]);
  });

  const screenshotIt = process.env['SCREENSHOT'] === '1' ? it : it.skip;
  screenshotIt('takes the screenshot for the docs (SCREENSHOT=1)', async () => {
    const session = await openSco(browser, server, { scoPath: lesson.scoPath, studentId: 'screenshot' }, {
      width: 1280,
      height: 800,
    });
    // The lesson as a learner first sees it: header with course and lesson title, progress,
    // contents and the start of the first screen, scrolled to the top.
    const sco = session.sco();
    const view = await readPlayerView(sco);
    expect(view).toMatchObject({ shownScreens: [0], currentLink: 0 });
    expect(await sco.evaluate(() => window.scrollY)).toBe(0);
    writeFileSync(SCREENSHOT_PATH, await session.page.screenshot({ type: 'png' }));
    await session.page.close();
  });
});
