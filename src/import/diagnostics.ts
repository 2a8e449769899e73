/** The importer's diagnostics: codes, severities and default hints come from the catalogue. */
import { diagnostic, type DiagnosticCode } from '../diagnostics/codes';
import type { Diagnostic, Place } from '../diagnostics/diagnostic';

export type ImportCode = Extract<DiagnosticCode, `import/${string}`>;

export function importDiagnostic(code: ImportCode, message: string, hint: string, place?: Place): Diagnostic {
  return diagnostic(code, message, place, hint);
}

export function placeAt(file: string, line: number, column = 1): Place {
  return { file, line, column };
}
