/**
 * The plain-text importer, pure: check → split lines → find tables and headings → the shared
 * outline and writing (./course-sources.ts).
 */
import type { Diagnostic } from '../diagnostics/diagnostic';
import { hasErrors } from '../diagnostics/diagnostic';
import { detectLanguage } from '../text/language';
import { checkInput } from './check-input';
import { courseSources, type ImportOptions, type ImportResult } from './course-sources';
import { importDiagnostic, placeAt } from './diagnostics';
import { findHeadings } from './headings';
import { splitLines } from './source-lines';
import { findTables } from './tables';

export type { ImportOptions, ImportResult, ImportStats } from './course-sources';

function noHeadings(sourceName: string): Diagnostic {
  return importDiagnostic('import/no-headings', 'No chapter or section headings were found in the text.',
    'Put each heading on a line of its own: a chapter number and an upper-case title ("1 INTRODUCTION"), '
      + 'a section number and a title ("1.1 Title"), or an upper-case heading such as "INTRODUCTION".',
    placeAt(sourceName, 1));
}

export function importText(text: string, options: ImportOptions): ImportResult {
  const { sourceName } = options;
  const refused = checkInput(text, sourceName);
  if (hasErrors(refused)) return { files: [], diagnostics: refused };

  const lines = splitLines(text);
  const headings = findHeadings(lines, findTables(lines));
  if (headings.length === 0) return { files: [], diagnostics: [noHeadings(sourceName)] };

  const language = options.language ?? detectLanguage(text);
  return courseSources({ lines, headings, language, options });
}
