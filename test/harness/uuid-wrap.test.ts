/**
 * The LRS harness keeps statements posted for a paging test clear of a wrap of xapi-statements'
 * v1 ids (their first 8 hex digits, the low 32 bits of the time in 100-ns steps).
 */
import { secondsToUuidWrap } from './lrs';

describe('seconds to the next wrap of a v1 UUID\'s time_low', () => {
  it('at the Unix epoch, time_low is 0x13814000 (the UUID epoch offset 0x01B21DD213814000)', () => {
    expect(secondsToUuidWrap(0)).toBeCloseTo((2 ** 32 - 0x13814000) / 1e7, 4);
  });

  it('counts down with the clock and starts again at the period after a wrap', () => {
    const period = 2 ** 32 / 1e7;
    const wrap = secondsToUuidWrap(0) * 1000;
    expect(secondsToUuidWrap(wrap - 5000)).toBeCloseTo(5, 3);
    expect(secondsToUuidWrap(wrap + 1000)).toBeCloseTo(period - 1, 3);
  });
});
