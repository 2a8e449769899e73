/**
 * Restores a course backup through Moodle's restore pages as a teacher would: log in as teacher1,
 * open the course's Restore page, upload the .mbz in the file picker, "Restore", confirm, choose
 * "Restore into this course" / "Merge the backup course into this course", go through the
 * settings and review steps with their defaults and "Perform restore".
 * Usage: node restore-web.mjs HARNESS_DIR COURSE_CONTEXT_ID FILE.mbz (MOODLE_URL in the environment).
 * Prints {ok, steps: [page headings], final} or {ok: false, error}; a screenshot of the last page in
 * HARNESS_DIR/out/cp-restore-web.png.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [harness, contextId, file] = process.argv.slice(2);
const require = createRequire(join(harness, 'bin', 'play.mjs'));
const { chromium } = require('playwright-core');
const base = process.env.MOODLE_URL ?? 'http://127.0.0.1:8085';
const profile = mkdtempSync(join(tmpdir(), 'cp-restore-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const steps = [];
const page = context.pages()[0] ?? (await context.newPage());
const heading = async () => (await page.locator('h2, h3').allTextContents()).map((text) => text.trim()).filter(Boolean).join(' | ');
const next = async (name) => {
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name, exact: true }).first().click()]);
  await page.waitForLoadState('load');
  steps.push(`${name} → ${await heading()}`);
};
try {
  await page.goto(`${base}/login/index.php`);
  await page.getByLabel('Username').fill('teacher1');
  await page.getByLabel('Password', { exact: true }).fill('Teacher#2025');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login/'));
  await page.goto(`${base}/backup/restorefile.php?contextid=${contextId}`);
  steps.push(await heading());
  // The file picker: "Choose a file...", its "Upload a file" repository, then "Upload this file".
  await page.getByRole('button', { name: 'Choose a file...' }).click();
  const picker = page.locator('.file-picker').filter({ visible: true });
  await picker.getByText('Upload a file').first().click();
  // The repository's form is loaded after the click: fill it only once its button shows.
  const upload = picker.getByRole('button', { name: 'Upload this file' });
  await upload.waitFor({ state: 'visible' });
  const input = picker.locator('input[type=file][name=repo_upload_file]');
  await input.setInputFiles(file);
  if (await input.evaluate((node) => node.files.length) !== 1) throw new Error('the file picker took no file');
  await upload.click();
  await page.locator('.filepicker-filename a, .filepicker-filename').filter({ hasText: '.mbz' }).first().waitFor({ timeout: 30000 });
  await next('Restore');
  await next('Continue');
  // Destination: into this course, merging (the course is the teacher's own, still empty).
  const current = page.locator('form').filter({ hasText: 'Restore into this course' }).first();
  await current.getByLabel('Merge the backup course into this course').check();
  await Promise.all([page.waitForLoadState('load'), current.getByRole('button', { name: 'Continue' }).click()]);
  steps.push(`Continue → ${await heading()}`);
  await next('Next');
  await next('Next');
  await next('Perform restore');
  const final = (await page.locator('#region-main').innerText()).replace(/\s+/g, ' ').trim().slice(0, 300);
  await page.screenshot({ path: join(harness, 'out', 'cp-restore-web.png'), fullPage: true });
  console.log(JSON.stringify({ ok: true, steps, final }));
} catch (error) {
  await page.screenshot({ path: join(harness, 'out', 'cp-restore-web-error.png'), fullPage: true }).catch(() => undefined);
  console.log(JSON.stringify({ ok: false, error: String(error?.message ?? error), steps, url: page.url() }));
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
