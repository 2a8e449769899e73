/**
 * The learner × lesson table. Per cell:
 * - status: passed if any verdict passed; else failed if any verdict failed; else completed if
 *   the lesson was completed; else in progress if anything was recorded; else not started;
 * - best score: the highest of the verdicts' scores and of each quiz attempt's score (the mean
 *   credit of its answers, in percent, as the player computes it);
 * - attempts: quiz attempts submitted (answers grouped by attempt);
 * - time spent: per session, the session's reported duration (xAPI `terminated`), or for a
 *   session that never reported one the sum of its screen times; summed over sessions. Null when
 *   the source reports no durations (Moodle's interactions report);
 * - last activity: the latest time of any record.
 */
import type { LearnerRef, LessonRef, TrackRecord } from '../model';
import type { RecordSet } from '../records/record-set';
import { compareTimes, round } from './stats';

export const LESSON_STATUSES = ['not-started', 'in-progress', 'completed', 'passed', 'failed'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

export interface ProgressCell {
  readonly lesson: string;
  readonly status: LessonStatus;
  /** Percent, 2 decimals. */
  readonly bestScore: number | null;
  readonly attempts: number;
  readonly timeSpentMs: number | null;
  readonly lastActivity: string | null;
}

export interface ProgressRow {
  readonly learner: LearnerRef;
  /** One per lesson, in course order. */
  readonly cells: readonly ProgressCell[];
}

export interface ProgressTable {
  readonly lessons: readonly LessonRef[];
  readonly rows: readonly ProgressRow[];
}

export function progressTable(lessons: readonly LessonRef[], learners: readonly LearnerRef[], records: RecordSet): ProgressTable {
  // One pass, each cell's figures gathered as its records go by (no list of records per cell).
  const byCell = new Map<string, CellFigures>();
  records.forEach((record) => {
    const key = cellKey(record.learner, record.lesson);
    const figures = byCell.get(key) ?? newFigures();
    if (figures.records === 0) byCell.set(key, figures);
    addRecord(figures, record);
  });
  const rows = learners.map((learner) => ({
    learner,
    cells: lessons.map((lesson) => progressCell(lesson.id, byCell.get(cellKey(learner.key, lesson.id)) ?? newFigures())),
  }));
  return { lessons, rows };
}

/** What a cell's records add up to, gathered record by record in the records' order. */
interface CellFigures {
  records: number;
  passed: boolean;
  failed: boolean;
  completed: boolean;
  /** The highest score of the verdicts that give one. */
  verdictBest: number | null;
  /** Per quiz attempt, in order of first answer: the credits' sum (added in the answers' order) and count; null before any. */
  attempts: { readonly attempt: string; sum: number; count: number }[] | null;
  /** Per session, in order of first duration; null before any. */
  sessions: { readonly session: string; whole: number; screens: number; reported: boolean }[] | null;
  lastActivity: string | null;
}

function newFigures(): CellFigures {
  return { records: 0, passed: false, failed: false, completed: false, verdictBest: null, attempts: null, sessions: null, lastActivity: null };
}

function addRecord(figures: CellFigures, record: TrackRecord): void {
  figures.records += 1;
  if (record.timestamp !== null && (figures.lastActivity === null || compareTimes(record.timestamp, figures.lastActivity) > 0)) figures.lastActivity = record.timestamp;
  switch (record.kind) {
    case 'verdict':
      if (record.verdict === 'passed') figures.passed = true;
      else figures.failed = true;
      if (record.score !== null) figures.verdictBest = figures.verdictBest === null ? record.score : Math.max(figures.verdictBest, record.score);
      return;
    case 'completed':
      figures.completed = true;
      return;
    case 'answer': {
      // Lists made on first need: a hundred thousand cells, most with one attempt and one session.
      const attempt = figures.attempts?.find((entry) => entry.attempt === record.attempt);
      const fresh = { attempt: record.attempt, sum: 0 + record.score, count: 1 };
      if (attempt === undefined) {
        if (figures.attempts === null) figures.attempts = [fresh];
        else figures.attempts.push(fresh);
      } else {
        attempt.sum += record.score;
        attempt.count += 1;
      }
      return;
    }
    case 'time': {
      let session = figures.sessions?.find((entry) => entry.session === record.session);
      if (session === undefined) {
        session = { session: record.session, whole: 0, screens: 0, reported: false };
        if (figures.sessions === null) figures.sessions = [session];
        else figures.sessions.push(session);
      }
      if (record.measure === 'session') {
        session.whole += record.durationMs;
        session.reported = true;
      } else {
        session.screens += record.durationMs;
      }
      return;
    }
    default:
      return;
  }
}

function progressCell(lesson: string, figures: CellFigures): ProgressCell {
  return {
    lesson,
    status: statusOf(figures),
    bestScore: bestScore(figures),
    attempts: figures.attempts?.length ?? 0,
    timeSpentMs: timeSpent(figures),
    lastActivity: figures.lastActivity,
  };
}

function statusOf(figures: CellFigures): LessonStatus {
  if (figures.records === 0) return 'not-started';
  if (figures.passed) return 'passed';
  if (figures.failed) return 'failed';
  if (figures.completed) return 'completed';
  return 'in-progress';
}

/** The best of the verdicts' scores and of each attempt's mean credit in percent. */
function bestScore(figures: CellFigures): number | null {
  let best = figures.verdictBest;
  for (const { sum, count } of figures.attempts ?? []) {
    const score = round((sum / count) * 100, 2);
    best = best === null ? score : Math.max(best, score);
  }
  return best;
}

function timeSpent(figures: CellFigures): number | null {
  if (figures.sessions === null) return null;
  return figures.sessions.reduce((sum, entry) => sum + (entry.reported ? entry.whole : entry.screens), 0);
}

function cellKey(learner: string, lesson: string): string {
  return `${learner}\u0000${lesson}`;
}
