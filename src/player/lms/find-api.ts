/**
 * Finds an LMS runtime object (SCORM 1.2: `API`) the way LMSs expose it: on a window above
 * ours (Moodle loads the SCO in an iframe), or above the window that opened ours (an iframe
 * in a popup). Windows of another origin throw on property access; those are skipped.
 */

/** How far up a chain of frames we look; real LMS nestings are 2 or 3 deep. */
const MAX_LEVELS = 10;

export type ApiCheck<T> = (candidate: unknown) => candidate is T;

export function findApi<T>(start: unknown, name: string, isApi: ApiCheck<T>): T | null {
  const own = searchUp(start, name, isApi);
  if (own.api !== null) return own.api;
  for (const window of [start, own.top]) {
    const opener = readProperty(window, 'opener');
    if (isObject(opener)) {
      const found = searchUp(opener, name, isApi).api;
      if (found !== null) return found;
    }
  }
  return null;
}

interface SearchResult<T> {
  readonly api: T | null;
  /** The highest window reached, whose opener is the next place to look. */
  readonly top: unknown;
}

function searchUp<T>(start: unknown, name: string, isApi: ApiCheck<T>): SearchResult<T> {
  let current = start;
  for (let level = 0; level <= MAX_LEVELS; level += 1) {
    const candidate = readProperty(current, name);
    if (isApi(candidate)) return { api: candidate, top: current };
    const parent = readProperty(current, 'parent');
    if (!isObject(parent) || parent === current) break;
    current = parent;
  }
  return { api: null, top: current };
}

/** Reads a property of a window that may belong to another origin (then: undefined). */
function readProperty(holder: unknown, key: string): unknown {
  if (!isObject(holder)) return undefined;
  try {
    return (holder as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is object {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}

/** True when every named member is a function (an object from another origin is not). */
export function hasMethods(candidate: unknown, methods: readonly string[]): boolean {
  return methods.every((method) => typeof readProperty(candidate, method) === 'function');
}
