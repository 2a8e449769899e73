/**
 * SCORM 2004 4th edition adapter: talks to the LMS's `API_1484_11` (cmi.* data model).
 * Like the SCORM 1.2 adapter it writes only values that changed, checks GetLastError after
 * every call, reports refusals through `onProblem`, and never touches the API after Terminate.
 * The commit policy is ./session.ts's; at the end Terminate alone persists the data (a Commit
 * while the page unloads is refused by the browser, see ./scorm12.ts).
 *
 * What it reports:
 * - `completion_status`: `incomplete`, then `completed` once every screen was seen and, for a
 *   lesson with a quiz, the quiz was passed, or failed with no attempt left. A failed learner
 *   who may try again stays `incomplete`: Moodle opens a completed SCO in review mode on the
 *   next entry, where nothing is recorded, so the attempts left could never earn the grade
 *   (docs/decisions.md). `progress_measure` counts the same steps (each screen seen one, the
 *   quiz screen included, and one more once the quiz is done), so it reaches 1 exactly when the
 *   lesson is completed.
 * - `success_status` and `score.scaled` + `score.raw/min/max` (Moodle grades 0 from scaled
 *   alone) from the quiz's outcome; a lesson without a quiz leaves success `unknown`.
 * - `exit`: `suspend` while the learner can still change the outcome (so the attempt, with its
 *   quiz state, resumes), `normal` once the lesson is completed and not failed.
 * - `location` (the screen), `suspend_data` (the screens seen and the quiz state),
 *   `session_time` (ISO 8601 duration), and one `cmi.interactions.n` per answered question,
 *   after those of earlier sessions (`cmi.interactions._count`, a number in Moodle).
 * - Nothing at all in review or browse mode (`cmi.mode`), not even Commit or Terminate: the LMS
 *   keeps the attempt as it was.
 *
 * Several SCOs in one LMS window: Moodle's 2004 player keeps one API object per player page and
 * never lets it initialise again after Terminate (error 104). So when the LMS replaces our frame
 * and stays (its table of contents opened another lesson), the session is committed and left
 * open instead of terminated, and the next SCO, told the session is already initialised (103),
 * goes on with it: Moodle switches its data model to the SCO it launched at every Initialize.
 */
import type { AdapterContext, InteractionRecord, LessonOutcome, LessonProgress, LmsAdapter, SessionEnding } from './adapter';
import { decodeProgressState, encodeProgressState } from './progress-codec';
import {
  ALREADY_INITIALIZED,
  GENERAL_EXCEPTION,
  NO_ERROR,
  VALUE_NOT_INITIALIZED,
  findScorm2004Api,
  isScorm2004Api,
  type Scorm2004Api,
} from './scorm2004/api';
import { formatIsoDuration } from './scorm2004/duration';
import { interactionValues } from './scorm2004/interactions';
import { clamp, formatReal } from './scorm2004/numbers';

export { findScorm2004Api, isScorm2004Api, type Scorm2004Api };

/** cmi.location: characterstring (SPM 1000). */
const MAX_LOCATION_LENGTH = 1000;
/** cmi.suspend_data: characterstring (SPM 64000). */
const MAX_SUSPEND_DATA_LENGTH = 64000;
/** `cmi.mode` values in which the LMS does not track: nothing is reported. */
const UNTRACKED_MODES: readonly string[] = ['review', 'browse'];

export function createScorm2004Adapter(api: Scorm2004Api, context: AdapterContext): LmsAdapter {
  const written = new Map<string, string>();
  let active = false;
  let startedAt = 0;
  let completion = '';
  let tracked = true;
  let nextInteraction = 0;

  /** Reports the LMS's error, if any, for the call just made; `quiet` codes are expected answers. */
  function check(operation: string, quiet: readonly string[] = []): boolean {
    const code = String(api.GetLastError() ?? NO_ERROR);
    if (code === NO_ERROR || code === '') return true;
    if (!quiet.includes(code)) context.onProblem({ code, operation });
    return false;
  }

  /** A value the LMS holds; '' when it has none yet (error 403 is that answer, not a failure). */
  function read(element: string): string {
    const value = api.GetValue(element);
    const ok = check(`GetValue ${element}`, [VALUE_NOT_INITIALIZED]);
    // Moodle returns counts (`cmi.interactions._count`) as numbers, not strings.
    return ok && (typeof value === 'string' || typeof value === 'number') ? String(value) : '';
  }

  function write(element: string, value: string): void {
    if (written.get(element) === value) return;
    api.SetValue(element, value);
    if (check(`SetValue ${element}`)) written.set(element, value);
  }

  function hasQuiz(): boolean {
    return context.quiz !== null;
  }

  /** With a quiz: submitted (it then has a score) and passed, or failed for good. */
  function isQuizDone(outcome: LessonOutcome): boolean {
    return outcome.score !== undefined && !(outcome.success === 'failed' && outcome.canRetry === true);
  }

  /** Every screen seen and, with a quiz, the quiz done. */
  function isCompleted(outcome: LessonOutcome): boolean {
    return outcome.completed && (!hasQuiz() || isQuizDone(outcome));
  }

  function progressMeasure(progress: LessonProgress, outcome: LessonOutcome): string {
    const steps = context.screenCount + (hasQuiz() ? 1 : 0);
    const done = progress.visited.length + (hasQuiz() && isQuizDone(outcome) ? 1 : 0);
    // Below 1 until completed: every screen seen with the quiz still to pass is not the end.
    return formatReal(steps === 0 ? 0 : clamp(done / steps, 0, 1 - 1 / 10000), 4);
  }

  function writeCompletion(completed: boolean): void {
    // Once completed, always completed: a later visit re-reading the lesson does not undo it.
    const wanted = completed || completion === 'completed' ? 'completed' : 'incomplete';
    if (wanted !== completion) write('cmi.completion_status', wanted);
    completion = wanted;
  }

  function writeOutcome(progress: LessonProgress, outcome: LessonOutcome): void {
    const completed = isCompleted(outcome);
    write('cmi.progress_measure', completed ? '1' : progressMeasure(progress, outcome));
    writeCompletion(completed);
    if (outcome.score !== undefined) {
      write('cmi.score.scaled', formatReal(clamp(outcome.score.scaled, -1, 1)));
      write('cmi.score.raw', formatReal(outcome.score.raw));
      write('cmi.score.min', formatReal(outcome.score.min));
      write('cmi.score.max', formatReal(outcome.score.max));
    }
    if (outcome.success !== 'unknown') write('cmi.success_status', outcome.success);
    write('cmi.exit', exitFor(completion === 'completed', outcome.success === 'failed'));
  }

  function readSaved(): LessonProgress | null {
    const state = decodeProgressState(read('cmi.suspend_data'));
    const location = parseLocation(read('cmi.location'));
    if (state === null && location === null) return null;
    return { location: location ?? 0, visited: state?.visited ?? [], quiz: state?.quiz ?? null };
  }

  function record(progress: LessonProgress, outcome: LessonOutcome): void {
    if (!active || !tracked) return;
    write('cmi.location', String(progress.location).slice(0, MAX_LOCATION_LENGTH));
    const state = encodeProgressState(progress.visited, context.screenCount, progress.quiz);
    if (state.length <= MAX_SUSPEND_DATA_LENGTH) write('cmi.suspend_data', state);
    writeOutcome(progress, outcome);
  }

  function recordInteraction(interaction: InteractionRecord): void {
    if (!active || !tracked) return;
    const prefix = `cmi.interactions.${nextInteraction}.`;
    nextInteraction += 1;
    for (const [element, value] of interactionValues(interaction)) {
      // Journal entries are new elements each time: no "unchanged" shortcut.
      api.SetValue(prefix + element, value);
      // Without its id the LMS refuses every other field of the entry: stop there.
      if (!check(`SetValue ${prefix}${element}`) && element === 'id') return;
    }
  }

  function commit(): void {
    if (!active || !tracked) return;
    api.Commit('');
    check('Commit');
  }

  function start(): LessonProgress | null {
    startedAt = context.now();
    const initialized = api.Initialize('');
    if (initialized !== true && initialized !== 'true') {
      const code = String(api.GetLastError() ?? GENERAL_EXCEPTION);
      // 103: an earlier SCO of this LMS window left the session open for us (see above).
      if (code !== ALREADY_INITIALIZED) {
        context.onProblem({ code, operation: 'Initialize' });
        return null;
      }
    }
    active = true;
    tracked = !UNTRACKED_MODES.includes(read('cmi.mode'));
    const entry = read('cmi.entry');
    completion = read('cmi.completion_status');
    const failed = read('cmi.success_status') === 'failed';
    nextInteraction = parseCount(read('cmi.interactions._count'));
    if (tracked) {
      writeCompletion(completion === 'completed');
      write('cmi.exit', exitFor(completion === 'completed', failed));
    }
    // `ab-initio` is a new attempt: whatever the LMS still holds belongs to an old one.
    return entry === 'ab-initio' ? null : readSaved();
  }

  function finish(progress: LessonProgress, outcome: LessonOutcome, ending: SessionEnding = 'leave'): void {
    if (!active) return;
    record(progress, outcome);
    active = false;
    // Review: no Terminate either, since Moodle's Terminate rewrites cmi.total_time even then
    // (seen: "PT14.35S" became "P"); the LMS closes the session when it unloads the SCO.
    if (!tracked) return;
    write('cmi.session_time', formatIsoDuration(context.now() - startedAt));
    if (ending === 'replaced') {
      // The LMS stays: keep its session open for the SCO it is launching (see above).
      api.Commit('');
      check('Commit');
      return;
    }
    api.Terminate('');
    check('Terminate');
  }

  /**
   * An LMS API that throws (a closed opener window, a buggy wrapper) must not stop the
   * lesson: report it as a general error and stop talking to that LMS.
   */
  function guarded<A extends unknown[], R>(operation: string, fallback: R, action: (...args: A) => R) {
    return (...args: A): R => {
      try {
        return action(...args);
      } catch {
        active = false;
        context.onProblem({ code: GENERAL_EXCEPTION, operation });
        return fallback;
      }
    };
  }

  return {
    name: 'scorm2004',
    notice: null,
    isRecording: () => tracked,
    start: guarded('Initialize', null, start),
    record: guarded('SetValue', undefined, record),
    recordInteraction: guarded('SetValue', undefined, recordInteraction),
    commit: guarded('Commit', undefined, commit),
    finish: guarded('Terminate', undefined, finish),
  };
}

/**
 * `suspend` keeps the attempt (and its quiz state) for the next launch while the learner can
 * still change the outcome; `normal` ends it once the lesson is completed and not failed.
 */
function exitFor(completed: boolean, failed: boolean): 'normal' | 'suspend' {
  return completed && !failed ? 'normal' : 'suspend';
}

function parseLocation(text: string): number | null {
  return /^\d{1,6}$/.test(text) ? Number(text) : null;
}

function parseCount(text: string): number {
  return /^\d{1,6}$/.test(text) ? Number(text) : 0;
}
