/**
 * `coursepack studio` (issue 14): how long the studio takes to start (the process spawned until
 * the URL is printed and the course map answers), and how long after a lesson file is saved the
 * open page in Chromium has been built again with the new text (the watcher, the reload of the
 * course, the server-sent event, the page's fetch and render). Targets: start under 1 s, a
 * lesson edit to a refreshed page under 300 ms. Runs on a copy of course/ and quizzes/.
 *
 *   node dist/bench/studio.js      # BENCH_STUDIO_RUNS runs (default 7)
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStudio } from '../src/studio/server';
import { median } from './startup';

export interface StudioFigures {
  readonly startMs: readonly number[];
  /** A lesson with no cloze item (s1-1): its page needs no analysis of the whole course text. */
  readonly refreshMs: readonly number[];
  /** A lesson with a cloze item (s1-3): its wrong options are checked against the whole text, the edited lesson read again against it. */
  readonly refreshClozeMs: readonly number[];
}

export async function measureStudio(root: string, runs: number): Promise<StudioFigures> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'coursepack-bench-studio-'));
  try {
    cpSync(path.join(root, 'course'), path.join(scratch, 'course'), { recursive: true });
    cpSync(path.join(root, 'quizzes'), path.join(scratch, 'quizzes'), { recursive: true });
    const courseDir = path.join(scratch, 'course');
    const startMs: number[] = [];
    for (let run = 0; run < runs; run++) startMs.push(await startOnce(root, courseDir));
    return { startMs, refreshMs: await refreshes(courseDir, runs, 's1-1', '02-s1-1.md'), refreshClozeMs: await refreshes(courseDir, runs, 's1-3', '04-s1-3.md') };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** Spawn to a course map answered, in wall milliseconds; the process is stopped after. */
async function startOnce(root: string, courseDir: string): Promise<number> {
  const port = await freePort();
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [path.join(root, 'bin', 'coursepack.js'), 'studio', '--course', courseDir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`the studio did not start in 20 s: ${out}`)), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /http:\/\/\S+\//.exec(out);
        if (found) {
          clearTimeout(timer);
          resolve(found[0]);
        }
      });
      child.on('exit', (code) => reject(new Error(`the studio exited with ${code}`)));
    });
    const map = await fetch(`${url}api/map`);
    if (!map.ok) throw new Error(`the course map answered ${map.status}`);
    await map.json();
    return Number(process.hrtime.bigint() - start) / 1e6;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
  }
}

/** Lesson file written → the review page's text shows the new sentence, `runs` times. */
async function refreshes(courseDir: string, runs: number, lessonId: string, fileName: string): Promise<number[]> {
  const studio = await startStudio({ courseDir, port: 0 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
  try {
    // The studio's CSP forbids eval, which waitForFunction uses.
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${studio.url}#/review/${lessonId}`);
    await page.getByRole('heading', { name: /^Item 1 of/ }).waitFor();
    const lesson = path.join(courseDir, 'chapters', fileName);
    const original = readFileSync(lesson, 'utf8');
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const marker = `Бенчмарк сөйлемі ${run}.`;
      // A string, run in the page: the bench compiles without the DOM types.
      const shown = page.waitForFunction(`document.querySelector('.source')?.textContent?.includes(${JSON.stringify(marker)}) === true`, undefined, { polling: 'raf', timeout: 10_000 });
      const start = process.hrtime.bigint();
      writeFileSync(lesson, `${original}\n${marker}\n`);
      await shown;
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    return times;
  } finally {
    await browser.close();
    await studio.close();
  }
}

export function printStudio(figures: StudioFigures): void {
  const start = median(figures.startMs);
  const refresh = median(figures.refreshMs);
  console.log(`\nStudio (coursepack studio on a copy of course/; median of ${figures.startMs.length} runs, load average ${os.loadavg()[0].toFixed(1)})`);
  console.log(`  start, spawn to course map answered:   ${start.toFixed(0)} ms (max ${Math.max(...figures.startMs).toFixed(0)}; target under 1000 ms: ${start < 1000 ? 'pass' : 'FAIL'})`);
  console.log(`  lesson saved to review page refreshed: ${refresh.toFixed(0)} ms (max ${Math.max(...figures.refreshMs).toFixed(0)}; target under 300 ms: ${refresh < 300 ? 'pass' : 'FAIL'})`);
  const cloze = median(figures.refreshClozeMs);
  console.log(`    the same for a lesson with a cloze:  ${cloze.toFixed(0)} ms (max ${Math.max(...figures.refreshClozeMs).toFixed(0)}; target under 300 ms: ${cloze < 300 ? 'pass' : 'FAIL'}; its checks read the edited lesson again against the whole text)`);
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  void measureStudio(root, Number(process.env.BENCH_STUDIO_RUNS ?? 7)).then(printStudio);
}
