/**
 * SCORM 1.2 adapter: talks to the LMS's `API` object (cmi.core.* data model).
 * Writes only values that changed, checks LMSGetLastError after every write and commit,
 * and never touches the API after LMSFinish.
 *
 * No LMSCommit at the end: LMSFinish persists the data by itself, and the end comes while the
 * page unloads, when Chromium refuses the synchronous request an LMS makes for LMSCommit
 * (error 101), while LMSFinish may still get through (scorm-again sends it by sendBeacon).
 */
import type { AdapterContext, LessonOutcome, LessonProgress, LmsAdapter } from './adapter';
import { findApi, hasMethods } from './find-api';
import { decodeVisited, encodeVisited } from './progress-codec';
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
/** Statuses we may turn into `completed` (`failed` comes from a score: not ours to change). */
const OPEN_STATUSES: readonly string[] = ['', 'not attempted', 'incomplete', 'browsed'];
const MAX_LOCATION_LENGTH = 255;

export function createScorm12Adapter(api: Scorm12Api, context: AdapterContext): LmsAdapter {
  const written = new Map<string, string>();
  let active = false;
  let startedAt = 0;
  let status = '';
  let reviewing = false;

  function read(element: string): string {
    const value = api.LMSGetValue(element);
    return typeof value === 'string' ? value : '';
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

  function writeStatus(completed: boolean): void {
    if (reviewing) return;
    const wanted = completed ? 'completed' : status === '' || status === 'not attempted' ? 'incomplete' : status;
    if (wanted !== status && OPEN_STATUSES.includes(status)) {
      write('cmi.core.lesson_status', wanted);
      status = wanted;
    }
    // `suspend` keeps the attempt resumable; a finished lesson ends its attempt normally.
    write('cmi.core.exit', isDone() ? '' : 'suspend');
  }

  function readSaved(): LessonProgress | null {
    const visits = decodeVisited(read('cmi.suspend_data'));
    const location = parseLocation(read('cmi.core.lesson_location'));
    if (visits === null && location === null) return null;
    return { location: location ?? 0, visited: visits?.visited ?? [], quiz: null };
  }

  function record(progress: LessonProgress, outcome: LessonOutcome): void {
    if (!active) return;
    const completed = outcome.completed;
    write('cmi.core.lesson_location', String(progress.location).slice(0, MAX_LOCATION_LENGTH));
    write('cmi.suspend_data', encodeVisited(progress.visited, context.screenCount));
    writeStatus(completed);
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
    reviewing = read('cmi.core.lesson_mode') === 'review';
    const entry = read('cmi.core.entry');
    writeStatus(false);
    // `ab-initio` is a new attempt: whatever the LMS still holds belongs to an old one.
    return entry === 'ab-initio' ? null : readSaved();
  }

  function finish(progress: LessonProgress, outcome: LessonOutcome): void {
    if (!active) return;
    record(progress, outcome);
    write('cmi.core.session_time', formatScorm12Time(context.now() - startedAt));
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
    start: guarded('LMSInitialize', null, start),
    record: guarded('LMSSetValue', undefined, record),
    recordInteraction: () => undefined,
    commit: guarded('LMSCommit', undefined, commit),
    finish: guarded('LMSFinish', undefined, finish),
  };
}

function parseLocation(text: string): number | null {
  return /^\d{1,6}$/.test(text) ? Number(text) : null;
}
