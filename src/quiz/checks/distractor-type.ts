/**
 * Check 2: a distractor is of the key's type — an entity of the same catalogue type (a country
 * for a country) and group (countries and cities of any group), a quantity from the key's pool (a year for a year; a percentage for
 * a percentage; an amount with the key's scale and unit).
 */
import { valuePoolKey } from '../text/course-text';
import { isEntityKey, type Distractor } from '../distractors/types';
import { problem, type Draft, type Problem } from './types';

/** Types whose group (the gazetteer's region) need not match: any country for a country, any city for a city. */
const OPEN_GROUPS: ReadonlySet<string> = new Set(['country', 'city']);

export function checkDistractorType(draft: Draft, distractor: Distractor): Problem[] {
  const key = draft.key;
  const wrong = (why: string) => [problem('distractor-type', `«${distractor.text}» ${why}`)];
  if (isEntityKey(key)) {
    if (!distractor.entity) return wrong('is not an entity');
    if (distractor.entity.type !== key.entity.type) return wrong(`is a ${distractor.entity.type}, the key a ${key.entity.type}`);
    // a country or city of another region the course itself discusses plays the same role (src/quiz/distractors/entities.ts)
    if (distractor.entity.group !== key.entity.group && !OPEN_GROUPS.has(key.entity.type)) return wrong(`is of group ${distractor.entity.group}, the key of ${key.entity.group}`);
    return [];
  }
  const expected = key.type === 'year' ? 'year' : key.type === 'date' ? 'date' : valuePoolKey(key.quantity);
  if (distractor.pool !== expected) return wrong(`is from pool ${distractor.pool ?? 'none'}, the key from ${expected}`);
  if (distractor.value === undefined) return wrong('has no value');
  return [];
}
