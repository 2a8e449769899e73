/**
 * Kazakh noun case endings for quiz options: every option must carry the key's case, correctly
 * formed for its own stem (Өзбекстанмен → Қырғызстанмен, ШЫҰ-ның → АҚШ-тың). Hand-written
 * rules: vowel harmony, the stem's final sound, a curated table of acronym readings.
 */
export { KK_CASES, type KkCase, type Analysis, type InflectOptions } from './types';
export { inflect } from './inflect';
export { analyse } from './analyse';
export { normaliseSuffixSpacing } from './spacing';
export { reinflectLike, suffixAgrees } from './agree';
export { isAcronym, readingOf, type AcronymReading } from './acronyms';
export { harmonyOf, finalSoundOf, type Harmony, type FinalSound } from './sounds';
