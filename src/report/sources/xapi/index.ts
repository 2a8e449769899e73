/** Source 1: the course's statements in an LRS, read page by page and turned into tracking records. */
import { diagnostic } from '../../../diagnostics/codes';
import { UserError } from '../../../diagnostics/errors';
import type { ItemInfo, LearnerRef, TimeRecord, TrackingData, TrackRecord } from '../../model';
import { compareTimes } from '../../analysis/stats';
import { authorizationHeader } from './auth';
import { RecordTable } from '../../records/record-table';
import { StringTable } from '../../records/string-table';
import { IdSet } from './id-set';
import type { Fetch } from './fetch-page';
import { parseStatement, SKIP_REASONS } from './parse-statement';
import { firstPageUrl, normalizeEndpoint, queryFilters, type StatementQuery } from './query';
import { readStatements, type ReadProgress } from './read-statements';

export interface XapiSourceOptions extends StatementQuery {
  /** `key:secret` or `Basic <token>`. */
  readonly auth: string;
  readonly maxPages?: number;
  readonly fetch?: Fetch;
  readonly onPage?: (progress: ReadProgress) => void;
}

export async function readXapiTracking(options: XapiSourceOptions): Promise<TrackingData> {
  const authorization = authorizationHeader(options.auth);
  const filters = queryFilters(options);
  const builder = trackingBuilder(options.activity);
  const read = await readStatements({
    firstUrl: firstPageUrl(options),
    authorization,
    consume: (statements) => statements.forEach(builder.add),
    ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.onPage === undefined ? {} : { onPage: options.onPage }),
  });
  const endpoint = normalizeEndpoint(options.endpoint).toString();
  if (read.statements === 0) throw noStatements(endpoint, filters);
  const tracking = builder.result();
  return {
    ...tracking,
    source: { kind: 'xapi', endpoint, filters, statements: read.statements, pages: read.pages, pagesOutOfOrder: read.pagesOutOfOrder, repeated: tracking.skipped[REPEATED] ?? 0 },
  };
}

/** Pure: statements (as the LRS gave them) to learners, records and item definitions. */
export function trackingFromStatements(statements: readonly unknown[], courseIri: string): Omit<TrackingData, 'source'> {
  const builder = trackingBuilder(courseIri);
  statements.forEach(builder.add);
  return builder.result();
}

/** The skip reason of a statement whose id came before (an LRS's paging repeated it). */
export const REPEATED = 'statements received twice (the LRS\'s paging repeated them)';

/**
 * Statements in, one at a time, records out: what is kept is the records, not the statements,
 * and of those only what the analysis reads, so that millions of statements fit in memory:
 * one visit per learner and lesson (the latest: a visit only says "started" and "last active"),
 * durations summed per session and measure, all of it in record tables (../../records/: columns
 * of numbers, each string kept once). The tables hold, in this order, the visits, the other
 * records in the statements' order, and the durations. A statement id seen before is skipped
 * (./id-set.ts).
 */
export function trackingBuilder(courseIri: string): { add: (statement: unknown) => void; result: () => Omit<TrackingData, 'source'> } {
  const learners = new Map<string, LearnerRef>();
  const items = new Map<string, ItemInfo>();
  const strings = new StringTable();
  const [visits, records, times] = [new RecordTable(strings), new RecordTable(strings), new RecordTable(strings)];
  // Rows of the visits and durations, by learner and lesson (and session and measure).
  const visitRows = new Map<string, number>();
  const timeRows = new Map<string, number>();
  const skipped: Record<string, number> = {};
  const ids = new IdSet();
  let sequence = 0;
  const skip = (reason: string) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const keep = (record: TrackRecord): void => {
    const cell = `${strings.id(record.learner)}:${strings.id(record.lesson)}`;
    if (record.kind === 'visit') {
      const row = visitRows.get(cell);
      if (row === undefined) visitRows.set(cell, visits.add(record));
      else if (laterThan(record.timestamp, visits.timestamp(row))) visits.replace(row, record);
      return;
    }
    if (record.kind === 'time') {
      const key = `${cell}:${strings.id(record.session)}:${record.measure}`;
      const row = timeRows.get(key);
      if (row === undefined) {
        timeRows.set(key, times.add(record));
        return;
      }
      const earlier = times.get(row) as TimeRecord;
      const timestamp = laterThan(record.timestamp, earlier.timestamp) ? record.timestamp : earlier.timestamp;
      times.replace(row, { ...record, timestamp, durationMs: earlier.durationMs + record.durationMs });
      return;
    }
    records.add(record);
  };
  const add = (statement: unknown): void => {
    const id = typeof statement === 'object' && statement !== null ? (statement as { id?: unknown }).id : undefined;
    if (typeof id === 'string') {
      if (!ids.add(id.toLowerCase())) return skip(REPEATED);
    }
    const parsed = parseStatement(statement, courseIri, sequence);
    sequence += 1;
    if (parsed.kind === 'skipped') return skip(`statements ${SKIP_REASONS[parsed.reason]}`);
    if (!learners.has(parsed.learner.key)) learners.set(parsed.learner.key, parsed.learner);
    for (const record of parsed.records) keep(record);
    if (parsed.item !== null && !items.has(itemKey(parsed.item))) items.set(itemKey(parsed.item), parsed.item);
  };
  const result = () => ({ learners: [...learners.values()], records: [], tables: [visits, records, times], items: [...items.values()], skipped });
  return { add, result };
}

function laterThan(a: string | null, b: string | null): boolean {
  if (a === null) return false;
  return b === null || compareTimes(a, b) > 0;
}


function itemKey(item: ItemInfo): string {
  return `${item.lesson}\u0000${item.id}`;
}

function noStatements(endpoint: string, filters: Readonly<Record<string, string>>): UserError {
  const asked = Object.entries(filters).map(([key, value]) => `${key}=${value}`).join(', ');
  return new UserError([diagnostic('report/no-statements', `The LRS at ${endpoint} has no statements for ${asked}.`)]);
}
