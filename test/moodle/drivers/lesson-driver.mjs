/**
 * Driver for the harness's play.mjs (../shared/harness/moodle): plays coursepack lessons in
 * Moodle's player as a learner would, through roles and accessible names.
 *
 * The plan comes in the environment (play.mjs runs as a child process of the test):
 * - CP_PLAN: JSON `{ labels, scos: [{ open?: "<TOC title>", steps: [...] }] }`; `labels` are the
 *   course language's UI strings (src/locales/<language>.json), `open` a lesson title in Moodle's
 *   table of contents (the SCO Moodle launched first when absent). Steps: "read" (press Next to
 *   the last screen), "start" (start the quiz), "right" | "wrong" | "first-right" (answer every
 *   question right, wrong, or only the first one right), "answer-half" (answer the first half
 *   right and leave), "submit", "again" (try again), "look" (record what the learner sees).
 * - CP_DRIVER_OUT: file the observations are written to (JSON, one entry per "look").
 */
import { writeFileSync } from 'node:fs';

const plan = JSON.parse(process.env.CP_PLAN ?? '{"scos":[]}');
const labels = plan.labels;

export default async function drive(ctx) {
  const seen = [];
  const toc = ctx.page.locator('#scorm_toc');
  for (const [index, scoPlan] of plan.scos.entries()) {
    if (scoPlan.open !== undefined) {
      // Moodle's TOC entries are <a data-scoid> without href: no link role to find them by.
      const since = ctx.apiCalls().length;
      await toc.locator('a[data-scoid]', { hasText: scoPlan.open }).first().click();
      await ctx.currentSco(30000, index > 0);
      await ctx.waitForApi(['Initialize', 'LMSInitialize'], 15000, since);
    } else {
      await ctx.waitForApi(['Initialize', 'LMSInitialize'], 15000);
    }
    await ctx.sco.getByRole('button', { name: labels.next, exact: true }).waitFor();
    for (const step of scoPlan.steps) await perform(ctx, step, seen);
  }
  if (process.env.CP_DRIVER_OUT) writeFileSync(process.env.CP_DRIVER_OUT, JSON.stringify(seen, null, 2));
}

async function perform(ctx, step, seen) {
  const sco = ctx.sco;
  switch (step) {
    case 'read': {
      const next = sco.getByRole('button', { name: labels.next, exact: true });
      for (let i = 0; i < 60 && !(await next.isDisabled()); i += 1) await next.click();
      return;
    }
    case 'start':
      await sco.getByRole('button', { name: labels.quizStart, exact: true }).click();
      await sco.getByRole('button', { name: labels.quizSubmit, exact: true }).waitFor();
      return;
    case 'right':
    case 'wrong':
    case 'first-right':
    case 'answer-half':
      await answerAll(sco, step);
      return;
    case 'submit':
      await sco.getByRole('button', { name: labels.quizSubmit, exact: true }).click();
      await sco.getByRole('heading', { name: labels.quizResultTitle, exact: true }).waitFor();
      // The submit commits at once; give Moodle's datamodel.php request time to land.
      await sco.waitForTimeout(500);
      return;
    case 'again':
      await sco.getByRole('button', { name: labels.quizTryAgain, exact: true }).click();
      await sco.getByRole('button', { name: labels.quizSubmit, exact: true }).waitFor();
      return;
    case 'look':
      seen.push(await look(sco));
      return;
    default:
      throw new Error(`unknown step ${step}`);
  }
}

/** What the learner sees that matters to the tests: notices, the quiz's buttons and result, answers shown. */
async function look(sco) {
  return sco.evaluate(() => {
    const text = (selector) => Array.from(document.querySelectorAll(selector)).map((node) => node.textContent.trim());
    const visible = (id) => {
      const node = document.getElementById(id);
      return node !== null && !node.hidden && !node.disabled;
    };
    return {
      url: location.pathname,
      notices: text('#cp-notice p'),
      quizStart: visible('cp-quiz-start'),
      quizLocked: text('#cp-quiz-locked').join(' '),
      quizBody: (document.getElementById('cp-quiz-body')?.textContent ?? '').trim().slice(0, 400),
      result: text('.cp-quiz__result p'),
      tryAgain: document.querySelector('.cp-quiz__again') !== null,
      submit: document.querySelector('.cp-quiz__submit') !== null,
      answers: Array.from(document.querySelectorAll('fieldset.cp-question')).map((fieldset) => ({
        stem: fieldset.querySelector('.cp-question__stem')?.textContent ?? '',
        checked: Array.from(fieldset.querySelectorAll('input:checked')).map((input) => input.value),
        selects: Array.from(fieldset.querySelectorAll('select')).map((select) => select.value),
        order: Array.from(fieldset.querySelectorAll('.cp-order__text')).map((node) => node.textContent),
      })),
    };
  });
}

/** The bank items on the page (`script#cp-quiz`), to know the right answers. */
async function poolOf(sco) {
  return sco.evaluate(() => JSON.parse(document.getElementById('cp-quiz').textContent).pool.map((entry) => entry.item));
}

async function answerAll(sco, how) {
  const pool = await poolOf(sco);
  const groups = sco.locator('fieldset.cp-question');
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    if (how === 'answer-half' && i >= Math.ceil(count / 2)) return;
    const stem = await groups.nth(i).locator('.cp-question__stem').textContent();
    // Several items may share a stem ("Which of these…"): the one whose choices are shown.
    const shown = (await groups.nth(i).textContent()) ?? '';
    const item = pool.find((candidate) => candidate.stem === stem && choicesOf(candidate).every((text) => shown.includes(text)));
    if (item === undefined) throw new Error(`no bank item for "${stem}"`);
    const right = how === 'right' || how === 'answer-half' || (how === 'first-right' && i === 0);
    await answer(groups.nth(i), item, right);
  }
}

async function answer(group, item, right) {
  switch (item.kind) {
    case 'choice': {
      const wrong = item.options.find((option) => option.id !== item.answer);
      const pick = right ? item.options.find((option) => option.id === item.answer) : wrong;
      await group.getByRole('radio', { name: pick.text, exact: true }).check();
      return;
    }
    case 'true-false':
      await group.getByRole('radio', { name: item.answer === right ? labels.quizTrue : labels.quizFalse, exact: true }).check();
      return;
    case 'multiple-response': {
      const picks = right ? item.options.filter((option) => item.answers.includes(option.id)) : item.options.filter((option) => !item.answers.includes(option.id));
      for (const option of picks) await group.getByRole('checkbox', { name: option.text, exact: true }).check();
      return;
    }
    case 'ordering': {
      // Right: the bank's order. Wrong: the reverse. Both are reached with the "Move up" buttons.
      const wanted = right ? item.steps : [...item.steps].reverse();
      for (let target = 0; target < wanted.length; target += 1) {
        for (let guard = 0; guard < wanted.length; guard += 1) {
          const shown = await group.locator('.cp-order__text').allTextContents();
          const at = shown.indexOf(wanted[target].text);
          if (at <= target) break;
          await group.getByRole('button', { name: fill(labels.quizMoveUp, { item: wanted[target].text }), exact: true }).click();
        }
      }
      return;
    }
    case 'matching': {
      // Right: each left side to its own right side. Wrong: each to the next pair's.
      for (const [left, pair] of item.pairs.entries()) {
        const target = right ? pair : item.pairs[(left + 1) % item.pairs.length];
        await group.getByRole('combobox', { name: pair.left, exact: true }).selectOption({ label: target.right });
      }
      return;
    }
    default:
      throw new Error(`unknown kind ${item.kind}`);
  }
}

function choicesOf(item) {
  if (item.kind === 'choice' || item.kind === 'multiple-response') return item.options.map((option) => option.text);
  if (item.kind === 'ordering') return item.steps.map((step) => step.text);
  if (item.kind === 'matching') return item.pairs.flatMap((pair) => [pair.left, pair.right]);
  return [];
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}
