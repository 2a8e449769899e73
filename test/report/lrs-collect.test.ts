/**
 * Reading an LRS collects garbage every so many statements (src/report/sources/xapi/collect.ts):
 * each page's JSON text would otherwise pile up in V8's large-object space.
 */
import { collectEvery } from '../../src/report/sources/xapi/collect';

describe('full collections while an LRS is read', () => {
  it('come once per so many statements read, not per page', () => {
    let collections = 0;
    const collect = collectEvery(1000, () => () => { collections += 1; });
    for (const read of [300, 600, 900, 1200, 1500, 1800, 2100, 2400]) collect(read);
    expect(collections).toBe(2); // at 1,200 and then at 2,400 (1,200 + 1,000 reached)
  });

  it('reach V8\'s own collector in Node', () => {
    const before = process.memoryUsage().heapUsed;
    let garbage: unknown[] | null = Array.from({ length: 200_000 }, (_, index) => ({ index }));
    expect(garbage.length).toBe(200_000);
    garbage = null;
    collectEvery(1)(1);
    expect(process.memoryUsage().heapUsed).toBeLessThan(before + 5_000_000);
  });
});
