/**
 * One statement of the LRS as tracking records. Pure: the verbs and activity ids are those of
 * docs/xapi.md. A statement that names no identified learner, verb or activity, or an answer
 * without a result, is skipped with the reason (counted, reported as a warning).
 *
 * | statement                                  | records                                  |
 * |--------------------------------------------|------------------------------------------|
 * | any verb on a lesson, screen or question   | visit                                    |
 * | completed (lesson)                         | completed                                |
 * | passed / failed (lesson)                   | verdict with the score in percent        |
 * | terminated (lesson) with a duration        | time of the session                      |
 * | experienced (screen) with a duration       | time on the screen                       |
 * | answered (question)                        | answer                                   |
 */
import type { AnswerRecord, ItemInfo, LearnerRef, TrackRecord } from '../../model';
import { ATTEMPT_EXTENSION, VERBS } from '../../../player/lms/xapi/vocabulary';
import { learnerOf } from './actor';
import { activityPath, type ActivityPath } from './activity-path';
import { parseIsoDuration } from './duration';
import { chosenFromXapiResponse, itemFromDefinition } from './item-definition';

export type ParsedStatement =
  | { readonly kind: 'records'; readonly learner: LearnerRef; readonly records: readonly TrackRecord[]; readonly item: ItemInfo | null }
  | { readonly kind: 'skipped'; readonly reason: SkipReason };

export const SKIP_REASONS = {
  malformed: 'without an identified learner, a verb or an activity',
  noResult: 'answers without a result',
  otherActivity: 'about activities that are not lessons, screens or questions of the course',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

type Json = Record<string, unknown>;

export function parseStatement(raw: unknown, courseIri: string, sequence: number): ParsedStatement {
  if (!isObject(raw)) return skipped('malformed');
  const learner = learnerOf(raw['actor']);
  const verb = isObject(raw['verb']) && typeof raw['verb']['id'] === 'string' ? raw['verb']['id'] : null;
  const object = isObject(raw['object']) && typeof raw['object']['id'] === 'string' ? raw['object'] : null;
  if (learner === null || verb === null || object === null) return skipped('malformed');
  const path = activityPath(object['id'] as string, courseIri);
  if (path === null) return skipped('otherActivity');
  const timestamp = typeof raw['timestamp'] === 'string' ? raw['timestamp'] : null;
  const result = isObject(raw['result']) ? raw['result'] : null;
  const base = { learner: learner.key, lesson: path.lesson, timestamp };
  const records: TrackRecord[] = [{ kind: 'visit', ...base }];
  if (path.kind === 'question' && verb === VERBS.answered) {
    if (result === null) return skipped('noResult');
    const context = isObject(raw['context']) ? raw['context'] : {};
    const item = itemFromDefinition(path.item, path.lesson, object['definition']);
    records.push(answerRecord(base, path.item, result, context, sequence, item));
    return { kind: 'records', learner, records, item };
  }
  records.push(...lessonRecords(path, verb, base, result, registrationOf(raw)));
  return { kind: 'records', learner, records, item: null };
}

function lessonRecords(path: ActivityPath, verb: string, base: BaseFields, result: Json | null, session: string): TrackRecord[] {
  const duration = result !== null && typeof result['duration'] === 'string' ? parseIsoDuration(result['duration']) : null;
  if (path.kind === 'screen') {
    return verb === VERBS.experienced && duration !== null ? [{ kind: 'time', ...base, session, measure: 'screen', durationMs: duration }] : [];
  }
  if (path.kind !== 'lesson') return [];
  switch (verb) {
    case VERBS.completed:
      return [{ kind: 'completed', ...base }];
    case VERBS.passed:
    case VERBS.failed:
      return [{ kind: 'verdict', ...base, verdict: verb === VERBS.passed ? 'passed' : 'failed', score: percentOf(result) }];
    case VERBS.terminated:
      return duration === null ? [] : [{ kind: 'time', ...base, session, measure: 'session', durationMs: duration }];
    default:
      return [];
  }
}

interface BaseFields {
  readonly learner: string;
  readonly lesson: string;
  readonly timestamp: string | null;
}

function answerRecord(base: BaseFields, item: string, result: Json, context: Json, sequence: number, info: ItemInfo | null): AnswerRecord {
  const attemptNumber = attemptOf(result);
  const registration = typeof context['registration'] === 'string' ? context['registration'] : 'none';
  const response = typeof result['response'] === 'string' ? result['response'] : '';
  return {
    kind: 'answer',
    ...base,
    item,
    attempt: `${registration}#${base.lesson}#${attemptNumber}`,
    attemptNumber,
    sequence,
    chosen: chosenFromXapiResponse(info?.kind ?? null, response),
    response,
    score: scoreFraction(result),
  };
}

/** Credit 0–1: `score.scaled`, else raw within min–max, else 1 for success and 0 otherwise. */
function scoreFraction(result: Json): number {
  const score = isObject(result['score']) ? result['score'] : {};
  if (typeof score['scaled'] === 'number') return clamp01(score['scaled']);
  if (typeof score['raw'] === 'number' && typeof score['max'] === 'number' && score['max'] > 0) {
    const min = typeof score['min'] === 'number' ? score['min'] : 0;
    return clamp01((score['raw'] - min) / (score['max'] - min));
  }
  return result['success'] === true ? 1 : 0;
}

/** The lesson's score in percent: `scaled` × 100, else raw when its max is 100. */
function percentOf(result: Json | null): number | null {
  const score = result !== null && isObject(result['score']) ? result['score'] : null;
  if (score === null) return null;
  if (typeof score['scaled'] === 'number') return Math.round(clamp01(score['scaled']) * 10000) / 100;
  if (typeof score['raw'] === 'number' && score['max'] === 100) return score['raw'];
  return null;
}

function attemptOf(result: Json): number {
  const extensions = isObject(result['extensions']) ? result['extensions'] : {};
  const attempt = extensions[ATTEMPT_EXTENSION];
  return typeof attempt === 'number' && Number.isInteger(attempt) && attempt >= 1 ? attempt : 1;
}

/** Durations of one registration belong to one series of sessions; without one, to the learner's. */
function registrationOf(raw: Json): string {
  const context = isObject(raw['context']) ? raw['context'] : {};
  return typeof context['registration'] === 'string' ? context['registration'] : 'none';
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function skipped(reason: SkipReason): ParsedStatement {
  return { kind: 'skipped', reason };
}
