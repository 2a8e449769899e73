/**
 * Every colon-introduced list of the course, its items cleaned as options, built once per course
 * text: the multiple-response rule takes right options from one list and wrong ones from others,
 * so it needs all of them, and which lists repeat each other (the same visit's documents told
 * twice must never serve as wrong options for each other).
 */
import type { Language } from '../../../model/course';
import { stemHygiene } from '../../text/hygiene';
import { anaphoricOpener } from '../../text/openers';
import { splitSentences } from '../../text/sentences';
import type { CourseText, IntroducedList, Paragraph } from '../../text/types';
import { listIntro, type IntroResult } from './intro';
import { itemForm, type ItemForm } from './forms';
import { listTopic, type ListTopic } from './topics';
import { optionText, wordCount } from './option-text';
import { commonStems, contentStems, sameContent } from './text-compare';

export interface ListOption {
  /** The item as an option shows it. */
  readonly text: string;
  /** The item as written in the lesson. */
  readonly raw: string;
  readonly line: number;
  readonly stems: readonly string[];
  readonly form: ItemForm;
  readonly words: number;
  /** Short, one sentence, clean: fit to be shown as an option. */
  readonly usable: boolean;
}

export interface CourseList {
  /** `<lesson>#<index of the list in the lesson>`. */
  readonly key: string;
  readonly lesson: string;
  readonly introParagraph: Paragraph;
  readonly intro: IntroResult;
  readonly introStems: readonly string[];
  readonly topic: ListTopic;
  readonly items: readonly ListOption[];
  /** Line of the last item: what follows it may still speak of the list. */
  readonly lastLine: number;
}

export interface ListCatalogue {
  readonly lists: readonly CourseList[];
  /** Stems so common among list items and intros that sharing them says nothing. */
  readonly generic: ReadonlySet<string>;
  /** Keys of the lists that repeat each list (share at least two items, or half of the shorter). */
  readonly parallels: ReadonlyMap<string, ReadonlySet<string>>;
}

/** An option longer than this reads as a paragraph, not as an answer. */
export const MAX_OPTION_WORDS = 14;
export const MAX_OPTION_CHARS = 120;
/** A stem in more than this share of list texts is generic (Орталық Азия, ынтымақтастық…). */
const GENERIC_SHARE = 0.1;
const OPTION_PROBLEMS_IGNORED = new Set(['too-short', 'lower-case-start', 'anaphoric', 'table-cell']);

/** Openers the sentence screen lets pass but that point back as well, in list items. */
const POINTING_BACK: Readonly<Record<Language, RegExp>> = {
  kk: /^(?:Аталған|Аталмыш|Жоғарыда|Мұндай|Сондай|Осындай)(?![\p{L}])/u,
  ru: /^(?:Указанн|Вышеуказанн|Данн|Эт)\p{L}*(?![\p{L}])/u,
  en: /^(?:The above|Said|Such|These|This)(?![\p{L}])/u,
};

/** Postpositions and conjunctions that cannot end a complete option. */
const DANGLING_END: Readonly<Record<Language, RegExp>> = {
  kk: /(?:^|\s)(?:жөнінде|туралы|бойынша|үшін|арқылы|және|мен|пен|бен|сияқты)$/u,
  ru: /(?:^|\s)(?:о|об|по|для|и|или|с|в|на)$/u,
  en: /(?:^|\s)(?:of|on|for|and|or|with|in|to|the|a)$/u,
};

const cache = new WeakMap<CourseText, ListCatalogue>();

export function listCatalogue(text: CourseText): ListCatalogue {
  const cached = cache.get(text);
  if (cached) return cached;
  const built = buildCatalogue(text);
  cache.set(text, built);
  return built;
}

function buildCatalogue(text: CourseText): ListCatalogue {
  const language = text.language;
  const rawLists = [...text.prose].flatMap(([lesson, prose]) => prose.lists.map((list, index) => ({ lesson, index, list })));
  const allTexts = rawLists.flatMap(({ list }) => [list.intro.text, ...list.items.map((item) => item.text)]);
  const generic = commonStems(allTexts.map((t) => contentStems(t, language)), GENERIC_SHARE);
  const lists = rawLists.map(({ lesson, index, list }) => courseList(lesson, index, list, language, generic));
  return { lists, generic, parallels: parallelLists(lists) };
}

function courseList(lesson: string, index: number, list: IntroducedList, language: Language, generic: ReadonlySet<string>): CourseList {
  const intro = listIntro(list.intro.text, language);
  const introText = 'text' in intro ? intro.text : list.intro.text;
  return {
    key: `${lesson}#${index}`,
    lesson,
    introParagraph: list.intro,
    intro,
    introStems: contentStems(introText, language, generic),
    topic: listTopic(list.intro.text, language),
    items: list.items.map((item) => listOption(item, language, generic)),
    lastLine: list.items[list.items.length - 1]?.line ?? list.intro.line,
  };
}

function listOption(item: Paragraph, language: Language, generic: ReadonlySet<string>): ListOption {
  const text = optionText(item.text);
  const words = wordCount(text);
  return {
    text,
    raw: item.text,
    line: item.line,
    stems: contentStems(text, language, generic),
    form: itemForm(text, language),
    words,
    usable: usableOption(item.text, text, words, language),
  };
}

function usableOption(raw: string, text: string, words: number, language: Language): boolean {
  if (words < 1 || words > MAX_OPTION_WORDS || text.length > MAX_OPTION_CHARS) return false;
  // a year or a number belongs to an ordering item; as an option it stands out among plain ones
  if (/\p{N}/u.test(text)) return false;
  // "Аталған проблемаларда …" points back to the intro: out of its list it means nothing
  if (anaphoricOpener(text, language) !== undefined || POINTING_BACK[language].test(text)) return false;
  // "… министрлерінің ынтымақтастығы жөнінде": an item cut short, not a thing one can name
  if (DANGLING_END[language].test(text)) return false;
  const sentences = splitSentences(raw, language);
  if (sentences.length !== 1) return false;
  return stemHygiene(sentences[0]).every((problem) => OPTION_PROBLEMS_IGNORED.has(problem));
}

function parallelLists(lists: readonly CourseList[]): Map<string, Set<string>> {
  const parallels = new Map<string, Set<string>>(lists.map((list) => [list.key, new Set<string>()]));
  lists.forEach((a, i) => {
    for (const b of lists.slice(i + 1)) {
      const shared = a.items.filter((item) => b.items.some((other) => sameContent(item.stems, other.stems))).length;
      if (shared >= 2 || (shared >= 1 && shared * 2 >= Math.min(a.items.length, b.items.length))) {
        parallels.get(a.key)?.add(b.key);
        parallels.get(b.key)?.add(a.key);
      }
    }
  });
  return parallels;
}
