/**
 * One LMS adapter per standard, all behind this interface; the player picks one at start
 * (see ./select.ts) and never asks which standard it is talking to afterwards.
 */

/** What the player keeps between visits. */
export interface LessonProgress {
  /** Index of the screen the learner is on (the bookmark). */
  readonly location: number;
  /** Indexes of the screens seen so far. */
  readonly visited: readonly number[];
}

export interface LmsAdapter {
  /** Short name for logs and the on-screen notice, e.g. `scorm12`, `standalone`. */
  readonly name: string;
  /** Connects to the LMS and returns the saved progress, or null on a first visit. */
  start(): LessonProgress | null;
  /** Records the progress in the LMS's data model; does not commit. */
  record(progress: LessonProgress, completed: boolean): void;
  /** Asks the LMS to persist what was recorded. */
  commit(): void;
  /** Ends the session (records the time spent); nothing may be called after it. */
  finish(progress: LessonProgress, completed: boolean): void;
  /** Message shown to the learner about tracking, e.g. that no LMS was found; null when none. */
  readonly notice: string | null;
}
