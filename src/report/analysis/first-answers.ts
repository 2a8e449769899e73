/**
 * Item analysis looks at each learner's first answer to each question: later attempts come after
 * the feedback of the first, which tells the answers away. First = earliest time, then the
 * lower attempt number, then the source's order.
 */
import type { AnswerRecord, TrackRecord } from '../model';
import { itemKey } from './input';
import { compareTimes } from './stats';

/** By item key, by learner key: that learner's first answer to that item. */
export type FirstAnswers = ReadonlyMap<string, ReadonlyMap<string, AnswerRecord>>;

export function firstAnswers(records: readonly TrackRecord[]): FirstAnswers {
  const byItem = new Map<string, Map<string, AnswerRecord>>();
  for (const record of records) {
    if (record.kind !== 'answer') continue;
    const key = itemKey(record.lesson, record.item);
    const byLearner = byItem.get(key) ?? new Map<string, AnswerRecord>();
    const earlier = byLearner.get(record.learner);
    if (earlier === undefined || comesBefore(record, earlier)) byLearner.set(record.learner, record);
    byItem.set(key, byLearner);
  }
  return byItem;
}

function comesBefore(a: AnswerRecord, b: AnswerRecord): boolean {
  const byTime = a.timestamp !== null && b.timestamp !== null ? compareTimes(a.timestamp, b.timestamp) : 0;
  if (byTime !== 0) return byTime < 0;
  if (a.attemptNumber !== b.attemptNumber) return a.attemptNumber < b.attemptNumber;
  return a.sequence < b.sequence;
}

/**
 * Each learner's total in a lesson: the mean credit of their first answers to the lesson's items
 * (learners draw different questions, so a mean rather than a sum), and each item's credit, for
 * rest-of-test scores.
 */
export interface LessonScores {
  /** By learner key: item key → credit. */
  readonly credits: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export function lessonScores(first: FirstAnswers, lesson: string): LessonScores {
  const credits = new Map<string, Map<string, number>>();
  for (const [key, byLearner] of first) {
    for (const [learner, answer] of byLearner) {
      if (answer.lesson !== lesson) continue;
      const own = credits.get(learner) ?? new Map<string, number>();
      own.set(key, answer.score);
      credits.set(learner, own);
    }
  }
  return { credits };
}
