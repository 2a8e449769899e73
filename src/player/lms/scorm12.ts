/**
 * SCORM 1.2 adapter: talks to the LMS's `API` object (cmi.core.* data model).
 * Writes only values that changed, checks LMSGetLastError after every write and commit,
 * and never touches the API after LMSFinish. In review mode (`cmi.core.lesson_mode`) it writes
 * nothing: Moodle would store it over the finished attempt. Interactions go after those of
 * earlier sessions (`cmi.interactions._count`, which Moodle returns as a number).
 *
 * No LMSCommit at the end: LMSFinish persists the data by itself, and the end comes while the
 * page unloads, when Chromium refuses the synchronous request an LMS makes for LMSCommit
 * (error 101), while LMSFinish may still get through (scorm-again sends it by sendBeacon).
 */
import type { AdapterContext, InteractionRecord, LessonOutcome, LessonProgress, LmsAdapter } from './adapter';
import { findApi, hasMethods } from './find-api';
import { decodeProgressState, encodeProgressState } from './progress-codec';
import { scorm12InteractionValues, scorm12Status } from './scorm12-data';
import { formatScorm12Time } from './session-time';

/** The runtime API an LMS exposes as `window.API`; returns are strings by the standard. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
}

const API_METHODS = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
] as const;

export function isScorm12Api(candidate: unknown): candidate is Scorm12Api {
  return hasMethods(candidate, API_METHODS);
}

export function findScorm12Api(start: unknown): Scorm12Api | null {
  return findApi(start, 'API', isScorm12Api);
}

/** Statuses that mean the lesson is done: we never write over them. */
const FINAL_STATUSES: readonly string[] = ['completed', 'passed'];
/** Statuses an LMS starts a SCO with. */
const FRESH_STATUSES: readonly string[] = ['', 'not attempted'];
const MAX_LOCATION_LENGTH = 255;

/**
 * The status to write when `wanted` is what the outcome says and `current` what the LMS holds,
 * or null to leave it: a done lesson stays done; `incomplete` only replaces a fresh status (a
 * `browsed` or `failed` one says more); `failed` may still become passed or completed after
 * another attempt at the quiz.
 */
export function nextScorm12Status(current: string, wanted: string): string | null {
  if (FINAL_STATUSES.includes(current) || wanted === current) return null;
  if (wanted === 'incomplete') return FRESH_STATUSES.includes(current) ? wanted : null;
  return wanted;
}

export function createScorm12Adapter(api: Scorm12Api, context: AdapterContext): LmsAdapter {
  const written = new Map<string, string>();
  let active = false;
  let startedAt = 0;
  let status = '';
  let reviewing = false;
  /** `cmi.interactions._count` at start (an LMS may keep earlier sessions' entries), then counted here. */
  let nextInteraction = 0;

  function read(element: string): string {
    const value = api.LMSGetValue(element);
    // Moodle returns counts (`cmi.interactions._count`) as numbers, not strings.
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }

  /** Reports the LMS's error, if any, for the call just made. */
  function check(operation: string): boolean {
    const code = String(api.LMSGetLastError() ?? '0');
    if (code === '0' || code === '') return true;
    context.onProblem({ code, operation });
    return false;
  }

  function write(element: string, value: string): void {
    if (written.get(element) === value) return;
    api.LMSSetValue(element, value);
    if (check(`LMSSetValue ${element}`)) written.set(element, value);
  }

  function isDone(): boolean {
    return FINAL_STATUSES.includes(status);
  }

  function writeStatus(outcome: LessonOutcome): void {
    if (reviewing) return;
    const next = nextScorm12Status(status, scorm12Status(outcome, context.quiz));
    if (next !== null) {
      write('cmi.core.lesson_status', next);
      status = next;
    }
    // `suspend` keeps the attempt resumable; a finished lesson ends its attempt normally.
    write('cmi.core.exit', isDone() ? '' : 'suspend');
  }

  function readSaved(): LessonProgress | null {
    const state = decodeProgressState(read('cmi.suspend_data'));
    const location = parseLocation(read('cmi.core.lesson_location'));
    if (state === null && location === null) return null;
    return { location: location ?? 0, visited: state?.visited ?? [], quiz: state?.quiz ?? null };
  }

  function writeScore(outcome: LessonOutcome): void {
    if (reviewing || outcome.score === undefined) return;
    // min and max first: an LMS that judges mastery on `raw` then sees a complete score.
    write('cmi.core.score.min', String(outcome.score.min));
    write('cmi.core.score.max', String(outcome.score.max));
    write('cmi.core.score.raw', String(outcome.score.raw));
  }

  function record(progress: LessonProgress, outcome: LessonOutcome): void {
    // Review mode records nothing: Moodle stores what a SCO writes even then.
    if (!active || reviewing) return;
    write('cmi.core.lesson_location', String(progress.location).slice(0, MAX_LOCATION_LENGTH));
    write('cmi.suspend_data', encodeProgressState(progress.visited, context.screenCount, progress.quiz));
    writeScore(outcome);
    writeStatus(outcome);
  }

  /** Interactions are a write-only journal: each record goes to the next free index. */
  function recordInteraction(interaction: InteractionRecord): void {
    if (!active || reviewing) return;
    const n = nextInteraction;
    nextInteraction += 1;
    for (const [element, value] of scorm12InteractionValues(n, interaction)) write(element, value);
  }

  function commit(): void {
    if (!active) return;
    api.LMSCommit('');
    check('LMSCommit');
  }

  function start(): LessonProgress | null {
    startedAt = context.now();
    const initialized = api.LMSInitialize('');
    if (initialized !== true && initialized !== 'true') {
      context.onProblem({ code: String(api.LMSGetLastError() ?? '101'), operation: 'LMSInitialize' });
      return null;
    }
    active = true;
    status = read('cmi.core.lesson_status');
    reviewing = ['review', 'browse'].includes(read('cmi.core.lesson_mode'));
    const entry = read('cmi.core.entry');
    nextInteraction = parseCount(read('cmi.interactions._count'));
    writeStatus({ completed: false, success: 'unknown' });
    // `ab-initio` is a new attempt: whatever the LMS still holds belongs to an old one.
    return entry === 'ab-initio' ? null : readSaved();
  }

  function finish(progress: LessonProgress, outcome: LessonOutcome): void {
    if (!active) return;
    record(progress, outcome);
    if (!reviewing) write('cmi.core.session_time', formatScorm12Time(context.now() - startedAt));
    active = false;
    api.LMSFinish('');
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
        context.onProblem({ code: '101', operation });
        return fallback;
      }
    };
  }

  return {
    name: 'scorm12',
    notice: null,
    isRecording: () => !reviewing,
    start: guarded('LMSInitialize', null, start),
    record: guarded('LMSSetValue', undefined, record),
    recordInteraction: guarded('LMSSetValue', undefined, recordInteraction),
    commit: guarded('LMSCommit', undefined, commit),
    finish: guarded('LMSFinish', undefined, finish),
  };
}

function parseCount(text: string): number {
  return /^\d{1,6}$/.test(text) ? Number(text) : 0;
}

function parseLocation(text: string): number | null {
  return /^\d{1,6}$/.test(text) ? Number(text) : null;
}
