/**
 * The figures `npm run quiz:eval` prints for each lesson of the quiz evaluation and tuning
 * texts (test/fixtures/quiz-eval/): words, items, kinds, and how many items have a year or a
 * date as their key. Pure: items in, numbers out.
 *
 * "Year/date key" is judged from the item as a learner sees it, not from its rule id, so that
 * the figure stays comparable while the rules are renamed or rewritten:
 * - choice / multiple-response: every right option is a year, a decade, a period or a date;
 * - true-false: the statement is false and what differs from the source sentence is a year or date;
 * - matching: every right side is a year or date;
 * - ordering: never (the learner orders events; the dates are in the feedback only).
 */
import type { Language } from '../src/model/course';
import type { QuestionKind, QuizItem } from '../src/model/quiz';
import { monthNumber } from '../src/quiz/text/months';

/** Targets of issue 10 for an evaluation lesson of at least MIN_WORDS words. */
export const TARGETS = { minWords: 400, minItems: 10, minKinds: 3, maxYearShare: 0.35 } as const;

/** Words around a year or a date that do not make it anything else ("1993 жылы", "in March 2014", "1990-е годы"). */
const TIME_WORDS: Readonly<Record<Language, RegExp>> = {
  kk: /^(жыл\p{L}*|ж|ғасыр\p{L}*|аралығ\p{L}*|бастап|дейін|кейін|қарай|шамасында)$/u,
  ru: /^(год\p{L}*|г|гг|век\p{L}*|в|во|с|по|до|к|от|середин\p{L}*|начал\p{L}*|конц\p{L}*|е|х|ых|ые|ов)$/u,
  en: /^(years?|in|on|of|the|by|from|to|since|until|early|mid|late|century|centuries|s)$/u,
};

const YEAR = /^(1\d{3}|20\d{2})(s|-?[\p{L}]{1,4})?$/u;
const DAY = /^([1-9]|[12]\d|3[01])(st|nd|rd|th|-?[\p{L}]{1,3})?$/u;
const ROMAN = /^[IVXLC]+$/u;

function tokens(text: string): string[] {
  return text
    .replace(/[«»"“”'’().,;:!?]/gu, ' ')
    .split(/[\s–—-]+/u)
    .filter((token) => token !== '');
}

/** True when the text names only a time: a year, decade, period, century or day and month. */
export function isTemporal(text: string, language: Language): boolean {
  const words = tokens(text);
  if (words.length === 0) return false;
  let anchor = false;
  for (const word of words) {
    if (YEAR.test(word) || monthNumber(word, language) !== undefined || ROMAN.test(word)) anchor = true;
    else if (!DAY.test(word) && !TIME_WORDS[language].test(word.toLowerCase())) return false;
  }
  return anchor;
}

/** The part of `changed` that differs from `original`, word by word (common head and tail cut off). */
export function changedPart(original: string, changed: string): string {
  const a = tokens(original);
  const b = tokens(changed);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  return b.slice(head, b.length - tail).join(' ');
}

export function hasYearDateKey(item: QuizItem, language: Language): boolean {
  const temporal = (text: string) => isTemporal(text, language);
  switch (item.kind) {
    case 'choice':
      return temporal(item.options.find((option) => option.id === item.answer)?.text ?? '');
    case 'multiple-response':
      return item.answers.length > 0 && item.options.filter((option) => item.answers.includes(option.id)).every((option) => temporal(option.text));
    case 'true-false': {
      if (item.answer) return false;
      const part = changedPart(item.source.text, item.stem);
      return part !== '' && temporal(part);
    }
    case 'matching':
      return item.pairs.length > 0 && item.pairs.every((pair) => temporal(pair.right));
    case 'ordering':
      return false;
  }
}

/** Words as `npm run bench` counts them: whitespace-separated tokens holding a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export interface LessonFigures {
  readonly lesson: string;
  readonly words: number;
  readonly items: number;
  readonly byKind: ReadonlyMap<QuestionKind, number>;
  readonly yearDate: number;
  /** Null when the lesson is shorter than the targets' minimum. */
  readonly meetsTarget: boolean | null;
}

export function lessonFigures(lesson: string, body: string, items: readonly QuizItem[], language: Language): LessonFigures {
  const byKind = new Map<QuestionKind, number>();
  for (const item of items) byKind.set(item.kind, (byKind.get(item.kind) ?? 0) + 1);
  const words = countWords(body);
  const meetsTarget = words < TARGETS.minWords ? null : items.length >= TARGETS.minItems && byKind.size >= TARGETS.minKinds;
  const yearDate = items.filter((item) => hasYearDateKey(item, language)).length;
  return { lesson, words, items: items.length, byKind, yearDate, meetsTarget };
}

export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** "choice 7, true-false 3" in a fixed kind order. */
export function kindsText(byKind: ReadonlyMap<QuestionKind, number>): string {
  const order: readonly QuestionKind[] = ['choice', 'true-false', 'multiple-response', 'matching', 'ordering'];
  const parts = order.filter((kind) => byKind.has(kind)).map((kind) => `${kind} ${byKind.get(kind)}`);
  return parts.length > 0 ? parts.join(', ') : '-';
}
