/**
 * The records the analysis reads, gone through as often as it needs without being held as
 * objects: a source's list of records and its record tables (./record-table.ts), one after the
 * other. A row numbers a record across them; the analysis keeps rows, not records, of what it
 * needs again (first answers).
 */
import type { AnswerCredit, AnswerRecord, TrackingData, TrackRecord } from '../model';
import type { RecordTable } from './record-table';

export interface RecordSet {
  /** Every record in the source's order, with its row. */
  forEach(visit: (record: TrackRecord, row: number) => void): void;
  /** The answer of a row `forEach` gave with an answer. */
  answer(row: number): AnswerRecord;
  /** Its learner, lesson, credit and options chosen only. */
  credit(row: number): AnswerCredit;
}

/** `data.records`, then the rows of `data.tables` in turn. */
export function recordsOf(data: Pick<TrackingData, 'records' | 'tables'>): RecordSet {
  const { records } = data;
  const tables = data.tables ?? [];
  const starts: number[] = [];
  let start = records.length;
  for (const table of tables) {
    starts.push(start);
    start += table.size;
  }
  return {
    forEach(visit) {
      records.forEach(visit);
      tables.forEach((table, t) => {
        const offset = starts[t] as number;
        table.forEach((record, row) => visit(record, offset + row));
      });
    },
    answer(row) {
      const record = row < records.length ? records[row] : tableRecord(tables, starts, row);
      if (record?.kind !== 'answer') throw new RangeError(`Row ${row} is not an answer.`);
      return record;
    },
    credit(row) {
      if (row < records.length) return this.answer(row);
      const [table, inTable] = tableRow(tables, starts, row);
      return table.credit(inTable);
    },
  };
}

/** Only the records of these lessons (rows keep their numbers). */
export function ofLessons(set: RecordSet, lessons: ReadonlySet<string>): RecordSet {
  return {
    forEach(visit) {
      set.forEach((record, row) => {
        if (lessons.has(record.lesson)) visit(record, row);
      });
    },
    answer: (row) => set.answer(row),
    credit: (row) => set.credit(row),
  };
}

/** Every record as an object, in order (for small data and for tests). */
export function recordList(set: RecordSet): TrackRecord[] {
  const list: TrackRecord[] = [];
  set.forEach((record) => list.push(record));
  return list;
}

function tableRecord(tables: readonly RecordTable[], starts: readonly number[], row: number): TrackRecord {
  const [table, inTable] = tableRow(tables, starts, row);
  return table.get(inTable);
}

/** The table of a row past the list, and the row within it. */
function tableRow(tables: readonly RecordTable[], starts: readonly number[], row: number): [RecordTable, number] {
  for (let t = tables.length - 1; t >= 0; t -= 1) {
    const start = starts[t] as number;
    if (row >= start) return [tables[t] as RecordTable, row - start];
  }
  throw new RangeError(`No row ${row}.`);
}
