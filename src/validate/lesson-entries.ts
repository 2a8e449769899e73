/**
 * Checks the `lessons` list of course.yaml before any lesson file is opened: a path must stay
 * inside the course folder and appear once. Only the entries that pass are read.
 */
import * as path from 'node:path';
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { LessonEntry } from '../load/draft';

export interface ScreenedEntries {
  readonly readable: readonly LessonEntry[];
  readonly diagnostics: readonly Diagnostic[];
}

export function screenLessonEntries(entries: readonly LessonEntry[]): ScreenedEntries {
  const readable: LessonEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const firstByPath = new Map<string, LessonEntry>();
  for (const entry of entries) {
    const normalized = normalizeEntryPath(entry.path);
    if (normalized === undefined) {
      diagnostics.push(diagnostic('course/lesson-path-outside', `lesson path "${entry.path}" leads outside the course folder`, entry.place));
      continue;
    }
    const first = firstByPath.get(normalized);
    if (first) {
      const message = `lesson file "${entry.path}" is listed twice (first on line ${first.place.line})`;
      diagnostics.push(diagnostic('course/lesson-listed-twice', message, entry.place));
      continue;
    }
    firstByPath.set(normalized, entry);
    readable.push(entry);
  }
  return { readable, diagnostics };
}

/**
 * The entry as a `/`-separated path relative to the course folder, or undefined when it is
 * absolute or climbs out with `..`. Backslashes count as separators: a path written on
 * Windows must not escape on Linux.
 */
export function normalizeEntryPath(entry: string): string | undefined {
  const slashed = entry.replace(/\\/g, '/');
  if (path.posix.isAbsolute(slashed) || /^[A-Za-z]:/.test(slashed)) return undefined;
  const normalized = path.posix.normalize(slashed);
  if (normalized === '..' || normalized.startsWith('../')) return undefined;
  return normalized;
}
