/**
 * The lesson page as it arrives, before any script runs (issue 18: the first paint lays out one
 * screen, not the whole lesson): every screen but the first is hidden in the HTML, and a reader
 * without JavaScript still gets every screen (the page's noscript style).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { bundlePlayer } from '../../src/assets/player-bundle';
import { renderLesson } from '../../src/render/index';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../harness/browser';
import { sampleCourse } from '../formats/sample-course';

let work: string;
let browser: Browser;
let pageUrl: string;
let screens: number;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'coursepack-first-screen-'));
  const course = sampleCourse();
  // A lesson of many screens: forty paragraphs of 120 words.
  const lesson = { ...course.lessons[0], body: Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: ${'word '.repeat(120)}`).join('\n\n') };
  const rendered = renderLesson(course, lesson, { assetBase: '../../assets/' });
  screens = rendered.screens.length;
  mkdirSync(join(work, 'lessons', 'l'), { recursive: true });
  mkdirSync(join(work, 'assets'));
  // The stylesheet only: the player script is left out, as if it had not run yet.
  writeFileSync(join(work, 'assets', 'player.css'), (await bundlePlayer('scorm12')).css);
  writeFileSync(join(work, 'lessons', 'l', 'index.html'), rendered.page);
  pageUrl = `file://${join(work, 'lessons', 'l', 'index.html')}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

async function shownScreens(javaScriptEnabled: boolean): Promise<number[]> {
  const context = await browser.newContext({ javaScriptEnabled });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl);
    const sections = page.locator('section.cp-screen');
    const shown: number[] = [];
    for (let i = 0; i < (await sections.count()); i++) if (await sections.nth(i).isVisible()) shown.push(i);
    return shown;
  } finally {
    await context.close();
  }
}

it('shows only the first screen before the player runs', async () => {
  expect(screens).toBeGreaterThan(1);
  expect(await shownScreens(true)).toEqual([0]);
});

it('shows every screen to a reader without JavaScript', async () => {
  expect(await shownScreens(false)).toEqual(Array.from({ length: screens }, (_, i) => i));
}, 30_000);

it('lays out the progress bar above the text before the player runs, so the text does not move when it starts', async () => {
  const where = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled });
    try {
      const page = await context.newPage();
      await page.goto(pageUrl);
      const progress = page.getByRole('progressbar');
      return { progress: await progress.isVisible(), text: (await page.locator('section.cp-screen').first().boundingBox())?.y };
    } finally {
      await context.close();
    }
  };
  const before = await where(true);
  expect(before.progress).toBe(true);
  // the player shows the same bar: the first screen's text stays where the first paint put it
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.evaluate(() => document.documentElement.classList.add('cp-js'));
    expect((await page.locator('section.cp-screen').first().boundingBox())?.y).toBe(before.text);
  } finally {
    await context.close();
  }
  // without JavaScript there is no progress to show
  expect((await where(false)).progress).toBe(false);
}, 30_000);
