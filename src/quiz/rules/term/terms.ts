/**
 * The key terms of each lesson: common nouns (written in lower case) that the lesson uses often
 * and the rest of the course seldom ("реализм", "интеграция", "irrigation"), found from counts
 * alone, so any text of any subject has them. Each term keeps the word forms the text writes, so
 * that an option is a form of the text's own spelling in the key's ending.
 */
import type { Language } from '../../../model/course';
import type { CourseText } from '../../text/types';
import { monthNumber } from '../../text/months';
import { stemsOf } from '../../salience/words';

/** A term appears in at least this many sentences of its lesson (two in a lesson of fewer than SHORT_LESSON sentences)… */
const MIN_IN_LESSON = 3;
const SHORT_LESSON = 30;
/** …and a short course's common vocabulary is still a word in at least this many sentences. */
const MIN_COMMON = 5;
/** …and has at least this share of its course sentences there (it belongs to the lesson). */
const MIN_LESSON_SHARE = 0.4;
/** A stem in more than this share of the course's sentences is the course's common vocabulary. */
const MAX_COURSE_SHARE = 0.08;
/** Shorter words are mostly function words and auxiliaries. */
export const MIN_TERM_LETTERS = 6;

export interface TermIndex {
  /** Key term stems per lesson id. */
  readonly byLesson: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every key term stem of the course → the lower-case word forms written for it, in first-seen order. */
  readonly forms: ReadonlyMap<string, readonly string[]>;
  /** In how many sentences each stem occurs. */
  readonly sentenceCount: ReadonlyMap<string, number>;
  /** Other specific nouns of the course (not common vocabulary) → their forms: the last pool of options. */
  readonly nouns: ReadonlyMap<string, readonly string[]>;
}

const cache = new WeakMap<CourseText, TermIndex>();

export function termIndex(text: CourseText): TermIndex {
  const known = cache.get(text);
  if (known) return known;
  const courseCount = new Map<string, number>();
  const lessonCount = new Map<string, Map<string, number>>();
  const forms = new Map<string, string[]>();
  for (const sentence of text.sentences) {
    const perLesson = lessonCount.get(sentence.lesson) ?? new Map<string, number>();
    lessonCount.set(sentence.lesson, perLesson);
    const seen = new Set<string>();
    for (const word of lowerCaseWords(sentence.sentence.clean).filter((found) => nounLike(found, text.language))) {
      const stem = stemsOf(word)[0];
      if (!stem) continue;
      const list = forms.get(stem) ?? [];
      if (!list.includes(word)) list.push(word);
      forms.set(stem, list);
      if (seen.has(stem)) continue;
      seen.add(stem);
      courseCount.set(stem, (courseCount.get(stem) ?? 0) + 1);
      perLesson.set(stem, (perLesson.get(stem) ?? 0) + 1);
    }
  }
  const limit = Math.max(MIN_COMMON, MAX_COURSE_SHARE * text.sentences.length);
  const byLesson = new Map<string, Set<string>>();
  for (const [lesson, counts] of lessonCount) {
    const terms = new Set<string>();
    const least = [...lessonSentenceCount(text, lesson)].length < SHORT_LESSON ? MIN_IN_LESSON - 1 : MIN_IN_LESSON;
    for (const [stem, count] of counts) {
      const total = courseCount.get(stem) ?? 0;
      if (count >= least && count / total >= MIN_LESSON_SHARE && total <= limit) terms.add(stem);
    }
    byLesson.set(lesson, terms);
  }
  const all = new Set([...byLesson.values()].flatMap((terms) => [...terms]));
  const termForms = new Map([...forms].filter(([stem]) => all.has(stem)));
  const nouns = new Map([...forms].filter(([stem]) => !all.has(stem) && (courseCount.get(stem) ?? 0) <= limit));
  const index = { byLesson, forms: termForms, sentenceCount: courseCount, nouns };
  cache.set(text, index);
  return index;
}

function lessonSentenceCount(text: CourseText, lesson: string): CourseText['sentences'] {
  return text.sentences.filter((sentence) => sentence.lesson === lesson);
}

/**
 * Endings of forms that are no nouns: finite verbs, converbs and participles, adverbs. A term is
 * a thing or an idea; a verb blanked asks for grammar, and its options would be other verbs.
 */
const NOT_NOUN: Readonly<Record<Language, RegExp>> = {
  // verbs, converbs, participles, verbal nouns (-у, -уы: "сипаттау" is an act, not a term), adverbs
  kk: /(?:мыз|міз|ймыз|йміз|ды|ді|ты|ті|ған|ген|қан|кен|ып|іп|йды|йді|ады|еді|йтын|йтін|атын|етін|уда|уде|са|се|ша|ше|ша|ғы|гі|қы|кі|лай|лей|дай|дей|тай|тей|у|уы|уі|уға|уге|уды|уді|удың|удің|уын|уін|уына|уіне|дерлік|жақтық|арлық|ерлік)$/u,
  ru: /(?:ть|ться|ет|ит|ют|ут|ат|ят|ал|ял|ил|ел|ла|ли|ся|сь|ущ\p{L}*|ющ\p{L}*|ащ\p{L}*|ящ\p{L}*|вш\p{L}*|ого|его|ому|ему|ый|ий|ая|яя|ое|ее|ые|ие|ым|им|ыми|ими|ых|их|ой|ей|ую|юю|о)$/u,
  en: /(?:ly|ed|ing|ive|ous|ful|less|able|ible|al|ic|ical)$/u,
};

/**
 * English has few endings that mark other parts of speech and many short function words of six
 * letters ("within", "before"): a term there must carry a noun's ending.
 */
const EN_NOUN = /(?:tion|sion|ment|ness|ity|ism|ist|ance|ence|ship|age|ure|ery|ory|acy|dom|hood|er|or|ian|ics|oir)s?$|(?:ies|ants|ents|ives)$/u;

/** A form that reads as a noun (a rough test by ending; months are dates, not terms). */
const PRONOUN: Readonly<Record<Language, RegExp>> = {
  kk: /^(?:олар|оның|оны|оған|одан|онда|бұлар|бұның|мұның|біздің|сіздің|өзінің|өздерінің|барлығы|бәрі|кейбір|әрбір|басқа)/u,
  ru: /^(?:которы|котора|которо|нескольк|многие|многих|другие|других|каждый|каждая|свои|своих|своей|этого|этому|таких|такие)/u,
  en: /^(?:another|others|whatever|whichever|themselves|nevertheless)$/u,
};

export function nounLike(word: string, language: Language): boolean {
  if (PRONOUN[language].test(word)) return false;
  if (language === 'en') return EN_NOUN.test(word) && !/(?:ly|ed|ing)$/u.test(word) && monthNumber(word, language) === undefined;
  return !NOT_NOUN[language].test(word) && monthNumber(word, language) === undefined;
}

/** Words written in lower case, of a term's length: names and acronyms are other rules' keys. */
export function lowerCaseWords(text: string): string[] {
  return (text.match(/(?<![\p{L}\d-])\p{Ll}[\p{Ll}]*(?![\p{L}\d-])/gu) ?? []).filter((word) => [...word].length >= MIN_TERM_LETTERS);
}
