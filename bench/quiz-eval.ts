/**
 * `npm run quiz:eval`: what the quiz generator makes of texts written for measuring it
 * (test/fixtures/quiz-eval/{tuning,evaluation}/<name>/course, the name a language and, beyond
 * the first text of a set, a subject), printed per text and lesson.
 *
 *   npm run quiz:eval                      # every course, banks in a temporary folder removed at the end
 *   npm run quiz:eval -- --set evaluation  # one set only (tuning | evaluation)
 *   npm run quiz:eval -- --keep            # keep the banks (e.g. to draw a blind-review sample) and say where
 *
 * Banks are generated and written as `coursepack quiz generate` does (planRegeneration, then
 * applyRegeneration), into a fresh temporary folder: never into quizzes/ or the fixtures.
 * It only prints: targets that are missed are shown, not failed, and a course that does not
 * load is reported and skipped.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatDiagnostics } from '../src/diagnostics/format';
import { loadCourse } from '../src/load';
import type { Course } from '../src/model/course';
import { applyRegeneration, planRegeneration, type LessonRegeneration } from '../src/quiz/bank/regenerate';
import { packageRoot } from '../src/self/package-root';
import { kindsText, lessonFigures, share, TARGETS, type LessonFigures } from './quiz-eval-figures';

const SETS = ['tuning', 'evaluation'] as const;
const RUNS = Number(process.env.QUIZ_EVAL_RUNS ?? 3);

interface EvalCourse {
  readonly set: (typeof SETS)[number];
  readonly language: string;
  readonly dir: string;
}

function findCourses(root: string, only?: string): EvalCourse[] {
  const found: EvalCourse[] = [];
  for (const set of SETS) {
    if (only && only !== set) continue;
    const setDir = path.join(root, set);
    if (!existsSync(setDir)) continue;
    for (const language of readdirSync(setDir).sort()) {
      const dir = path.join(setDir, language, 'course');
      if (existsSync(path.join(dir, 'course.yaml'))) found.push({ set, language, dir });
    }
  }
  return found;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Generates (timed, median of RUNS) and writes the banks into `quizzesDir`. */
async function generate(course: Course, quizzesDir: string): Promise<{ plans: LessonRegeneration[]; ms: number }> {
  const times: number[] = [];
  let plans: LessonRegeneration[] = [];
  for (let run = 0; run < Math.max(1, RUNS); run += 1) {
    const start = performance.now();
    plans = await planRegeneration(course, quizzesDir);
    times.push(performance.now() - start);
  }
  await applyRegeneration(plans);
  return { plans, ms: median(times) };
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const mark = (ok: boolean | null) => (ok === null ? '(short)' : ok ? 'ok' : 'MISSED');

function printLessons(rows: readonly LessonFigures[]): void {
  const width = Math.max(6, ...rows.map((row) => row.lesson.length));
  console.log(`  ${'lesson'.padEnd(width)}  words  items  year/date  target      kinds`);
  for (const row of rows) {
    console.log(
      `  ${row.lesson.padEnd(width)}  ${String(row.words).padStart(5)}  ${String(row.items).padStart(5)}  ` +
        `${`${row.yearDate} ${percent(share(row.yearDate, row.items))}`.padStart(9)}  ${mark(row.meetsTarget).padEnd(10)}  ` +
        `${row.byKind.size}: ${kindsText(row.byKind)}`,
    );
  }
}

interface TextSummary {
  readonly name: string;
  readonly words: number;
  readonly items: number;
  readonly yearDate: number;
  readonly kinds: number;
  readonly longLessons: number;
  readonly longLessonsOk: number;
  readonly ms: number;
}

async function evaluate(entry: EvalCourse, scratch: string): Promise<TextSummary | undefined> {
  const name = `${entry.set}/${entry.language}`;
  const { course, diagnostics } = await loadCourse(entry.dir);
  if (!course) {
    console.log(`\n${name}: does not load, skipped\n${formatDiagnostics(diagnostics, { cwd: process.cwd() })}`);
    return undefined;
  }
  const quizzesDir = path.join(scratch, entry.set, entry.language);
  const { plans, ms } = await generate(course, quizzesDir);
  const rows = plans.map((plan) => {
    const lesson = course.lessons.find((candidate) => candidate.id === plan.lesson)!;
    return lessonFigures(plan.lesson, lesson.body, plan.bank.items, course.language);
  });
  const items = rows.reduce((sum, row) => sum + row.items, 0);
  const yearDate = rows.reduce((sum, row) => sum + row.yearDate, 0);
  const kinds = new Set(plans.flatMap((plan) => plan.bank.items.map((item) => item.kind))).size;
  const long = rows.filter((row) => row.meetsTarget !== null);
  const summary: TextSummary = {
    name,
    words: rows.reduce((sum, row) => sum + row.words, 0),
    items,
    yearDate,
    kinds,
    longLessons: long.length,
    longLessonsOk: long.filter((row) => row.meetsTarget).length,
    ms,
  };
  console.log(`\n${name}  ${course.id}  (${course.lessons.length} lessons, ${summary.words} words, ${items} items, ` +
    `year/date keys ${percent(share(yearDate, items))}, generated in ${ms.toFixed(0)} ms)`);
  printLessons(rows);
  return summary;
}

function printSummary(summaries: readonly TextSummary[]): void {
  console.log(`\nSummary (targets: every lesson of ≥ ${TARGETS.minWords} words has ≥ ${TARGETS.minItems} items of ≥ ${TARGETS.minKinds} kinds; ` +
    `≤ ${percent(TARGETS.maxYearShare)} of items with a year/date key)`);
  console.log('  text             words  items  kinds  year/date        lessons ≥400 words on target       ms');
  for (const s of summaries) {
    const yearShare = share(s.yearDate, s.items);
    console.log(
      `  ${s.name.padEnd(15)}  ${String(s.words).padStart(5)}  ${String(s.items).padStart(5)}  ${String(s.kinds).padStart(5)}  ` +
        `${`${percent(yearShare)} ${yearShare <= TARGETS.maxYearShare ? 'ok' : 'MISSED'}`.padEnd(15)}  ` +
        `${`${s.longLessonsOk}/${s.longLessons}`.padStart(28)}  ${s.ms.toFixed(0).padStart(7)}`,
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const setIndex = args.indexOf('--set');
  const only = setIndex >= 0 ? args[setIndex + 1] : undefined;
  const keep = args.includes('--keep');
  const root = path.join(packageRoot(), 'test', 'fixtures', 'quiz-eval');
  const courses = findCourses(root, only);
  if (courses.length === 0) {
    console.log(`No course found under ${root}${only ? ` for --set ${only}` : ''}.`);
    return;
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'coursepack-quiz-eval-'));
  try {
    console.log(`Quiz generation on the texts of ${path.relative(process.cwd(), root) || root} ` +
      `(banks written to a temporary folder; time = median of ${Math.max(1, RUNS)} runs of generate + merge)`);
    const summaries: TextSummary[] = [];
    for (const entry of courses) {
      try {
        const summary = await evaluate(entry, scratch);
        if (summary) summaries.push(summary);
      } catch (error) {
        console.log(`\n${entry.set}/${entry.language}: generation failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    printSummary(summaries);
    if (keep) console.log(`\nBanks kept in ${scratch}`);
  } finally {
    if (!keep) await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  // Printing only: a broken run is reported, never a failed build.
  console.error(error);
});
