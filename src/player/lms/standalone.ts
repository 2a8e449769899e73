/**
 * Stand-alone adapter: no LMS found (the package opened from disk or a plain web server).
 * Progress goes to localStorage when the browser allows it, and the learner is told that
 * it stays in this browser. Private modes and sandboxed frames may refuse storage: then
 * progress lasts as long as the page.
 */
import type { AdapterContext, LessonProgress, LmsAdapter } from './adapter';
import { decodeProgressState, encodeProgressState } from './progress-codec';

/** The part of `Storage` we use. */
export interface ProgressStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Returns the window's localStorage, or null when reading it throws or it is absent. */
export function openLocalStorage(window: unknown): ProgressStore | null {
  try {
    const storage = (window as { localStorage?: ProgressStore }).localStorage;
    return storage !== undefined && storage !== null ? storage : null;
  } catch {
    return null;
  }
}

export function storageKey(courseId: string, lessonId: string): string {
  return `coursepack:${courseId}:${lessonId}`;
}

/** What is stored under the key, as JSON. */
interface StoredProgress {
  readonly location: number;
  /** Screens seen and the quiz, in the suspend_data encoding (./progress-codec.ts). */
  readonly visited: string;
}

export function createStandaloneAdapter(store: ProgressStore | null, context: AdapterContext): LmsAdapter {
  const key = storageKey(context.courseId, context.lessonId);

  function save(progress: LessonProgress): void {
    const stored: StoredProgress = {
      location: progress.location,
      visited: encodeProgressState(progress.visited, context.screenCount, progress.quiz),
    };
    try {
      store?.setItem(key, JSON.stringify(stored));
    } catch {
      // Quota or privacy settings: the notice already says progress is not kept elsewhere.
    }
  }

  return {
    name: 'standalone',
    notice: 'standaloneNotice',
    start() {
      return parseStored(readItem(store, key));
    },
    // localStorage writes are cheap and synchronous: save on every record, commit nothing.
    record: save,
    recordInteraction() {},
    commit() {},
    finish: save,
  };
}

function readItem(store: ProgressStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function parseStored(text: string | null): LessonProgress | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { location, visited } = value as Partial<Record<keyof StoredProgress, unknown>>;
  const state = decodeProgressState(visited);
  if (state === null || typeof location !== 'number' || !Number.isInteger(location)) return null;
  return { location, visited: state.visited, quiz: state.quiz };
}
