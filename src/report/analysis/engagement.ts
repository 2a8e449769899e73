/**
 * Where learners stop, from the progress table and the screens records:
 * - stuck: a learner who started a lesson and neither completed nor passed it (in progress, or
 *   failed), whose last activity in it is at least `stuckDays` days before `now`;
 * - funnel by lesson: of the learners, how many started the lesson, completed it (completed or
 *   passed) and passed it;
 * - funnel by screen (when the source knows the screens seen: Moodle's web services read the
 *   player's suspend data): for each screen of the lesson, how many learners saw it.
 */
import type { LessonRef, ScreensRecord } from '../model';
import type { RecordSet } from '../records/record-set';
import type { LessonStatus, ProgressTable } from './progress';

export interface StuckEntry {
  readonly learner: string;
  readonly name: string;
  readonly lesson: string;
  readonly status: LessonStatus;
  readonly lastActivity: string;
  /** Whole days since the last activity. */
  readonly daysIdle: number;
}

export interface LessonFunnel {
  readonly lesson: string;
  readonly title: string;
  readonly learners: number;
  readonly started: number;
  readonly completed: number;
  readonly passed: number;
  /** Learners who saw each screen (index = screen); empty when the source does not say. */
  readonly screens: readonly number[];
  /** Learners the screen counts cover (those with screen data). */
  readonly screenLearners: number;
}

export interface Engagement {
  readonly stuckDays: number;
  /** ISO time the idle days are counted to. */
  readonly now: string;
  readonly stuck: readonly StuckEntry[];
  readonly funnel: readonly LessonFunnel[];
}

const DAY_MS = 86_400_000;
const UNFINISHED: ReadonlySet<LessonStatus> = new Set(['in-progress', 'failed']);

export function engagement(progress: ProgressTable, records: RecordSet, now: Date, stuckDays: number): Engagement {
  // The screens records only (few: one per learner and attempt), gathered in one pass.
  const screens: ScreensRecord[] = [];
  records.forEach((record) => {
    if (record.kind === 'screens') screens.push(record);
  });
  return { stuckDays, now: now.toISOString(), stuck: stuckEntries(progress, now, stuckDays), funnel: progress.lessons.map((lesson, i) => lessonFunnel(lesson, i, progress, screens)) };
}

/** Days idle of a cell, or null when it does not count (not started, finished, no time known). */
export function daysIdle(status: LessonStatus, lastActivity: string | null, now: Date): number | null {
  if (!UNFINISHED.has(status) || lastActivity === null) return null;
  const last = Date.parse(lastActivity);
  return Number.isNaN(last) ? null : Math.max(0, Math.floor((now.getTime() - last) / DAY_MS));
}

function stuckEntries(progress: ProgressTable, now: Date, stuckDays: number): StuckEntry[] {
  const entries: StuckEntry[] = [];
  for (const row of progress.rows) {
    for (const cell of row.cells) {
      const idle = daysIdle(cell.status, cell.lastActivity, now);
      if (idle === null || idle < stuckDays) continue;
      entries.push({ learner: row.learner.key, name: row.learner.name, lesson: cell.lesson, status: cell.status, lastActivity: cell.lastActivity as string, daysIdle: idle });
    }
  }
  // Longest idle first: the learners to write to first.
  return entries.sort((a, b) => b.daysIdle - a.daysIdle || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.lesson < b.lesson ? -1 : 1));
}

function lessonFunnel(lesson: LessonRef, index: number, progress: ProgressTable, records: readonly ScreensRecord[]): LessonFunnel {
  const statuses = progress.rows.map((row) => row.cells[index]?.status ?? 'not-started');
  const learners = new Set(progress.rows.map((row) => row.learner.key));
  const seen = new Map<string, Set<number>>();
  let screenCount = 0;
  for (const record of records) {
    if (record.lesson !== lesson.id || !learners.has(record.learner)) continue;
    screenCount = Math.max(screenCount, record.screenCount);
    const own = seen.get(record.learner) ?? new Set<number>();
    for (const screen of record.visited) own.add(screen);
    seen.set(record.learner, own);
  }
  const screens = Array.from({ length: screenCount }, (_, screen) => [...seen.values()].filter((own) => own.has(screen)).length);
  return {
    lesson: lesson.id,
    title: lesson.title,
    learners: statuses.length,
    started: statuses.filter((status) => status !== 'not-started').length,
    completed: statuses.filter((status) => status === 'completed' || status === 'passed').length,
    passed: statuses.filter((status) => status === 'passed').length,
    screens,
    screenLearners: seen.size,
  };
}
