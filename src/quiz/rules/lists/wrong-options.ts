/**
 * Wrong options for a list: items of other lists, in the same form, that the text does not give
 * as belonging to this list. Conservative: a candidate is refused when it shares much of its
 * content with an item of this list, comes from a list that repeats this one, echoes the
 * sentences around this list, or appears anywhere in the course in a sentence about this list's
 * subject.
 */
import type { CourseText } from '../../text/types';
import type { CourseList, ListCatalogue, ListOption } from './catalogue';
import { contentStems, normalisedText, sameContent } from './text-compare';

export interface WrongCandidate {
  readonly option: ListOption;
  readonly list: CourseList;
}

/** Sentences read after a list's last item that may still name its members. */
const SENTENCES_AFTER_LIST = 3;
/** Content a sentence must share with a candidate, and with the intro, to state it belongs. */
const STATES_ITEM = 0.6;
const STATES_SUBJECT = 0.5;

const sentenceStems = new WeakMap<CourseText, readonly (readonly string[])[]>();

function stemsOfSentences(text: CourseText, generic: ReadonlySet<string>): readonly (readonly string[])[] {
  const cached = sentenceStems.get(text);
  if (cached) return cached;
  const stems = text.sentences.map((s) => contentStems(s.sentence.clean, text.language, generic));
  sentenceStems.set(text, stems);
  return stems;
}

export function wrongCandidates(target: CourseList, form: ListOption['form'], catalogue: ListCatalogue, text: CourseText): WrongCandidate[] {
  const parallels = catalogue.parallels.get(target.key) ?? new Set<string>();
  const targetTexts = new Set(target.items.map((item) => normalisedText(item.text)));
  const near = nearbySentences(target, text, catalogue.generic);
  const stems = stemsOfSentences(text, catalogue.generic);
  const seen = new Set<string>();
  const out: WrongCandidate[] = [];
  for (const list of catalogue.lists) {
    if (list.key === target.key || parallels.has(list.key)) continue;
    for (const option of list.items) {
      const normal = normalisedText(option.text);
      if (!option.usable || option.form !== form || seen.has(normal) || targetTexts.has(normal)) continue;
      if (target.items.some((item) => sameContent(item.stems, option.stems))) continue;
      if (near.some((sentence) => sameContent(sentence, option.stems))) continue;
      if (statedForSubject(option, list, target, text, stems)) continue;
      seen.add(normal);
      out.push({ option, list });
    }
  }
  return out;
}

/** The intro paragraph and the sentences just after the list: they often name more members. */
function nearbySentences(target: CourseList, text: CourseText, generic: ReadonlySet<string>): (readonly string[])[] {
  const inLesson = text.sentences.filter((s) => s.lesson === target.lesson);
  const intro = inLesson.filter((s) => s.line === target.introParagraph.line);
  const after = inLesson.filter((s) => s.line > target.lastLine).slice(0, SENTENCES_AFTER_LIST);
  return [...intro, ...after].map((s) => contentStems(s.sentence.clean, text.language, generic));
}

/** A sentence elsewhere in the course that says much of the candidate and much of the intro. */
function statedForSubject(
  option: ListOption, ownList: CourseList, target: CourseList, text: CourseText, stems: readonly (readonly string[])[],
): boolean {
  if (target.introStems.length === 0) return false;
  return text.sentences.some((s, index) => {
    if (s.lesson === ownList.lesson && s.line === option.line) return false; // the candidate's own item
    const sentence = stems[index];
    return sameContent(option.stems, sentence, STATES_ITEM) && sameContent(target.introStems, sentence, STATES_SUBJECT);
  });
}
