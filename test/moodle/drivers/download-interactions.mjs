/**
 * Downloads Moodle's SCORM interactions report as the teacher would: log in, open the activity's
 * Reports → Interactions report, tick the four "Summary of …" options, save them, and take the
 * text download from the "Download" menu.
 * Usage: node download-interactions.mjs HARNESS_DIR CMID OUT_FILE (MOODLE_URL in the environment).
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [harness, cmid, outFile] = process.argv.slice(2);
const require = createRequire(join(harness, 'bin', 'play.mjs'));
const { chromium } = require('playwright-core');
const base = process.env.MOODLE_URL ?? 'http://127.0.0.1:8085';
const profile = mkdtempSync(join(tmpdir(), 'cp-teacher-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  acceptDownloads: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/login/index.php`);
  await page.getByLabel('Username').fill('teacher1');
  await page.getByLabel('Password', { exact: true }).fill('Teacher#2025');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login/'));
  await page.goto(`${base}/mod/scorm/report.php?id=${cmid}&mode=interactions`);
  for (const name of ['Summary of question', 'Summary of responses', 'Summary of right answer', 'Summary of result']) {
    await page.getByRole('checkbox', { name, exact: true }).check();
  }
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Save preferences' }).click()]);
  // The entries of the "Download" dropdown are links; the text one is what coursepack reads.
  const menu = page.locator('.dropdown', { hasText: 'Download' });
  const href = await menu.locator('a', { hasText: 'Download in text format' }).getAttribute('href');
  const response = await page.request.get(href);
  writeFileSync(outFile, await response.body());
  console.log(JSON.stringify({ ok: response.ok(), file: outFile, href, disposition: response.headers()['content-disposition'] ?? '' }));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
