/**
 * Check 2b: a distractor fits what the sentence says about its number, so that it is plausible and
 * still false:
 * - the time order the sentence implies: "from ____ to 2022", "2015 жылдан ____ жылға дейін",
 *   "с 1991 по ____": a start before its end; beside a decade ("____ и 2000 годов") a decade; on
 *   the same side as the key of every other year the sentence or its context names;
 * - a period in which the statement also held: "since ____" / "____ жылдан бері" / "с ____ года"
 *   held every later year, so only earlier years; "until ____" / "____ жылға дейін" / "до ____
 *   года" held every earlier year, so only later ones;
 * - a figure the sentence gives as approximate ("about", "шамамен", "около", "более", "астам")
 *   allows a range: a distractor must lie well outside it;
 * - no simple multiple or half of the key (672 / 1 344 / 2 016 reads as arithmetic, not a fact).
 */
import type { Language } from '../../model/course';
import type { Distractor, QuantityKey } from '../distractors/types';
import { isEntityKey } from '../distractors/types';
import { problem, type Draft, type Problem } from './types';
import { yearsOf } from '../text/course-text';
import type { Quantity } from '../text/types';

/** How far an approximate figure's distractor must be from it: a share of the key, and for percentages points. */
const APPROXIMATE_SHARE = 0.25;
const APPROXIMATE_POINTS = 10;
/** How close to the key another year must stand to be the other end of its span (characters). */
const SPAN_REACH = 40;

const APPROXIMATE_BEFORE: Readonly<Record<Language, RegExp>> = {
  kk: /(?:шамамен|шамасы|жуық|жуығы|астам|артық|кем дегенде|орта есеппен)\s+$/iu,
  ru: /(?:около|примерно|приблизительно|почти|порядка|более|свыше|менее|почти|до|не менее|свыше)\s+$/iu,
  en: /(?:about|around|approximately|roughly|nearly|almost|over|more than|less than|some|up to|at least)\s+$/iu,
};
const APPROXIMATE_AFTER: Readonly<Record<Language, RegExp>> = {
  kk: /^\s*(?:%\s*)?(?:\p{L}*\.?\s+)?(?:\p{L}+\s+)?(?:шамасында|шамалы|жуық|астам|артық|дейін)(?![\p{L}])/iu,
  ru: /^\s*(?:%\s*)?(?:с лишним|с небольшим)(?![\p{L}])/iu,
  en: /^\s*(?:%\s*)?(?:or so|or more|plus)(?![\p{L}])/iu,
};

const SINCE: Readonly<Record<Language, { before: RegExp; after: RegExp }>> = {
  kk: { before: /(?:^|\s)$/u, after: /^\s*(?:жылдан|ж\.)\s+(?:бері|бастап)(?![\p{L}])/iu },
  ru: { before: /(?:^|\s)(?:с|начиная с|со)\s+$/iu, after: /^\s*(?:г\.|года)(?![\p{L}])/iu },
  en: { before: /(?:since|from)\s+$/iu, after: /^/u },
};
const UNTIL: Readonly<Record<Language, { before: RegExp; after: RegExp }>> = {
  kk: { before: /(?:^|\s)$/u, after: /^\s*(?:жылға|ж\.)\s+(?:дейін|шейін)(?![\p{L}])/iu },
  ru: { before: /(?:^|\s)(?:до|по)\s+$/iu, after: /^\s*(?:г\.|года)(?![\p{L}])/iu },
  en: { before: /(?:until|till|through|by)\s+$/iu, after: /^/u },
};

export function checkSentenceFit(draft: Draft, distractor: Distractor): Problem[] {
  const key = draft.key;
  if (isEntityKey(key) || distractor.value === undefined || key.type === 'date') return [];
  const value = distractor.value;
  const wrong = (why: string) => [problem('distractor-fits-sentence', `«${distractor.text}» ${why}`)];
  const before = draft.statement.text.slice(0, key.start);
  const after = draft.statement.text.slice(key.end);
  const language = draft.language;
  if (key.type === 'year') {
    const span = spanPartner(draft, key);
    if (span && span.side === 'after' && value >= span.year) return wrong(`is not before ${span.year}, where the span ends`);
    if (span && span.side === 'before' && value <= span.year) return wrong(`is not after ${span.year}, where the span starts`);
    if (span?.decade && value % 10 !== 0) return wrong('is not a decade, as the span is');
    if (SINCE[language].before.test(before) && SINCE[language].after.test(after) && value > key.quantity.value) return wrong('is within the time since the key, when the statement held too');
    if (UNTIL[language].before.test(before) && UNTIL[language].after.test(after) && value < key.quantity.value) return wrong('is within the time until the key, when the statement held too');
    const crossed = otherYears(draft, key).find((year) => year !== key.quantity.value && Math.sign(value - year) !== Math.sign(key.quantity.value - year));
    if (crossed !== undefined) return wrong(`is on the other side of ${crossed}, which the sentence puts ${key.quantity.value < crossed ? 'after' : 'before'} the key`);
    return [];
  }
  const keyValue = key.quantity.value;
  if (keyValue !== 0 && isSimpleMultiple(value, keyValue)) return wrong('is a simple multiple or fraction of the key');
  if (APPROXIMATE_BEFORE[language].test(before) || APPROXIMATE_AFTER[language].test(after)) {
    const gap = Math.max(Math.abs(keyValue) * APPROXIMATE_SHARE, key.type === 'percent' ? APPROXIMATE_POINTS : 0);
    if (Math.abs(value - keyValue) < gap) return wrong(`is within the range an approximate ${key.text} allows`);
  }
  return [];
}

/**
 * The other years the statement and its context name: a distractor must stand on the same side
 * of each as the key, or the sentence contradicts itself ("set out at the end of 1404 … died in
 * 1399", "a referendum of 2007 … from 2005"; blind review of false statements on side years,
 * 2026-12-05: three of 24 rejected as self-contradicting).
 */
function otherYears(draft: Draft, key: QuantityKey): number[] {
  const statements = [...(draft.context ?? []), draft.statement];
  return statements.flatMap((statement) => statement.quantities
    .filter((quantity) => statement !== draft.statement || quantity.start !== key.quantity.start)
    .flatMap((quantity) => (bareYear(quantity) ? [quantity.value] : yearsOf(quantity))));
}

/** A plain four-digit number of the years a text speaks of ("at the end of 1404"): read as a year for the order. */
function bareYear(quantity: Quantity): boolean {
  return quantity.kind === 'number' && /^\d{4}$/u.test(quantity.numberText) && quantity.value >= 1000 && quantity.value <= 2100 && quantity.unit === undefined && quantity.scale === undefined;
}

/** 2×, 3×, 4×, 5×, 10×, 1.5× and their inverses. */
function isSimpleMultiple(value: number, key: number): boolean {
  const ratio = value > key ? value / key : key / value;
  return [2, 3, 4, 5, 10, 1.5, 2.5].some((simple) => Math.abs(ratio - simple) < 1e-9);
}

/** Another year joined to the key as the other end of a span ("2015–____", "from ____ to 2022"). */
function spanPartner(draft: Draft, key: QuantityKey): { year: number; side: 'before' | 'after'; decade: boolean } | undefined {
  const text = draft.statement.text;
  for (const quantity of draft.statement.quantities) {
    if (quantity.kind !== 'year' || (quantity.start < key.end && quantity.end > key.start)) continue;
    const year = quantity.valueTo ?? quantity.value;
    const side = quantity.start >= key.end ? 'after' : 'before';
    const between = side === 'after' ? text.slice(key.end, quantity.start) : text.slice(quantity.end, key.start);
    if (between.length > SPAN_REACH || !SPAN_SHAPE.test(between) || !SPAN_JOIN.test(between)) continue;
    const decade = /^\d{4}\s*(?:жылдар|годов|годы|-е|s\b)/u.test(text.slice(quantity.start)) || /^\s*(?:жылдар|годов|годы|-е)/u.test(text.slice(quantity.end));
    return { year: side === 'after' ? quantity.value : year, side, decade: decade && key.quantity.value % 10 === 0 };
  }
  return undefined;
}

/** What may stand between the two ends of a span: year words, a dash or a joining word… */
const SPAN_SHAPE = /^\s*(?:(?:жылдан|жылға|жылы|жылдар\p{L}*|жж?\.|г\.|гг\.|года|годов|годы|году|-е|s|year|years)\s*)?(?:(?:[-–—]|to|until|till|and|и|по|до|және|мен|бен|пен|бастап|дейін|аралығ\p{L}*)\s*)?(?:(?:жылға|жылдар\p{L}*)\s*)?$/iu;
/** …of which one says it is a span. */
const SPAN_JOIN = /[-–—]|(?<![\p{L}])(?:to|until|till|and|и|по|до|және|мен|бен|пен|бастап|дейін|жылдан)(?![\p{L}])/iu;
