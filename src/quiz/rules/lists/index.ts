export { multipleResponseListRule, MULTIPLE_RESPONSE_LIST, lengthGivesAway, formatGivesAway } from './multiple-response-list';
export { listCatalogue } from './catalogue';
export type { CourseList, ListCatalogue, ListOption } from './catalogue';
export { optionText, capitalised, wordCount } from './option-text';
export { generatedItemId, seededOrder, seededRank, optionId } from './item-id';
export { normalisedText, contentStems, sameContent } from './text-compare';
