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
import { compareTimes, mean, round } from './stats';

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

export function progressTable(lessons: readonly LessonRef[], learners: readonly LearnerRef[], records: readonly TrackRecord[]): ProgressTable {
  const byCell = new Map<string, TrackRecord[]>();
  for (const record of records) {
    const key = cellKey(record.learner, record.lesson);
    const list = byCell.get(key);
    if (list) list.push(record);
    else byCell.set(key, [record]);
  }
  const rows = learners.map((learner) => ({
    learner,
    cells: lessons.map((lesson) => progressCell(lesson.id, byCell.get(cellKey(learner.key, lesson.id)) ?? [])),
  }));
  return { lessons, rows };
}

export function progressCell(lesson: string, records: readonly TrackRecord[]): ProgressCell {
  return {
    lesson,
    status: statusOf(records),
    bestScore: bestScore(records),
    attempts: new Set(records.flatMap((record) => (record.kind === 'answer' ? [record.attempt] : []))).size,
    timeSpentMs: timeSpent(records),
    lastActivity: lastActivity(records),
  };
}

function statusOf(records: readonly TrackRecord[]): LessonStatus {
  if (records.length === 0) return 'not-started';
  const verdicts = records.flatMap((record) => (record.kind === 'verdict' ? [record.verdict] : []));
  if (verdicts.includes('passed')) return 'passed';
  if (verdicts.includes('failed')) return 'failed';
  if (records.some((record) => record.kind === 'completed')) return 'completed';
  return 'in-progress';
}

function bestScore(records: readonly TrackRecord[]): number | null {
  const scores: number[] = [];
  const byAttempt = new Map<string, number[]>();
  for (const record of records) {
    if (record.kind === 'verdict' && record.score !== null) scores.push(record.score);
    if (record.kind === 'answer') byAttempt.set(record.attempt, [...(byAttempt.get(record.attempt) ?? []), record.score]);
  }
  for (const credits of byAttempt.values()) scores.push(round((mean(credits) as number) * 100, 2));
  return scores.length === 0 ? null : Math.max(...scores);
}

function timeSpent(records: readonly TrackRecord[]): number | null {
  const sessions = new Map<string, { session: number; screens: number; reported: boolean }>();
  for (const record of records) {
    if (record.kind !== 'time') continue;
    const entry = sessions.get(record.session) ?? { session: 0, screens: 0, reported: false };
    if (record.measure === 'session') {
      entry.session += record.durationMs;
      entry.reported = true;
    } else {
      entry.screens += record.durationMs;
    }
    sessions.set(record.session, entry);
  }
  if (sessions.size === 0) return null;
  return [...sessions.values()].reduce((sum, entry) => sum + (entry.reported ? entry.session : entry.screens), 0);
}

function lastActivity(records: readonly TrackRecord[]): string | null {
  let last: string | null = null;
  for (const record of records) {
    if (record.timestamp !== null && (last === null || compareTimes(record.timestamp, last) > 0)) last = record.timestamp;
  }
  return last;
}

function cellKey(learner: string, lesson: string): string {
  return `${learner}\u0000${lesson}`;
}
