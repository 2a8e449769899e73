/**
 * How SCORM 1.2 spells the player's standard-neutral data (./adapter.ts). Pure, so the formats
 * are unit-tested without an LMS.
 *
 * Choices made where 1.2 leaves room:
 * - A partly right answer (multiple-response, ordering, matching) is journalled as `wrong`: the
 *   1.2 result vocabulary has no "partial", and LMS reports (Moodle's among them) count the
 *   words, not the numeric results 1.2 also allows. The credit itself is in the lesson's score.
 * - Matching responses name the left side by its pair id and the right side by its 1-based
 *   place in the bank (`p1.2` = left of pair p1 matched to the right side of the second pair),
 *   so source and target never look alike.
 * - Every question weighs 1.
 */
import type { QuestionKind } from '../../model/quiz';
import type { InteractionPair, InteractionRecord, LearnerResponse, LessonOutcome, QuizReporting } from './adapter';
import { formatScorm12Time } from './session-time';

export type Scorm12Status = 'passed' | 'completed' | 'failed' | 'incomplete';

/**
 * The lesson status for an outcome. Without a quiz: completed once every screen was seen.
 * With one: the course's status on pass / on fail once submitted; until then `incomplete`,
 * however much was read (the lesson is not done before its quiz).
 */
export function scorm12Status(outcome: LessonOutcome, quiz: QuizReporting | null): Scorm12Status {
  if (quiz === null) return outcome.completed ? 'completed' : 'incomplete';
  switch (outcome.success) {
    case 'passed':
      return quiz.statusOnPass;
    case 'failed':
      return quiz.statusOnFail;
    case 'unknown':
      return 'incomplete';
  }
}

export function scorm12InteractionType(kind: QuestionKind): string {
  switch (kind) {
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

/** 1.2 response formats: `t`/`f`; a choice id; ids joined by commas; matching `a.1,b.2`. */
export function scorm12Response(response: LearnerResponse, pairs: readonly InteractionPair[]): string {
  switch (response.kind) {
    case 'true-false':
      return response.value ? 't' : 'f';
    case 'choice':
      return response.optionId;
    case 'multiple-response':
      return response.optionIds.join(',');
    case 'ordering':
      return response.stepIds.join(',');
    case 'matching':
      return response.pairs.map(([left, right]) => `${left}.${pairs.findIndex((pair) => pair.id === right) + 1}`).join(',');
  }
}

export function scorm12Result(result: InteractionRecord['result']): string {
  return result === 'correct' ? 'correct' : 'wrong';
}

/** CMITime `HH:MM:SS`, the learner's clock time (1.2 names no time zone). */
export function formatScorm12ClockTime(date: Date): string {
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** CMIFeedback is a CMIString255: longer responses are cut at the last whole entry that fits. */
const MAX_RESPONSE = 255;

function fitResponse(text: string): string {
  if (text.length <= MAX_RESPONSE) return text;
  const cut = text.slice(0, MAX_RESPONSE);
  const comma = cut.lastIndexOf(',');
  return comma > 0 ? cut.slice(0, comma) : cut;
}

/** The `cmi.interactions.<n>.*` writes for one record, in the order they are made. */
export function scorm12InteractionValues(n: number, record: InteractionRecord): [string, string][] {
  const base = `cmi.interactions.${n}`;
  return [
    [`${base}.id`, record.id.slice(0, 255)],
    [`${base}.type`, scorm12InteractionType(record.kind)],
    [`${base}.time`, formatScorm12ClockTime(record.timestamp)],
    [`${base}.weighting`, String(record.weighting)],
    [`${base}.student_response`, fitResponse(scorm12Response(record.response, record.pairs))],
    [`${base}.correct_responses.0.pattern`, fitResponse(scorm12Response(record.correct, record.pairs))],
    [`${base}.result`, scorm12Result(record.result)],
    [`${base}.latency`, formatScorm12Time(record.latencyMs)],
  ];
}
