/**
 * coursepack studio in Chromium, through roles and accessible names, on a copy of the course
 * in a temp folder: the review flow (approve, reject, edit, undo) ends in the bank YAML exactly
 * as the bank model writes it and survives `quiz generate`; a bank changed on disk meanwhile is
 * detected and not overwritten; saving a lesson refreshes the open page; keyboard-only review;
 * the preview plays a lesson in the strict SCORM LMS and its panel shows the calls and the data
 * model; axe finds nothing on the map, the review page, the edit form and the preview.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { QuestionBank, QuizItem } from '../../src/model/quiz';
import { parseBankText } from '../../src/quiz/bank/read';
import { serializeBank } from '../../src/quiz/bank/write';
import { startStudio, type RunningStudio } from '../../src/studio/server';
import { runCli } from '../cli/run-cli';
import { collectPageErrors, launchBrowser, type BrowserSession, type PageErrors } from '../harness/browser';
import { describeAxeViolations, runAxe } from '../harness/lesson-page';

const REPO = join(__dirname, '..', '..');

let browser: BrowserSession;
let root: string;
let studio: RunningStudio;
let page: Page;
let errors: PageErrors;
/** Console errors a test expects: Chromium logs every 409 answer as a failed load. */
let expectedErrors: RegExp | undefined;

const courseDir = () => join(root, 'course');
const bankFile = (lesson: string) => join(root, 'quizzes', `${lesson}.quiz.yaml`);
const readBank = (lesson: string): QuestionBank => parseBankText(bankFile(lesson), readFileSync(bankFile(lesson), 'utf8')).bank!;
const withItem = (bank: QuestionBank, id: string, change: (item: QuizItem) => QuizItem): QuestionBank =>
  ({ ...bank, items: bank.items.map((item) => (item.id === id ? change(item) : item)) });

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'coursepack-studio-'));
  cpSync(join(REPO, 'course'), courseDir(), { recursive: true });
  cpSync(join(REPO, 'quizzes'), join(root, 'quizzes'), { recursive: true });
  studio = await startStudio({ courseDir: courseDir(), port: 0 });
  page = await browser.newPage();
  errors = collectPageErrors(page);
  expectedErrors = undefined;
});

afterEach(async () => {
  await page?.close();
  await studio?.close();
  rmSync(root, { recursive: true, force: true });
  expect(errors.messages.filter((message) => !expectedErrors?.test(message))).toEqual([]);
});

async function openReview(lesson: string): Promise<void> {
  await page.goto(`${studio.url}#/review/${lesson}`);
  await page.getByRole('heading', { name: /^Item 1 of \d+$/ }).waitFor();
}

/** The id shown on the review page. */
async function shownId(): Promise<string> {
  return (await page.locator('dl.facts dd').first().textContent()) ?? '';
}

async function expectItem(n: number): Promise<void> {
  await page.getByRole('heading', { name: new RegExp(`^Item ${n} of \\d+$`) }).waitFor();
}

it('approves, rejects, edits and undoes; the YAML is exactly what the bank model writes, and quiz generate keeps it', async () => {
  const original = readBank('s1-1');
  const [first, second, third] = original.items;
  await openReview('s1-1');
  const total = original.items.length;
  // items of the course's banks already approved or rejected (the hand-written ones, say) count as reviewed
  const before = readdirSync(join(root, 'quizzes')).filter((name) => name.endsWith('.quiz.yaml'))
    .flatMap((name) => readBank(name.replace('.quiz.yaml', '')).items).filter((item) => item.status !== 'draft').length;
  await expect(page.getByText(new RegExp(`^${before} / \\d+ reviewed$`)).count()).resolves.toBe(1);

  await page.getByRole('button', { name: 'Approve' }).click();
  await expectItem(2);
  await page.getByRole('button', { name: 'Reject' }).click();
  await expectItem(3);
  expect(await shownId()).toBe(third!.id);
  await page.getByText(new RegExp(`^${before + 2} / \\d+ reviewed$`)).waitFor();

  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Stem' }).fill('A wrong stem to be undone ____.');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('A wrong stem to be undone ____.').waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText(`Item ${third!.id} undone (edited).`).first().waitFor();

  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Feedback' }).fill('Reviewed feedback: see the lesson.');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Reviewed feedback: see the lesson.').waitFor();
  await expect(page.locator('#item-status').textContent()).resolves.toBe('draft, edited');

  let expected = withItem(original, first!.id, (item) => ({ ...item, status: 'approved' }));
  expected = withItem(expected, second!.id, (item) => ({ ...item, status: 'rejected' }));
  expected = withItem(expected, third!.id, (item) => ({ ...item, feedback: 'Reviewed feedback: see the lesson.' }));
  expect(readFileSync(bankFile('s1-1'), 'utf8')).toBe(serializeBank(expected));
  expect(total).toBe(expected.items.length);

  const generate = await runCli(['quiz', 'generate', 's1-1', '--course', courseDir()]);
  expect(generate.stderr).toBe('');
  expect(generate.code).toBe(0);
  const after = readBank('s1-1');
  for (const id of [first!.id, second!.id, third!.id]) {
    expect(after.items.find((item) => item.id === id)).toEqual(expected.items.find((item) => item.id === id));
  }
});

it('detects a bank changed on disk while an item is being edited: nothing is overwritten, and the page shows the bank as it is', async () => {
  expectedErrors = /status of 409 \(Conflict\)/;
  await openReview('s1-2');
  const original = readBank('s1-2');
  const first = original.items[0]!;
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Stem' }).fill('My edit, made on an old copy ____.');
  // Someone edits the bank in a text editor meanwhile.
  const theirs = serializeBank(withItem(original, first.id, (item) => ({ ...item, status: 'rejected' })));
  writeFileSync(bankFile('s1-2'), theirs);
  await waitFor(() => studio.workspace.bankOf('s1-2')?.bank?.items[0]?.status === 'rejected');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toBe('s1-2.quiz.yaml changed on disk since the page read it: nothing was written, and the page shows the bank as it is now');
  expect(readFileSync(bankFile('s1-2'), 'utf8')).toBe(theirs);
  await expect(page.locator('#item-status').textContent()).resolves.toBe('rejected');
});

it('refreshes the open page when a lesson file is saved', async () => {
  await page.goto(`${studio.url}#/map`);
  const row = page.getByRole('row', { name: /Қорытынды|ҚОРЫТЫНДЫ/ });
  await row.waitFor();
  const words = Number(await row.getByRole('cell').first().textContent());
  const lesson = join(courseDir(), 'chapters', '11-qorytyndy.md');
  writeFileSync(lesson, `${readFileSync(lesson, 'utf8')}\nБес жаңа сөз осында қосылды.\n`);
  await page.getByRole('status').filter({ hasText: 'Reloaded: course/chapters/11-qorytyndy.md changed.' }).waitFor();
  await expect(row.getByRole('cell').first().textContent()).resolves.toBe(String(words + 5));
});

it('reviews with the keyboard alone', async () => {
  const original = readBank('s2-1');
  const [first, second] = original.items;
  await openReview('s2-1');
  await page.keyboard.press('a');
  await expectItem(2);
  // The page's own write comes back as a change event: the focus stays on the new item.
  await page.waitForTimeout(400);
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('item-heading');
  await page.keyboard.press('k');
  await expectItem(1);
  await page.keyboard.press('j');
  await expectItem(2);
  await page.keyboard.press('r');
  await expectItem(3);
  await page.keyboard.press('u');
  await expectItem(2);
  await page.getByText(`Item ${second!.id} undone (rejected).`).first().waitFor();
  await page.keyboard.press('e');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('edit-stem');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Typed stem ____.');
  await page.keyboard.press('Control+Enter');
  await page.getByText('Typed stem ____.').waitFor();
  let expected = withItem(original, first!.id, (item) => ({ ...item, status: 'approved' }));
  expected = withItem(expected, second!.id, (item) => ({ ...item, stem: 'Typed stem ____.' }));
  expect(readFileSync(bankFile('s2-1'), 'utf8')).toBe(serializeBank(expected));
});

it('has no axe violations on the map, the review page, the edit form and the preview', async () => {
  // axe is injected as an inline script, which the studio's Content-Security-Policy refuses.
  await (await page.context().newCDPSession(page)).send('Page.setBypassCSP', { enabled: true });
  await page.goto(`${studio.url}#/map`);
  await page.getByRole('heading', { name: /^Course map/ }).waitFor();
  await page.getByText(/^\d+ errors, \d+ warnings$/).waitFor();
  const found = [...(await runAxe(page.mainFrame()))];
  await openReview('s1-1');
  found.push(...(await runAxe(page.mainFrame())));
  await page.getByRole('button', { name: 'Edit' }).click();
  found.push(...(await runAxe(page.mainFrame())));
  await page.goto(`${studio.url}#/preview/s1-1/scorm12`);
  await page.locator('#api-calls li').first().waitFor();
  found.push(...(await runAxe(page.mainFrame())));
  expect(describeAxeViolations(found)).toBe('');
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(condition()).toBe(true);
}

it('plays a lesson in the preview LMS; the panel shows the calls and the data model, through relaunch, reset, a runtime and a language switch', async () => {
  await page.goto(`${studio.url}#/preview/kirispe/scorm12`);
  const calls = page.locator('#api-calls');
  const model = page.locator('#data-model');
  await calls.getByText('LMSInitialize() → "true"').waitFor();
  const sco = page.frameLocator('iframe[title="Lesson in the SCORM 1.2 LMS"]').frameLocator('#sco');
  for (let screen = 1; screen <= 3; screen++) {
    await sco.getByRole('button', { name: 'Келесі' }).click();
    await calls.getByText(`LMSSetValue("cmi.core.lesson_location", "${screen}") → "true"`).waitFor();
  }
  await expect(model.textContent()).resolves.toMatch(/^Statusincomplete.*Location3.*Sessionrunning$/);
  await expect(page.getByText(/^suspend_data: [1-9][\d,]* of 4,096 characters$/).count()).resolves.toBe(1);

  await page.getByRole('button', { name: 'Relaunch (resume)' }).click();
  await calls.getByText('LMSGetValue("cmi.core.entry") → "resume"').waitFor();
  await model.getByText('3', { exact: true }).waitFor();
  await expect(sco.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBeTruthy();

  await page.getByRole('button', { name: 'Reset attempt' }).click();
  await calls.getByText('LMSGetValue("cmi.core.entry") → "ab-initio"').waitFor();
  await expect(page.getByText('Refused by the strict LMS (0)').count()).resolves.toBe(1);

  const narrow = page.getByRole('button', { name: '360 px view' });
  await narrow.click();
  await expect(narrow.getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(page.locator('#lms-frame').evaluate((frame) => frame.getBoundingClientRect().width)).resolves.toBe(360);

  await page.getByRole('combobox', { name: 'Runtime' }).selectOption('scorm2004');
  await page.locator('#api-calls').getByText('Initialize() → "true"', { exact: true }).waitFor();
  await expect(page.locator('#data-model').textContent()).resolves.toMatch(/^Completionincomplete/);

  await page.getByRole('combobox', { name: 'Player language' }).selectOption('en');
  await page.frameLocator('iframe[title="Lesson in the SCORM 2004 LMS"]').frameLocator('#sco').getByRole('button', { name: 'Next' }).waitFor();
});

it('plays a lesson in the preview LMS over xAPI and cmi5; statements and state stay in the studio, a relaunch keeps the registration, a reset starts another', async () => {
  for (const runtime of ['xapi', 'cmi5'] as const) {
    await page.goto(`${studio.url}#/preview/s1-1/${runtime}`);
    const lesson = page.frameLocator(`iframe[title="Lesson in the ${runtime === 'xapi' ? 'xAPI' : 'cmi5'} LMS"]`);
    await lesson.getByRole('button', { name: 'Келесі' }).click();
    await lesson.getByRole('button', { name: 'Келесі' }).click();
    const calls = page.locator('#api-calls');
    await calls.locator('li').filter({ hasText: /^experienced / }).first().waitFor();
    if (runtime === 'cmi5') await calls.locator('li').filter({ hasText: /^initialized / }).first().waitFor();
    const registration = page.locator('#data-model dd').first();
    const first = await registration.textContent();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    await expect(page.getByText(/^State API documents: .+ \([\d,]+ characters\)$/).count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Relaunch (resume)' }).click();
    await lesson.getByRole('button', { name: 'Келесі' }).waitFor();
    await expect(registration.textContent()).resolves.toBe(first);
    await page.getByRole('button', { name: 'Reset attempt' }).click();
    await lesson.getByRole('button', { name: 'Келесі' }).click();
    // The panel shows the new attempt once its first statements or state arrive.
    await page.waitForFunction((before) => document.querySelector('#data-model dd')?.textContent !== before, first);
  }
});

it('filters the queue by status, kind and rule, and shows a bank edited on disk without a reload', async () => {
  const original = readBank('s1-3');
  const first = original.items[0]!;
  await openReview('s1-3');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expectItem(2);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('approved');
  await page.getByRole('heading', { name: 'Item 1 of 1' }).waitFor();
  expect(await shownId()).toBe(first.id);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('');
  await page.getByRole('combobox', { name: 'Kind' }).selectOption(first.kind);
  await page.getByRole('combobox', { name: 'Rule' }).selectOption(first.rule);
  const count = original.items.filter((item) => item.kind === first.kind && item.rule === first.rule).length;
  await page.getByRole('heading', { name: new RegExp(`^Item \\d+ of ${count}$`) }).waitFor();

  // An editor rejects the first item meanwhile: the open page shows it.
  const onDisk = readBank('s1-3');
  writeFileSync(bankFile('s1-3'), serializeBank(withItem(onDisk, first.id, (item) => ({ ...item, status: 'rejected' }))));
  await page.getByRole('combobox', { name: 'Status' }).selectOption('rejected');
  await page.getByRole('heading', { name: 'Item 1 of 1' }).waitFor();
  expect(await shownId()).toBe(first.id);
});
