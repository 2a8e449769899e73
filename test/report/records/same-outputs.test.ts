/**
 * The LRS source keeps its records in tables (src/report/records/); the report made from them
 * must be byte for byte the report made from the same statements' records held as a list of
 * objects, as the source kept them before (and the Moodle sources still do): progress.csv,
 * items.csv, options.csv, funnel.csv, report.html and the terminal summary. The list is made
 * here the way the source made it before the tables: each statement parsed, one visit per
 * learner and lesson (the latest), durations summed per session and measure.
 */
import { join } from 'node:path';
import { loadCourse } from '../../../src/load/index';
import { loadBanks } from '../../../src/quiz/bank/select';
import { analyse } from '../../../src/report/analysis/index';
import { reportInput } from '../../../src/report/analysis/input';
import { lessonRefs } from '../../../src/report/index';
import type { TimeRecord, TrackingData, TrackRecord } from '../../../src/report/model';
import { compareTimes } from '../../../src/report/analysis/stats';
import { parseStatement } from '../../../src/report/sources/xapi/parse-statement';
import { csvFiles } from '../../../src/report/outputs/csv';
import { reportHtml } from '../../../src/report/outputs/html/page';
import { terminalSummary } from '../../../src/report/outputs/terminal';
import { recordList, recordsOf } from '../../../src/report/records/record-set';
import { trackingFromStatements } from '../../../src/report/sources/xapi/index';
import { simulate } from '../simulate';

const FIXTURE = join(__dirname, '../../fixtures/report');
const IRI = 'https://courses.example.edu/report-course';

/** The records as a list of objects, kept as the LRS source kept them before its tables. */
function listedRecords(statements: readonly { id?: string }[]): TrackRecord[] {
  const visits = new Map<string, TrackRecord>();
  const times = new Map<string, TimeRecord>();
  const others: TrackRecord[] = [];
  const later = (a: string | null, b: string | null) => a !== null && (b === null || compareTimes(a, b) > 0);
  const ids = new Set<string>();
  let sequence = 0;
  for (const statement of statements) {
    if (typeof statement.id === 'string' && ids.has(statement.id.toLowerCase())) continue;
    if (typeof statement.id === 'string') ids.add(statement.id.toLowerCase());
    const parsed = parseStatement(statement, IRI, sequence);
    sequence += 1;
    if (parsed.kind === 'skipped') continue;
    for (const record of parsed.records) {
      const cell = `${record.learner}\u0000${record.lesson}`;
      if (record.kind === 'visit') {
        if (!visits.has(cell) || later(record.timestamp, visits.get(cell)!.timestamp)) visits.set(cell, record);
      } else if (record.kind === 'time') {
        const key = `${cell}\u0000${record.session}\u0000${record.measure}`;
        const earlier = times.get(key);
        const timestamp = earlier === undefined || later(record.timestamp, earlier.timestamp) ? record.timestamp : earlier.timestamp;
        times.set(key, { ...record, timestamp, durationMs: (earlier?.durationMs ?? 0) + record.durationMs });
      } else {
        others.push(record);
      }
    }
  }
  return [...visits.values(), ...others, ...times.values()];
}

test('the report from record tables equals the report from the same records as a list', async () => {
  const { course } = await loadCourse(join(FIXTURE, 'course'));
  const { banks } = await loadBanks(course!, join(FIXTURE, 'quizzes'));
  const lesson = course!.lessons.find((entry) => entry.id === 'orgs')!;
  // Timestamps spelt otherwise than toISOString does, or missing, now and then: kept as text.
  const statements = simulate(course!, lesson, banks.get('orgs')!.items, 150, 15).statements.map((statement, i) => {
    const timestamp = statement.timestamp as string;
    if (i % 23 === 0) return { ...statement, timestamp: undefined };
    return i % 17 === 0 ? { ...statement, timestamp: timestamp.replace(/\.\d{3}Z$/, '+00:00') } : statement;
  });
  const source = { kind: 'xapi' as const, endpoint: 'https://lrs.example.edu/xAPI/', filters: { activity: IRI }, statements: statements.length, pages: 3 };
  const { tables, ...rest } = trackingFromStatements(statements, IRI);
  const fromTables: TrackingData = { ...rest, tables: tables!, source };
  const fromList: TrackingData = { ...rest, records: listedRecords(statements), source };
  expect(fromTables.records).toHaveLength(0);
  expect(fromList.records.length).toBeGreaterThan(1000);
  expect(recordList(recordsOf(fromTables))).toEqual(fromList.records);

  const outputs = (data: TrackingData) => {
    const analysis = analyse(reportInput(data, lessonRefs(course!), banks), { now: new Date('2025-10-01') });
    const meta = { courseTitle: 'Report course', language: course!.language, source };
    return { ...csvFiles(analysis), 'report.html': reportHtml(analysis, meta), terminal: terminalSummary(analysis, meta, ['progress.csv']) };
  };
  const [tablesOut, listOut] = [outputs(fromTables), outputs(fromList)];
  expect(tablesOut['progress.csv'].split('\r\n').length).toBeGreaterThan(150);
  expect(tablesOut['items.csv']).toContain('orgs-sco');
  for (const name of Object.keys(listOut) as (keyof typeof listOut)[]) expect(tablesOut[name]).toBe(listOut[name]);
});
