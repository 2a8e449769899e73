/** What a SCORM LMS keeps of a session: its commits; the last one's `cmi` is what the next launch resumes from. */
export interface CommitRecord {
  /** The terminating commit (scorm-again's `?final=true` beacon). */
  readonly final: boolean;
  readonly data: Readonly<Record<string, unknown>>;
}

/** The `cmi` of the session's last commit: what an LMS hands to the next launch; null when none. */
export function lastCommittedCmi(commits: readonly Pick<CommitRecord, 'data'>[]): Readonly<Record<string, unknown>> | null {
  const cmi = commits[commits.length - 1]?.data['cmi'];
  return typeof cmi === 'object' && cmi !== null ? (cmi as Record<string, unknown>) : null;
}
