/**
 * The text layer of the quiz generator. Entry point: indexCourseText(course); the parts are
 * usable alone (a rule that only needs sentences calls splitSentences).
 */
export { indexCourseText, valueKey, valuePoolKey, yearsOf } from './course-text';
export { lessonParagraphs, lessonProse } from './paragraphs';
export { splitSentences, cleanSentence, countWords } from './sentences';
export { removeCitations, citationMarks } from './citations';
export { anaphoricOpener } from './openers';
export { stemHygiene, HYGIENE_PROBLEMS, MIN_STEM_WORDS, MAX_STEM_WORDS } from './hygiene';
export type { HygieneProblem } from './hygiene';
export { findEntities, entityById } from './entities/find';
export { defaultCatalogue, withGlossary, type Catalogue } from './entities/catalogue';
export type { Entity, EntityGroup, EntityNames } from './entities/types';
export { findQuantities, parseNumber } from './numbers';
export type * from './types';
