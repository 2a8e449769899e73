/** The real course, indexed once per file (the checks judge against the whole text). */
export { COURSE_DIR, draftOf, loadFixture, sentenceWith, yearDistractor } from '../rules/helpers';
