/** Importing a Word document (.docx): see ./import-docx.ts. */
export { importDocx } from './import-docx';
export { looksLikeWord } from './check';
