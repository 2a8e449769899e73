/**
 * The record tables of src/report/records/: strings numbered once, every kind of record read back
 * equal to what was added (odd timestamps, null scores, empty and missing option lists) across
 * the columns' growth, rows replaced in place, and the record set's rows across a list and tables.
 */
import type { AnswerRecord, TrackRecord } from '../../../src/report/model';
import { ofLessons, recordList, recordsOf } from '../../../src/report/records/record-set';
import { RecordTable } from '../../../src/report/records/record-table';
import { StringTable } from '../../../src/report/records/string-table';

describe('StringTable', () => {
  it('numbers each string once, in order of first sight, and gives it back', () => {
    const strings = new StringTable();
    expect(['b', 'a', 'b', '', 'a'].map((text) => strings.id(text))).toEqual([0, 1, 0, 2, 1]);
    expect([0, 1, 2].map((id) => strings.text(id))).toEqual(['b', 'a', '']);
    expect(strings.size).toBe(3);
    expect(() => strings.text(3)).toThrow('No string numbered 3 (3 kept).');
  });
});

const answer = (overrides: Partial<AnswerRecord> = {}): AnswerRecord => ({
  kind: 'answer',
  learner: 'mailto:a@example.edu',
  lesson: 'orgs',
  timestamp: '2025-09-01T08:00:05.000Z',
  item: 'orgs-sco',
  attempt: 'reg-1#orgs#1',
  attemptNumber: 1,
  sequence: 7,
  chosen: ['a', 'c'],
  response: 'a[,]c',
  score: 0.5,
  ...overrides,
});

/** One of every kind, with the values a column could get wrong. */
const SAMPLES: readonly TrackRecord[] = [
  { kind: 'visit', learner: 'mailto:a@example.edu', lesson: 'intro', timestamp: '2025-09-01T08:00:00.000Z' },
  { kind: 'visit', learner: 'mailto:a@example.edu', lesson: 'intro', timestamp: null },
  { kind: 'completed', learner: 'mailto:b@example.edu', lesson: 'intro', timestamp: '2025-09-01T10:00:00+05:00' },
  { kind: 'completed', learner: 'mailto:b@example.edu', lesson: 'intro', timestamp: '2025-09-01T08:00:00Z' },
  { kind: 'completed', learner: 'x', lesson: 'intro', timestamp: 'not a time' },
  { kind: 'verdict', learner: 'x', lesson: 'orgs', timestamp: '2025-09-01T08:00:00.000Z', verdict: 'passed', score: 87.5 },
  { kind: 'verdict', learner: 'x', lesson: 'orgs', timestamp: '2025-09-01T08:00:00.000Z', verdict: 'failed', score: null },
  { kind: 'time', learner: 'x', lesson: 'orgs', timestamp: '1969-12-31T23:59:59.999Z', session: 'reg-1', measure: 'session', durationMs: 90_500.25 },
  { kind: 'time', learner: 'x', lesson: 'orgs', timestamp: null, session: 'none', measure: 'screen', durationMs: 0 },
  answer(),
  answer({ chosen: null, response: '1[,]2', score: 1, attemptNumber: 3, sequence: 2 ** 40 }),
  answer({ chosen: [], response: '', score: 0 }),
  answer({ chosen: [''], response: '', timestamp: '2025-09-01T08:00:05.000+00:00' }),
  { kind: 'screens', learner: 'x', lesson: 'orgs', timestamp: '2025-09-01T08:00:00.000Z', screenCount: 9, visited: [0, 1, 5] },
  { kind: 'screens', learner: 'x', lesson: 'orgs', timestamp: null, screenCount: 0, visited: [] },
];

describe('RecordTable', () => {
  it('reads every kind of record back equal to the one added, odd timestamps spelt as given', () => {
    const table = new RecordTable();
    const rows = SAMPLES.map((record) => table.add(record));
    expect(rows).toEqual(SAMPLES.map((_, i) => i));
    expect(SAMPLES.map((_, row) => table.get(row))).toEqual(SAMPLES);
    expect(table.timestamp(2)).toBe('2025-09-01T10:00:00+05:00');
    expect(table.timestamp(1)).toBeNull();
  });

  it('keeps equal option lists once and tells [] from [""] and from none', () => {
    const table = new RecordTable();
    const rows = [answer(), answer({ learner: 'other' }), answer({ chosen: [] }), answer({ chosen: [''] }), answer({ chosen: null })].map((record) => table.add(record));
    const chosen = rows.map((row) => (table.get(row) as AnswerRecord).chosen);
    expect(chosen[0]).toBe(chosen[1]);
    expect(chosen.slice(2)).toEqual([[], [''], null]);
  });

  it('grows past its first columns without losing a row', () => {
    const table = new RecordTable();
    const records = Array.from({ length: 5_000 }, (_, i) =>
      answer({ learner: `mailto:l${i % 97}@example.edu`, item: `q${i % 13}`, sequence: i, score: (i % 4) / 4, timestamp: new Date(Date.UTC(2025, 8, 1) + i * 1000).toISOString() }),
    );
    records.forEach((record) => table.add(record));
    expect(table.size).toBe(5_000);
    const back: TrackRecord[] = [];
    const rows: number[] = [];
    table.forEach((record, row) => {
      back.push(record);
      rows.push(row);
    });
    expect(back).toEqual(records);
    expect(rows).toEqual(records.map((_, i) => i));
  });

  it('replaces a row in place and reads an answer\'s credit alone', () => {
    const table = new RecordTable();
    table.add(SAMPLES[0]!);
    const row = table.add(answer());
    table.replace(0, SAMPLES[7]!);
    expect(table.get(0)).toEqual(SAMPLES[7]);
    expect(table.credit(row)).toEqual({ learner: 'mailto:a@example.edu', lesson: 'orgs', score: 0.5, chosen: ['a', 'c'] });
    expect(() => table.credit(0)).toThrow('Row 0 is not an answer.');
    expect(() => table.get(2)).toThrow('No row 2 (2 rows).');
  });

  it('shares one string table between tables', () => {
    const strings = new StringTable();
    const [one, two] = [new RecordTable(strings), new RecordTable(strings)];
    one.add(SAMPLES[0]!);
    two.add(SAMPLES[0]!);
    expect(strings.size).toBe(2);
    expect(two.get(0)).toEqual(SAMPLES[0]);
  });
});

describe('record sets', () => {
  it('number rows across the list and the tables, in that order, and filter by lesson keeping the rows', () => {
    const [first, second] = [new RecordTable(), new RecordTable()];
    first.add(SAMPLES[0]!);
    first.add(answer({ lesson: 'intro' }));
    second.add(answer());
    const set = recordsOf({ records: [answer({ learner: 'list' }), SAMPLES[5]!], tables: [first, second] });
    const seen: [string, number][] = [];
    set.forEach((record, row) => seen.push([record.kind, row]));
    expect(seen).toEqual([['answer', 0], ['verdict', 1], ['visit', 2], ['answer', 3], ['answer', 4]]);
    expect(set.answer(0).learner).toBe('list');
    expect(set.answer(3).lesson).toBe('intro');
    expect(set.credit(4)).toEqual({ learner: 'mailto:a@example.edu', lesson: 'orgs', score: 0.5, chosen: ['a', 'c'] });
    expect(() => set.answer(1)).toThrow('Row 1 is not an answer.');
    const orgs: number[] = [];
    ofLessons(set, new Set(['orgs'])).forEach((_, row) => orgs.push(row));
    expect(orgs).toEqual([0, 1, 4]);
    expect(recordList(set)).toHaveLength(5);
  });
});
