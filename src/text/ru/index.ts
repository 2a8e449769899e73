/**
 * Russian noun inflection for quiz options: every option must stand in the key's case, formed
 * for its own declension class (в Казахстане → в Китае, России → Турции, ШОС stays ШОС).
 * Hand-written rules for the classes names meet; see nouns.ts.
 */
export { RU_CASES, type RuCase, type RuGender, type RuClass, type RuWordOptions } from './types';
export { inflectWord, classOf, genderOf, isRuAcronym } from './nouns';
export { inflectName, casesOf, type RuNameOptions } from './names';
export { casesAfter } from './prepositions';
