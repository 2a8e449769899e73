/**
 * Date distractors ("15 наурызда" → "22 сәуірде"): other day + month pairs the course states,
 * then the key's day in neighbouring months; each month word takes the key's case.
 */
import { inflect, analyse } from '../../text/kk';
import type { CourseText } from '../text/types';
import type { Distractor, QuantityKey } from './types';

/** Kazakh month names in the nominative, January first. */
export const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'] as const;

/** 1–12 when the word is a Kazakh month name with a case ending (or none). */
export function monthOfWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = KK_MONTHS.findIndex((month) => lower === month || analyse(lower).some((reading) => reading.stem === month && reading.wellFormed));
  return index < 0 ? undefined : index + 1;
}

/** The key's month word re-inflected for another month ("наурызда" → "сәуірде"). */
export function monthLike(keyMonthWord: string, month: number): string | undefined {
  const keyMonth = monthOfWord(keyMonthWord);
  if (keyMonth === undefined) return undefined;
  const stem = KK_MONTHS[keyMonth - 1]!;
  const reading = analyse(keyMonthWord.toLowerCase()).find((found) => found.stem === stem && found.wellFormed);
  if (!reading) return undefined;
  return inflect(KK_MONTHS[month - 1]!, reading.kase, { plural: reading.plural, attributive: reading.attributive });
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function dateCandidates(key: QuantityKey, text: CourseText): Distractor[] {
  const [, dayText, monthWord] = /^(\d{1,2})\s+(\p{L}+)$/u.exec(key.text) ?? [];
  if (!dayText || !monthWord) return [];
  const day = Number(dayText);
  const month = key.quantity.month ?? 0;
  const pairs: [number, number][] = [];
  for (const sentence of text.sentences) {
    for (const quantity of sentence.quantities) {
      if (quantity.kind === 'date' && quantity.valueTo === undefined && quantity.month !== undefined) pairs.push([quantity.value, quantity.month]);
    }
  }
  // the same day a month or two away, then nearby days of the key's month: plausible to a guesser
  for (const shift of [1, -1, 2, -2, 3]) pairs.push([day, ((month - 1 + shift + 12) % 12) + 1]);
  for (const shift of [7, -7, 3, -3, 10]) pairs.push([day + shift, month]);
  const seen = new Set<string>();
  const out: Distractor[] = [];
  for (const [d, m] of pairs) {
    if (d < 1 || d > DAYS_IN_MONTH[m - 1]! || seen.has(`${d}-${m}`)) continue;
    seen.add(`${d}-${m}`);
    const word = monthLike(monthWord, m);
    if (word) out.push({ text: `${d} ${word}`, identity: `date:${d}-${m}`, value: d, month: m, pool: 'date' });
  }
  return out;
}
