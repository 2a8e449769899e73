/** The importer: a long text in, course sources (course.yaml + one Markdown file per lesson) out. */
export { importText, type ImportOptions, type ImportResult, type ImportStats } from './import-text';
export { writeImport, type WriteOptions } from './write';
export type { ImportCode } from './diagnostics';
export { importDocx, looksLikeWord } from './docx/index';
