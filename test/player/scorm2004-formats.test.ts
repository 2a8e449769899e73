import { formatIsoDuration } from '../../src/player/lms/scorm2004/duration';
import { formatIsoTimestamp } from '../../src/player/lms/scorm2004/timestamp';
import { formatReal } from '../../src/player/lms/scorm2004/numbers';
import { describe as describeQuestion } from '../../src/player/lms/scorm2004/interactions';
import { TIME, TIMEINTERVAL } from './scorm2004-fake-api';

describe('SCORM 2004 value formats', () => {
  it('writes durations as ISO 8601 timeintervals with at most two decimals of seconds', () => {
    expect(formatIsoDuration(0)).toBe('PT0S');
    expect(formatIsoDuration(-5)).toBe('PT0S');
    expect(formatIsoDuration(Number.NaN)).toBe('PT0S');
    expect(formatIsoDuration(3_450)).toBe('PT3.45S');
    expect(formatIsoDuration(3_456)).toBe('PT3.46S');
    expect(formatIsoDuration(60_000)).toBe('PT1M');
    expect(formatIsoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(formatIsoDuration(26 * 3_600_000)).toBe('PT26H');
    expect(formatIsoDuration(59_999)).toBe('PT1M'); // rounding carries into the minutes
    for (const ms of [0, 1, 999, 59_995, 3_600_000, 123_456_789]) expect(formatIsoDuration(ms)).toMatch(TIMEINTERVAL);
  });

  it('writes timestamps in UTC with seconds and a fraction before the zone, as the time type requires', () => {
    expect(formatIsoTimestamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 60)))).toBe('2026-01-02T03:04:05.06Z');
    expect(formatIsoTimestamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 0)))).toMatch(TIME);
  });

  it('writes reals without exponent or float noise', () => {
    expect(formatReal(0.6667000000000001)).toBe('0.6667');
    expect(formatReal(1e-7)).toBe('0.0000001');
    expect(formatReal(100)).toBe('100');
    expect(formatReal(-0)).toBe('0');
    expect(formatReal(2 / 3, 4)).toBe('0.6667');
  });

  it('keeps question texts within 250 UTF-16 units without cutting a character in two', () => {
    expect(describeQuestion('  Сұрақ\n  мәтіні  ')).toBe('Сұрақ мәтіні');
    const emoji = '😀'.repeat(200);
    const cut = describeQuestion(emoji);
    expect(cut.length).toBeLessThanOrEqual(250);
    expect(cut).toBe(`${'😀'.repeat(124)}…`);
    expect(describeQuestion('{lang=en} text')).toBe(' {lang=en} text');
  });
});
