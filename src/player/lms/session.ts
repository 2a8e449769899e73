/**
 * When to talk to the LMS, the same for every standard: record on every navigation and answer,
 * but commit only when it matters (the lesson just became completed, a quiz attempt was
 * submitted, the page is being hidden, or the last commit is old), because LMSs slow down
 * under a commit per click.
 * The end of the session is no commit moment: the adapter's finish persists the data itself.
 */
import type { InteractionRecord, LessonOutcome, LessonProgress, LmsAdapter, SessionEnding } from './adapter';
import { isComplete } from '../progress';

/** Navigation commits at most this often. */
export const COMMIT_INTERVAL_MS = 30_000;

/** What the progress means for the LMS (screens seen, the quiz's verdict). */
export type JudgeProgress = (progress: LessonProgress) => LessonOutcome;

/** A lesson without quiz: completed once its `screenCount` screens were all seen. */
export function screensOnly(screenCount: number): JudgeProgress {
  return (progress) => ({ completed: isComplete(progress, screenCount), success: 'unknown' });
}

export interface LmsSession {
  /** Starts the adapter; returns the saved progress, or null on a first visit. */
  begin(): LessonProgress | null;
  /** The learner is on a new screen or changed an answer (also called once after begin). */
  update(progress: LessonProgress): void;
  /** A quiz attempt was submitted: journal its answers, record, and commit at once. */
  attemptSubmitted(progress: LessonProgress, interactions: readonly InteractionRecord[]): void;
  /** The page is hidden (tab switched, app backgrounded): it may never come back. */
  pageHidden(): void;
  /** The page is going away: the end of the session (which persists the data), once. */
  end(ending?: SessionEnding): void;
  /** True once every screen was seen (in this session or before). */
  readonly completed: boolean;
}

/** `judging`: a JudgeProgress, or a lesson's screen count for a lesson without quiz. */
export function createLmsSession(adapter: LmsAdapter, judging: JudgeProgress | number, now: () => number): LmsSession {
  const judge = typeof judging === 'number' ? screensOnly(judging) : judging;
  let latest: LessonProgress = { location: 0, visited: [], quiz: null };
  let completed = false;
  let lastCommitAt = 0;
  let started = false;
  let ended = false;

  function commit(): void {
    adapter.commit();
    lastCommitAt = now();
  }

  /** Records the progress; true when the lesson has just become completed. */
  function record(progress: LessonProgress): boolean {
    latest = progress;
    const outcome = judge(progress);
    // Once completed, always completed: a lesson re-cut into more screens does not undo it.
    const becameCompleted = !completed && outcome.completed;
    completed = completed || outcome.completed;
    adapter.record(progress, { ...outcome, completed });
    return becameCompleted;
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
      const becameCompleted = record(progress);
      if (becameCompleted || now() - lastCommitAt >= COMMIT_INTERVAL_MS) commit();
    },
    attemptSubmitted(progress, interactions) {
      if (!started || ended) return;
      for (const interaction of interactions) adapter.recordInteraction(interaction);
      record(progress);
      commit();
    },
    pageHidden() {
      if (started && !ended) commit();
    },
    end(ending = 'leave') {
      if (!started || ended) return;
      ended = true;
      adapter.finish(latest, { ...judge(latest), completed }, ending);
    },
    get completed() {
      return completed;
    },
  };
}
