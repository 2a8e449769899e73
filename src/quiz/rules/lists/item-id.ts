/**
 * Ids of generated items: `<lesson>-<rule short name>-<8 hex digits>`, the digits hashed from what
 * makes the item itself (its source and its key), so that the id survives regeneration while
 * the item means the same. CMIIdentifier-safe: letters, digits and '-', at most 64 characters.
 */
import { createHash } from 'node:crypto';

const MAX_ID = 64;

export function generatedItemId(lesson: string, ruleShort: string, key: string): string {
  const digest = createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 8);
  const safeLesson = lesson.replace(/[^A-Za-z0-9_-]/gu, '_');
  const prefix = `${safeLesson}-${ruleShort}-`;
  return `${prefix.slice(0, MAX_ID - digest.length)}${digest}`;
}

/** A number from a seed and a value: breaks ties the same way on every run, never Math.random. */
export function seededRank(seed: string, value: string): number {
  return parseInt(createHash('sha256').update(`${seed}\u0000${value}`, 'utf8').digest('hex').slice(0, 8), 16);
}

export function seededOrder<T>(seed: string, values: readonly T[], label: (value: T) => string): T[] {
  return values
    .map((value) => ({ value, rank: seededRank(seed, label(value)), label: label(value) }))
    .sort((a, b) => a.rank - b.rank || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .map(({ value }) => value);
}

/** Option ids in display order: a, b, c, … */
export function optionId(index: number): string {
  return String.fromCharCode('a'.charCodeAt(0) + index);
}
