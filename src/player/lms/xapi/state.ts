/**
 * The learner's state of one lesson and registration, kept in the State API (stateId
 * `coursepack-progress`, activity: the lesson) so that another device resumes where this one
 * stopped, and mirrored in localStorage so that a reload without network resumes as well.
 *
 * Besides the bookmark and the quiz it remembers which once-per-registration statements were
 * sent (cmi5: at most one completed and one passed/failed), so a later session does not repeat
 * them. Screens seen and the quiz use the suspend_data encoding (../progress-codec.ts), which
 * validates what it reads back.
 */
import type { LessonProgress } from '../adapter';
import { decodeProgressState, encodeProgressState } from '../progress-codec';

export interface ProgressDocument {
  readonly version: 1;
  readonly location: number;
  /** Screens seen and the quiz (progress-codec). */
  readonly progress: string;
  /** The last session ended unfinished: the next one sends `resumed`. */
  readonly suspended: boolean;
  /** `completed` was sent for this registration. */
  readonly completedSent: boolean;
  /** `passed` or `failed` was sent for this registration (which one), else null. */
  readonly verdictSent: 'passed' | 'failed' | null;
}

export const EMPTY_DOCUMENT: ProgressDocument = {
  version: 1,
  location: 0,
  progress: '',
  suspended: false,
  completedSent: false,
  verdictSent: null,
};

export function progressDocument(progress: LessonProgress, screenCount: number, flags: Omit<ProgressDocument, 'version' | 'location' | 'progress'>): ProgressDocument {
  return {
    version: 1,
    location: progress.location,
    progress: encodeProgressState(progress.visited, screenCount, progress.quiz),
    ...flags,
  };
}

/** The document as read from the LRS or storage; null when absent or not ours. */
export function parseProgressDocument(value: unknown): ProgressDocument | null {
  const data = typeof value === 'string' ? safeParse(value) : value;
  if (typeof data !== 'object' || data === null) return null;
  const doc = data as Partial<Record<keyof ProgressDocument, unknown>>;
  if (doc.version !== 1 || typeof doc.location !== 'number' || !Number.isInteger(doc.location) || doc.location < 0) return null;
  if (typeof doc.progress !== 'string') return null;
  const verdict = doc.verdictSent === 'passed' || doc.verdictSent === 'failed' ? doc.verdictSent : null;
  return {
    version: 1,
    location: doc.location,
    progress: doc.progress,
    suspended: doc.suspended === true,
    completedSent: doc.completedSent === true,
    verdictSent: verdict,
  };
}

/** The saved progress in the document; null when it holds none. */
export function progressOf(doc: ProgressDocument): LessonProgress | null {
  const state = decodeProgressState(doc.progress);
  if (state === null) return null;
  return { location: doc.location, visited: state.visited, quiz: state.quiz };
}

/**
 * Two copies (LRS and this browser): the one that knows more wins, so a device that was offline
 * does not roll back what another one reported. Flags are merged: once sent, always sent.
 */
export function newerDocument(a: ProgressDocument | null, b: ProgressDocument | null): ProgressDocument | null {
  if (a === null) return b;
  if (b === null) return a;
  const [ahead, behind] = weight(a) >= weight(b) ? [a, b] : [b, a];
  return {
    ...ahead,
    completedSent: ahead.completedSent || behind.completedSent,
    verdictSent: ahead.verdictSent ?? behind.verdictSent,
  };
}

function weight(doc: ProgressDocument): number {
  const state = decodeProgressState(doc.progress);
  if (state === null) return -1;
  const quiz = state.quiz;
  return state.visited.length * 1000 + (quiz ? quiz.attempt * 10 + (quiz.submitted ? 1 : 0) : 0);
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
