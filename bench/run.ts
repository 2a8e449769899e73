/**
 * `npm run bench`: build speed, memory and bundle size, printed as a table.
 *
 *   npm run bench                 # the course in course/ and a generated course ten times its size
 *   npm run bench -- path/to/dir  # also any other course folder
 *   BENCH_AGAINST=<compiled checkout> npm run bench   # whole process and many lessons paired with it
 *   BENCH_BROWSER=1 npm run bench                      # also the first lesson text in Chromium, 4× CPU throttle
 *
 * Each build runs in a fresh process (so peak memory is that build's own); figures are
 * medians over several runs because machines are noisy. Targets (issue 2): the whole course
 * in every format under 0.5 s, peak memory under 200 MB, cost linear in text size, SCORM
 * player bundle ≤ 15 KB gzipped; (issue 18) whole-process `--help` and `build` (bench/startup.ts); (issue 17) a 45,000-word .docx with 10 images imported in under 2 s; (issue 14) studio start under 1 s, a lesson edit to a refreshed page under 300 ms (bench/studio.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { bundlePlayer } from '../src/assets/player-bundle';
import { FORMATS } from '../src/formats/index';
import { measureDocxImport } from './docx';
import { measureQuizGeneration } from './quiz';
import { writeScaledCourse } from './scale';
import { measureFirstText } from './first-text';
import { measurePaired, measureWholeProcess, printPaired } from './startup';
import { measureStudio, printStudio } from './studio';
import { measureLevels } from './zip-level';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const QUIZ_RUNS = Number(process.env.BENCH_QUIZ_RUNS ?? 3);
const DOCX_RUNS = Number(process.env.BENCH_DOCX_RUNS ?? 5);
/** The many-lessons course (issue 18): course/'s lessons repeated this many times (55: ~600 lessons for course/). */
const MANY_FACTOR = Number(process.env.BENCH_MANY_FACTOR ?? 55);
const MANY_RUNS = Number(process.env.BENCH_MANY_RUNS ?? 3);
/** A compiled checkout to compare with in alternating pairs (the commit before a change): whole process and the many-lessons course. */
const AGAINST = process.env.BENCH_AGAINST;
/** Set to 1 to measure the first lesson text in Chromium under a 4× CPU throttle (bench/first-text.ts; needs /usr/bin/chromium). */
const BROWSER = process.env.BENCH_BROWSER === '1';

interface Sample {
  readonly ms: number;
  readonly cpuMs: number;
  /** The kernel's part of cpuMs (absent from a child that does not print it: an older checkout's). */
  readonly systemMs?: number;
  readonly maxRssMB: number;
  readonly packages: number;
  readonly bytes: number;
  readonly stages: Readonly<Record<string, number>>;
}

interface Row {
  readonly name: string;
  readonly words: number;
  readonly medianMs: number;
  readonly medianRssMB: number;
  readonly maxRssMB: number;
  readonly packages: number;
  readonly bytes: number;
  /** Median of each stage over the runs, in the order the build reports them. */
  readonly stageMs: ReadonlyArray<readonly [string, number]>;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function countWords(courseDir: string): Promise<number> {
  const config = parse(await readFile(path.join(courseDir, 'course.yaml'), 'utf8')) as { lessons: string[] };
  let words = 0;
  for (const file of config.lessons) {
    const text = await readFile(path.join(courseDir, file), 'utf8');
    words += text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  }
  return words;
}

function measureOnce(courseDir: string, child: string = path.join(__dirname, 'child.js')): Sample {
  const out = execFileSync(process.execPath, [child, courseDir], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string) as Sample;
}

async function measure(name: string, courseDir: string): Promise<Row> {
  const samples: Sample[] = [];
  for (let run = 0; run < RUNS; run++) samples.push(measureOnce(courseDir));
  return {
    name,
    words: await countWords(courseDir),
    medianMs: median(samples.map((s) => s.ms)),
    medianRssMB: median(samples.map((s) => s.maxRssMB)),
    maxRssMB: Math.max(...samples.map((s) => s.maxRssMB)),
    packages: samples[0].packages,
    bytes: samples[0].bytes,
    stageMs: Object.keys(samples[0].stages).map((stage) => [stage, median(samples.map((s) => s.stages[stage] ?? 0))] as const),
  };
}

function printRows(rows: readonly Row[]): void {
  console.log(`\nFull build, every format (${RUNS} runs each, one process per run)`);
  console.log('course                         words   packages  output KB  median ms  median RSS MB  max RSS MB');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(28)} ${String(r.words).padStart(8)} ${String(r.packages).padStart(10)} ${(r.bytes / 1024)
        .toFixed(0)
        .padStart(10)} ${r.medianMs.toFixed(0).padStart(10)} ${r.medianRssMB.toFixed(0).padStart(14)} ${r.maxRssMB
        .toFixed(0)
        .padStart(11)}`,
    );
  }
}

function printStages(rows: readonly Row[]): void {
  console.log('\nMedian ms per stage (BuildReport; write is what the build waited for the disk, writes run while the next zips are made)');
  const stages = rows[0].stageMs.map(([stage]) => stage);
  console.log(`${'course'.padEnd(28)} ${stages.map((stage) => stage.padStart(8)).join(' ')}`);
  for (const r of rows) {
    const byStage = new Map(r.stageMs);
    console.log(`${r.name.padEnd(28)} ${stages.map((stage) => (byStage.get(stage) ?? 0).toFixed(0).padStart(8)).join(' ')}`);
  }
}

function printTargets(course: Row, linear: boolean): void {
  const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL');
  console.log('\nTargets for course/');
  console.log(`  build under 500 ms:        ${course.medianMs.toFixed(0)} ms  ${verdict(course.medianMs < 500)}`);
  console.log(`  peak memory under 200 MB:  ${course.maxRssMB.toFixed(0)} MB  ${verdict(course.maxRssMB < 200)}`);
  console.log(`  cost linear in text size:  ${verdict(linear)}`);
}

async function printBundles(): Promise<void> {
  console.log('\nPlayer bundles (minified, gzip -9)');
  for (const target of [...new Set(FORMATS.map((format) => format.runtime))]) {
    const { js, css } = await bundlePlayer(target);
    const gz = gzipSync(Buffer.from(js + css), { level: 9 }).length;
    // The 15 KB target is the SCORM player's; the xAPI/cmi5 players carry an xAPI client besides.
    const scorm = target === 'scorm12' || target === 'scorm2004';
    const verdict = scorm ? `(target ≤ 15 KB: ${gz <= 15 * 1024 ? 'pass' : 'FAIL'})` : '(no target: SCORM players only)';
    console.log(`${String(target).padEnd(10)} js ${(js.length / 1024).toFixed(1)} KB, css ${(css.length / 1024).toFixed(1)} KB, gzipped together ${(gz / 1024).toFixed(1)} KB ${verdict}`);
  }
}

function load(): string {
  return `load average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`;
}

/** The many-lessons course: build time, CPU (main thread and libuv's threads) and peak RSS; paired with BENCH_AGAINST when given. */
async function printManyLessons(courseDir: string, manyDir: string): Promise<void> {
  const lessons = (parse(await readFile(path.join(manyDir, 'course.yaml'), 'utf8')) as { lessons: string[] }).lessons.length;
  const other = AGAINST === undefined ? undefined : path.join(path.resolve(AGAINST), 'dist', 'bench', 'child.js');
  const mine: Sample[] = [];
  const theirs: Sample[] = [];
  for (let run = 0; run < MANY_RUNS; run++) {
    // Alternating, so that a loaded machine slows both alike.
    if (other !== undefined && run % 2 === 1) theirs.push(measureOnce(manyDir, other));
    mine.push(measureOnce(manyDir));
    if (other !== undefined && run % 2 === 0) theirs.push(measureOnce(manyDir, other));
  }
  console.log(`\nMany lessons: course/ ×${MANY_FACTOR} (generated, each copy's titles its own; ${lessons} lessons, ${await countWords(manyDir)} words; median of ${MANY_RUNS} runs, one process each; ${load()})`);
  const system = (samples: readonly Sample[]) => samples.every((s) => s.systemMs !== undefined) ? ` (system ${(median(samples.map((s) => s.systemMs as number)) / 1000).toFixed(2)} s)` : '';
  const line = (samples: readonly Sample[]) => `build ${median(samples.map((s) => s.ms)).toFixed(0)} ms, CPU ${(median(samples.map((s) => s.cpuMs)) / 1000).toFixed(2)} s${system(samples)}, ` +
    `peak RSS ${median(samples.map((s) => s.maxRssMB)).toFixed(0)} MB (max ${Math.max(...samples.map((s) => s.maxRssMB)).toFixed(0)})`;
  console.log(`  ${mine[0].packages} packages, ${(mine[0].bytes / 1024 / 1024).toFixed(1)} MB; ${line(mine)}`);
  const cpu = median(mine.map((s) => s.cpuMs)) / 1000;
  const rss = median(mine.map((s) => s.maxRssMB));
  console.log(`  targets: peak RSS ≤ 250 MB ${rss <= 250 ? 'pass' : 'FAIL'}, CPU ≤ 3.5 s ${cpu <= 3.5 ? 'pass' : 'FAIL'} (CPU time grows with the machine's load)`);
  if (other !== undefined) {
    const ratio = (pick: (s: Sample) => number) => median(mine.map((s, i) => pick(s) / pick(theirs[i]))).toFixed(2);
    console.log(`  against ${AGAINST}: ${line(theirs)}; ratios (median of pairs) CPU ${ratio((s) => s.cpuMs)}, peak RSS ${ratio((s) => s.maxRssMB)}`);
  }
}

/** `coursepack --help` and `coursepack build` as a user runs them; paired with BENCH_AGAINST when given. */
function printWholeProcess(root: string, courseDir: string): void {
  console.log(`\nWhole process (wall ms, Node start-up and module loading included; median of ${RUNS} runs; ${load()})`);
  if (AGAINST === undefined) {
    for (const row of measureWholeProcess(root, courseDir, RUNS)) console.log(`  ${row.name.padEnd(42)} ${row.medianMs.toFixed(0)} ms`);
  } else {
    printPaired(measurePaired(root, path.resolve(AGAINST), courseDir, RUNS));
  }
  console.log(`  targets on an idle 2-core machine: --help ≤ 80 ms, build ≤ 350 ms (${load()} now)`);
}

async function printFirstText(courseDir: string): Promise<void> {
  const result = await measureFirstText(courseDir);
  console.log(`\nFirst lesson text in Chromium, CPU throttled ${result.rate}× (lesson ${result.lesson}, median of ${result.runs} page loads; ${load()})`);
  console.log(`  first contentful paint ${result.paintMs.toFixed(0)} ms, first screen shown by the player ${result.shownMs.toFixed(0)} ms ` +
    `(target ≤ 250 ms: ${Math.max(result.paintMs, result.shownMs) <= 250 ? 'pass' : 'FAIL'})`);
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const courseDir = path.join(root, 'course');
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'coursepack-bench-'));
  try {
    const scaledDir = path.join(scratch, 'x10');
    await writeScaledCourse(courseDir, 10, scaledDir);
    const rows = [await measure('course/', courseDir), await measure('course/ ×10 (generated)', scaledDir)];
    for (const extra of process.argv.slice(2)) rows.push(await measure(extra, path.resolve(extra)));
    printRows(rows);
    printStages(rows);
    const [one, ten] = rows;
    const timeRatio = ten.medianMs / one.medianMs;
    const wordRatio = ten.words / one.words;
    console.log(`\nGrowth: ${wordRatio.toFixed(1)}× the words took ${timeRatio.toFixed(2)}× the time ` +
      `(${((one.medianMs / one.words) * 1000).toFixed(1)} vs ${((ten.medianMs / ten.words) * 1000).toFixed(1)} µs per word): ` +
      (timeRatio <= wordRatio * 1.2 ? 'linear or better' : 'WORSE than linear'));
    printTargets(one, timeRatio <= wordRatio * 1.2);
    const manyDir = path.join(scratch, `x${MANY_FACTOR}`);
    await writeScaledCourse(courseDir, MANY_FACTOR, manyDir, { distinct: true });
    await printManyLessons(courseDir, manyDir);
    printWholeProcess(root, courseDir);
    if (BROWSER) await printFirstText(courseDir);
    await printBundles();
    console.log('\nDEFLATE level (every distinct text file of course/\'s zips, one thread; the zips use src/package/deflate-cache.ts DEFLATE_LEVEL)');
    const levels = await measureLevels(courseDir, [6, 9]);
    for (const row of levels) console.log(`  level ${row.level}: ${(row.bytes / 1024).toFixed(1)} KB in ${row.ms.toFixed(0)} ms`);
    const quiz = await measureQuizGeneration(courseDir, QUIZ_RUNS);
    console.log(`\nQuiz generation (coursepack quiz generate's generateBanks over course/, median of ${quiz.runs} runs in this process): ` +
      `${quiz.medianMs.toFixed(0)} ms for ${quiz.items} items`);
    const docx = await measureDocxImport(courseDir, DOCX_RUNS);
    console.log(`\nWord import (coursepack import of a generated ${docx.words}-word .docx, ${docx.megabytes.toFixed(1)} MB, with ${docx.images} images, ` +
      `written to disk; median of ${docx.runs} runs in this process): ${docx.medianMs.toFixed(0)} ms ` +
      `(target under 2000 ms: ${docx.medianMs < 2000 ? 'pass' : 'FAIL'})`);
    printStudio(await measureStudio(root, RUNS));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
