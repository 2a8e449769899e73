/**
 * Between the stages of a report (reading, analysing, rendering, writing) the garbage of the last
 * stage is collected (src/report/sources/xapi/collect.ts, src/report/index.ts), so that the next
 * stage does not grow its tables on top of it.
 */
import { collectGarbage } from '../../src/report/sources/xapi/collect';

describe('a full collection between stages', () => {
  it('calls the collector once, and nothing where there is none', () => {
    let collections = 0;
    collectGarbage(() => () => {
      collections += 1;
    });
    expect(collections).toBe(1);
    expect(() => collectGarbage(() => null)).not.toThrow();
  });

  it('frees the last stage\'s garbage with V8\'s own collector', () => {
    const before = process.memoryUsage().heapUsed;
    let garbage: unknown[] | null = Array.from({ length: 200_000 }, (_, index) => ({ index, text: `row ${index}` }));
    expect(garbage.length).toBe(200_000);
    garbage = null;
    collectGarbage();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before + 5_000_000);
  });
});
