/**
 * Indexes the whole course text once: every sentence of every lesson with its place, flags,
 * entities and quantities, and the lookups the item checks need — which sentences mention an
 * entity, a year or a value (so a distractor can be checked against the whole text, not only
 * its stem), and per-type pools to draw distractors from.
 */
import type { Course, Lesson } from '../../model/course';
import { findEntities } from './entities/find';
import { findQuantities } from './numbers';
import { lessonProse } from './paragraphs';
import { splitSentences } from './sentences';
import type { CourseSentence, CourseText, EntityType, LessonProse, Quantity } from './types';

/** Groups quantities that can stand for each other: same kind, scale and unit. */
export function valuePoolKey(quantity: Pick<Quantity, 'kind' | 'scale' | 'unit'>): string {
  return `${quantity.kind}|${quantity.scale ?? ''}|${quantity.unit ?? ''}`;
}

/** One value of one pool ("percent||:33", "amount|billion|dollar:1.2"). */
export function valueKey(quantity: Pick<Quantity, 'kind' | 'scale' | 'unit' | 'value'>): string {
  return `${valuePoolKey(quantity)}:${quantity.value}`;
}

/** Years a quantity states: a year, both ends of a year range, the year of a date. */
export function yearsOf(quantity: Quantity): number[] {
  if (quantity.kind === 'year') return quantity.valueTo === undefined ? [quantity.value] : [quantity.value, quantity.valueTo];
  if (quantity.kind === 'date' && quantity.year !== undefined) return [quantity.year];
  return [];
}

export function indexCourseText(course: Course): CourseText {
  const prose = new Map<string, LessonProse>();
  const sentences: CourseSentence[] = [];
  for (const lesson of course.lessons) {
    const lessonText = lessonProse(lesson);
    prose.set(lesson.id, lessonText);
    sentences.push(...lessonSentences(lesson, lessonText, course, sentences.length));
  }
  return { language: course.language, sentences, prose, ...lookups(sentences) };
}

function lessonSentences(lesson: Lesson, prose: LessonProse, course: Course, firstIndex: number): CourseSentence[] {
  const out: CourseSentence[] = [];
  for (const paragraph of prose.paragraphs) {
    splitSentences(paragraph.text, course.language).forEach((sentence, position) => {
      out.push({
        lesson: lesson.id,
        line: paragraph.line,
        index: firstIndex + out.length,
        position,
        paragraphKind: paragraph.kind,
        sentence,
        // offsets of entities and quantities refer to the clean text, the one stems are made from
        entities: findEntities(sentence.clean, course.language),
        quantities: findQuantities(sentence.clean, course.language),
      });
    });
  }
  return out;
}

type Lookups = Pick<CourseText, 'byEntity' | 'byYear' | 'byValue' | 'entityPool' | 'valuePool'>;

function lookups(sentences: readonly CourseSentence[]): Lookups {
  const byEntity = new Map<string, number[]>();
  const byYear = new Map<number, number[]>();
  const byValue = new Map<string, number[]>();
  const entityPool = new Map<EntityType, string[]>();
  const valuePool = new Map<string, number[]>();
  for (const { index, entities, quantities } of sentences) {
    for (const mention of entities) {
      addOnce(byEntity, mention.entityId, index);
      addOnce(entityPool, mention.type, mention.entityId);
    }
    for (const quantity of quantities) {
      for (const year of yearsOf(quantity)) addOnce(byYear, year, index);
      addOnce(byValue, valueKey(quantity), index);
      addOnce(valuePool, valuePoolKey(quantity), quantity.value);
    }
  }
  return { byEntity, byYear, byValue, entityPool, valuePool };
}

/** Appends unless already the last or present: keeps first-seen order, no duplicates. */
function addOnce<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
