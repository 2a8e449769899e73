/**
 * Check 3: no distractor is the key under another name (Қырғыстан = Қырғызстан: compared by
 * canonical id, and by text ignoring case), and none is already in the stem (a learner would
 * pick the option the sentence does not name, or the sentence would name the answer twice).
 */
import type { Distractor } from '../distractors/types';
import { yearsOf } from '../text/course-text';
import { problem, type Draft, type Problem } from './types';

export function checkDistractorIsKey(draft: Draft, distractor: Distractor): Problem[] {
  const { key, statement } = draft;
  if (distractor.identity === key.identity || distractor.text.toLowerCase() === key.text.toLowerCase()) {
    return [problem('distractor-is-key', `«${distractor.text}» is the key (${key.identity})`)];
  }
  const outsideKey = (start: number, end: number) => end <= key.start || start >= key.end;
  const inStem = statement.entities.some((mention) => outsideKey(mention.start, mention.end) && mention.entityId === distractor.identity)
    || statement.quantities.some((quantity) => outsideKey(quantity.start, quantity.end) && statesValue(quantity, distractor))
    || (draft.context ?? []).some((before) => before.entities.some((mention) => mention.entityId === distractor.identity)
      || before.quantities.some((quantity) => statesValue(quantity, distractor)));
  return inStem ? [problem('distractor-is-key', `«${distractor.text}» is already named in the stem`)] : [];
}

function statesValue(quantity: import('../text/types').Quantity, distractor: Distractor): boolean {
  if (distractor.value === undefined) return false;
  if (distractor.pool === 'year') return yearsOf(quantity).includes(distractor.value);
  if (distractor.pool === 'date') return quantity.kind === 'date' && quantity.value === distractor.value && quantity.month === distractor.month;
  return quantity.value === distractor.value || quantity.valueTo === distractor.value;
}
