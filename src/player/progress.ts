/** Pure progress arithmetic, shared by the UI and the LMS session. */
import type { LessonProgress } from './lms/adapter';

/**
 * Makes saved progress fit the lesson as it is now: the lesson may have been re-cut into
 * fewer screens since the data was written, or the data may come from a sloppy LMS.
 * The screen shown is always counted as seen.
 */
export function restoreProgress(saved: LessonProgress | null, screenCount: number): LessonProgress {
  const last = Math.max(screenCount - 1, 0);
  const location = saved !== null && Number.isInteger(saved.location) ? clamp(saved.location, 0, last) : 0;
  const kept = saved === null ? [] : saved.visited.filter((index) => Number.isInteger(index) && index >= 0 && index <= last);
  return visitScreen({ location, visited: kept, quiz: saved?.quiz ?? null }, location);
}

/** The learner moves to screen `index`. */
export function visitScreen(progress: LessonProgress, index: number): LessonProgress {
  const visited = progress.visited.includes(index) ? progress.visited : progress.visited.concat(index);
  return { ...progress, location: index, visited: uniqueAscending(visited) };
}

export function isComplete(progress: LessonProgress, screenCount: number): boolean {
  return screenCount > 0 && progress.visited.length >= screenCount;
}

function uniqueAscending(values: readonly number[]): number[] {
  return Array.from(new Set(values)).sort((a, b) => a - b);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
