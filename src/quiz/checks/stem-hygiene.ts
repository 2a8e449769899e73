/**
 * Check 7, stem hygiene: the text layer's problems of the source sentence (citation marks,
 * unbalanced brackets or quotes, glued words, table cells, length, an anaphoric opener), and
 * a pointing word inside the sentence ("осы ұйым", "this treaty") that leaves the learner
 * asking "which?". A sentence that opens with a linking word (Ал, Мысалы, Біріншіден, However,
 * Однако) counts as pointing back too: blind reviewers rejected every such stem shown alone
 * ("for example" of what?), so it is shown after the sentence it links to, or dropped.
 */
import type { Language } from '../../model/course';
import { stemHygiene, type HygieneProblem } from '../text/hygiene';
import type { CourseSentence, EntityType, Sentence } from '../text/types';
import { CLOZE_BLANK } from '../bank/lint-item';
import { pointsBackByNoun } from './pointing-nouns';
import { problem, type Draft, type Problem } from './types';

/**
 * Determiners that point back wherever they stand inside the sentence, in every case form ("осы
 * ұйым", "в этом процессе", "this treaty", "a similar memorandum"), and "здесь", "here",
 * "however", "однако," (the place named before, a contrast with the sentence before).
 */
const POINTING_WORDS: Readonly<Record<Language, RegExp>> = {
  kk: /(?<![\p{L}])(?:бұл|бұлар|бұның|бұны|бұған|бұдан|бұнда|бұндағы|мұның|мұны|мұнда|мұндағы|мұндай|осы|осының|осыны|осыған|осыдан|осында|осындағы|осындай|осылай|аталған|аталмыш|жоғарыдағы|жоғарыда|сол|солар|солардың|соларды|соның|соны|соған|содан|сондағы|солай|сондай)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:здесь|(?<=[\p{L},]\s)однако|этот|эта|это|эти|этого|этой|этих|этому|этим|этом|эту|этими|тот же|та же|те же|такой|такая|такое|такие|такого|такую|таких|таким|такими|таком|(?<!по\s)данн(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми)|указанн\p{L}*|аналогичн\p{L}*|подобн\p{L}*)(?![\p{L}])/iu,
  // "here", "however" inside the sentence: the place named before, a contrast with the sentence before (round 26)
  en: /(?<![\p{L}])(?:this|these|those|such|similar|the latter|the former|above|here|however)(?![\p{L}])/iu,
};

/**
 * Personal pronouns point back only when nothing in the sentence before them can be what they
 * stand for: "In 1925 the Kirghiz oblast was renamed, and in 1926 it became…" names "it" first;
 * "Its capital was Tashkent" does not. What can be is a capitalised word before the pronoun that
 * is not a sentence's opening function word ("The", "In", "В", "По").
 */
const PRONOUNS: Readonly<Record<Language, RegExp>> = {
  kk: /(?<![\p{L}])(?:ол|оның|оны|оған|одан|онда|олар|олардың|оларды|оларға|олардан|оларда)(?![\p{L}])/giu,
  ru: /(?<![\p{L}])(?:он|она|оно|они|его|её|ее|их|им|ему|ей|ними|нему|ней|нём|нем)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:it|its|they|their|them|he|his|she|her)(?![\p{L}])/giu,
};

const OPENING_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'after', 'before', 'during', 'since', 'with', 'when', 'while', 'although', 'as',
  'between', 'among', 'under', 'over', 'across', 'through', 'within', 'without', 'about', 'around', 'near', 'until', 'till', 'despite', 'because',
  'if', 'once', 'today', 'now', 'unlike', 'like', 'according', 'every', 'each', 'all', 'most', 'some', 'many', 'both',
  'в', 'во', 'на', 'по', 'с', 'со', 'к', 'для', 'после', 'до', 'при', 'из', 'от', 'за', 'когда', 'хотя',
  'между', 'среди', 'через', 'под', 'над', 'около', 'без', 'сегодня', 'теперь', 'если', 'согласно', 'все', 'каждый', 'многие']);

/** Capitalised words that name a time, not someone a pronoun could stand for ("In July 2005 he …"). */
const TIME_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/**
 * English pronouns of a person: with the names of the sentence known, one of them needs a person
 * named before it ("Born in the Ili region in 1896, he came to Semirechye" names a region, not him:
 * round 17).
 */
const EN_PERSON_PRONOUN = /^(?:he|his|him|she|her)$/iu;

function pronounWithoutAntecedent(text: string, language: Language, named?: ReadonlySet<EntityType>): boolean {
  for (const found of text.matchAll(PRONOUNS[language])) {
    if (language === 'en' && named !== undefined && !named.has('person') && EN_PERSON_PRONOUN.test(found[0])) return true;
    const words = text.slice(0, found.index).match(/\p{L}[\p{L}\-']*/gu) ?? [];
    if (!words.some((word) => /^\p{Lu}/u.test(word) && !OPENING_FUNCTION_WORDS.has(word.toLowerCase()) && !TIME_NAMES.test(word))) return true;
  }
  return false;
}

/**
 * A pointing word the sentence itself does not answer. One in a later clause, after a main
 * clause of its own that is clean and long enough to be what it sums up ("Түркия 1928 жылы латын
 * әліпбиіне көшті, бұл оқиға …", "The agreements were revised in 2004 and 2009, but none of
 * these revisions …", "…, и это положило конец войне"), points to that clause (many sentences the
 * tuning texts lost for a pointing word were such). "Such as" and "такие как" introduce a list and
 * point nowhere. A first clause that is subordinate ("While the Soviet Union existed, these
 * changes …") or too short to state anything answers nothing.
 */
function pointingWordUnanswered(text: string, language: Language): boolean {
  for (const found of text.matchAll(EVERY_POINTING_WORD[language])) {
    if (LIST_INTRO[language].test(text.slice(found.index))) continue;
    if (!answeredInSentence(text, found.index, language)) return true;
  }
  return false;
}

/** POINTING_WORDS, every match of the sentence (made once, not at each call). */
const EVERY_POINTING_WORD: Readonly<Record<Language, RegExp>> = {
  kk: new RegExp(POINTING_WORDS.kk.source, 'giu'),
  ru: new RegExp(POINTING_WORDS.ru.source, 'giu'),
  en: new RegExp(POINTING_WORDS.en.source, 'giu'),
};

/** "such as", "таких как": a list follows, nothing is pointed at. */
const LIST_INTRO: Readonly<Record<Language, RegExp>> = {
  kk: /^(?!)/u,
  ru: /^так(?:ой|ая|ое|ие|ого|ую|их|им|ими|ом)\s+как(?![\p{L}])/iu,
  en: /^such\s+as(?![\p{L}])/iu,
};

/** Words the main clause before a pointing word must have: fewer state too little to be pointed at. */
const MIN_ANSWERING_WORDS = 5;

/** Openers of a subordinate clause: what follows the comma is the main clause, and may point anywhere. */
const SUBORDINATE_OPENERS: Readonly<Record<Language, RegExp>> = {
  kk: /^(?:егер|өйткені|себебі)(?![\p{L}])/iu,
  ru: /^(?:когда|пока|хотя|если|после того как|поскольку|так как|несмотря на то что|в то время как)(?![\p{L}])/iu,
  en: /^(?:while|when|although|though|if|as|since|because|after|before|once|unless|whereas)(?![\p{L}])/iu,
};

/**
 * A Kazakh main clause ends in a finite verb ("көшті", "бекітілді", "шектелмеді", "болады");
 * one ending in a converb ("алынып", "болса", "кезде") is subordinate to what follows.
 */
const KK_FINITE_END = /(?:ды|ді|ты|ті|ады|еді|йды|йді|йтын|ған|ген|қан|кен|мыз|міз|ейді|айды|жатыр|тұр|болады|етеді|табылады)$/u;

function answeredInSentence(text: string, at: number, language: Language): boolean {
  const boundary = /[,;:]\s|\s[–—]\s/gu;
  const first = boundary.exec(text);
  if (!first || first.index >= at) return false;
  const clause = text.slice(0, first.index).trim();
  if ((clause.match(/\p{L}[\p{L}\-']*/gu) ?? []).length < MIN_ANSWERING_WORDS) return false;
  if (SUBORDINATE_OPENERS[language].test(clause)) return false;
  if (POINTING_WORDS[language].test(clause) || pronounWithoutAntecedent(clause, language)) return false;
  if (language === 'kk' && !KK_FINITE_END.test(clause.replace(/[^\p{L}]+$/u, ''))) return false;
  return true;
}

/** A sentence that only announces the next ones ("as follows"): it states nothing itself. */
const ANNOUNCES: Readonly<Record<Language, RegExp>> = {
  kk: /(?<![\p{L}])(?:былай|мынадай|төмендегідей|келесідей|мына)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:следующ\p{L}*|так:|ниже)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:as follows|the following|below)(?![\p{L}])/iu,
};

/** What a context sentence before the stem answers. */
export const POINTING_PROBLEMS: ReadonlySet<string> = new Set(['anaphoric', 'pointing-word', 'pointing-noun']);

/**
 * What a context sentence between the first one and the stem may have: it points back too (the
 * first one answers it), or is short ("Ол тек қана экономика емес."), which a stem may not be
 * (it would test nothing) but a sentence read on the way to the blank may.
 */
const TOLERATED_IN_LINK: ReadonlySet<string> = new Set([...POINTING_PROBLEMS, 'too-short']);

export type SentenceProblem = Exclude<HygieneProblem, 'anaphoric'> | 'anaphoric' | 'pointing-word' | 'pointing-noun' | 'not-a-statement';

/**
 * Why a sentence cannot be a stem as it stands; empty when it can. `named`: the kinds of the names
 * it holds (namedKinds), which may answer a bare noun ("Turkestan … the city").
 */
export function sentenceProblems(sentence: Sentence, language: Language, named?: ReadonlySet<EntityType>): SentenceProblem[] {
  const found: SentenceProblem[] = stemHygiene(sentence);
  // what the stem will state: a linking opener taken away ("For this reason" points nowhere then)
  const stated = sentence.stated ?? sentence.clean;
  if (pointingWordUnanswered(stated, language) || pronounWithoutAntecedent(stated, language, named)) found.push('pointing-word');
  else if (pointsBackByNoun(stated, language, named)) found.push('pointing-noun');
  // a list intro (':'), a question, a fragment (';'), or one that announces what follows ("… былай келтірілген.")
  if (!/[.!]$/u.test(sentence.clean) || ANNOUNCES[language].test(sentence.clean)) found.push('not-a-statement');
  return found;
}

/**
 * sentenceProblems of a sentence of the course: the names it holds answer its bare nouns, and a
 * common noun it repeats from the sentence before ("… оркестрі құрылды. Оркестр …") points back.
 */
export function courseSentenceProblems(sentence: CourseSentence, language: Language): SentenceProblem[] {
  const found = sentenceProblems(sentence.sentence, language, namedKinds(sentence));
  return sentence.echo !== undefined && !found.some((problem) => POINTING_PROBLEMS.has(problem)) ? [...found, 'pointing-noun'] : found;
}

/**
 * Why sentences shown before a stem, in text order, cannot be its context; empty when they can.
 * The first must be clean, as a stem would be: it is what the others point back to. A later one
 * may point back itself (the one before answers it) or be short, nothing else; and it, like the
 * stem after it, must open by pointing back ("Бұл …", "Оған …"): such an opener points to the
 * sentence right before, while a pointing word deep inside ("… бұл үдерістер …") may point
 * anywhere, so one more sentence before would not be known to answer it.
 */
export function contextProblems(context: readonly CourseSentence[], stem: Sentence, language: Language): string[] {
  const found = context.flatMap((sentence, position) => courseSentenceProblems(sentence, language)
    .filter((problem) => position === 0 || !TOLERATED_IN_LINK.has(problem))
    .map((problem) => `context sentence ${position + 1} of ${context.length}: ${problem}`));
  if (context.length > 1) {
    [...context.slice(1).map((sentence) => sentence.sentence), stem].forEach((sentence, position) => {
      if (!sentenceProblems(sentence, language).includes('anaphoric')) found.push(`sentence ${position + 2} of ${context.length + 1} does not open by pointing back`);
    });
  }
  return found;
}

/** Check 7 on an item: its source sentence is fit to be a stem, and the stem itself is clean. */
export function checkStemHygiene(draft: Draft): Problem[] {
  const context = draft.context ?? [];
  const own = courseSentenceProblems(draft.statement.sentence, draft.language).filter((found) => context.length === 0 || !POINTING_PROBLEMS.has(found));
  const found: Problem[] = own.map((found) => problem('stem-hygiene', `the source sentence is unfit as a stem: ${found}`));
  for (const unfit of contextProblems(context.map((statement) => statement.sentence), draft.statement.sentence.sentence, draft.language)) found.push(problem('stem-hygiene', `the context is unfit: ${unfit}`));
  const stem = draft.stem;
  if (/\[\d/u.test(stem)) found.push(problem('stem-hygiene', 'the stem holds a citation mark'));
  if (!balanced(stem, '(', ')') || !balanced(stem, '«', '»') || /[[\]]/u.test(stem)) found.push(problem('stem-hygiene', 'the stem has an unbalanced bracket or quote'));
  if (stem.split(CLOZE_BLANK).length > 2) found.push(problem('stem-hygiene', 'the stem has more than one blank'));
  return found;
}

/** The kinds of the names a course sentence holds. */
export function namedKinds(sentence: CourseSentence): ReadonlySet<EntityType> {
  return new Set(sentence.entities.map((mention) => mention.type));
}

function balanced(text: string, open: string, close: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === open) depth += 1;
    if (char === close) depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}
