/** Refuses input that cannot be a text to import, before any work is done on it. */
import type { Diagnostic } from '../diagnostics/diagnostic';
import { importDiagnostic, placeAt } from './diagnostics';

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** 1-based line and column of a character offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, column };
}

export function checkInput(text: string, file: string): readonly Diagnostic[] {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_INPUT_BYTES) {
    const megabytes = (bytes / 1024 / 1024).toFixed(1);
    return [importDiagnostic('import/too-large', `The text is ${megabytes} MB; the importer takes at most 20 MB.`,
      'Split the text into several files and import them one by one.', placeAt(file, 1))];
  }
  // NUL never occurs in text; U+FFFD is what a decoder leaves where the bytes were not UTF-8.
  const binaryAt = text.search(/[\u0000\uFFFD]/);
  if (binaryAt !== -1) {
    const { line, column } = positionOf(text, binaryAt);
    const what = text[binaryAt] === '\u0000' ? 'a NUL byte' : 'bytes that are not UTF-8';
    return [importDiagnostic('import/binary', `The file holds ${what}: it is not a UTF-8 text file.`,
      'Export the document as plain text in UTF-8 ("Save as… → Plain text, UTF-8") and import that file.',
      placeAt(file, line, column))];
  }
  if (text.trim() === '') {
    return [importDiagnostic('import/empty', 'The text is empty.',
      'Check that you passed the right file and that it was saved with its content.', placeAt(file, 1))];
  }
  return [];
}
