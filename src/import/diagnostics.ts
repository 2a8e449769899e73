/**
 * The importer's diagnostic codes. They follow the catalogue convention of
 * src/diagnostics/codes.ts (permanent name, message, hint, place) and live here until that
 * catalogue lists them.
 */
import type { Diagnostic, Place, Severity } from '../diagnostics/diagnostic';

export type ImportCode =
  | 'import/empty'
  | 'import/binary'
  | 'import/too-large'
  | 'import/no-headings'
  | 'import/text-before-heading'
  | 'import/table-without-cells'
  | 'import/out-not-empty';

const SEVERITY: Readonly<Record<ImportCode, Severity>> = {
  'import/empty': 'error',
  'import/binary': 'error',
  'import/too-large': 'error',
  'import/no-headings': 'error',
  'import/text-before-heading': 'warning',
  'import/table-without-cells': 'warning',
  'import/out-not-empty': 'error',
};

export function importDiagnostic(code: ImportCode, message: string, hint: string, place?: Place): Diagnostic {
  return { code, severity: SEVERITY[code], message, hint, ...(place ? { place } : {}) };
}

export function placeAt(file: string, line: number, column = 1): Place {
  return { file, line, column };
}
