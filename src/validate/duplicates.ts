/**
 * Ids and order numbers that must be unique: each copy gets its own diagnostic, naming where
 * the others are, so that the user sees both ends whichever file they open first.
 */
import * as path from 'node:path';
import { diagnostic, type DiagnosticCode } from '../diagnostics/codes';
import type { Diagnostic, Place } from '../diagnostics/diagnostic';
import type { CourseDraft, LessonFileDraft, RawLesson } from '../load/draft';
import { placeOfValue } from '../load/yaml-source';

interface Claim {
  readonly value: string;
  /** Where the value is written: asked only of values used twice (a place may need the file's YAML parsed with positions). */
  readonly place: () => Place;
}

/** Groups of claims on the same value, in the order the values first appear. */
export function duplicateGroups(claims: readonly Claim[]): Claim[][] {
  const byValue = new Map<string, Claim[]>();
  for (const claim of claims) {
    const group = byValue.get(claim.value) ?? [];
    group.push(claim);
    byValue.set(claim.value, group);
  }
  return [...byValue.values()].filter((group) => group.length > 1);
}

type LessonWithData = LessonFileDraft & { readonly data: RawLesson };

function lessonsWithData(draft: CourseDraft): LessonWithData[] {
  return draft.lessons.filter((lesson): lesson is LessonWithData => lesson.data !== undefined);
}

function lessonClaims(draft: CourseDraft, key: 'id' | 'order'): Claim[] {
  return lessonsWithData(draft).map((lesson) => ({
    value: String(lesson.data[key]),
    place: () => (lesson.yaml ? placeOfValue(lesson.yaml, [key]) : { file: lesson.file, line: 1, column: 1 }),
  }));
}

export function checkDuplicateLessonIds(draft: CourseDraft): Diagnostic[] {
  return report(draft.dir, duplicateGroups(lessonClaims(draft, 'id')), 'lesson/duplicate-id', (v) => `lesson id "${v}"`);
}

export function checkDuplicateOrders(draft: CourseDraft): Diagnostic[] {
  return report(draft.dir, duplicateGroups(lessonClaims(draft, 'order')), 'lesson/duplicate-order', (v) => `order ${v}`);
}

export function checkDuplicateChapterIds(draft: CourseDraft): Diagnostic[] {
  const { data, yaml } = draft.course;
  if (!data || !yaml) return [];
  const claims = (data.chapters ?? []).map((chapter, index) => ({
    value: chapter.id,
    place: () => placeOfValue(yaml, ['chapters', index, 'id']),
  }));
  return report(draft.dir, duplicateGroups(claims), 'course/duplicate-chapter-id', (v) => `chapter id "${v}"`);
}

function report(dir: string, groups: readonly Claim[][], code: DiagnosticCode, subject: (value: string) => string): Diagnostic[] {
  return groups.flatMap((group) => {
    const places = group.map((claim) => claim.place());
    return group.map((claim, i) => {
      const others = places.filter((_, j) => j !== i).map((other) => where(dir, places[i], other));
      return diagnostic(code, `${subject(claim.value)} is also used ${others.join(', ')}`, places[i]);
    });
  });
}

/** "on line 12" in the same file, "in chapters/b.md:2:5" in another. */
function where(dir: string, from: Place, other: Place): string {
  if (other.file === from.file) return `on line ${other.line}`;
  const relative = path.relative(dir, other.file).split(path.sep).join('/');
  return `in ${relative}:${other.line}:${other.column}`;
}
