/**
 * Item analysis looks at each learner's first answer to each question: later attempts come after
 * the feedback of the first, which tells the answers away. First = earliest time, then the
 * lower attempt number, then the source's order.
 */
import type { AnswerCredit, AnswerRecord } from '../model';
import type { RecordSet } from '../records/record-set';
import { itemKey } from './input';
import { compareTimes } from './stats';

/**
 * By item key, by learner key: the row of that learner's first answer to that item (rows, not
 * records: with millions of answers the records are read again from the set, one item at a time).
 */
export type FirstAnswers = ReadonlyMap<string, ItemFirsts>;

export interface ItemFirsts {
  /** Lessons of the answers (one, unless two lessons' item keys coincide). */
  readonly lessons: ReadonlySet<string>;
  readonly rows: ReadonlyMap<string, number>;
}

export function firstAnswers(records: RecordSet): FirstAnswers {
  const byItem = new Map<string, { lessons: Set<string>; rows: Map<string, number> }>();
  records.forEach((record, row) => {
    if (record.kind !== 'answer') return;
    const key = itemKey(record.lesson, record.item);
    const entry = byItem.get(key) ?? { lessons: new Set<string>(), rows: new Map<string, number>() };
    entry.lessons.add(record.lesson);
    const earlier = entry.rows.get(record.learner);
    if (earlier === undefined || comesBefore(record, records.answer(earlier))) entry.rows.set(record.learner, row);
    byItem.set(key, entry);
  });
  return byItem;
}

/** One item's first answers, by learner key, as credits (read again from the set). */
export function itemAnswers(first: FirstAnswers, records: RecordSet, key: string): Map<string, AnswerCredit> {
  const rows = first.get(key)?.rows ?? new Map<string, number>();
  return new Map([...rows].map(([learner, row]) => [learner, records.credit(row)]));
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

export function lessonScores(first: FirstAnswers, records: RecordSet, lesson: string): LessonScores {
  const credits = new Map<string, Map<string, number>>();
  for (const [key, { lessons, rows }] of first) {
    if (!lessons.has(lesson)) continue;
    for (const [learner, row] of rows) {
      const answer = records.credit(row);
      if (answer.lesson !== lesson) continue;
      const own = credits.get(learner) ?? new Map<string, number>();
      own.set(key, answer.score);
      credits.set(learner, own);
    }
  }
  return { credits };
}
