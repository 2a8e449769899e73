/**
 * Check 4: no distractor makes another statement of the whole course true. The distractor is
 * put in the blank, and every course sentence that states it (the same entity, year, date or
 * value) is compared with the stem's other anchors: the entities and years it names and its
 * informative words (word beginnings rare in the course). A sentence that shares enough of them
 * may say the substituted statement, so the distractor is refused: being wrong here teaches a
 * falsehood, being over-careful only costs a distractor.
 *
 * Traps it catches in the first course: 1992 for "the term Central Asia … 1993" (the term came
 * into use in 1992, with "термин" and Орталық Азия); 1995 for the 1994 treaty of the same three
 * countries; ШЫҰ for ҰҚШҰ at the September 2021 summit both held.
 */
import type { Language } from '../../model/course';
import type { Distractor } from '../distractors/types';
import { monthNumber, monthPattern } from '../text/months';
import { valueKey, yearsOf } from '../text/course-text';
import type { CourseSentence, CourseText } from '../text/types';
import { problem, type Draft, type Problem } from './types';

/** Word beginnings compared: Kazakh endings vary, the first letters of a word do not. */
const PREFIX = 5;
/** Entities and words in more than this share of sentences say nothing about a fact (Қазақстан, мемлекет). */
const COMMON_SHARE = 0.04;
/** …but in a short text every word is rare in share: up to this many sentences still counts as rare. */
const RARE_FLOOR = 3;

const rareCount = (text: CourseText) => Math.max(RARE_FLOOR, COMMON_SHARE * text.sentences.length);

export function checkTrueElsewhere(draft: Draft, distractor: Distractor, text: CourseText): Problem[] {
  const anchors = anchorsOf(draft, text);
  for (const index of sentencesStating(distractor, text)) {
    const other = text.sentences[index]!;
    if (other.index === draft.statement.sentence.index && !mentionedOutsideKey(draft, distractor)) continue;
    const why = supports(anchors, other, text.language);
    if (why) {
      return [problem('distractor-true-elsewhere', `«${distractor.text}» may be true: ${other.lesson} line ${other.line} states it with ${why} («${other.sentence.clean.slice(0, 120)}»)`)];
    }
  }
  return [];
}

interface Anchors {
  /** The key's own entity (a sentence naming key and distractor together at the stem's time did it together). */
  readonly key?: string;
  readonly months: ReadonlySet<number>;
  readonly entities: ReadonlySet<string>;
  readonly years: ReadonlySet<number>;
  readonly words: ReadonlySet<string>;
}

function outsideKey(draft: Draft, start: number, end: number): boolean {
  return end <= draft.key.start || start >= draft.key.end;
}

function mentionedOutsideKey(draft: Draft, distractor: Distractor): boolean {
  return draft.statement.entities.some((mention) => mention.entityId === distractor.identity && outsideKey(draft, mention.start, mention.end));
}

/** What the stem says besides the blank. */
function anchorsOf(draft: Draft, text: CourseText): Anchors {
  const { statement } = draft;
  const entities = new Set(statement.entities.filter((mention) => outsideKey(draft, mention.start, mention.end)).map((mention) => mention.entityId));
  const years = new Set(statement.quantities.filter((quantity) => outsideKey(draft, quantity.start, quantity.end)).flatMap(yearsOf));
  // the context sentences say what the stem points back to: their anchors are the stem's too
  const context = draft.context ?? [];
  for (const before of context) for (const mention of before.entities) entities.add(mention.entityId);
  for (const before of context) for (const quantity of before.quantities) for (const year of yearsOf(quantity)) years.add(year);
  const stemText = `${context.map((before) => before.text).join(' ')} ${statement.text.slice(0, draft.key.start)} ${statement.text.slice(draft.key.end)}`;
  const words = new Set([...wordPrefixes(stemText)].filter((prefix) => isRareWord(prefix, text)));
  const months = monthsIn(stemText, draft.language);
  const key = 'entity' in draft.key ? draft.key.identity : undefined;
  return { ...(key ? { key } : {}), months, entities, years, words };
}

/** Months named in a text ("Қыркүйекте", "в марте"): a time anchor like a year. */
const monthRegex = new Map<Language, RegExp>();

const monthsOfSentence = new WeakMap<CourseSentence, ReadonlySet<number>>();

/** The months a course sentence names, read once per sentence (every distractor of every item asks). */
function sentenceMonths(sentence: CourseSentence, language: Language): ReadonlySet<number> {
  let months = monthsOfSentence.get(sentence);
  if (!months) {
    months = monthsIn(sentence.sentence.clean, language);
    monthsOfSentence.set(sentence, months);
  }
  return months;
}

function monthsIn(sentence: string, language: Language): Set<number> {
  let pattern = monthRegex.get(language);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])${monthPattern(language)}`, 'giu');
    monthRegex.set(language, pattern);
  }
  return new Set([...sentence.matchAll(pattern)].map((match) => monthNumber(match[0], language)).filter((month): month is number => month !== undefined));
}

/**
 * Why `other` (which names the distractor) may state the statement with the distractor in it;
 * undefined when it cannot. Any of: it names the key too at the stem's time (they did it
 * together); it shares two of the stem's entities; one entity, year or month and one rare word;
 * three rare words.
 */
function supports(anchors: Anchors, other: CourseSentence, language: Language): string | undefined {
  const otherEntities = new Set(other.entities.map((mention) => mention.entityId));
  const sharedEntities = [...anchors.entities].filter((id) => otherEntities.has(id));
  const otherYears = new Set(other.quantities.flatMap(yearsOf));
  const sharedYears = [...anchors.years].filter((year) => otherYears.has(year));
  const otherWords = prefixesOf(other);
  const sharedWords = [...anchors.words].filter((word) => otherWords.has(word));
  const sharedMonths = [...sentenceMonths(other, language)].filter((month) => anchors.months.has(month));
  const list = () => [...sharedEntities, ...sharedYears.map(String), ...sharedMonths.map((month) => `month ${month}`), ...sharedWords].join(', ');
  const keyToo = anchors.key !== undefined && otherEntities.has(anchors.key);
  if (keyToo && sharedYears.length + sharedMonths.length >= 1) return `the key itself and the stem's ${list()}`;
  if (sharedEntities.length >= 2) return `the stem's ${list()}`;
  if (sharedEntities.length + sharedYears.length + sharedMonths.length >= 1 && sharedWords.length >= 1) return `the stem's ${list()}`;
  if (sharedWords.length >= 3) return `the stem's words ${list()}`;
  return undefined;
}

/** Sentences that state the distractor's fact. */
function sentencesStating(distractor: Distractor, text: CourseText): readonly number[] {
  if (distractor.entity) return text.byEntity.get(distractor.identity) ?? [];
  if (distractor.value === undefined) return [];
  if (distractor.pool === 'year') return text.byYear.get(distractor.value) ?? [];
  if (distractor.pool === 'date') {
    return (text.byValue.get(valueKey({ kind: 'date', value: distractor.value })) ?? [])
      .filter((index) => text.sentences[index]!.quantities.some((quantity) => quantity.kind === 'date' && quantity.value === distractor.value && quantity.month === distractor.month));
  }
  const [kind, scale, unit] = (distractor.pool ?? '').split('|');
  return text.byValue.get(valueKey({ kind: kind as 'percent', ...(scale ? { scale } : {}), ...(unit ? { unit } : {}), value: distractor.value })) ?? [];
}

const wordCache = new WeakMap<CourseText, Map<string, number>>();
const sentenceWords = new WeakMap<CourseSentence, Set<string>>();

function prefixesOf(sentence: CourseSentence): Set<string> {
  let words = sentenceWords.get(sentence);
  if (!words) {
    words = wordPrefixes(sentence.sentence.clean);
    sentenceWords.set(sentence, words);
  }
  return words;
}

/** Word beginnings of content words (five letters or more), lower case. */
export function wordPrefixes(sentence: string): Set<string> {
  const words = sentence.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
  return new Set(words.map((word) => [...word].slice(0, PREFIX).join('')));
}

/** Whether a word beginning is rare enough in the course to tie two sentences to one fact. */
function isRareWord(prefix: string, text: CourseText): boolean {
  let counts = wordCache.get(text);
  if (!counts) {
    counts = new Map();
    for (const sentence of text.sentences) for (const word of prefixesOf(sentence)) counts.set(word, (counts.get(word) ?? 0) + 1);
    wordCache.set(text, counts);
  }
  return (counts.get(prefix) ?? 0) <= rareCount(text);
}
