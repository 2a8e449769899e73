import { formatScorm12Time } from '../../../src/player/lms/session-time';

describe('SCORM 1.2 session time', () => {
  it.each([
    [0, '0000:00:00.00'],
    [1_234, '0000:00:01.23'],
    [999.6, '0000:00:01.00'],
    [61_500, '0000:01:01.50'],
    [3 * 3600_000 + 5 * 60_000 + 7_000, '0003:05:07.00'],
    [-5, '0000:00:00.00'],
    [Number.NaN, '0000:00:00.00'],
    [20_000 * 3600_000, '9999:59:59.99'],
  ])('formats %p ms as %s', (milliseconds, expected) => {
    expect(formatScorm12Time(milliseconds)).toBe(expected);
  });

  it('always matches CMITimespan', () => {
    for (const ms of [5, 59_999, 3_599_999, 36_000_000]) {
      expect(formatScorm12Time(ms)).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
    }
  });
});
