/**
 * Year, percentage and amount distractors. First values the course itself states in the same
 * pool (same kind, scale and unit: a learner who skimmed may confuse them), then values made
 * near the key. Check 4 later removes any that would make another statement of the course true.
 */
import type { Language } from '../../model/course';
import { valueKey, valuePoolKey } from '../text/course-text';
import type { CourseText } from '../text/types';
import type { Distractor, QuantityKey } from './types';

/**
 * Years further than this from the key are implausible for it: a reader who knows roughly when
 * something happened rules out a year a decade off ("2016 or 2017" for an agreement of 2024, in
 * blind reviews), so course years and made ones both stay within six years.
 */
const YEAR_WINDOW = 6;

/** "1990 жылдары", "в 1990-е годы", "the 1990s": a decade, whose distractors are decades too. */
export function isDecade(surface: string): boolean {
  return /\d{4}(?:\s*жылдар|-?(?:е|х|ые|ых|м|ми)\s+год|s(?![\p{L}]))/u.test(surface);
}

export function yearCandidates(key: QuantityKey, text: CourseText): Distractor[][] {
  const year = key.quantity.value;
  if (isDecade(key.quantity.surface)) {
    const decades = [-10, 10, -20, 20, -30].map((shift) => year + shift).filter((value) => value <= Math.max(...text.byYear.keys(), year));
    return [decades.map((value) => ({ text: String(value), identity: `year:${value}`, value, pool: 'year' }))];
  }
  const { present, targets } = timeline(text);
  const past = year <= present;
  const latest = past ? Math.max(present, year) + 2 : Math.max(...text.byYear.keys(), year);
  const near = (value: number) => value !== year && Math.abs(value - year) <= YEAR_WINDOW && value <= latest;
  // a past event takes no year the text writes only as a target ("by 2030")
  const inCourse = [...text.byYear.keys()].filter((value) => near(value) && !(past && targets.has(value))).sort((a, b) => a - b);
  const made = [1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6].map((shift) => year + shift).filter((value) => near(value) && !inCourse.includes(value));
  const asYear = (value: number): Distractor => ({ text: String(value), identity: `year:${value}`, value, pool: 'year' });
  return [inCourse.map(asYear), made.map(asYear)];
}

/** The share of the course's dated statements at or before its "present". */
const PRESENT_SHARE = 0.95;

/**
 * A year written as a target or deadline: "2030 жылға дейін / қарай", "2030 жылға", "к 2030
 * году", "до 2030 года", "by 2030", "until 2030". Such years are plans, not events: they do not
 * tell the text's present, and are no distractor for an event that happened.
 */
const TARGET_YEAR: Readonly<Record<Language, (before: string, after: string) => boolean>> = {
  kk: (_before, after) => /^\s*ж(?:ылға|\.)?\s*(?:дейін|қарай|шейін)|^\s*жылға(?![\p{L}])/u.test(after),
  ru: (before) => /(?:^|\s)(?:к|до|по)\s*$/iu.test(before),
  en: (before) => /(?:^|\s)(?:by|until|till|through)\s*$/iu.test(before),
};

interface Timeline {
  /** The year by which 95% of the text's dated statements of events lie. */
  readonly present: number;
  /** Years the text writes only as targets. */
  readonly targets: ReadonlySet<number>;
}

const timelines = new WeakMap<CourseText, Timeline>();

/**
 * The text's present: the year by which 95% of its dated statements lie, targets left out ("by
 * 2030", "2050 жылға дейін": a strategy's horizon is not a date the text has lived). A past
 * event's distractors stay within two years after the present (not at it: a key near the present
 * would then always be the latest option): "2018" offered with 2024 and
 * 2025 in a text written in 2021 has two options no reader would take, and "өтті" (took place)
 * offered with 2029–2031 reads as a future that has not come.
 */
export function presentOf(text: CourseText): number {
  return timeline(text).present;
}

function timeline(text: CourseText): Timeline {
  const known = timelines.get(text);
  if (known) return known;
  const events: number[] = [];
  const asTarget = new Set<number>();
  const asEvent = new Set<number>();
  const target = TARGET_YEAR[text.language];
  for (const { sentence, quantities } of text.sentences) {
    for (const quantity of quantities) {
      const year = quantity.kind === 'year' && quantity.valueTo === undefined ? quantity.value : quantity.kind === 'date' ? quantity.year : undefined;
      if (year === undefined) continue;
      const at = sentence.clean.indexOf(String(year), quantity.start);
      const isTarget = at >= 0 && target(sentence.clean.slice(0, at), sentence.clean.slice(at + 4));
      (isTarget ? asTarget : asEvent).add(year);
      if (!isTarget) events.push(year);
    }
  }
  events.sort((a, b) => a - b);
  const present = events.length === 0 ? Number.POSITIVE_INFINITY : events[Math.min(events.length - 1, Math.floor(PRESENT_SHARE * events.length))]!;
  const found = { present, targets: new Set([...asTarget].filter((year) => !asEvent.has(year))) };
  timelines.set(text, found);
  return found;
}

/**
 * Words telling a learner that the year asked for is a recent one ("осы жақын аралықта 2021
 * жылы"): with only earlier years beside it, the latest option would be the answer.
 */
const RECENCY: Readonly<Record<Language, RegExp>> = {
  kk: /жақында|жақын ара(?:да|лықта)|соңғы (?:жылдар|уақыт)|қазіргі (?:таңда|уақытта|кезде)|биыл/iu,
  ru: /недавно|в последн(?:ие годы|ее время)|в настоящее время|в этом году/iu,
  en: /\brecent(?:ly)?\b|\blately\b|\bnowadays\b|\bthis year\b/iu,
};

/** The sentence says the year it holds is recent. */
export function saysRecent(sentence: string, language: Language): boolean {
  return RECENCY[language].test(sentence);
}

export function valueCandidates(key: QuantityKey, text: CourseText, language: Language): Distractor[][] {
  const quantity = key.quantity;
  const pool = valuePoolKey(quantity);
  const plausible = key.type === 'percent' ? (value: number) => value > 0 && value < 100 && Math.abs(value - quantity.value) <= 30
    : (value: number) => value > 0 && value >= quantity.value / 4 && value <= quantity.value * 4;
  const keep = (value: number) => value !== quantity.value && plausible(value);
  const inCourse = (text.valuePool.get(pool) ?? []).filter(keep);
  const made = madeValues(key).filter((value) => keep(value) && !inCourse.includes(value));
  const asValue = (value: number): Distractor => ({
    text: formatLike(value, key, language),
    identity: valueKey({ kind: quantity.kind, scale: quantity.scale, unit: quantity.unit, value }),
    value,
    pool,
  });
  // made values first: a course value from another context (a target, another survey group) may be true there
  return [made.map(asValue), inCourse.map(asValue)];
}

function decimalsOf(numberText: string): number {
  const match = /[.,](\d+)$/u.exec(numberText.replace(/[  ]/gu, ''));
  return match ? match[1]!.length : 0;
}

/**
 * Values around the key with its precision: ±3…15 points for a percentage, ×0.45…×2.3 for an
 * amount, never a simple multiple or half (a learner would see arithmetic, not facts).
 */
function madeValues(key: QuantityKey): number[] {
  const value = key.quantity.value;
  const decimals = decimalsOf(key.quantity.numberText);
  const round = (n: number) => Number(n.toFixed(decimals));
  const raw = key.type === 'percent' ? [5, -5, 10, -10, 3, -3, 15, -15, 7, -7].map((shift) => value + shift)
    : [1.7, 0.6, 1.4, 2.3, 0.7, 0.45, 1.3].map((factor) => value * factor);
  return [...new Set(raw.map(round))];
}

/** Written as the key is: decimal comma or point, thousands groups with a space. */
export function formatLike(value: number, key: QuantityKey, language: Language): string {
  const numberText = key.quantity.numberText;
  const decimals = decimalsOf(numberText);
  const comma = /,\d+$/u.test(numberText) || (decimals === 0 && language !== 'en');
  const [whole, fraction] = value.toFixed(decimals).split('.');
  const grouped = /\d[  ]\d{3}/u.test(numberText) ? whole!.replace(/\B(?=(\d{3})+(?!\d))/gu, ' ') : whole!;
  const number = fraction === undefined ? grouped : `${grouped}${comma ? ',' : '.'}${fraction}`;
  return key.text.endsWith('%') ? `${number}%` : number;
}
