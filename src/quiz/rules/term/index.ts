/**
 * `cloze-term`: a key term of the lesson blanked in one of its sentences ("… ____ теориясы
 * бойынша мемлекет – халықаралық қатынастардың негізгі акторы"), offered among other key terms
 * of the course in the same ending (the last letters of the key's form: the same case and number
 * in Kazakh and Russian), each a word form the text itself writes. It asks for the idea the
 * sentence states, not for a date or a name. The checks: the sentence is fit to be a stem and
 * does not use the key's term twice; no distractor's term is in the sentence or stands in
 * another course sentence with two of this one's specific words (it may say the same there). A
 * sentence another cloze uses may give a term item too: selection keeps one item per sentence,
 * the term first when the lesson has years enough.
 */
import type { Language } from '../../../model/course';
import type { ChoiceItem, Option } from '../../../model/quiz';
import { sentenceProblems } from '../../checks';
import { CLOZE_BLANK } from '../../bank/lint-item';
import { stemsOf } from '../../salience/words';
import { courseSpelling, suspectWords } from '../../salience/spelling';
import type { CourseSentence, CourseText } from '../../text/types';
import { generatedItemId, seededOrder } from '../lists/item-id';
import type { DroppedCandidate, QuizRule, QuizRuleContext, RuleOutput } from '../registry';
import { choiceFeedback } from '../shared/feedback';
import { lowerCaseWords, nounLike, termIndex, type TermIndex } from './terms';

export const CLOZE_TERM = 'cloze-term';
const SHORT = 'term';
const DISTRACTORS = 3;
const MIN_WORDS = 8;
const MAX_WORDS = 35;
/**
 * What an option's ending must share with the key's: Kazakh endings read through vowel harmony and
 * the consonant alternations of suffixes (-ның/-нің/-дың/-тің are one genitive), Russian by its
 * last two letters, English by number (a plural -s or none).
 */
export function endingOf(word: string, language: Language): string {
  const letters = [...word.toLowerCase()];
  if (language === 'en') return /s$/u.test(word) && !/ss$/u.test(word) ? 's' : '';
  if (language === 'ru') return letters.slice(-2).join('');
  return letters.slice(-3).map((letter) => KK_SUFFIX_CLASS[letter] ?? letter).join('');
}

const KK_SUFFIX_CLASS: Readonly<Record<string, string>> = {
  і: 'ы', е: 'а', ә: 'а', ө: 'о', ү: 'ұ', к: 'қ', г: 'ғ', д: 'н', т: 'н', л: 'н',
};
/** Option lengths within this ratio of the key's: no length cue. */
const MAX_LENGTH_RATIO = 1.6;
/** A stem in at most this many sentences is a specific word of its sentence. */
const SPECIFIC = 3;
/** Items per lesson at most: terms are one kind of question among several. */
const MAX_PER_LESSON = 4;

export function clozeTermRule(): QuizRule {
  return { id: CLOZE_TERM, kinds: ['choice'], languages: 'all', generate };
}

function generate(context: QuizRuleContext): RuleOutput {
  const { text, lesson } = context;
  const index = termIndex(text);
  const terms = index.byLesson.get(lesson.id) ?? new Set<string>();
  const items: ChoiceItem[] = [];
  const dropped: DroppedCandidate[] = [];
  const usedTerms = new Set<string>();
  for (const sentence of text.sentences) {
    if (sentence.lesson !== lesson.id || items.length >= MAX_PER_LESSON) continue;
    if (!fitSentence(sentence, text)) continue;
    const key = keyOf(sentence, terms, usedTerms, text.language);
    if (!key) continue;
    const near = new Set(context.course.lessons.filter((other) => other.id !== lesson.id && other.chapter !== undefined && other.chapter === lesson.chapter)
      .flatMap((other) => [...(index.byLesson.get(other.id) ?? [])]));
    const distractors = distractorsFor(key, sentence, index, terms, near, text);
    if (distractors.length < DISTRACTORS) {
      dropped.push({ rule: CLOZE_TERM, reason: 'too-few-distractors', sentence: sentence.sentence.clean, line: sentence.line });
      continue;
    }
    usedTerms.add(key.stem);
    items.push(itemOf(sentence, key, distractors, text.language));
  }
  return { items, dropped, keys: new Map(items.map((item) => [item.id, { type: 'term' as const }])) };
}

function fitSentence(sentence: CourseSentence, text: CourseText): boolean {
  const words = sentence.sentence.words;
  return words >= MIN_WORDS && words <= MAX_WORDS && sentenceProblems(sentence.sentence, text.language).length === 0
    && sentence.echo === undefined && suspectWords(sentence.sentence.clean, courseSpelling(text)).length === 0;
}

interface TermKey {
  readonly stem: string;
  readonly word: string;
  readonly start: number;
}

/** The first key term of the lesson written once in the sentence, in lower case, outside names. */
function keyOf(sentence: CourseSentence, terms: ReadonlySet<string>, used: ReadonlySet<string>, language: Language): TermKey | undefined {
  const clean = sentence.sentence.clean;
  const stems = stemsOf(clean);
  for (const match of clean.matchAll(/(?<![\p{L}\d-])\p{Ll}+(?![\p{L}\d-])/gu)) {
    const word = match[0];
    const stem = stemsOf(word)[0];
    if (!stem || !terms.has(stem) || used.has(stem) || lowerCaseWords(word).length === 0 || !nounLike(word, language)) continue;
    if (stems.filter((other) => other === stem).length > 1) continue;
    if (sentence.entities.some((mention) => mention.start <= match.index && mention.end > match.index)) continue;
    return { stem, word, start: match.index };
  }
  return undefined;
}

/** Terms of the lesson first, then of its chapter's other lessons: the same subject, so plausible. */
function distractorsFor(key: TermKey, sentence: CourseSentence, index: TermIndex, lessonTerms: ReadonlySet<string>, chapterTerms: ReadonlySet<string>, text: CourseText): string[] {
  const inSentence = new Set(stemsOf(sentence.sentence.clean));
  const specific = [...inSentence].filter((stem) => (index.sentenceCount.get(stem) ?? 0) <= SPECIFIC && stem !== key.stem);
  const ending = endingOf(key.word, text.language);
  const length = [...key.word].length;
  const spelling = courseSpelling(text);
  const fits = (stem: string) => stem !== key.stem && !inSentence.has(stem) && !saysTheSame(stem, specific, text);
  const formOf = (stem: string) => (index.forms.get(stem) ?? index.nouns.get(stem) ?? []).find((form) => endingOf(form, text.language) === ending
    && [...form].length <= length * MAX_LENGTH_RATIO && [...form].length * MAX_LENGTH_RATIO >= length);
  const seed = `${sentence.sentence.clean}\u0000${key.word}`;
  const ownLesson = seededOrder(seed, [...lessonTerms], (stem) => stem);
  const chapter = seededOrder(seed, [...chapterTerms].filter((stem) => !lessonTerms.has(stem)), (stem) => stem);
  const course = seededOrder(seed, [...index.forms.keys()].filter((stem) => !lessonTerms.has(stem) && !chapterTerms.has(stem)), (stem) => stem);
  // last, other specific nouns of the course: a short text has few terms
  const nouns = seededOrder(seed, [...index.nouns.keys()].filter((stem) => !inSentence.has(stem)), (stem) => stem);
  const others = [...chapter, ...course, ...nouns];
  const chosen: string[] = [];
  for (const stem of [...ownLesson, ...others]) {
    if (chosen.length >= DISTRACTORS) break;
    const form = formOf(stem);
    // a misspelt form would be the one option a careful reader rules out
    if (form && fits(stem) && !chosen.includes(form) && !spelling.suspects.has(form)) chosen.push(form);
  }
  return chosen;
}

const stemSets = new WeakMap<CourseText, readonly ReadonlySet<string>[]>();

/** A course sentence with the distractor's term and two of the stem's specific words may state it. */
function saysTheSame(stem: string, specific: readonly string[], text: CourseText): boolean {
  if (specific.length < 2) return false;
  let sets = stemSets.get(text);
  if (!sets) {
    sets = text.sentences.map((other) => new Set(stemsOf(other.sentence.clean)));
    stemSets.set(text, sets);
  }
  return sets.some((stems) => stems.has(stem) && specific.filter((word) => stems.has(word)).length >= 2);
}

function itemOf(sentence: CourseSentence, key: TermKey, distractors: readonly string[], language: Language): ChoiceItem {
  const clean = sentence.sentence.clean;
  const seed = `${clean}\u0000${key.word}`;
  const options: Option[] = seededOrder(seed, [key.word, ...distractors], (one) => one).map((text, position) => ({ id: String.fromCharCode(97 + position), text }));
  return {
    id: generatedItemId(sentence.lesson, SHORT, seed),
    kind: 'choice',
    status: 'draft',
    rule: CLOZE_TERM,
    stem: `${clean.slice(0, key.start)}${CLOZE_BLANK}${clean.slice(key.start + key.word.length)}`,
    options,
    answer: options.find((option) => option.text === key.word)!.id,
    feedback: choiceFeedback(key.word, clean, language),
    source: { lesson: sentence.lesson, line: sentence.line, text: clean },
    fingerprint: '',
  };
}
