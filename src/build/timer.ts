import { performance } from 'node:perf_hooks';
import type { StageName, StageTiming } from './report';

/** Collects how long each stage took; a stage timed twice adds up. */
export class StageTimer {
  private readonly totals = new Map<StageName, number>();

  async time<T>(stage: StageName, work: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.totals.set(stage, (this.totals.get(stage) ?? 0) + performance.now() - start);
    }
  }

  timings(): StageTiming[] {
    return [...this.totals].map(([stage, ms]) => ({ stage, ms: Math.round(ms * 10) / 10 }));
  }
}
