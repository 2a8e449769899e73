/**
 * Salience: which sentences of a lesson state its key ideas, which items are trivia, and the
 * selection of a lesson's bank from what the rules over-generate (see select.ts).
 */
export { salienceModel, conclusionOf, type SalienceModel } from './model';
export { selectItems, MAX_ITEMS, MIN_SCORE, type Selection, type SelectionInput } from './select';
export { triviaOf, significantDigits, type KeyFact, type TriviaClass } from './trivia';
export { courseSpelling, spellingModel, suspectWords, type SpellingModel } from './spelling';
