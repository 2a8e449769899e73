/**
 * Whole-process wall time (issue 18): `coursepack --help` and `coursepack build` of a course as a
 * user runs them, Node's start-up and module loading included.
 *
 *   node dist/bench/startup.js                       # this checkout, BENCH_STARTUP_RUNS runs (default 9)
 *   node dist/bench/startup.js --against <root>      # paired, alternating runs against another
 *                                                    # compiled checkout (e.g. the commit before)
 *
 * Paired runs alternate the two checkouts so that a loaded machine slows both alike; the figures
 * are medians and the median of the per-pair ratios.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Command {
  readonly name: string;
  readonly args: (outDir: string) => string[];
}

export function startupCommands(courseDir: string): Command[] {
  return [
    { name: 'coursepack --help', args: () => ['--help'] },
    { name: 'coursepack build (course/, every format)', args: (outDir) => ['build', '--course', courseDir, '--out', outDir, '--quiet'] },
  ];
}

/** Wall milliseconds of one run of `bin/coursepack.js` of the checkout at `root`. */
export function wallMs(root: string, args: string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'coursepack.js'), ...args], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`coursepack ${args.join(' ')} in ${root} exited ${run.status}: ${run.stderr}`);
  return ms;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall ms of each command, `runs` fresh processes each. */
export function measureWholeProcess(root: string, courseDir: string, runs: number): Array<{ name: string; medianMs: number }> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'coursepack-startup-'));
  try {
    return startupCommands(courseDir).map((command) => {
      const times = Array.from({ length: runs }, (_, i) => wallMs(root, command.args(path.join(scratch, `out-${i}`))));
      return { name: command.name, medianMs: median(times) };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export interface PairedRow {
  readonly name: string;
  readonly thisMs: number;
  readonly otherMs: number;
  /** Median of the per-pair ratios this / other. */
  readonly ratio: number;
}

/** Each command run `runs` times in alternating pairs with the checkout at `other`. */
export function measurePaired(root: string, other: string, courseDir: string, runs: number): PairedRow[] {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'coursepack-startup-'));
  try {
    return startupCommands(courseDir).map((command) => {
      const mine: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < runs; i++) {
        // Alternate which goes first so neither always runs on a warmer cache.
        const order = i % 2 === 0 ? [root, other] : [other, root];
        for (const which of order) {
          const ms = wallMs(which, command.args(path.join(scratch, `${which === root ? 'this' : 'other'}-${i}`)));
          (which === root ? mine : theirs).push(ms);
        }
      }
      return { name: command.name, thisMs: median(mine), otherMs: median(theirs), ratio: median(mine.map((ms, i) => ms / theirs[i])) };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function printPaired(rows: readonly PairedRow[]): void {
  console.log(`${'command'.padEnd(42)} ${'this ms'.padStart(8)} ${'other ms'.padStart(9)} ${'ratio'.padStart(6)}`);
  for (const row of rows) {
    console.log(`${row.name.padEnd(42)} ${row.thisMs.toFixed(0).padStart(8)} ${row.otherMs.toFixed(0).padStart(9)} ${row.ratio.toFixed(2).padStart(6)}`);
  }
}

function paired(root: string, other: string, courseDir: string, runs: number): void {
  console.log(`Whole process, ${runs} alternating pairs; this: ${root}, against: ${other}`);
  printPaired(measurePaired(root, other, courseDir, runs));
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 9);
  const courseDir = path.join(root, 'course');
  const against = process.argv.indexOf('--against');
  if (against >= 0) {
    paired(root, path.resolve(process.argv[against + 1]), courseDir, runs);
  } else {
    for (const row of measureWholeProcess(root, courseDir, runs)) console.log(`${row.name.padEnd(42)} ${row.medianMs.toFixed(0)} ms`);
  }
  console.log(`load average: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}
