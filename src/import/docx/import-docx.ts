/**
 * The .docx importer: check the file → read mammoth's document tree → units (paragraphs,
 * tables, images) → lines → headings by Word style, or by the plain-text rules when no heading
 * style is used → the outline and writing every importer shares (../course-sources.ts).
 * Nothing is written here: the result is files in memory, or errors and no files.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { hasErrors } from '../../diagnostics/diagnostic';
import { detectLanguage } from '../../text/language';
import { courseSources, type ImportOptions, type ImportResult } from '../course-sources';
import { importDiagnostic, placeAt } from '../diagnostics';
import { findHeadings } from '../headings';
import type { SourceLine } from '../source-lines';
import { findTables } from '../tables';
import { checkDocx, corrupt } from './check';
import { readDocument } from './document';
import { styledHeadings } from './headings';
import { placeImages } from './images';
import { unitsToLines } from './lines';
import { appendNotes } from './notes';
import { documentUnits } from './units';

function noHeadings(sourceName: string): Diagnostic {
  return importDiagnostic('import/no-headings', 'No chapter or section headings were found in the document.',
    'Mark each chapter title with Word\'s "Heading 1" style and each section title with "Heading 2" (Home → Styles), '
      + 'or start them with their numbers ("1 INTRODUCTION", "1.1 Title") on paragraphs of their own; then import again.',
    placeAt(sourceName, 1));
}

export async function importDocx(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const { sourceName } = options;
  const refused = checkDocx(bytes, sourceName);
  if (hasErrors(refused)) return { files: [], diagnostics: refused };
  const read = await readDocument(bytes);
  if ('problem' in read) return { files: [], diagnostics: [corrupt(sourceName, read.problem)] };

  const { units, title, notes } = documentUnits(read.document);
  const images = await placeImages(units, sourceName);
  if (hasErrors(images.diagnostics)) return { files: [], diagnostics: images.diagnostics };

  const styled = styledHeadings(units);
  const lines: SourceLine[] = unitsToLines(units, images.placed).map((line, index) =>
    (styled.subheadings.has(index) ? { ...line, block: { kind: 'heading', text: line.text } } : line));
  const headings = styled.headings.length > 0 ? styled.headings : findHeadings(lines, findTables(lines));
  if (headings.length === 0) return { files: [], diagnostics: [noHeadings(sourceName)] };

  const language = options.language ?? detectLanguage(lines.map((line) => line.text).join('\n'));
  return courseSources({
    lines,
    headings,
    language,
    options,
    ...(title !== undefined ? { title } : {}),
    finishBlocks: appendNotes(notes),
    extraFiles: images.files,
    diagnostics: images.diagnostics,
  });
}
