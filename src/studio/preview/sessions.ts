/**
 * What the preview LMS remembers of each lesson × runtime, in memory only: the commits the
 * SCO's data reached the LMS with (the last one is what a relaunch resumes from), the strict
 * host's violations and its call log. Reset forgets it: a new attempt.
 */
import { randomUUID } from 'node:crypto';

export interface Commit {
  readonly final: boolean;
  readonly data: Readonly<Record<string, unknown>>;
}

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

/** The `cmi` of the session's last commit: what an LMS hands to the next launch; null when none. */
export function lastCommittedCmi(commits: readonly Commit[]): Readonly<Record<string, unknown>> | null {
  const cmi = commits[commits.length - 1]?.data['cmi'];
  return typeof cmi === 'object' && cmi !== null ? (cmi as Record<string, unknown>) : null;
}
