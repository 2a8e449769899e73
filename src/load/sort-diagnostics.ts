/**
 * Diagnostics in reading order: by file (in the order given), then line and column, so that
 * output is stable whatever order the files were read in.
 */
import type { Diagnostic } from '../diagnostics/diagnostic';

export function sortDiagnostics(diagnostics: readonly Diagnostic[], files: readonly string[]): Diagnostic[] {
  const rank = new Map(files.map((file, index) => [file, index]));
  const rankOf = (d: Diagnostic) => (d.place ? (rank.get(d.place.file) ?? files.length) : -1);
  return [...diagnostics].sort(
    (a, b) =>
      rankOf(a) - rankOf(b) ||
      compareText(a.place?.file ?? '', b.place?.file ?? '') ||
      (a.place?.line ?? 0) - (b.place?.line ?? 0) ||
      (a.place?.column ?? 0) - (b.place?.column ?? 0),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
