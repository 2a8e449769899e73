/**
 * Side details a reviewer rejects as trivia (the blind review's first reason, 34 of 74): a
 * capacity or a length, an age, a survey-table cell, a publication or a researcher's
 * affiliation, the construction date of an object, an exact day, a figure given to the last
 * decimal. A lesson is taught by its claims, not by these. Word lists per language; each class
 * is named so that the quiz report can count it.
 */
import type { Language } from '../../model/course';
import type { KeyType } from '../distractors/types';

export type TriviaClass =
  | 'capacity' | 'length' | 'age' | 'survey-cell' | 'publication' | 'affiliation' | 'construction-date' | 'exact-day' | 'exact-figure' | 'methods';

type Patterns = Readonly<Record<Language, RegExp>>;

const B = '(?<![\\p{L}])';

const CAPACITY: Patterns = {
  kk: new RegExp(`${B}(?:қуат(?:ы|тылығы)|мегаватт|киловатт|гигаватт|МВт|кВт|текше метр)`, 'iu'),
  ru: new RegExp(`${B}(?:мощност\\p{L}*|мегаватт\\p{L}*|киловатт\\p{L}*|гигаватт\\p{L}*|МВт|кВт|кубометр\\p{L}*|куб\\.\\s*м)`, 'iu'),
  en: new RegExp(`${B}(?:capacity|megawatts?|kilowatts?|gigawatts?|MW|kW|cubic met(?:re|er)s?)(?![\\p{L}])`, 'iu'),
};

const LENGTH: Patterns = {
  kk: new RegExp(`${B}(?:ұзындығы|биіктігі|тереңдігі|аумағы\\s+\\d|километр|км|гектар|шаршы)`, 'iu'),
  ru: new RegExp(`${B}(?:протяж[её]нност\\p{L}*|длин(?:а|ой|у)|высот(?:а|ой)|глубин(?:а|ой)|километр\\p{L}*|км|гектар\\p{L}*|площад\\p{L}*)`, 'iu'),
  en: new RegExp(`${B}(?:length|long|high|deep|kilomet(?:re|er)s?|km|hectares?|square)(?![\\p{L}])`, 'iu'),
};

const AGE: Patterns = {
  kk: new RegExp(`${B}(?:жасы|жасты|жасында|жастағы|жас аралығ)`, 'iu'),
  ru: new RegExp(`${B}(?:возраст\\p{L}*|лет от роду)`, 'iu'),
  en: new RegExp(`${B}(?:aged?|years old)(?![\\p{L}])`, 'iu'),
};

const SURVEY: Patterns = {
  kk: new RegExp(`${B}(?:сауалнама\\p{L}*|респондент\\p{L}*|сұралғандар\\p{L}*|сұралған\\p{L}*|сұхбат\\p{L}*)`, 'iu'),
  ru: new RegExp(`${B}(?:опрос\\p{L}*|респондент\\p{L}*|анкет\\p{L}*|опрошенн\\p{L}*)`, 'iu'),
  en: new RegExp(`${B}(?:survey\\p{L}*|respondents?|polled|poll|questionnaire)`, 'iu'),
};

const PUBLICATION: Patterns = {
  kk: new RegExp(`${B}(?:еңбег\\p{L}*|еңбект\\p{L}*|монография\\p{L}*|мақала\\p{L}*|кітаб\\p{L}*|кітап\\p{L}*|басылым\\p{L}*|жарияла\\p{L}*|диссертация\\p{L}*|зерттеуінде)`, 'iu'),
  ru: new RegExp(`${B}(?:работ(?:е|ах|ы)|монографи\\p{L}*|стать(?:е|и|ях|я)|книг\\p{L}*|опубликова\\p{L}*|издан\\p{L}*|диссертаци\\p{L}*)`, 'iu'),
  en: new RegExp(`${B}(?:book|article|paper|monograph|published|publication|dissertation|thesis)(?![\\p{L}])`, 'iu'),
};

const AFFILIATION: Patterns = {
  kk: new RegExp(`${B}(?:университет\\p{L}*|институт\\p{L}*|академия\\p{L}*|профессор\\p{L}*|ғылыми қызметкер\\p{L}*|кафедра\\p{L}*|зерттеу орталығ\\p{L}*)`, 'iu'),
  ru: new RegExp(`${B}(?:университет\\p{L}*|институт\\p{L}*|академи\\p{L}*|профессор\\p{L}*|научн\\p{L}* сотрудник\\p{L}*|кафедр\\p{L}*|исследовательск\\p{L}* центр\\p{L}*)`, 'iu'),
  en: new RegExp(`${B}(?:university|institute|academy|professor|research fellow|department|think tank)(?![\\p{L}])`, 'iu'),
};

const CONSTRUCTION: Patterns = {
  kk: new RegExp(`${B}(?:салын\\p{L}*|құрылыс\\p{L}*|пайдалануға бер\\p{L}*|ашыл\\p{L}*|іргетас\\p{L}*)`, 'iu'),
  ru: new RegExp(`${B}(?:постро\\p{L}*|строительств\\p{L}*|возвед\\p{L}*|введ\\p{L}* в эксплуатац\\p{L}*|открыт\\p{L}*|заклад\\p{L}*)`, 'iu'),
  en: new RegExp(`${B}(?:built|build|construct\\p{L}*|commissioned|opened|groundbreaking|foundation stone)(?![\\p{L}])`, 'iu'),
};

/** Words of a survey's answers ("жауаптар", "таңдаған", "ответили", "chose"): with a percentage, the sentence reads a table cell. */
const ANSWERS: Patterns = {
  kk: new RegExp(`${B}(?:жауап\\p{L}*|таңда\\p{L}*|нұсқа\\p{L}*|топта\\p{L}*|топ\\s+жауап\\p{L}*)`, 'iu'),
  ru: new RegExp(`${B}(?:ответ\\p{L}*|выбрал\\p{L}*|вариант\\p{L}*|групп(?:е|ы)\\s+опрошенн\\p{L}*)`, 'iu'),
  en: new RegExp(`${B}(?:answer\\p{L}*|respons\\p{L}*|chose|chosen|option)(?![\\p{L}])`, 'iu'),
};

const PERCENT = /\d\s*%|(?<![\p{L}])(?:пайыз\p{L}*|процент\p{L}*|percent)(?![\p{L}])/giu;

/** Percentages in a sentence beyond which it is a row of a table, whatever it asks. */
const TABLE_PERCENTS = 3;

/** A sentence that reports a survey's answers in percentages: any item on it asks a table cell. */
function surveyCell(sentence: string, language: Language): boolean {
  const percents = sentence.match(PERCENT)?.length ?? 0;
  return percents >= TABLE_PERCENTS || (percents > 0 && (ANSWERS[language].test(sentence) || SURVEY[language].test(sentence)));
}

/** Where the text reports its own or others' publications ("6 мақала … жарияланды", "Scopus"): trivia whatever the key. */
const PUBLISHED: Patterns = {
  kk: new RegExp(`${B}(?:мақала(?:сы|лар)?\\s+жарияла\\p{L}*|басылымдар\\p{L}*|Scopus|конференциялар\\p{L}* материалдар\\p{L}*)`, 'iu'),
  ru: new RegExp(`${B}(?:стать(?:я|и|ей)\\s+опубликова\\p{L}*|публикаци\\p{L}*|Scopus|материал\\p{L}* конференци\\p{L}*)`, 'iu'),
  en: new RegExp(`${B}(?:articles? (?:were |was )?published|publications|Scopus|conference proceedings)`, 'iu'),
};

/** Where the text describes its own sources and methods ("дереккөздері", "The sources include"): about the study, not the subject. */
const METHODS: Patterns = {
  kk: new RegExp(`${B}(?:дереккөз\\p{L}*|деректер көз\\p{L}*|зерттеу әдіс\\p{L}*|әдістеме\\p{L}*|әдіснама\\p{L}*|зерттеудің мақсаты|зерттеудің міндет\\p{L}*)`, 'iu'),
  ru: new RegExp(`${B}(?:источник\\p{L}*|методолог\\p{L}*|методы исследования|цель исследования|задачи исследования)`, 'iu'),
  en: new RegExp(`${B}(?:sources|data source|methodology|methods of (?:the |this )?(?:study|research)|aims? of (?:the |this )?(?:study|research)|objectives? of (?:the |this )?(?:study|research))(?![\\p{L}])`, 'iu'),
};

/** Classes that make any item of the sentence trivia, whatever its key. */
const SENTENCE_CLASSES: readonly [TriviaClass, Patterns][] = [
  ['capacity', CAPACITY], ['length', LENGTH], ['age', AGE], ['affiliation', AFFILIATION], ['publication', PUBLISHED], ['methods', METHODS],
];

/** Significant digits a figure may have before it is a decimal no one should memorise (263,3; 74,3%; 2 016). */
const MAX_SIGNIFICANT = 2;

export interface KeyFact {
  /**
   * A cloze key's type, 'term' for a key term of the lesson, 'table-cell' for an item whose
   * answers are cells of a table, 'opposite' for a statement turned the other way (the part of a country).
   */
  readonly type: KeyType | 'term' | 'table-cell' | 'opposite';
  /** The number as written, for quantity keys. */
  readonly numberText?: string;
}

/** Why an item on this sentence (and key) is trivia; undefined when it is not. */
export function triviaOf(sentence: string, language: Language, key?: KeyFact): TriviaClass | undefined {
  for (const [name, patterns] of SENTENCE_CLASSES) if (patterns[language].test(sentence)) return name;
  if (surveyCell(sentence, language)) return 'survey-cell';
  if (!key) return SURVEY[language].test(sentence) && /\d/u.test(sentence) ? 'survey-cell' : undefined;
  if (key.type === 'table-cell') return 'survey-cell';
  if (key.type === 'date') return 'exact-day';
  if ((key.type === 'percent' || key.type === 'amount') && key.numberText !== undefined && significantDigits(key.numberText) > MAX_SIGNIFICANT) return 'exact-figure';
  if ((key.type === 'percent' || key.type === 'amount') && SURVEY[language].test(sentence)) return 'survey-cell';
  if (key.type === 'year' && PUBLICATION[language].test(sentence)) return 'publication';
  if (key.type === 'year' && CONSTRUCTION[language].test(sentence)) return 'construction-date';
  return undefined;
}

/** "263,3" → 4, "2 016" → 4, "1,2" → 2, "500" → 1, "85" → 2. */
export function significantDigits(numberText: string): number {
  const digits = numberText.replace(/[^\d]/gu, '').replace(/^0+/u, '');
  const hasFraction = /[.,]\d/u.test(numberText.replace(/\s/gu, ''));
  return (hasFraction ? digits : digits.replace(/0+$/u, '')).length;
}
