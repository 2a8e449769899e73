/**
 * Tracking records kept in columns of typed arrays instead of one object each: 2 million LRS
 * statements leave about a million records, which as objects (with their strings and option
 * lists) took some 300 MB; here a record takes about 55 bytes. Strings are numbered once
 * (./string-table.ts), option and screen lists kept once, timestamps kept as milliseconds when
 * they are spelt the way `Date.prototype.toISOString` spells them (as the player writes them) and
 * as text otherwise. Reading a row gives back a record equal to the one added.
 *
 * Columns by kind (`ref` columns hold string or list numbers, -1 for none):
 * | kind      | flag                    | value       | count         | refA    | refB    | refC       | refD     | order    |
 * |-----------|-------------------------|-------------|---------------|---------|---------|------------|----------|----------|
 * | verdict   | 1 passed, 0 failed      | score (NaN: null) |         |         |         |            |          |          |
 * | time      | 1 session, 0 screen     | durationMs  |               | session |         |            |          |          |
 * | answer    |                         | score       | attemptNumber | item    | attempt | chosen     | response | sequence |
 * | screens   |                         |             | screenCount   |         |         | visited    |          |          |
 */
import type { AnswerCredit, AnswerRecord, TrackRecord } from '../model';
import { StringTable } from './string-table';

const KINDS = ['visit', 'completed', 'verdict', 'time', 'answer', 'screens'] as const;
const KIND_CODES = new Map<TrackRecord['kind'], number>(KINDS.map((kind, code) => [kind, code]));
const INITIAL_ROWS = 1024;

export class RecordTable {
  private rows = 0;
  private capacity = 0;
  private kinds = new Uint8Array(0);
  private flags = new Uint8Array(0);
  private learners = new Int32Array(0);
  private lessons = new Int32Array(0);
  private times = new Float64Array(0);
  private values = new Float64Array(0);
  private counts = new Int32Array(0);
  private refA = new Int32Array(0);
  private refB = new Int32Array(0);
  private refC = new Int32Array(0);
  private refD = new Int32Array(0);
  private orders = new Float64Array(0);
  /** Timestamps not spelt as toISOString spells them (or null), by row. */
  private readonly oddTimes = new Map<number, string | null>();
  private readonly strings: StringTable;
  private readonly optionLists = new ListTable<string>();
  private readonly screenLists = new ListTable<number>();

  /** `strings` may be shared between tables (one learner key numbered once). */
  constructor(strings: StringTable = new StringTable()) {
    this.strings = strings;
  }

  get size(): number {
    return this.rows;
  }

  /** Appends the record; returns its row. */
  add(record: TrackRecord): number {
    if (this.rows === this.capacity) this.grow();
    const row = this.rows;
    this.rows += 1;
    this.write(row, record);
    return row;
  }

  /** Puts `record` in place of the row's record. */
  replace(row: number, record: TrackRecord): void {
    this.check(row);
    this.write(row, record);
  }

  /** The record of `row`, as a new object equal to the one added. */
  get(row: number): TrackRecord {
    this.check(row);
    const kind = KINDS[this.kinds[row] as number] as TrackRecord['kind'];
    const learner = this.strings.text(this.learners[row] as number);
    const lesson = this.strings.text(this.lessons[row] as number);
    const timestamp = this.timestampOf(row);
    switch (kind) {
      case 'visit':
      case 'completed':
        return { kind, learner, lesson, timestamp };
      case 'verdict': {
        const score = this.values[row] as number;
        return { kind, learner, lesson, timestamp, verdict: this.flags[row] === 1 ? 'passed' : 'failed', score: Number.isNaN(score) ? null : score };
      }
      case 'time':
        return { kind, learner, lesson, timestamp, session: this.strings.text(this.refA[row] as number), measure: this.flags[row] === 1 ? 'session' : 'screen', durationMs: this.values[row] as number };
      case 'answer': {
        const chosen = this.refC[row] as number;
        return {
          kind,
          learner,
          lesson,
          timestamp,
          item: this.strings.text(this.refA[row] as number),
          attempt: this.strings.text(this.refB[row] as number),
          attemptNumber: this.counts[row] as number,
          sequence: this.orders[row] as number,
          chosen: chosen < 0 ? null : this.optionLists.list(chosen),
          response: this.strings.text(this.refD[row] as number),
          score: this.values[row] as number,
        };
      }
      case 'screens':
        return { kind, learner, lesson, timestamp, screenCount: this.counts[row] as number, visited: this.screenLists.list(this.refC[row] as number) };
    }
  }

  /** The learner, lesson, credit and options chosen of the answer in `row`. */
  credit(row: number): AnswerCredit {
    this.check(row);
    if (KINDS[this.kinds[row] as number] !== 'answer') throw new RangeError(`Row ${row} is not an answer.`);
    const chosen = this.refC[row] as number;
    return {
      learner: this.strings.text(this.learners[row] as number),
      lesson: this.strings.text(this.lessons[row] as number),
      score: this.values[row] as number,
      chosen: chosen < 0 ? null : this.optionLists.list(chosen),
    };
  }

  /** Every record in row order. */
  forEach(visit: (record: TrackRecord, row: number) => void): void {
    for (let row = 0; row < this.rows; row += 1) visit(this.get(row), row);
  }

  private write(row: number, record: TrackRecord): void {
    this.kinds[row] = KIND_CODES.get(record.kind) as number;
    this.learners[row] = this.strings.id(record.learner);
    this.lessons[row] = this.strings.id(record.lesson);
    this.writeTimestamp(row, record.timestamp);
    this.flags[row] = 0;
    this.values[row] = 0;
    this.counts[row] = 0;
    this.refA[row] = -1;
    this.refB[row] = -1;
    this.refC[row] = -1;
    this.refD[row] = -1;
    this.orders[row] = 0;
    switch (record.kind) {
      case 'visit':
      case 'completed':
        return;
      case 'verdict':
        this.flags[row] = record.verdict === 'passed' ? 1 : 0;
        this.values[row] = record.score === null ? Number.NaN : record.score;
        return;
      case 'time':
        this.flags[row] = record.measure === 'session' ? 1 : 0;
        this.values[row] = record.durationMs;
        this.refA[row] = this.strings.id(record.session);
        return;
      case 'answer':
        this.values[row] = record.score;
        this.counts[row] = record.attemptNumber;
        this.refA[row] = this.strings.id(record.item);
        this.refB[row] = this.strings.id(record.attempt);
        this.refC[row] = record.chosen === null ? -1 : this.optionLists.id(record.chosen);
        this.refD[row] = this.strings.id(record.response);
        this.orders[row] = record.sequence;
        return;
      case 'screens':
        this.counts[row] = record.screenCount;
        this.refC[row] = this.screenLists.id(record.visited);
        return;
    }
  }

  private writeTimestamp(row: number, timestamp: string | null): void {
    const time = timestamp === null ? Number.NaN : Date.parse(timestamp);
    if (!Number.isNaN(time) && isCanonical(time, timestamp as string)) {
      this.times[row] = time;
      this.oddTimes.delete(row);
    } else {
      this.times[row] = Number.NaN;
      this.oddTimes.set(row, timestamp);
    }
  }

  /** The timestamp of `row` alone. */
  timestamp(row: number): string | null {
    this.check(row);
    return this.timestampOf(row);
  }

  private timestampOf(row: number): string | null {
    const time = this.times[row] as number;
    return Number.isNaN(time) ? (this.oddTimes.get(row) ?? null) : new Date(time).toISOString();
  }

  private check(row: number): void {
    if (!Number.isInteger(row) || row < 0 || row >= this.rows) throw new RangeError(`No row ${row} (${this.rows} rows).`);
  }

  /** Doubles every column (new typed arrays, the old rows copied). */
  private grow(): void {
    const capacity = Math.max(INITIAL_ROWS, this.capacity * 2);
    this.kinds = grown(this.kinds, new Uint8Array(capacity));
    this.flags = grown(this.flags, new Uint8Array(capacity));
    this.learners = grown(this.learners, new Int32Array(capacity));
    this.lessons = grown(this.lessons, new Int32Array(capacity));
    this.times = grown(this.times, new Float64Array(capacity));
    this.values = grown(this.values, new Float64Array(capacity));
    this.counts = grown(this.counts, new Int32Array(capacity));
    this.refA = grown(this.refA, new Int32Array(capacity));
    this.refB = grown(this.refB, new Int32Array(capacity));
    this.refC = grown(this.refC, new Int32Array(capacity));
    this.refD = grown(this.refD, new Int32Array(capacity));
    this.orders = grown(this.orders, new Float64Array(capacity));
    this.capacity = capacity;
  }
}

/** Whether `text` is exactly how toISOString writes the time (then the number alone gives it back). */
function isCanonical(time: number, text: string): boolean {
  return text.length === 24 && new Date(time).toISOString() === text;
}

function grown<T extends Uint8Array | Int32Array | Float64Array>(old: T, fresh: T): T {
  fresh.set(old);
  return fresh;
}

/** Lists kept once each (the options of a response repeat across learners): the same array is handed back for equal lists. */
class ListTable<T extends string | number> {
  private readonly ids = new Map<string, number>();
  private readonly lists: (readonly T[])[] = [];

  id(list: readonly T[]): number {
    // The length first, so that [] and [''] differ; U+0000 between the parts.
    const key = `${list.length}:${list.join('\u0000')}`;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.lists.length;
    this.ids.set(key, id);
    this.lists.push([...list]);
    return id;
  }

  list(id: number): readonly T[] {
    return this.lists[id] as readonly T[];
  }
}
