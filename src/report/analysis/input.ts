/**
 * What the analysis works on: the source's records restricted to the course's lessons, items
 * described by the bank where it has them (kind, stem, option texts, key) and by the source
 * otherwise, learners in a stable order.
 */
import type { QuestionBank, QuizItem } from '../../model/quiz';
import type { ItemInfo, LearnerRef, LessonRef, TrackingData } from '../model';
import { ofLessons, recordsOf, type RecordSet } from '../records/record-set';
import { TRUE_FALSE_OPTIONS } from '../sources/xapi/item-definition';

export interface ReportInput {
  readonly lessons: readonly LessonRef[];
  /** Sorted by name, then key. */
  readonly learners: readonly LearnerRef[];
  /** Records of the course's lessons only. */
  readonly records: RecordSet;
  /** By `itemKey(lesson, item)`: every item answered, in course then bank order. */
  readonly items: ReadonlyMap<string, ItemInfo>;
  /** Lessons the data names that the course does not list (left out). */
  readonly unknownLessons: readonly string[];
  /** `<lesson>.<item>` of answered items the banks do not have. */
  readonly unknownItems: readonly string[];
}

export function itemKey(lesson: string, item: string): string {
  return `${lesson}.${item}`;
}

export function reportInput(data: TrackingData, lessons: readonly LessonRef[], banks: ReadonlyMap<string, QuestionBank>): ReportInput {
  const known = new Set(lessons.map((lesson) => lesson.id));
  const all = recordsOf(data);
  const records = ofLessons(all, known);
  const unknown = new Set<string>();
  const fromSource = new Map(data.items.map((item) => [itemKey(item.lesson, item.id), item]));
  const items = new Map<string, ItemInfo>();
  const unknownItems = new Set<string>();
  all.forEach((record) => {
    if (!known.has(record.lesson)) {
      unknown.add(record.lesson);
      return;
    }
    if (record.kind !== 'answer') return;
    const key = itemKey(record.lesson, record.item);
    if (items.has(key)) return;
    const bankItem = banks.get(record.lesson)?.items.find((item) => item.id === record.item);
    if (bankItem === undefined) unknownItems.add(key);
    items.set(key, bankItem ? itemFromBank(bankItem, record.lesson) : (fromSource.get(key) ?? bareItem(record.lesson, record.item)));
  });
  const unknownLessons = [...unknown].sort();
  const ordered = new Map([...items].sort(([, a], [, b]) => compareItems(a, b, lessons, banks)));
  const learners = [...data.learners].sort((a, b) => compareText(a.name, b.name) || compareText(a.key, b.key));
  return { lessons, learners, records, items: ordered, unknownLessons, unknownItems: [...unknownItems].sort() };
}

export function itemFromBank(item: QuizItem, lesson: string): ItemInfo {
  const common = { id: item.id, lesson, kind: item.kind, stem: item.stem };
  switch (item.kind) {
    case 'choice':
      return { ...common, options: item.options, key: [item.answer] };
    case 'multiple-response':
      return { ...common, options: item.options, key: item.answers };
    case 'true-false':
      return { ...common, options: TRUE_FALSE_OPTIONS, key: [String(item.answer)] };
    case 'ordering':
    case 'matching':
      return { ...common, options: [], key: [] };
  }
}

/** Course order of lessons, then bank order, then (items the bank lacks) id. */
function compareItems(a: ItemInfo, b: ItemInfo, lessons: readonly LessonRef[], banks: ReadonlyMap<string, QuestionBank>): number {
  const lessonOrder = (item: ItemInfo) => lessons.findIndex((lesson) => lesson.id === item.lesson);
  const bankOrder = (item: ItemInfo) => {
    const index = banks.get(item.lesson)?.items.findIndex((entry) => entry.id === item.id) ?? -1;
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return lessonOrder(a) - lessonOrder(b) || bankOrder(a) - bankOrder(b) || compareText(a.id, b.id);
}

function bareItem(lesson: string, id: string): ItemInfo {
  return { id, lesson, kind: null, stem: '', options: [], key: [] };
}

/** Code-point order: the same on every machine (no locale). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
