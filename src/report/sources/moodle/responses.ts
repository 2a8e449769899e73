/**
 * SCORM 1.2 responses as the player journals them (src/player/lms/scorm12-data.ts): `t`/`f`, an
 * option id, ids joined by commas, matching `p1.2` (left pair id, 1-based place of the right
 * side in the bank). Read back into the options chosen and, with the bank item, into the credit
 * the player gave (its own scoring, src/player/quiz/score.ts): a partly right answer is
 * journalled as `wrong`, so the credit is recomputed rather than read.
 */
import type { QuizItem } from '../../../model/quiz';
import { UNSET_ANSWER } from '../../../player/lms/adapter';
import { scoreAnswer } from '../../../player/quiz/score';
import type { QuestionKind } from '../../../model/quiz';

export function chosenFromScorm12(kind: QuestionKind | null, response: string): string[] | null {
  const trimmed = response.trim();
  switch (kind) {
    case 'true-false':
      return trueFalse(trimmed) === null ? [] : [String(trueFalse(trimmed))];
    case 'choice':
    case 'multiple-response':
      return trimmed === '' ? [] : trimmed.split(',').map((id) => id.trim());
    default:
      return null;
  }
}

/** The player's credit (0–1) for a 1.2 response to `item`; null when the response does not fit the item. */
export function rescore(item: QuizItem, response: string): number | null {
  const answer = answerIndexes(item, response.trim());
  if (answer === null) return null;
  return scoreAnswer(item, answer).fraction;
}

function answerIndexes(item: QuizItem, response: string): number[] | null {
  const ids = response === '' ? [] : response.split(',').map((id) => id.trim());
  switch (item.kind) {
    case 'choice': {
      const index = item.options.findIndex((option) => option.id === ids[0]);
      return ids.length === 1 && index >= 0 ? [index] : null;
    }
    case 'true-false': {
      const value = trueFalse(response);
      return value === null ? null : [value ? 1 : 0];
    }
    case 'multiple-response':
      return indexesOf(item.options, ids)?.sort((a, b) => a - b) ?? null;
    case 'ordering':
      return ids.length === item.steps.length ? indexesOf(item.steps, ids) : null;
    case 'matching':
      return matchingAnswer(item.pairs, ids);
  }
}

function indexesOf(list: readonly { readonly id: string }[], ids: readonly string[]): number[] | null {
  const indexes = ids.map((id) => list.findIndex((entry) => entry.id === id));
  return indexes.every((index) => index >= 0) ? indexes : null;
}

/** `p1.2,p2.1`: for each left side in bank order, the index of the pair whose right side was chosen. */
function matchingAnswer(pairs: readonly { readonly id: string }[], entries: readonly string[]): number[] | null {
  const answer = pairs.map(() => UNSET_ANSWER);
  for (const entry of entries) {
    const match = /^(.+)\.(\d+)$/.exec(entry);
    const left = match ? pairs.findIndex((pair) => pair.id === match[1]) : -1;
    const right = match ? Number(match[2]) - 1 : -1;
    if (left < 0 || right < 0 || right >= pairs.length) return null;
    answer[left] = right;
  }
  return answer;
}

function trueFalse(response: string): boolean | null {
  const value = response.toLowerCase();
  if (value === 't' || value === 'true' || value === '1') return true;
  if (value === 'f' || value === 'false' || value === '0') return false;
  return null;
}
