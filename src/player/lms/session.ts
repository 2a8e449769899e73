/**
 * When to talk to the LMS, the same for every standard: record on every navigation, but
 * commit only when it matters (the lesson just became completed, the page is being hidden,
 * or the last commit is old), because LMSs slow down under a commit per click.
 * The end of the session is no commit moment: the adapter's finish persists the data itself.
 */
import type { LessonProgress, LmsAdapter } from './adapter';
import { isComplete } from '../progress';

/** Navigation commits at most this often. */
export const COMMIT_INTERVAL_MS = 30_000;

export interface LmsSession {
  /** Starts the adapter; returns the saved progress, or null on a first visit. */
  begin(): LessonProgress | null;
  /** The learner is on a new screen (also called once after begin). */
  update(progress: LessonProgress): void;
  /** The page is hidden (tab switched, app backgrounded): it may never come back. */
  pageHidden(): void;
  /** The page is going away: the end of the session (which persists the data), once. */
  end(): void;
  /** True once every screen was seen (in this session or before). */
  readonly completed: boolean;
}

export function createLmsSession(adapter: LmsAdapter, screenCount: number, now: () => number): LmsSession {
  let latest: LessonProgress = { location: 0, visited: [], quiz: null };
  let completed = false;
  let lastCommitAt = 0;
  let started = false;
  let ended = false;

  function commit(): void {
    adapter.commit();
    lastCommitAt = now();
  }

  return {
    begin() {
      if (started) throw new Error('LMS session started twice');
      started = true;
      lastCommitAt = now();
      return adapter.start();
    },
    update(progress) {
      if (!started || ended) return;
      latest = progress;
      const becameCompleted = !completed && isComplete(progress, screenCount);
      completed = completed || becameCompleted;
      adapter.record(progress, { completed, success: 'unknown' });
      if (becameCompleted || now() - lastCommitAt >= COMMIT_INTERVAL_MS) commit();
    },
    pageHidden() {
      if (started && !ended) commit();
    },
    end() {
      if (!started || ended) return;
      ended = true;
      adapter.finish(latest, { completed, success: 'unknown' });
    },
    get completed() {
      return completed;
    },
  };
}
