/**
 * First lesson text visible in Chromium under a 4× CPU throttle (issue 18; opt-in, needs Debian's
 * /usr/bin/chromium): builds course/'s SCORM 1.2 packages, opens the first lesson's page of its
 * lesson zip from a local server (no LMS: the player runs stand-alone), and prints, as medians,
 * when the first screen's text is painted (first contentful paint) and when the player has shown
 * it (the first screen visible with its text, the others hidden), from the start of navigation.
 *
 *   node dist/bench/first-text.js             # BENCH_FIRST_TEXT_RUNS runs (default 7), rate 4
 *   BENCH_CPU_THROTTLE=1 node dist/bench/first-text.js
 *   BENCH_FIRST_TEXT_TRACE=1 node dist/bench/first-text.js
 *
 * With BENCH_FIRST_TEXT_TRACE=1 each load is also traced (bench/first-text-trace.ts) and the
 * medians of where the time went are printed, with the layout shifts the page had after its first
 * contentful paint; tracing adds its own cost, so the times of that mode run a little longer.
 */
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { chromium } from 'playwright-core';
import { buildCourse } from '../src/build';
import { firstTextPhases, TRACE_CATEGORIES, type FirstTextPhases, type TraceEvent } from './first-text-trace';

const RUNS = Number(process.env.BENCH_FIRST_TEXT_RUNS ?? 7);
const RATE = Number(process.env.BENCH_CPU_THROTTLE ?? 4);
const TRACE = process.env.BENCH_FIRST_TEXT_TRACE === '1';
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Runs in the page before its scripts: the time the first screen is shown with its text. */
const WATCH = `
  (() => {
    const look = () => {
      const first = document.querySelector('section.cp-screen[data-cp-screen="0"]');
      const others = document.querySelectorAll('section.cp-screen:not([hidden])');
      if (first && !first.hidden && others.length === 1 && first.innerText.trim().length > 0) {
        window.__cpShown = performance.now();
        return;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  })();`;

/** Traced runs only: the layout shifts after the first paint (the player's own changes to the page). */
const SHIFTS = `
  window.__cpShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cpShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Serves the files of a zip from memory. */
async function serveZip(bytes: Buffer): Promise<{ server: Server; port: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) files.set(name, await entry.async('nodebuffer'));
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml' };
  const server = createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '/').split('?')[0].slice(1));
    const body = files.get(name);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(name)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address !== null ? address.port : 0 };
}

export interface FirstTextResult {
  readonly paintMs: number;
  readonly shownMs: number;
  readonly lesson: string;
  readonly runs: number;
  readonly rate: number;
  /** Traced runs only: each load's phases, and its layout shift after the first paint. */
  readonly phases: readonly FirstTextPhases[];
  readonly shifts: readonly number[];
}

export async function measureFirstText(courseDir: string, runs = RUNS, rate = RATE, trace = TRACE): Promise<FirstTextResult> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'coursepack-first-text-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  let served: { server: Server; port: number } | undefined;
  try {
    const report = await buildCourse({ courseDir, outDir: path.join(scratch, 'build'), formats: ['scorm12'] });
    const lessonZip = report.packages.find((pkg) => pkg.path.startsWith('scorm12/lessons/'));
    if (lessonZip === undefined) throw new Error('the build wrote no lesson package');
    const lesson = path.basename(lessonZip.path, '.zip');
    served = await serveZip(await readFile(path.join(scratch, 'build', ...lessonZip.path.split('/'))));
    const paints: number[] = [];
    const shown: number[] = [];
    const phases: FirstTextPhases[] = [];
    const shifts: number[] = [];
    const pagePath = `/lessons/${lesson}/index.html`;
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.addInitScript(WATCH);
      if (trace) {
        await page.addInitScript(SHIFTS);
        await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      }
      await page.goto(`http://127.0.0.1:${served.port}${pagePath}`, { waitUntil: 'load' });
      // Strings: this tsconfig has no DOM types.
      await page.waitForFunction('window.__cpShown !== undefined', undefined, { timeout: 30_000 });
      const times = (await page.evaluate(`({ shown: window.__cpShown, paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN })`)) as { shown: number; paint: number };
      paints.push(times.paint);
      shown.push(times.shown);
      if (trace) {
        // The player's start-up may come after the paint: give it time to show its changes.
        await page.waitForTimeout(500);
        shifts.push((await page.evaluate('window.__cpShift')) as number);
        const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
        const found = firstTextPhases(events, pagePath);
        if (found !== null) phases.push(found);
      }
      await context.close();
    }
    return { paintMs: median(paints), shownMs: median(shown), lesson, runs, rate, phases, shifts };
  } finally {
    served?.server.close();
    await browser.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The traced loads' medians, one line per part of the way to the first contentful paint. */
export function phaseLines(phases: readonly FirstTextPhases[], shifts: readonly number[]): string[] {
  const at = (pick: (phase: FirstTextPhases) => number): string => median(phases.map(pick)).toFixed(0);
  const tenths = (pick: (phase: FirstTextPhases) => number): string => median(phases.map(pick)).toFixed(1);
  const before = phases.filter((phase) => phase.playerBeforePaint > 0).length;
  return [
    `  traced (${phases.length} loads, medians, throttled ms from the navigation's start): first contentful paint ${at((p) => p.fcp)}; page requested at ${at((p) => p.requestSent)}, parsing from ${at((p) => p.parseStart)}`,
    `  main thread before it: parse ${tenths((p) => p.parse)}, style ${tenths((p) => p.style)}, layout ${tenths((p) => p.layout)}, paint ${tenths((p) => p.paint)}; then ${tenths((p) => p.present)} until shown`,
    `  font look-ups in style and layout: ${at((p) => p.fontFamilyLookups)} families (${tenths((p) => p.fontFamilyMs)} ms), ${at((p) => p.fontStrikeLookups)} sizes (${tenths((p) => p.fontStrikeMs)} ms)`,
    `  the player started before the first paint in ${before} of ${phases.length} loads (${tenths((p) => p.playerBeforePaint)} ms median); layout shift after it ${median(shifts).toFixed(3)} (median)`,
  ];
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  measureFirstText(path.join(root, 'course')).then((result) => {
    console.log(`First lesson text in Chromium, CPU throttled ${result.rate}× (lesson ${result.lesson}, median of ${result.runs} page loads, load average ${os.loadavg()[0].toFixed(1)}):`);
    console.log(`  first contentful paint ${result.paintMs.toFixed(0)} ms, first screen shown by the player ${result.shownMs.toFixed(0)} ms (target ≤ 250 ms: ${Math.max(result.paintMs, result.shownMs) <= 250 ? 'pass' : 'FAIL'})`);
    if (result.phases.length > 0) for (const line of phaseLines(result.phases, result.shifts)) console.log(line);
  }, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
