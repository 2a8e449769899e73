/**
 * One LMS adapter per standard, all behind this interface; the player picks one at start
 * (see ./select.ts) and never asks which standard it is talking to afterwards.
 * When to commit is not the adapter's business: ./session.ts decides that for all standards.
 *
 * This file is the contract for every adapter (SCORM 1.2, SCORM 2004, xAPI/cmi5, stand-alone).
 * Everything in it is standard-neutral: the player says *what happened* (screens seen, a quiz
 * outcome, an answered question); each adapter decides how its standard spells it
 * (`cmi.core.lesson_status` in 1.2, `completion_status` + `success_status` in 2004, verbs in
 * xAPI). Adapters never score, draw or shuffle: the player did that before calling them.
 */
import type { QuestionKind } from '../../model/quiz';

/** What the player keeps between visits (persisted by the adapter, e.g. in suspend_data). */
export interface LessonProgress {
  /** Index of the screen the learner is on (the bookmark). */
  readonly location: number;
  /** Indexes of the screens seen so far, ascending, without duplicates. */
  readonly visited: readonly number[];
  /**
   * The quiz's state; null when the lesson has no quiz or the learner never opened it.
   * Adapters store it as they get it, encoded together with `visited` by
   * `encodeProgressState`/`decodeProgressState` (./progress-codec.ts), which also bounds its size.
   */
  readonly quiz: QuizProgress | null;
}

/**
 * The learner's quiz so far, compact and index-based so it fits SCORM 1.2's 4,096 characters.
 * The drawn questions are not stored: `seed` and the pool (embedded in the page) give them back.
 */
export interface QuizProgress {
  /** Fingerprint of the pool the seed was drawn from: a different pool makes the state void. */
  readonly pool: string;
  /** 1-based number of the current attempt. */
  readonly attempt: number;
  /** Seed (uint32) of the current attempt's draw and shuffles. */
  readonly seed: number;
  /**
   * One entry per drawn question, in the order shown; null = not answered yet. Each entry is a
   * list of small integers (0…62) whose meaning depends on the question's kind, indexes into the
   * item as written in the bank (src/player/quiz/answers.ts): choice `[option]`, true-false
   * `[0 = false | 1 = true]`, multiple-response the options ticked (ascending), ordering the
   * steps in the learner's order, matching the pair whose right side was chosen for each left
   * side (`UNSET_ANSWER` where none was chosen yet).
   */
  readonly answers: readonly (readonly number[] | null)[];
  /** The current attempt was submitted (its answers are final). */
  readonly submitted: boolean;
  /** Best score (percent, 2 decimals) of the submitted attempts; null before the first submit. */
  readonly best: number | null;
}

/** The value a matching answer holds for a left side with no right side chosen yet. */
export const UNSET_ANSWER = 63;

/**
 * Where the learner stands, the same for every standard; each adapter maps it to its own fields.
 * `completed` and `success` are independent, like SCORM 2004's completion and success statuses.
 */
export interface LessonOutcome {
  /** Every screen of the lesson was seen (the content is done; says nothing about the quiz). */
  readonly completed: boolean;
  /** The score reported to the LMS: the best submitted attempt. Absent before the first submit. */
  readonly score?: LessonScore;
  /**
   * `passed`/`failed`: the quiz's verdict (best attempt ≥ pass mark); `unknown`: not submitted
   * yet, or the lesson has no quiz. Moving from passed back to failed never happens: `score` is
   * the best attempt.
   */
  readonly success: 'passed' | 'failed' | 'unknown';
  /**
   * With `success: 'failed'`: the learner may still change the verdict (an attempt is open, or
   * another may be started). Adapters that report completion keep the lesson incomplete then, so
   * an LMS does not close the attempt (Moodle opens a completed SCO in review mode next time).
   */
  readonly canRetry?: boolean;
}

export interface LessonScore {
  /** Percent, 0–100, at most 2 decimals (Moodle grades from `raw` as it is). */
  readonly raw: number;
  /** Always 0. */
  readonly min: number;
  /** Always 100. */
  readonly max: number;
  /** raw / max, in [0, 1] (SCORM 2004 `score.scaled`, xAPI `result.score.scaled`). */
  readonly scaled: number;
}

/** A learner's answer (or the correct one), tagged by the question's kind; ids are the bank's. */
export type LearnerResponse =
  | { readonly kind: 'choice'; readonly optionId: string }
  | { readonly kind: 'true-false'; readonly value: boolean }
  /** Ids in the bank's option order. */
  | { readonly kind: 'multiple-response'; readonly optionIds: readonly string[] }
  /** Step ids in the order given. */
  | { readonly kind: 'ordering'; readonly stepIds: readonly string[] }
  /** `[left pair id, id of the pair whose right side was matched to it]`, in the bank's pair order. */
  | { readonly kind: 'matching'; readonly pairs: readonly (readonly [string, string])[] };

/** A choice, multiple-response option or ordering step, with its text. */
export interface InteractionChoice {
  readonly id: string;
  readonly text: string;
}

/** A matching pair as in the bank: the right answer for `left` is `right`. */
export interface InteractionPair {
  readonly id: string;
  readonly left: string;
  readonly right: string;
}

/**
 * One answered question of a submitted attempt. The player sends one per drawn question after
 * every submit (a journal: the same item may come again in a later attempt), then commits.
 */
export interface InteractionRecord {
  /**
   * `<lesson id>.<item id>`: names the lesson and the item, stable across builds, only letters,
   * digits, `-`, `_` and one `.` (a valid SCORM 1.2 CMIIdentifier and 2004 long identifier).
   */
  readonly id: string;
  readonly lessonId: string;
  /** The bank item's id. */
  readonly itemId: string;
  /** 1-based attempt the answer belongs to. */
  readonly attempt: number;
  readonly kind: QuestionKind;
  /** The question text as shown (SCORM 2004 `description`, xAPI activity name). */
  readonly description: string;
  readonly response: LearnerResponse;
  readonly correct: LearnerResponse;
  /** `partial`: some but not full credit (multiple-response, ordering, matching). */
  readonly result: 'correct' | 'incorrect' | 'partial';
  /** Credit earned, 0–1 (1 = correct, 0 = incorrect). */
  readonly scoreFraction: number;
  /** Weight of the question in the score (every question weighs 1 today). */
  readonly weighting: number;
  /**
   * Milliseconds from when the question was shown in this visit to the learner's last change of
   * the answer (0 when the answer was restored from an earlier visit and not changed).
   */
  readonly latencyMs: number;
  /** When the attempt was submitted. */
  readonly timestamp: Date;
  /** choice, multiple-response: the options; ordering: the steps in the right order; else empty. */
  readonly choices: readonly InteractionChoice[];
  /** matching: the pairs; else empty. */
  readonly pairs: readonly InteractionPair[];
}

/** Key of the `PlayerConfig.strings` entry an adapter wants shown to the learner. */
export type AdapterNoticeKey = 'standaloneNotice';

/**
 * How a session ends: `leave` when the page (or the LMS window around it) goes away; `replaced`
 * when the LMS took our frame away and stays (Moodle's table of contents opening another lesson
 * of the same package in the same player).
 */
export type SessionEnding = 'leave' | 'replaced';

export interface LmsAdapter {
  /** Short name for logs, e.g. `scorm12`, `standalone`. */
  readonly name: string;
  /** Message to show about tracking (e.g. that no LMS was found); null when none. */
  readonly notice: AdapterNoticeKey | null;
  /** Connects to the LMS and returns the saved progress, or null on a first visit. */
  start(): LessonProgress | null;
  /**
   * Asked after `start`: false when the LMS opened the lesson for review or browsing only, so
   * nothing the learner does is recorded (SCORM `cmi.mode` / `lesson_mode` review or browse).
   * The player then offers no quiz attempt and says so. Absent: always recording.
   */
  isRecording?(): boolean;
  /** Records the progress and the outcome in the LMS's data model; does not commit. */
  record(progress: LessonProgress, outcome: LessonOutcome): void;
  /**
   * Appends one answered question to the LMS's interaction journal; does not commit.
   * Adapters whose standard has no journal (stand-alone) ignore it.
   */
  recordInteraction(interaction: InteractionRecord): void;
  /** Asks the LMS to persist what was recorded. */
  commit(): void;
  /**
   * The pass mark (percent) the LMS set for this launch, when it set one (cmi5: LaunchData's
   * masteryScore); absent or null: the course's own. Asked once, after `start`; the player then
   * judges and shows the quiz with it, so the screen and the LMS agree.
   */
  passMark?(): number | null;
  /**
   * Records and ends the session (with the time spent); nothing may be called after it.
   * Ending the session persists what was recorded (SCORM 1.2: LMSFinish), so no separate
   * commit is made: it runs while the page unloads, when browsers refuse the synchronous
   * requests an LMS's commit makes.
   * `ending` (default `leave`) lets an adapter keep an LMS session open for the next SCO of the
   * same window when only its frame was replaced (see ./scorm2004.ts).
   */
  finish(progress: LessonProgress, outcome: LessonOutcome, ending?: SessionEnding): void;
}

/** The LMS refused a call; `code` is the standard's error code as the LMS gave it. */
export interface LmsProblem {
  readonly code: string;
  /** The call that failed, e.g. `LMSSetValue cmi.suspend_data`. */
  readonly operation: string;
}

export type LmsProblemListener = (problem: LmsProblem) => void;

/** How the course wants a lesson's quiz reported (`settings.quiz`); null for a lesson without quiz. */
export interface QuizReporting {
  /** Percent needed to pass (the player already judged `success` with it). */
  readonly passMark: number;
  /** SCORM 1.2 status of a passed lesson (2004 reports completed + passed regardless). */
  readonly statusOnPass: 'passed' | 'completed';
  /** SCORM 1.2 status of a failed lesson (2004 reports failed success status regardless). */
  readonly statusOnFail: 'incomplete' | 'failed';
}

/** What every adapter factory needs besides its LMS handle. */
export interface AdapterContext {
  readonly courseId: string;
  readonly lessonId: string;
  readonly screenCount: number;
  /**
   * The lesson's quiz, or null when it has none. With a quiz, a lesson whose screens were all
   * seen but whose quiz was not passed is not done yet (1.2: stays `incomplete`).
   */
  readonly quiz: QuizReporting | null;
  /** Milliseconds clock (Date.now in the browser; a fake one in tests). */
  readonly now: () => number;
  readonly onProblem: LmsProblemListener;
}
