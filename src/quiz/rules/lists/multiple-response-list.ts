/**
 * `multiple-response-list`: from a colon-introduced list, a question quoting the intro whose
 * right options are 2–4 items of the list and whose wrong options are items of other lists that
 * the text does not give as members (see wrong-options.ts). 5–6 options, cleaned and capitalised
 * alike, none given away by its length. Language-neutral: lists look the same in any language.
 */
import type { Language } from '../../../model/course';
import type { MultipleResponseItem, Option } from '../../../model/quiz';
import { cleanSentence } from '../../text/sentences';
import type { DroppedCandidate, QuizRule, QuizRuleContext, RuleOutput } from '../registry';
import { listCatalogue, type CourseList, type ListCatalogue, type ListOption } from './catalogue';
import { generatedItemId, optionId, seededOrder, seededRank } from './item-id';
import { LIST_PHRASES } from './phrases';
import { normalisedText, sameContent } from './text-compare';
import { topicRank } from './topics';
import { wrongCandidates, type WrongCandidate } from './wrong-options';

export const MULTIPLE_RESPONSE_LIST = 'multiple-response-list';
const SHORT = 'mr-list';

const MIN_LIST_ITEMS = 3;
const MIN_RIGHT = 2;
const MAX_RIGHT = 4;
const MIN_WRONG = 2;
const MIN_OPTIONS = 5;
const MAX_OPTIONS = 6;
/** At most this many wrong options from one other list, so that they do not hang together. */
const MAX_WRONG_PER_LIST = 2;
/** A second item from one list when it has this many usable items (disjoint right options). */
const SECOND_ITEM_FROM = 6;
/** Longest option over shortest, in characters: beyond this the lengths tell. */
const MAX_LENGTH_RATIO = 4;

export const DROP_REASONS = [
  'list-too-short', 'intro-needs-context', 'intro-unfit', 'items-unfit', 'too-few-wrong-options', 'length-give-away', 'format-give-away',
] as const;
export type ListDropReason = (typeof DROP_REASONS)[number];

export function multipleResponseListRule(): QuizRule {
  return { id: MULTIPLE_RESPONSE_LIST, kinds: ['multiple-response'], languages: 'all', generate };
}

function generate(context: QuizRuleContext): RuleOutput {
  const catalogue = listCatalogue(context.text);
  const items: MultipleResponseItem[] = [];
  const dropped: DroppedCandidate[] = [];
  for (const list of catalogue.lists.filter((candidate) => candidate.lesson === context.lesson.id)) {
    const outcome = itemsForList(list, catalogue, context);
    items.push(...outcome.items);
    dropped.push(...outcome.dropped.map((reason) => drop(list, reason)));
  }
  return { items, dropped };
}

interface ListOutcome {
  readonly items: MultipleResponseItem[];
  readonly dropped: ListDropReason[];
}

function itemsForList(list: CourseList, catalogue: ListCatalogue, context: QuizRuleContext): ListOutcome {
  if (list.items.length < MIN_LIST_ITEMS) return { items: [], dropped: ['list-too-short'] };
  if (!('text' in list.intro)) return { items: [], dropped: [list.intro.problem] };
  const intro = list.intro.text;
  const usable = dominantForm(list.items.filter((item) => item.usable));
  if (usable.length < MIN_RIGHT) return { items: [], dropped: ['items-unfit'] };
  const seed = `${list.lesson}|${intro}`;
  const shuffled = seededOrder(seed, usable, (item) => item.text);
  const rightSets = [shuffled.slice(0, rightCount(seed, shuffled.length))];
  if (usable.length >= SECOND_ITEM_FROM) {
    const rest = shuffled.slice(rightSets[0].length);
    rightSets.push(rest.slice(0, Math.max(MIN_RIGHT, rightCount(`${seed}|2`, rest.length))));
  }
  const pool = wrongCandidates(list, usable[0].form, catalogue, context.text);
  const outcome: ListOutcome = { items: [], dropped: [] };
  for (const rights of rightSets) {
    const made = makeItem(list, intro, rights, pool, context.course.language);
    if (typeof made === 'string') outcome.dropped.push(made);
    else outcome.items.push(made);
  }
  return outcome;
}

/** The items of the form most of them share (ties: the first item's form). */
function dominantForm(items: readonly ListOption[]): ListOption[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.form, (counts.get(item.form) ?? 0) + 1);
  let best: string | undefined;
  for (const item of items) if (best === undefined || (counts.get(item.form) ?? 0) > (counts.get(best) ?? 0)) best = item.form;
  return items.filter((item) => item.form === best);
}

function rightCount(seed: string, available: number): number {
  return Math.min(available, MIN_RIGHT + (seededRank(seed, 'right-count') % (MAX_RIGHT - MIN_RIGHT + 1)));
}

function makeItem(
  list: CourseList, intro: string, rightsShuffled: readonly ListOption[], pool: readonly WrongCandidate[], language: Language,
): MultipleResponseItem | ListDropReason {
  const rights = [...rightsShuffled].sort((a, b) => a.line - b.line);
  const seed = `${list.lesson}|${intro}|${rights.map((r) => r.text).join('|')}`;
  const total = Math.min(MAX_OPTIONS, Math.max(MIN_OPTIONS, rights.length + MIN_WRONG + (seededRank(seed, 'total') % 2)));
  const wrongs = pickWrongs(list, rights, pool, total - rights.length, seed);
  if (wrongs.length < MIN_WRONG) return 'too-few-wrong-options';
  if (lengthGivesAway(rights.map((r) => r.text), wrongs.map((w) => w.option.text))) return 'length-give-away';
  if (formatGivesAway(rights.map((r) => r.text), wrongs.map((w) => w.option.text))) return 'format-give-away';
  const shown = seededOrder(seed, [...rights.map((r) => ({ text: r.text, right: true })), ...wrongs.map((w) => ({ text: w.option.text, right: false }))], (o) => o.text);
  const options: Option[] = shown.map((option, index) => ({ id: optionId(index), text: option.text }));
  const phrases = LIST_PHRASES[language];
  return {
    id: generatedItemId(list.lesson, SHORT, seed),
    kind: 'multiple-response',
    status: 'draft',
    rule: MULTIPLE_RESPONSE_LIST,
    stem: phrases.stem(intro),
    options,
    answers: shown.flatMap((option, index) => (option.right ? [optionId(index)] : [])),
    feedback: phrases.feedback(intro, list.items.map((item) => asWritten(item.raw))),
    source: { lesson: list.lesson, line: list.introParagraph.line, text: intro },
    fingerprint: '',
  };
}

/** An upper-case abbreviation ("ҚР Үкіметі", "ШЫҰ-ның"): options with and without one look different. */
const ABBREVIATION = /(?<![\p{L}])\p{Lu}{2,}(?![\p{Ll}])/u;

/** Of the preferred topic, then written like the right options (abbreviations or none), then closest in length to the right options; a few per other list; none repeating another. */
function pickWrongs(list: CourseList, rights: readonly ListOption[], pool: readonly WrongCandidate[], wanted: number, seed: string): WrongCandidate[] {
  const meanWords = rights.reduce((sum, r) => sum + r.words, 0) / rights.length;
  const rightsAbbreviate = rights.filter((r) => ABBREVIATION.test(r.text)).length * 2 >= rights.length;
  const formatRank = (candidate: WrongCandidate) => (ABBREVIATION.test(candidate.option.text) === rightsAbbreviate ? 0 : 1);
  const ranked = [...pool].sort(
    (a, b) => topicRank(list.topic, a.list.topic) - topicRank(list.topic, b.list.topic)
      || formatRank(a) - formatRank(b)
      || Math.abs(a.option.words - meanWords) - Math.abs(b.option.words - meanWords)
      || seededRank(seed, a.option.text) - seededRank(seed, b.option.text),
  );
  const chosen: WrongCandidate[] = [];
  const perList = new Map<string, number>();
  for (const candidate of ranked) {
    if (chosen.length === wanted) break;
    if ((perList.get(candidate.list.key) ?? 0) >= MAX_WRONG_PER_LIST) continue;
    if (chosen.some((other) => normalisedText(other.option.text) === normalisedText(candidate.option.text) || sameContent(other.option.stems, candidate.option.stems))) continue;
    chosen.push(candidate);
    perList.set(candidate.list.key, (perList.get(candidate.list.key) ?? 0) + 1);
  }
  return chosen;
}

/** Right options all longer (or all shorter) than every wrong one, or lengths far apart. */
export function lengthGivesAway(rights: readonly string[], wrongs: readonly string[]): boolean {
  const length = (text: string) => [...text].length;
  const r = rights.map(length);
  const w = wrongs.map(length);
  const all = [...r, ...w];
  if (Math.max(...all) > MAX_LENGTH_RATIO * Math.min(...all)) return true;
  return r.length >= 2 && (Math.min(...r) > Math.max(...w) || Math.max(...r) < Math.min(...w));
}

/** Every right option written with an abbreviation ("ҚР Үкіметі …") and no wrong one, or the reverse. */
export function formatGivesAway(rights: readonly string[], wrongs: readonly string[]): boolean {
  const abbreviated = (text: string) => ABBREVIATION.test(text);
  return rights.length >= 2 && (
    (rights.every(abbreviated) && !wrongs.some(abbreviated)) || (!rights.some(abbreviated) && wrongs.every(abbreviated))
  );
}

/** A list item as the feedback quotes it: as written, without its closing mark. */
function asWritten(raw: string): string {
  return cleanSentence(raw).replace(/[\s;,.]+$/u, '');
}

function drop(list: CourseList, reason: ListDropReason): DroppedCandidate {
  const sentence = 'text' in list.intro ? list.intro.text : cleanSentence(list.introParagraph.text);
  return { rule: MULTIPLE_RESPONSE_LIST, reason, sentence, line: list.introParagraph.line };
}
