/** The report's small parts whose mistakes a user would meet first: options, durations, Moodle dates, CSV quoting. */
import { UserError } from '../../src/diagnostics/errors';
import { authorizationHeader } from '../../src/report/sources/xapi/auth';
import { parseIsoDuration } from '../../src/report/sources/xapi/duration';
import { firstPageUrl } from '../../src/report/sources/xapi/query';
import { moodleDate } from '../../src/report/sources/moodle/rows';
import { parseDelimited } from '../../src/report/sources/moodle/delimited';
import { isoDuration } from '../../src/player/lms/xapi/duration';

const query = { endpoint: 'https://lrs.example.edu/data/xAPI', activity: 'https://c.example.edu/c', pageSize: 100 };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof UserError ? error.diagnostics[0].code : 'not a UserError';
  }
  return undefined;
}

describe('report options', () => {
  it('asks the course with related activities, oldest first, never by agent', () => {
    const url = new URL(firstPageUrl({ ...query, since: '2025-09-01', registration: '6F1C3C4E-2B7A-4F7E-9A53-0B9B7F0D7C11' }));
    expect(url.pathname).toBe('/data/xAPI/statements');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      activity: 'https://c.example.edu/c', related_activities: 'true', since: '2025-09-01T00:00:00Z',
      registration: '6f1c3c4e-2b7a-4f7e-9a53-0b9b7f0d7c11', ascending: 'true', limit: '100',
    });
  });

  it('refuses a since that is not a date, a registration that is not a UUID, and an endpoint that is not http(s)', () => {
    expect(codeOf(() => firstPageUrl({ ...query, since: 'last monday' }))).toBe('report/invalid-option');
    expect(codeOf(() => firstPageUrl({ ...query, registration: '12345' }))).toBe('report/invalid-option');
    expect(codeOf(() => firstPageUrl({ ...query, endpoint: 'ftp://lrs.example.edu/' }))).toBe('report/invalid-option');
  });

  it('turns key:secret into a Basic header and keeps a Basic value as it is', () => {
    expect(authorizationHeader('key:se:cret')).toBe(`Basic ${Buffer.from('key:se:cret').toString('base64')}`);
    expect(authorizationHeader('basic abc=')).toBe('Basic abc=');
    expect(codeOf(() => authorizationHeader('justapassword'))).toBe('report/invalid-option');
  });
});

describe('report readers', () => {
  it('reads back every duration the player writes', () => {
    for (const ms of [0, 990, 61_000, 3_723_450]) expect(parseIsoDuration(isoDuration(ms))).toBe(Math.round(ms / 10) * 10);
    expect(parseIsoDuration('P1DT1H')).toBe(25 * 3_600_000);
    expect(parseIsoDuration('PT')).toBeNull();
  });

  it('reads Moodle dates with and without the weekday, 12-hour clock', () => {
    expect(moodleDate('Monday, 1 September 2025, 12:05 AM')).toBe('2025-09-01T00:05');
    expect(moodleDate('1 September 2025, 12:05 PM')).toBe('2025-09-01T12:05');
    expect(moodleDate('-')).toBeNull();
  });

  it('reads quoted fields with tabs, quotes and line breaks, and drops a byte order mark', () => {
    expect(parseDelimited('\uFEFFa\t"b c"\t"say ""hi"""\r\n"x\ny"\t\t-\n')).toEqual([
      ['a', 'b c', 'say "hi"'],
      ['x\ny', '', '-'],
    ]);
    expect(parseDelimited('a;b\n1;2\n')).toEqual([['a', 'b'], ['1', '2']]);
  });
});
