/**
 * What `coursepack report` passes between its stages: sources (an LRS, Moodle's interactions
 * report) turn what they read into standard-neutral tracking records; the analysis turns the
 * records into tables; the outputs print and write the tables. Plain readonly data throughout,
 * but for the record tables (./records/) in which the LRS source keeps millions of records.
 */
import type { QuestionKind } from '../model/quiz';
import type { RecordTable } from './records/record-table';

/** A learner as the source names them: `key` identifies (mbox, account, Moodle name + e-mail), `name` is shown. */
export interface LearnerRef {
  readonly key: string;
  readonly name: string;
}

interface RecordBase {
  /** `LearnerRef.key`. */
  readonly learner: string;
  /** The lesson id (as in course.yaml). */
  readonly lesson: string;
  /** ISO 8601 date-time; null when the source gives none. */
  readonly timestamp: string | null;
}

/** The learner did something in the lesson (opened it, read a screen…). */
export interface VisitRecord extends RecordBase {
  readonly kind: 'visit';
}

/** Every screen seen (and, with a quiz, one attempt submitted). */
export interface CompletedRecord extends RecordBase {
  readonly kind: 'completed';
}

/** The quiz's verdict; `score` in percent when the source gives it. */
export interface VerdictRecord extends RecordBase {
  readonly kind: 'verdict';
  readonly verdict: 'passed' | 'failed';
  readonly score: number | null;
}

/**
 * Time spent: `session` is a whole session's duration (xAPI `terminated`); `screen` the time on
 * one screen (xAPI `experienced`), used only for sessions that never reported their duration.
 */
export interface TimeRecord extends RecordBase {
  readonly kind: 'time';
  /** Groups the durations of one session (xAPI: the registration). */
  readonly session: string;
  readonly measure: 'session' | 'screen';
  readonly durationMs: number;
}

/** One answered question of a submitted quiz attempt. */
export interface AnswerRecord extends RecordBase {
  readonly kind: 'answer';
  /** The bank item's id. */
  readonly item: string;
  /** Identifies the quiz attempt the answer belongs to (answers of one attempt share it). */
  readonly attempt: string;
  /** 1-based quiz attempt number within its session (first answers prefer lower numbers on equal times). */
  readonly attemptNumber: number;
  /** Position in the source, for a stable order among answers of equal time. */
  readonly sequence: number;
  /**
   * Choice and multiple-response: the option ids chosen; true-false: `true` or `false`;
   * ordering and matching: null (their options are not counted).
   */
  readonly chosen: readonly string[] | null;
  /** The response as the source spelt it (shown in no table; kept for checks). */
  readonly response: string;
  /** Credit earned, 0–1. */
  readonly score: number;
}

/** What item analysis reads of an answer (of a record table: cheaper to read than the whole record). */
export type AnswerCredit = Pick<AnswerRecord, 'learner' | 'lesson' | 'score' | 'chosen'>;

/**
 * The screens of a lesson the learner has seen (Moodle: the player's suspend_data), for the
 * funnel by screen. Several records of one learner and lesson (attempts) add up.
 */
export interface ScreensRecord extends RecordBase {
  readonly kind: 'screens';
  /** Screens of the lesson when the data was written. */
  readonly screenCount: number;
  /** 0-based indexes of the screens seen. */
  readonly visited: readonly number[];
}

export type TrackRecord = VisitRecord | CompletedRecord | VerdictRecord | TimeRecord | AnswerRecord | ScreensRecord;

export interface OptionInfo {
  readonly id: string;
  readonly text: string;
}

/** What the report knows about a question: from the bank when it has the item, else from the source. */
export interface ItemInfo {
  readonly id: string;
  readonly lesson: string;
  /** null when neither the bank nor the source says (Moodle CSV without the bank). */
  readonly kind: QuestionKind | null;
  readonly stem: string;
  /** Choice, multiple-response: the options; true-false: `true` and `false`; else empty. */
  readonly options: readonly OptionInfo[];
  /** The right option ids (choice: one; true-false: `true` or `false`). */
  readonly key: readonly string[];
}

export type SourceInfo =
  | {
      readonly kind: 'xapi';
      readonly endpoint: string;
      /** The query's filters as sent (activity, since, registration). */
      readonly filters: Readonly<Record<string, string>>;
      readonly statements: number;
      readonly pages: number;
      /** Pages that started earlier (by `stored`) than the previous one ended: unreliable paging. */
      readonly pagesOutOfOrder?: number;
      /** Statements whose id came before. */
      readonly repeated?: number;
    }
  | { readonly kind: 'moodle-csv'; readonly file: string; readonly rows: number }
  | {
      readonly kind: 'moodle';
      /** wwwroot, without credentials. */
      readonly site: string;
      /** The course's short name. */
      readonly course: string;
      /** coursepack's SCORM activities found in the course. */
      readonly activities: number;
      readonly learners: number;
      /** Learner attempts with tracks. */
      readonly attempts: number;
      /** Web-service requests this run sent. */
      readonly requests: number;
      /** Attempts taken from the local store (incremental runs). */
      readonly reused: number;
    };

/** Everything a source read, in the source's order. */
export interface TrackingData {
  readonly source: SourceInfo;
  readonly learners: readonly LearnerRef[];
  readonly records: readonly TrackRecord[];
  /**
   * More records, after `records`, kept in columns (./records/record-table.ts): the LRS source
   * keeps millions of them there. Read both through ./records/record-set.ts.
   */
  readonly tables?: readonly RecordTable[];
  /** Items as the source describes them (xAPI interaction definitions); the bank overrides. */
  readonly items: readonly ItemInfo[];
  /** Statements or rows that could not be used, with why (counted per reason). */
  readonly skipped: Readonly<Record<string, number>>;
  /**
   * Ids of the lessons the source covers (a Moodle activity holds one lesson or the whole
   * course); absent when it may hold any lesson of the course (an LRS).
   */
  readonly lessons?: readonly string[];
}

/** A lesson as the report lists it (course order). */
export interface LessonRef {
  readonly id: string;
  /** e.g. "1.1 Title". */
  readonly title: string;
}
