/**
 * Attempts a Moodle quiz made by the harness's make-quiz.php as a student, through roles and
 * accessible names: every question answered right (ordering moved into place with its "Move up"
 * buttons, matching chosen per row), except the question types listed in CP_WRONG, answered
 * wrong, and the slots listed in CP_WRONG_SLOTS (e.g. "1"), answered wrong whatever their type;
 * then "Finish attempt…" and "Submit all and finish".
 * Usage: node quiz-attempt.mjs HARNESS_DIR QUIZ_CMID; CP_QUESTIONS holds make-quiz's questions
 * (JSON), CP_WRONG e.g. "truefalse", MOODLE_URL the site; CP_SLOTS the number of questions in the
 * attempt when CP_QUESTIONS lists more (the pool of a quiz of random questions).
 * Prints {ok, answered: [{qtype, right, moved}]}.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [harness, cmid] = process.argv.slice(2);
const require = createRequire(join(harness, 'bin', 'play.mjs'));
const { chromium } = require('playwright-core');
const base = process.env.MOODLE_URL ?? 'http://127.0.0.1:8085';
const questions = JSON.parse(process.env.CP_QUESTIONS ?? '[]');
const slots = Number(process.env.CP_SLOTS ?? questions.length);
const wrong = new Set((process.env.CP_WRONG ?? '').split(',').filter(Boolean));
const wrongSlots = new Set((process.env.CP_WRONG_SLOTS ?? '').split(',').filter(Boolean).map(Number));
const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

const profile = mkdtempSync(join(tmpdir(), 'cp-quiz-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const answered = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/login/index.php`);
  await page.getByLabel('Username').fill('student1');
  await page.getByLabel('Password', { exact: true }).fill('Student#2025');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login/'));
  await page.goto(`${base}/mod/quiz/view.php?id=${cmid}`);
  await Promise.all([page.waitForURL(/attempt\.php/), page.getByRole('button', { name: /Attempt quiz/ }).click()]);
  for (let slot = 1; slot <= slots; slot += 1) {
    const que = page.locator('.que').first();
    const text = clean(await que.locator('.qtext').first().textContent());
    const question = questions.find((candidate) => clean(candidate.text) === text) ?? questions.find((candidate) => text.startsWith(clean(candidate.text)));
    if (question === undefined) throw new Error(`question ${slot} not in make-quiz's list: ${text}`);
    const right = !wrong.has(question.qtype) && !wrongSlots.has(slot);
    const moved = await answer(que, question, right);
    answered.push({ slot, qtype: question.qtype, right, moved });
    const next = page.getByRole('button', { name: slot < slots ? 'Next page' : 'Finish attempt ...' });
    await Promise.all([page.waitForLoadState('load'), next.click()]);
    await page.waitForLoadState('load');
  }
  await page.getByRole('button', { name: 'Submit all and finish' }).first().click();
  const dialog = page.getByRole('dialog');
  await Promise.all([page.waitForURL(/review\.php/), dialog.getByRole('button', { name: 'Submit all and finish' }).click()]);
  console.log(JSON.stringify({ ok: true, answered, review: page.url() }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, error: String(error?.message ?? error), answered }));
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

async function answer(que, question, right) {
  switch (question.qtype) {
    case 'multichoice': {
      const role = question.single ? 'radio' : 'checkbox';
      const picks = question.answers.filter((option) => (right ? option.fraction > 0 : option.fraction <= 0));
      for (const option of question.single ? picks.slice(0, 1) : picks) {
        await que.getByRole(role, { name: new RegExp(`${escape(clean(option.text))}$`) }).check();
      }
      return;
    }
    case 'truefalse': {
      const value = right ? question.right : question.right === 'True' ? 'False' : 'True';
      await que.getByRole('radio', { name: value, exact: true }).check();
      return;
    }
    case 'match': {
      const rights = question.pairs.map((pair) => pair.right);
      for (const [i, pair] of question.pairs.entries()) {
        const target = right ? pair.right : rights[(i + 1) % rights.length];
        const row = que.locator('tr', { hasText: clean(pair.left) });
        await row.getByRole('combobox').selectOption({ label: target });
      }
      return;
    }
    case 'ordering': {
      const wanted = right ? question.steps : [...question.steps].reverse();
      const items = que.getByRole('listitem');
      let moves = 0;
      for (let target = 0; target < wanted.length; target += 1) {
        for (let guard = 0; guard < wanted.length; guard += 1) {
          const shown = (await items.allTextContents()).map(clean);
          const at = shown.findIndex((entry) => entry === clean(wanted[target]));
          if (at < 0) throw new Error(`ordering step not shown: ${wanted[target]}`);
          if (at <= target) break;
          await items.nth(at).getByRole('button', { name: 'Move up' }).click();
          moves += 1;
        }
      }
      return moves;
    }
    default:
      throw new Error(`no way to answer ${question.qtype}`);
  }
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
