/**
 * Quantities in a sentence, tagged by kind so that a distractor keeps the key's kind, scale and
 * unit: years ("1991 жылы", ranges "2017-2019 жылдарға"), dates ("2017 жылғы 15 наурызда"),
 * percentages ("33%", "30%-ға", "16 пайызға"), amounts ("1,2 млрд.долларға": scale and unit kept
 * apart) and other numbers. A year inside a date is reported twice: as the date and as a year.
 */
import type { Language } from '../../model/course';
import { monthNumber, monthPattern } from './months';
import type { Quantity } from './types';

// digits, thousands groups ("15 000"), a decimal part ("263,3", "2.1")
const NUMBER = /(?<![\p{N}.,])\d{1,3}(?:[  ]\d{3})+(?:[.,]\d+)?(?![\p{N}])|(?<![\p{N}.,])\d+(?:[.,]\d+)?(?![\p{N}])/gu;

const YEAR_WORD: Readonly<Record<Language, RegExp>> = {
  kk: /^\s*(?:жыл\p{Ll}*|жж?\.|гг?\.|год\p{Ll}*)/u,
  ru: /^\s*(?:год\p{Ll}*|гг?\.|г(?![\p{L}]))/u,
  en: /^\s*(?:years?(?![\p{L}]))/u,
};
const PERCENT_WORD = /^\s*(?:пайыз|процент|percent|per\s+cent)\p{Ll}*/u;

const SCALES: readonly [RegExp, string][] = [
  [/^(?:трлн|триллион\p{Ll}*|trillions?|tn)/u, 'trillion'],
  [/^(?:млрд|миллиард\p{Ll}*|billions?|bn)/u, 'billion'],
  [/^(?:млн|миллион\p{Ll}*|millions?|mln)/u, 'million'],
  [/^(?:мың\p{Ll}*|тыс\p{Ll}*|thousands?)/u, 'thousand'],
];
const UNITS: readonly [RegExp, string][] = [
  [/^(?:АҚШ\s+)?(?:доллар\p{Ll}*|долл\.?|dollars?|USD|\$)/u, 'dollar'],
  [/^(?:теңге\p{Ll}*|тенге|tenge|KZT)/u, 'tenge'],
  [/^(?:сум\p{Ll}*|сўм)/u, 'sum'],
  [/^(?:сом\p{Ll}*)/u, 'som'],
  [/^(?:евро\p{Ll}*|euros?|€)/u, 'euro'],
  [/^(?:рубл\p{Ll}*|руб\.|roubles?|rubles?)/u, 'rouble'],
  [/^(?:юан\p{Ll}*|yuan)/u, 'yuan'],
  [/^(?:тонна\p{Ll}*|тонн\p{Ll}*|tonnes?|tons?)/u, 'tonne'],
  [/^(?:текше\s+метр\p{Ll}*|м3|м³|cubic\s+met(?:re|er)s?)/u, 'cubic-metre'],
  [/^(?:км(?![\p{L}])|шақырым\p{Ll}*|километр\p{Ll}*|kilomet(?:re|er)s?|km(?![\p{L}]))/u, 'km'],
  [/^(?:гектар\p{Ll}*|га(?![\p{L}])|hectares?)/u, 'hectare'],
  [/^(?:киловатт\p{Ll}*|кВт\p{Ll}*|мегаватт\p{Ll}*|МВт\p{Ll}*|kW|MW)/u, 'watt'],
];

/** Endings a number takes in Kazakh: ordinal -ші, case endings, -дық ("2001-ші", "1991-ге", "30%-ға"). */
const NUMBER_ENDING = /^(?:[ыі]?нш[ыі]|ш[ыі]|[ғгқк][ае]|[дтн][ае]|[дтн][ае]н|[дтн][ыі]ң|[дтн][ыі]|[дт][ыі]қ|[дт][іы]к|лық|лік|ы|і|сы|сі|ның|нің|нан|нен|ға|ге|да|де|ды|ді)$/u;

interface NumberToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
}

export function findQuantities(sentence: string, language: Language): Quantity[] {
  const tokens = numberTokens(sentence, language);
  const found: Quantity[] = [];
  const dayTokens = new Set<number>();
  for (const date of findDates(sentence, tokens, language)) {
    found.push(date.quantity);
    for (const token of date.dayTokens) dayTokens.add(token);
  }
  let index = 0;
  while (index < tokens.length) {
    if (dayTokens.has(index)) {
      index += 1;
      continue;
    }
    const { quantity, used } = classify(sentence, tokens, index, language);
    if (quantity) found.push(quantity);
    index += used;
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

function numberTokens(sentence: string, language: Language): NumberToken[] {
  return [...sentence.matchAll(NUMBER)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    text: match[0],
    value: parseNumber(match[0], language),
  }));
}

/** "15 000" → 15000; "263,3" → 263.3 (kk, ru); "1,200" → 1200 and "3.5" → 3.5 (en). */
export function parseNumber(text: string, language: Language): number {
  const compact = text.replace(/[  ]/gu, '');
  if (language === 'en' && /^\d{1,3}(,\d{3})+$/u.test(compact)) return Number(compact.replace(/,/gu, ''));
  return Number(compact.replace(',', '.'));
}

/** What follows a number: a hyphenated or attached ending ("-ші", "ға") and the rest of the text. */
function endingAfter(sentence: string, at: number): { suffix: string; next: number } {
  const match = /^(?:\s?[-–]\s?)?(\p{Ll}+)(?![\p{L}])/u.exec(sentence.slice(at));
  const attached = match && (/^[-–]/u.test(match[0]) || match[0] === match[1]);
  if (match && attached && NUMBER_ENDING.test(match[1])) return { suffix: match[1], next: at + match[0].length };
  return { suffix: '', next: at };
}

interface Classified {
  readonly quantity?: Quantity;
  /** Number tokens consumed (2 for a range). */
  readonly used: number;
}

function classify(sentence: string, tokens: readonly NumberToken[], index: number, language: Language): Classified {
  const first = tokens[index];
  const second = rangeEnd(sentence, tokens, index);
  const last = second ?? first;
  const used = second ? 2 : 1;
  const numberText = sentence.slice(first.start, last.end);
  const base = { value: first.value, ...(second ? { valueTo: second.value } : {}), numberText, start: first.start };
  const percent = /^\s?%/u.exec(sentence.slice(last.end));
  if (percent) {
    const after = percentEnding(sentence, last.end + percent[0].length);
    return { used, quantity: { ...base, kind: 'percent', suffix: after.suffix, end: after.next, surface: sentence.slice(first.start, after.next) } };
  }
  const { suffix, next } = endingAfter(sentence, last.end);
  const rest = sentence.slice(next);
  const percentWord = PERCENT_WORD.exec(rest);
  if (percentWord) return { used, quantity: quantity({ ...base, kind: 'percent', suffix }, sentence, next + percentWord[0].length) };
  const yearWord = YEAR_WORD[language].exec(rest);
  if (isYear(first) && (!second || isYear(second)) && (yearWord || isBareYear(first, rest, language, sentence.slice(0, first.start), second !== undefined))) {
    return { used, quantity: quantity({ ...base, kind: 'year', suffix }, sentence, next + (yearWord?.[0].length ?? 0)) };
  }
  const amount = amountAfter(rest, sentence.slice(0, first.start));
  if (amount) {
    const { scale, unit, length, prefix } = amount;
    const shifted = { ...base, start: first.start - prefix };
    return { used, quantity: quantity({ ...shifted, kind: 'amount', suffix, ...(scale ? { scale } : {}), ...(unit ? { unit } : {}) }, sentence, next + length) };
  }
  return { used, quantity: quantity({ ...base, kind: 'number', suffix }, sentence, next) };
}

function quantity(partial: Omit<Quantity, 'surface' | 'end'>, sentence: string, end: number): Quantity {
  return { ...partial, end, surface: sentence.slice(partial.start, end).trimEnd() } as Quantity;
}

/** "2017-2019", "1994 -2000", "18-25", "30-40%": a second number after a dash. */
function rangeEnd(sentence: string, tokens: readonly NumberToken[], index: number): NumberToken | undefined {
  const next = tokens[index + 1];
  if (!next) return undefined;
  const between = sentence.slice(tokens[index].end, next.start);
  return /^\s?[-–—]\s?$/u.test(between) && next.value > tokens[index].value ? next : undefined;
}

/** "30%-ға", "7% ды", "18% -дық": an ending after the sign, spaced forms included (but not "да", also a word). */
function percentEnding(sentence: string, at: number): { suffix: string; next: number } {
  const match = /^(\s?[-–]?\s?)(\p{Ll}+)(?![\p{L}])/u.exec(sentence.slice(at));
  if (!match || !NUMBER_ENDING.test(match[2])) return { suffix: '', next: at };
  const spacedWord = match[1].trim() === '' && match[1] !== '';
  if (spacedWord && /^(?:да|де|та|те|ма|бе)$/u.test(match[2])) return { suffix: '', next: at };
  return { suffix: match[2], next: at + match[0].length };
}

function isYear(token: NumberToken): boolean {
  return /^\d{4}$/u.test(token.text) && token.value >= 1000 && token.value <= 2099;
}

/** English words after which a four-digit number is a year, whatever follows ("in November 2006 he signed"). */
const EN_YEAR_BEFORE = /(?:(?<![\p{L}])(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Aa]fter|[Bb]efore|[Dd]uring)|January|February|March|April|May|June|July|August|September|October|November|December)\s+$/u;

/**
 * A four-digit number 1900–2099 with no unit after it reads as a year even without "жылы"; in
 * English, one followed by a lower-case word ("2006 people") only after a month or "in", "since"….
 * English writes no year word at all, so an earlier year (1000–1899) is read as one after a month
 * or "in", "since"… ("In 1370 Timur besieged Balkh", "died in 1405"), or as a span in brackets
 * ("Husayn Bayqara (1469–1506)"): before, every year of a text on the Timurids was a bare number.
 */
function isBareYear(token: NumberToken, rest: string, language: Language, before: string, span: boolean): boolean {
  if (amountAfter(rest, '') || /^\s*(?:адам|кісі|people|человек)/u.test(rest)) return false;
  if (token.value < 1900) return language === 'en' && (EN_YEAR_BEFORE.test(before) || (span && /\(\s*$/u.test(before) && /^\s*\)/u.test(rest)));
  return language !== 'en' || !/^\s*\p{Ll}/u.test(rest) || /^\s*(?:and|to|–)/u.test(rest) || EN_YEAR_BEFORE.test(before);
}

interface AmountTail {
  readonly scale?: string;
  readonly unit?: string;
  readonly length: number;
  /** Characters before the number that belong to it ("$ 5 млрд"). */
  readonly prefix: number;
}

/** "млрд. доллар", "млн.доллар", "мың тонна", "км", or "$" before the number. */
function amountAfter(rest: string, before: string): AmountTail | undefined {
  let at = 0;
  let scale: string | undefined;
  const scaleMatch = lookup(SCALES, rest.slice(at).replace(/^\s*/u, ''));
  if (scaleMatch) {
    at += rest.length - rest.trimStart().length + scaleMatch.length;
    if (rest[at] === '.') at += 1;
    scale = scaleMatch.name;
  }
  const gap = rest.slice(at).length - rest.slice(at).trimStart().length;
  const unitMatch = lookup(UNITS, rest.slice(at + gap));
  const dollarBefore = /\$\s?$/u.exec(before);
  if (unitMatch) at += gap + unitMatch.length;
  const unit = unitMatch?.name ?? (dollarBefore ? 'dollar' : undefined);
  if (!scale && !unit) return undefined;
  return { ...(scale ? { scale } : {}), ...(unit ? { unit } : {}), length: at, prefix: dollarBefore?.[0].length ?? 0 };
}

function lookup(table: readonly [RegExp, string][], text: string): { name: string; length: number } | undefined {
  for (const [pattern, name] of table) {
    const match = pattern.exec(text);
    if (match) return { name, length: match[0].length };
  }
  return undefined;
}

interface FoundDate {
  readonly quantity: Quantity;
  /** Number tokens read as the day (two for a range of days). */
  readonly dayTokens: readonly number[];
}

/**
 * "15 наурызда", "2017 жылғы 15 наурыздағы", "1998 жылы 31 қазанда", "қарашаның 28 күнгі",
 * "Тамыз айының 06. 2021 жылы", "15 марта 2017 г.", "March 15, 2017", "15 March 2017".
 */
function findDates(sentence: string, tokens: readonly NumberToken[], language: Language): FoundDate[] {
  const month = monthPattern(language);
  const dayThenMonth = new RegExp(`^\\s+(${month})`, 'iu');
  const monthThenDay = new RegExp(`(${month})(?:\\s+айының)?\\s+$`, 'iu');
  const dates: FoundDate[] = [];
  tokens.forEach((token, index) => {
    if (!/^\d{1,2}$/u.test(token.text) || token.value < 1 || token.value > 31) return;
    const after = dayThenMonth.exec(sentence.slice(token.end));
    const before = after ? null : monthThenDay.exec(sentence.slice(0, token.start));
    if (!after && !(before && /^(?:\.?\s*\d{4}|\s+күн|,\s*\d{4})/u.test(sentence.slice(token.end)))) return;
    const monthWord = after?.[1] ?? before?.[1] ?? '';
    const monthValue = monthNumber(monthWord, language);
    if (monthValue === undefined) return;
    // "6-7 наурызда", "15-16 маусымда": a range of days
    const firstDay = after ? /(?<![\p{N}])(\d{1,2})\s?[-–]\s?$/u.exec(sentence.slice(0, token.start)) : null;
    let start = before ? before.index : firstDay ? firstDay.index : token.start;
    const dayWord = /^\s+күн\p{Ll}*/u.exec(sentence.slice(token.end));
    let end = after ? token.end + after[0].length : token.end + (dayWord?.[0].length ?? 0);
    let year: number | undefined;
    const yearBefore = /(\d{4})\s*(?:жылы|жылғы|жылдың|ж\.)\s+$/u.exec(sentence.slice(0, start));
    // "15 марта 2017", "March 15, 2017"; a comma in Kazakh or Russian ends the date ("13 шілдеде, 2021 жылы …")
    const yearAfter = (language === 'en' ? /^(?:,\s*|\s+)(\d{4})(?![\p{N}])/u : /^\.?\s+(\d{4})(?![\p{N}])/u).exec(sentence.slice(end));
    if (yearBefore) {
      year = Number(yearBefore[1]);
      start = yearBefore.index;
    } else if (yearAfter) {
      year = Number(yearAfter[1]);
      end += yearAfter[0].length;
    }
    const surface = sentence.slice(start, end);
    const range = firstDay ? { value: Number(firstDay[1]), valueTo: token.value } : { value: token.value };
    dates.push({
      dayTokens: firstDay ? [index - 1, index] : [index],
      quantity: { kind: 'date', ...range, month: monthValue, ...(year ? { year } : {}), numberText: firstDay ? sentence.slice(firstDay.index, token.end) : token.text, surface, start, end, suffix: '' },
    });
  });
  return dates;
}
