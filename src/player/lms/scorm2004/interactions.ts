/**
 * One answered question as SCORM 2004 `cmi.interactions.n.*` values, in the order an LMS
 * accepts them (`id` first, `type` before the responses that depend on it).
 *
 * Types and response patterns (SCORM 2004 RTE 4.2.9):
 * - single choice → `choice`, `a`; multiple response → `choice`, `a[,]c` (ids in bank order)
 * - true/false → `true-false`, `true` | `false`
 * - ordering → `sequencing`, `c[,]a[,]b` (step ids in order)
 * - matching → `matching`, `a[.]2[,]b[.]1`: each left side by its pair id, the right side
 *   by its 1-based position in the bank's pair order, so source and target ids never mix
 *
 * `result`: `correct` or `incorrect` for full or no credit; a partly right answer reports the
 * credit it earned as a decimal (`0.5`), which the data model allows and which keeps partial
 * credit visible in the LMS's interactions report.
 * An unanswered question gets no `learner_response` (an empty one is invalid for most types).
 */
import type { InteractionRecord, LearnerResponse } from '../adapter';
import { formatIsoDuration } from './duration';
import { clamp, formatReal } from './numbers';
import { formatIsoTimestamp } from './timestamp';

/** localized_string_type (SPM 250): what `description` may hold. */
export const MAX_DESCRIPTION_LENGTH = 250;

export type InteractionType = 'choice' | 'true-false' | 'sequencing' | 'matching';

/** `[element below cmi.interactions.n., value]` pairs, in writing order. */
export function interactionValues(record: InteractionRecord): (readonly [string, string])[] {
  const learner = responsePattern(record.response, record);
  const values: (readonly [string, string])[] = [
    ['id', record.id],
    ['type', interactionType(record.response)],
    ['description', describe(record.description)],
    ['weighting', formatReal(record.weighting)],
    ...(learner === '' ? [] : [['learner_response', learner] as const]),
    ['correct_responses.0.pattern', responsePattern(record.correct, record)],
    ['result', interactionResult(record)],
    ['latency', formatIsoDuration(record.latencyMs)],
    ['timestamp', formatIsoTimestamp(record.timestamp)],
  ];
  return values;
}

export function interactionType(response: LearnerResponse): InteractionType {
  switch (response.kind) {
    case 'choice':
    case 'multiple-response':
      return 'choice';
    case 'true-false':
      return 'true-false';
    case 'ordering':
      return 'sequencing';
    case 'matching':
      return 'matching';
  }
}

/** The 2004 pattern of a response; '' when it holds no answer. */
export function responsePattern(response: LearnerResponse, record: InteractionRecord): string {
  switch (response.kind) {
    case 'choice':
      return response.optionId;
    case 'true-false':
      return response.value ? 'true' : 'false';
    case 'multiple-response':
      return response.optionIds.join('[,]');
    case 'ordering':
      return response.stepIds.join('[,]');
    case 'matching':
      return response.pairs.map(([left, right]) => `${left}[.]${targetId(record, right)}`).join('[,]');
  }
}

/** The right side of pair `pairId`, named by its 1-based place among the item's pairs. */
function targetId(record: InteractionRecord, pairId: string): string {
  const index = record.pairs.findIndex((pair) => pair.id === pairId);
  return index < 0 ? pairId : String(index + 1);
}

export function interactionResult(record: InteractionRecord): string {
  switch (record.result) {
    case 'correct':
      return 'correct';
    case 'incorrect':
      return 'incorrect';
    case 'partial':
      return formatReal(clamp(record.scoreFraction, 0, 1), 4);
  }
}

/**
 * The question text as a localized string: whitespace collapsed, at most 250 characters,
 * shortened at a word with an ellipsis. Counted in UTF-16 units (what browsers and many LMSs
 * measure; never more than code points) and never cutting a surrogate pair. A text that itself
 * starts with `{` could be read as a `{lang=…}` tag: a leading space keeps it text.
 */
export function describe(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  const guarded = collapsed.startsWith('{') ? ` ${collapsed}` : collapsed;
  if (guarded.length <= MAX_DESCRIPTION_LENGTH) return guarded;
  const head = headWithin(guarded, MAX_DESCRIPTION_LENGTH - 1);
  const lastSpace = head.lastIndexOf(' ');
  const cut = lastSpace > MAX_DESCRIPTION_LENGTH / 2 ? head.slice(0, lastSpace) : head;
  return `${cut.trimEnd()}…`;
}

/** The longest run of whole code points from the start that fits in `units` UTF-16 units. */
function headWithin(text: string, units: number): string {
  let head = '';
  for (const character of text) {
    if (head.length + character.length > units) break;
    head += character;
  }
  return head;
}
