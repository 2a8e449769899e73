/**
 * One LMS adapter per standard, all behind this interface; the player picks one at start
 * (see ./select.ts) and never asks which standard it is talking to afterwards.
 * When to commit is not the adapter's business: ./session.ts decides that for all standards.
 */

/** What the player keeps between visits. */
export interface LessonProgress {
  /** Index of the screen the learner is on (the bookmark). */
  readonly location: number;
  /** Indexes of the screens seen so far, ascending, without duplicates. */
  readonly visited: readonly number[];
}

/** Key of the `PlayerConfig.strings` entry an adapter wants shown to the learner. */
export type AdapterNoticeKey = 'standaloneNotice';

export interface LmsAdapter {
  /** Short name for logs, e.g. `scorm12`, `standalone`. */
  readonly name: string;
  /** Message to show about tracking (e.g. that no LMS was found); null when none. */
  readonly notice: AdapterNoticeKey | null;
  /** Connects to the LMS and returns the saved progress, or null on a first visit. */
  start(): LessonProgress | null;
  /** Records the progress in the LMS's data model; does not commit. */
  record(progress: LessonProgress, completed: boolean): void;
  /** Asks the LMS to persist what was recorded. */
  commit(): void;
  /**
   * Records and ends the session (with the time spent); nothing may be called after it.
   * Ending the session persists what was recorded (SCORM 1.2: LMSFinish), so no separate
   * commit is made: it runs while the page unloads, when browsers refuse the synchronous
   * requests an LMS's commit makes.
   */
  finish(progress: LessonProgress, completed: boolean): void;
}

/** The LMS refused a call; `code` is the standard's error code as the LMS gave it. */
export interface LmsProblem {
  readonly code: string;
  /** The call that failed, e.g. `LMSSetValue cmi.suspend_data`. */
  readonly operation: string;
}

export type LmsProblemListener = (problem: LmsProblem) => void;

/** What every adapter factory needs besides its LMS handle. */
export interface AdapterContext {
  readonly courseId: string;
  readonly lessonId: string;
  readonly screenCount: number;
  /** Milliseconds clock (Date.now in the browser; a fake one in tests). */
  readonly now: () => number;
  readonly onProblem: LmsProblemListener;
}
