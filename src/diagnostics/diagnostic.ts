/**
 * Diagnostics are how every stage reports a problem in the user's content.
 * They are collected, never thrown, so that one run reports every problem at once.
 * A bug in coursepack itself is an `InternalError` instead (see ./errors.ts).
 */

/** A position in a source file. Lines and columns are 1-based. */
export interface Place {
  /**
   * Path of the file. The loader gives absolute paths, so that places do not depend on the
   * process's working directory; formatDiagnostics shows them relative to its `cwd`.
   */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Permanent, documented name, e.g. `course/missing-title` (see ./codes.ts). */
  readonly code: string;
  readonly severity: Severity;
  /** What happened, in one sentence. */
  readonly message: string;
  /** What to do about it. */
  readonly hint?: string;
  /** Where it happened; absent only for problems that concern no file. */
  readonly place?: Place;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
