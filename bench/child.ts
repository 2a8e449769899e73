/**
 * One measured build, run in its own process so that its peak memory (max RSS) is its own.
 * Prints one JSON line: { ms, cpuMs, systemMs, maxRssMB, packages, bytes, stages } (stages: ms per build stage, from BuildReport;
 * systemMs: the kernel's part of cpuMs, mostly writing the zips, which the machine's disk load sways).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCourse } from '../src/build';

async function main(): Promise<void> {
  const courseDir = process.argv[2];
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'coursepack-bench-out-'));
  try {
    const before = process.resourceUsage();
    const cpuBefore = (before.userCPUTime + before.systemCPUTime) / 1000;
    const systemBefore = before.systemCPUTime / 1000;
    const start = performance.now();
    const report = await buildCourse({ courseDir, outDir });
    const ms = performance.now() - start;
    const usage = process.resourceUsage();
    const maxRssMB = usage.maxRSS / 1024;
    // Main thread and libuv's threads together, minus what the process had used before the build.
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000 - cpuBefore;
    const systemMs = usage.systemCPUTime / 1000 - systemBefore;
    const bytes = report.packages.reduce((sum, p) => sum + p.bytes, 0);
    const stages = Object.fromEntries(report.timings.map((timing) => [timing.stage, timing.ms]));
    process.stdout.write(`${JSON.stringify({ ms, cpuMs, systemMs, maxRssMB, packages: report.packages.length, bytes, stages })}\n`);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
