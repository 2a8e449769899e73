/**
 * Playing an xAPI / cmi5 lesson in the browser the way a learner does, and reading back what
 * reached the LRS: build the fixture course, unpack it, read every screen, take the quiz
 * (right answers, read from the page's own quiz data), leave, wait for the statements.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildCourse } from '../../src/build/index';
import { unpackAll, type UnpackedPackage } from './packages';
import type { Lrs, StoredStatement } from './lrs';
import { expectValidStatements } from './xapi-validate';

export const FIXTURE_DIR = join(__dirname, '../fixtures/xapi');
export const FIXTURE_IRI = 'https://courses.example.edu/xapi-course';

/** Builds test/fixtures/xapi for `formats` into `work/build` and unpacks it into `work/unpacked`. */
export async function buildFixture(work: string, formats: readonly string[]): Promise<UnpackedPackage[]> {
  await buildCourse({
    courseDir: join(FIXTURE_DIR, 'course'),
    quizzesDir: join(FIXTURE_DIR, 'quizzes'),
    outDir: join(work, 'build'),
    formats: [...formats],
  });
  return unpackAll(join(work, 'build'), join(work, 'unpacked'));
}

/** Waits until the player runs (it starts after the launch's requests). */
export async function waitForPlayer(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.classList.contains('cp-js'), undefined, { timeout: 10_000 });
}

/** Presses "next" until the last screen (bounded); returns the screens passed. */
export async function readEveryScreen(page: Page, pauseMs = 30): Promise<number> {
  let moves = 0;
  for (; moves < 50; moves += 1) {
    if (await page.locator('#cp-next').isDisabled()) break;
    await page.waitForTimeout(pauseMs);
    await page.click('#cp-next');
  }
  return moves;
}

/** Opens the quiz, gives the right answer to every question (from `script#cp-quiz`), submits. */
export async function takeQuizRight(page: Page): Promise<void> {
  await answerQuiz(page, 0);
  await submitQuiz(page);
}

/**
 * Opens the quiz (unless it is open already) and answers every question from the page's own
 * quiz data: the first `wrong` questions shown with an answer worth nothing (a wrong option,
 * the opposite truth value, only a wrong option ticked, every match shifted, the steps
 * reversed), the others right.
 */
export async function answerQuiz(page: Page, wrong: number): Promise<void> {
  if (await page.locator('#cp-quiz-start').isVisible()) await page.click('#cp-quiz-start');
  await page.waitForSelector('.cp-quiz__form');
  await page.evaluate((wrongCount) => {
    interface Item {
      kind: string;
      stem: string;
      answer?: string | boolean;
      answers?: string[];
      options?: { id: string; text: string }[];
      steps?: { id: string; text: string }[];
      pairs?: { id: string }[];
    }
    const pool = (JSON.parse(document.getElementById('cp-quiz')!.textContent!) as { pool: { item: Item }[] }).pool.map((e) => e.item);
    const setChecked = (input: HTMLInputElement | null, checked: boolean): void => {
      if (input && input.checked !== checked) input.click();
    };
    Array.from(document.querySelectorAll<HTMLFieldSetElement>('fieldset.cp-question')).forEach((fieldset, index) => {
      const right = index >= wrongCount;
      const stem = fieldset.querySelector('.cp-question__stem')?.textContent ?? '';
      const item = pool.find((candidate) => candidate.stem === stem);
      if (!item) throw new Error(`no item for the question "${stem}"`);
      const input = (value: number): HTMLInputElement | null => fieldset.querySelector(`input[value="${value}"]`);
      if (item.kind === 'choice') setChecked(input(item.options!.findIndex((o) => (o.id === item.answer) === right)), true);
      if (item.kind === 'true-false') setChecked(input(item.answer === right ? 1 : 0), true);
      if (item.kind === 'multiple-response') {
        const firstWrong = item.options!.findIndex((o) => !item.answers!.includes(o.id));
        item.options!.forEach((o, i) => setChecked(input(i), right ? item.answers!.includes(o.id) : i === firstWrong));
      }
      if (item.kind === 'matching') {
        const selects = fieldset.querySelectorAll('select');
        selects.forEach((select, left) => {
          select.value = String(right ? left : (left + 1) % selects.length);
          select.dispatchEvent(new Event('change', { bubbles: true }));
        });
      }
      if (item.kind === 'ordering') {
        const order = right ? item.steps! : [...item.steps!].reverse();
        order.forEach((step, target) => {
          for (let guard = 0; guard < 10; guard += 1) {
            const rows = Array.from(fieldset.querySelectorAll('.cp-order__step'));
            const at = rows.findIndex((row) => row.querySelector('.cp-order__text')?.textContent === step.text);
            if (at <= target) break;
            (rows[at]!.querySelector('[data-move="up"]') as HTMLButtonElement).click();
          }
        });
      }
    });
  }, wrong);
}

/** Waits until the player's statement queue of this registration (localStorage) holds nothing undelivered. */
export async function waitForQueueEmpty(page: Page, registration: string, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(
    (prefix) => {
      const keys = Object.keys(localStorage).filter((key) => key.startsWith(prefix) && !key.endsWith(':unload'));
      return keys.length > 0 && keys.every((key) => localStorage.getItem(key) === '[]');
    },
    `coursepack-xapi-queue:${registration}:`,
    { timeout: timeoutMs },
  );
}

/** Submits the open attempt and waits for its result. */
export async function submitQuiz(page: Page): Promise<void> {
  await page.click('.cp-quiz__submit');
  await page.waitForSelector('.cp-quiz__result');
}

/**
 * Statements of a registration, polling (≤ `timeoutMs`) until `done` holds; returns the last
 * read, each checked by the xAPI validators (./xapi-validate.ts).
 */
export async function waitForStatements(
  lrs: Lrs,
  registration: string,
  done: (statements: readonly StoredStatement[]) => boolean,
  timeoutMs = 15_000,
): Promise<StoredStatement[]> {
  const deadline = Date.now() + timeoutMs;
  let statements: StoredStatement[] = [];
  while (Date.now() < deadline) {
    statements = await lrs.statements({ registration });
    if (done(statements)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expectValidStatements(statements);
  return statements;
}

export const verbOf = (statement: StoredStatement): string => String(statement['verb']?.['id'] ?? '').replace('http://adlnet.gov/expapi/verbs/', '');

export const hasVerb = (verb: string) => (statements: readonly StoredStatement[]): boolean => statements.some((s) => verbOf(s) === verb);

/** Statements in the order the player made them (timestamps, then the LRS's order for ties). */
export function inPlayerOrder(statements: readonly StoredStatement[]): StoredStatement[] {
  return statements.map((statement, i) => ({ statement, i })).sort((a, b) => String(a.statement['timestamp']).localeCompare(String(b.statement['timestamp'])) || a.i - b.i).map((entry) => entry.statement);
}
