/**
 * The one point in time a statement is dated by ("1994 жылы", "2021 жылы 17 қыркүйекте",
 * "в 1994 году", "in 1994", "on 15 March 2017"), and the statement without it: an ordering step
 * that kept its year would answer itself. Ranges, decades and "since/until" forms are not points
 * in time ("2017-2019 жылдарға", "1990 жылдары", "2013 жылдан бастап", "since 2013"): refused.
 */
import type { Language } from '../../../model/course';
import { findQuantities } from '../../text/numbers';
import { yearsOf } from '../../text/course-text';
import type { Quantity } from '../../text/types';

export interface Dated {
  readonly year: number;
  /** The text with the time expression removed, spacing repaired. */
  readonly rest: string;
}

export type DatedProblem = 'no-year' | 'several-years' | 'not-a-point-in-time';

const KK_POINT = /^\d{4}\s*(?:жылы|жылғы|жылдың|ж\.)$/u;
const RU_POINT = /^\d{4}\s*(?:году|года|г\.?)$/u;
const EN_POINT = /^\d{4}$/u;
const MONTH_BEFORE: Readonly<Record<Language, RegExp>> = {
  kk: /(?:айында|айы)\s+$/u,
  ru: /(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*\s+$/iu,
  en: /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/u,
};

export function datedBy(text: string, language: Language): Dated | DatedProblem {
  const quantities = findQuantities(text, language);
  const years = new Set(quantities.flatMap(yearsOf));
  if (years.size === 0) return 'no-year';
  if (quantities.some((q) => q.kind === 'year' && q.valueTo !== undefined)) return 'not-a-point-in-time';
  if (years.size > 1) return 'several-years';
  const [year] = [...years];
  const date = quantities.find((q) => q.kind === 'date' && q.year === year);
  const plain = quantities.find((q) => q.kind === 'year');
  const span = date ? dateSpan(text, date, language) : plain ? yearSpan(text, plain, language) : undefined;
  if (!span) return 'not-a-point-in-time';
  return { year, rest: tidy(text.slice(0, span.start) + ' ' + text.slice(span.end)) };
}

interface Span {
  readonly start: number;
  readonly end: number;
}

function yearSpan(text: string, year: Quantity, language: Language): Span | undefined {
  const before = text.slice(0, year.start);
  if (language === 'kk') return KK_POINT.test(year.surface) ? { start: year.start, end: year.end } : undefined;
  if (language === 'ru') {
    if (!RU_POINT.test(year.surface)) return undefined;
    const preposition = /(?:^|\s)[вВ]\s+$/u.exec(before);
    if (preposition) return { start: year.start - preposition[0].trimStart().length, end: year.end };
    return MONTH_BEFORE.ru.test(before) ? { start: year.start, end: year.end } : undefined;
  }
  if (!EN_POINT.test(year.surface)) return undefined;
  const preposition = /(?:^|\s)(?:in|In)\s+$/u.exec(before);
  if (preposition) return { start: year.start - preposition[0].trimStart().length, end: year.end };
  return MONTH_BEFORE.en.test(before) ? { start: year.start, end: year.end } : undefined;
}

/** A date with its year; in English or Russian with its preposition ("on 15 March 2017"). */
function dateSpan(text: string, date: Quantity, language: Language): Span {
  const before = text.slice(0, date.start);
  const preposition = language === 'en' ? /(?:^|\s)(?:on|On|in|In)\s+$/u.exec(before) : language === 'ru' ? /(?:^|\s)[вВ]\s+$/u.exec(before) : null;
  let end = date.end;
  // "2021 жылы 17 қыркүйекте": the date ends at the month; "жылы"/"года" after a trailing year goes too
  const after = /^\s*(?:жылы|жылғы|года|году|г\.)/u.exec(text.slice(end));
  if (after) end += after[0].length;
  return { start: preposition ? date.start - preposition[0].trimStart().length : date.start, end };
}

/** Spacing and punctuation after a cut: no double spaces, no space before a mark, no leading comma. */
function tidy(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.;:!?])/gu, '$1')
    .replace(/^[\s,;:–—-]+/u, '')
    .trim();
}
