/**
 * Pure: what Moodle stored per learner, attempt and SCO (./types.ts) as the report's tracking
 * records. Each SCO is a lesson; its tracks in one attempt give
 * - visit: anything stored;
 * - completed / verdict: SCORM 1.2 `cmi.core.lesson_status` (passed → completed and passed,
 *   failed → failed, completed → completed), SCORM 2004 `cmi.completion_status` and
 *   `cmi.success_status`; the verdict's score is `score.raw` in percent of `score.max` (2004:
 *   `score.scaled` when there is no raw score);
 * - time: `total_time` of the attempt (Moodle folds 1.2's session time into it);
 * - screens: the screens seen, from the player's `suspend_data` (src/player/lms/progress-codec.ts);
 * - answers: each interaction `<lesson>.<item>`, read as the interactions report's are
 *   (../moodle/index.ts: quiz attempts within a Moodle attempt, credit rescored from the bank).
 * Times: the SCO's latest track (`timemodified`) for the attempt; answers take the attempt's
 * start (`x.start.time`, which Moodle adds).
 */
import { decodeVisited } from '../../../player/lms/progress-codec';
import type { LearnerRef, SourceInfo, TrackingData, TrackRecord } from '../../model';
import { answerRecords, type MoodleContext } from '../moodle/index';
import type { ReportInteraction } from '../moodle/rows';
import { parseIsoDuration } from '../xapi/duration';
import type { AttemptTracks, MoodleCourseRead, MoodleLearner } from './types';

export function trackingFromMoodle(read: MoodleCourseRead, context: MoodleContext): TrackingData {
  const learners = new Map(read.learners.map((learner) => [learner.id, learnerRef(learner)]));
  const lessonOf = new Map(read.activities.flatMap((activity) => activity.lessons.map((entry) => [entry.scoid, entry.lesson] as const)));
  const skipped: Record<string, number> = {};
  const records: TrackRecord[] = [];
  const ordered = [...read.attempts].sort((a, b) => a.userid - b.userid || a.scormid - b.scormid || a.attempt - b.attempt || a.scoid - b.scoid);
  for (const entry of ordered) {
    const learner = learners.get(entry.userid);
    const lesson = lessonOf.get(entry.scoid);
    if (learner === undefined || lesson === undefined || Object.keys(entry.tracks).length === 0) continue;
    records.push(...attemptRecords(entry, learner.key, lesson, context, skipped));
  }
  const lessons = [...new Set(read.activities.flatMap((activity) => activity.lessons.map((entry) => entry.lesson)))];
  return { source: sourceInfo(read), learners: [...learners.values()], records, items: [], skipped, lessons };
}

/** Name and e-mail, as the interactions report's source keys them; the user id when the e-mail is hidden. */
export function learnerRef(learner: MoodleLearner): LearnerRef {
  return { key: `${learner.fullname} | ${learner.email === '' ? `user ${learner.id}` : learner.email}`, name: learner.fullname };
}

function sourceInfo(read: MoodleCourseRead): SourceInfo {
  return {
    kind: 'moodle',
    site: read.site,
    course: read.course.shortname,
    activities: read.activities.length,
    learners: read.learners.length,
    attempts: new Set(read.attempts.filter((entry) => Object.keys(entry.tracks).length > 0).map((entry) => `${entry.scormid}#${entry.userid}#${entry.attempt}`)).size,
    requests: read.requests,
    reused: read.reused,
  };
}

function attemptRecords(entry: AttemptTracks, learner: string, lesson: string, context: MoodleContext, skipped: Record<string, number>): TrackRecord[] {
  const t = entry.tracks;
  const base = { learner, lesson, timestamp: unixTime(t['timemodified']) };
  const records: TrackRecord[] = [{ kind: 'visit', ...base }];
  const score = scoreOf(t);
  const is2004 = 'cmi.completion_status' in t || 'cmi.success_status' in t;
  if (is2004) {
    if (t['cmi.completion_status'] === 'completed') records.push({ kind: 'completed', ...base });
    const success = t['cmi.success_status'];
    if (success === 'passed' || success === 'failed') records.push({ kind: 'verdict', ...base, verdict: success, score });
  } else {
    const status = t['cmi.core.lesson_status'];
    if (status === 'passed' || status === 'completed') records.push({ kind: 'completed', ...base });
    if (status === 'passed' || status === 'failed') records.push({ kind: 'verdict', ...base, verdict: status, score });
  }
  const session = `${entry.userid}#${entry.scormid}#${entry.attempt}#${entry.scoid}`;
  const durationMs = durationOf(t['cmi.total_time'] ?? t['cmi.core.total_time'] ?? t['total_time']);
  if (durationMs !== null && durationMs > 0) records.push({ kind: 'time', ...base, session, measure: 'session', durationMs });
  const visits = decodeVisited(t['cmi.suspend_data'] ?? '');
  if (visits !== null) records.push({ kind: 'screens', ...base, screenCount: visits.screenCount, visited: visits.visited });
  const row = { attempt: entry.attempt, started: unixTime(t['x.start.time']) ?? base.timestamp };
  // Quiz attempts are told apart per activity too: a course zip and a lesson zip may both hold the lesson.
  const answers = answerRecords(interactionsOf(t), row, base, context, skipped).map((answer) => ({ ...answer, attempt: `${entry.scormid}#${answer.attempt}` }));
  records.push(...answers);
  return records;
}

/** `cmi.interactions_N.*` (1.2, as Moodle stores it) or `cmi.interactions.N.*` (2004), in slot order; 2004 responses in 1.2's spelling. */
export function interactionsOf(tracks: Readonly<Record<string, string>>): ReportInteraction[] {
  const slots = new Map<number, Record<string, string>>();
  for (const [element, value] of Object.entries(tracks)) {
    const match = /^cmi\.interactions[._](\d+)\.(id|student_response|learner_response|result)$/.exec(element);
    if (match === null) continue;
    const slot = Number(match[1]);
    slots.set(slot, { ...slots.get(slot), [match[2] as string]: value });
  }
  return [...slots.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([, fields]) => (fields['id'] ?? '') !== '')
    .map(([slot, fields]) => {
      const learnerResponse = fields['learner_response'];
      const response = fields['student_response'] ?? (learnerResponse === undefined ? null : from2004(learnerResponse));
      return { slot, id: fields['id'] as string, response, right: null, result: fields['result'] ?? null };
    });
}

/** 2004 delimiters `[,]` and `[.]` as 1.2's `,` and `.`: the player's ids hold neither. */
function from2004(response: string): string {
  return response.replace(/\[,\]/g, ',').replace(/\[\.\]/g, '.');
}

function scoreOf(t: Readonly<Record<string, string>>): number | null {
  const raw = number(t['cmi.score.raw'] ?? t['cmi.core.score.raw']);
  const max = number(t['cmi.score.max'] ?? t['cmi.core.score.max']);
  if (raw !== null) return Math.round((max !== null && max > 0 ? (raw / max) * 100 : raw) * 100) / 100;
  const scaled = number(t['cmi.score.scaled']);
  return scaled === null ? null : Math.round(scaled * 10000) / 100;
}

function number(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** 1.2 `HHHH:MM:SS.SS` or 2004 ISO 8601 (`PT1H2M3S`), in milliseconds. */
export function durationOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const clock = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(text.trim());
  if (clock !== null) return Math.round(((Number(clock[1]) * 60 + Number(clock[2])) * 60 + Number(clock[3])) * 1000);
  return parseIsoDuration(text);
}

function unixTime(text: string | undefined): string | null {
  const seconds = number(text);
  return seconds === null || seconds <= 0 ? null : new Date(seconds * 1000).toISOString();
}
