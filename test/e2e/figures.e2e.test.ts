/**
 * Figures in the browser: a course imported from a Word document with a photo wider than any
 * phone, built and played in Chromium against the strict SCORM 1.2 host. At 360 px the image
 * loads from the package, is never wider than the screen, and the page passes axe.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCourse } from '../../src/build/index';
import { launchBrowser, type BrowserSession } from '../harness/browser';
import { measureOverflow, runAxe } from '../harness/lesson-page';
import { unpackAll } from '../harness/packages';
import { openSco } from '../harness/sco-session';
import { startLmsServer, type LmsServer } from '../harness/server';
import { writeFigureCourse } from '../import/docx/figure-course';

const MOBILE = { width: 360, height: 640 };

let work: string;
let browser: BrowserSession;
let server: LmsServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'coursepack-figures-e2e-'));
  const courseDir = await writeFigureCourse(work);
  await buildCourse({ courseDir, outDir: join(work, 'build'), quizzesDir: join(work, 'quizzes'), formats: ['scorm12'] });
  await unpackAll(join(work, 'build'), join(work, 'unpacked'));
  [browser, server] = await Promise.all([launchBrowser(), startLmsServer(join(work, 'unpacked'))]);
}, 90_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  rmSync(work, { recursive: true, force: true });
});

it('shows the wide figure within a 360 px screen, loaded from the package, with its alt text and caption', async () => {
  const session = await openSco(browser, server, { scoPath: 'scorm12/figures/lessons/s1-1/index.html' }, MOBILE);
  const sco = session.sco();
  const image = sco.locator('figure.cp-figure img');
  await image.scrollIntoViewIfNeeded();
  await sco.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('figure.cp-figure img');
    return img !== null && img.complete && img.naturalWidth > 0;
  });
  const seen = await sco.evaluate(() => {
    const img = document.querySelector<HTMLImageElement>('figure.cp-figure img')!;
    return {
      natural: img.naturalWidth,
      shown: img.getBoundingClientRect().width,
      right: img.getBoundingClientRect().right,
      viewport: document.documentElement.clientWidth,
      alt: img.alt,
      caption: img.closest('figure')!.querySelector('figcaption')!.textContent,
    };
  });
  expect(seen.natural).toBe(1600);
  expect(seen.shown).toBeLessThanOrEqual(seen.viewport);
  expect(seen.right).toBeLessThanOrEqual(seen.viewport);
  expect(seen.shown).toBeGreaterThan(200);
  expect([seen.alt, seen.caption]).toEqual(['Орталық Азия елдерінің картасы', 'Сурет 1 – Аймақ картасы']);
  const report = await measureOverflow(sco);
  expect([report.scrollWidth, report.offenders]).toEqual([report.viewportWidth, []]);
  expect((await runAxe(sco)).map((violation) => violation.id)).toEqual([]);
  await session.assertNoViolations();
  session.errors.assertNone();
  await session.page.close();
}, 60_000);
