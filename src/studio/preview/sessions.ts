/**
 * What the preview LMS remembers of each lesson × runtime, in memory only: the commits the
 * SCO's data reached the LMS with (the last one is what a relaunch resumes from), the strict
 * host's violations and its call log. Reset forgets it: a new attempt.
 */
import { randomUUID } from 'node:crypto';
import { lastCommittedCmi, type CommitRecord } from '../../lms/commits';

export type Commit = CommitRecord;
export { lastCommittedCmi };

export interface PreviewSession {
  readonly commits: Commit[];
  readonly violations: unknown[];
  calls: readonly unknown[];
  /** xAPI and cmi5: the registration of the attempt (a relaunch keeps it, a reset starts another). */
  readonly registration: string;
}

export class PreviewSessions {
  private readonly sessions = new Map<string, PreviewSession>();

  get(runtime: string, lesson: string): PreviewSession {
    const key = `${runtime}/${lesson}`;
    let session = this.sessions.get(key);
    if (!session) {
      session = { commits: [], violations: [], calls: [], registration: randomUUID() };
      this.sessions.set(key, session);
    }
    return session;
  }

  reset(runtime: string, lesson: string): void {
    this.sessions.delete(`${runtime}/${lesson}`);
  }
}
