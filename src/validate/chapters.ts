/**
 * Lessons and chapters must agree: a lesson names an existing chapter, and a chapter has
 * at least one lesson (a chapter without lessons would be an empty item in the LMS).
 */
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { CourseDraft } from '../load/draft';
import { placeOfValue } from '../load/yaml-source';
import { didYouMean } from './did-you-mean';

export function checkChapterReferences(draft: CourseDraft): Diagnostic[] {
  const chapters = draft.course.data?.chapters;
  // Without a valid course.yaml the chapter list is unknown: every reference would look wrong.
  if (!draft.course.data) return [];
  const ids = (chapters ?? []).map((chapter) => chapter.id);
  const known = new Set(ids);
  const diagnostics: Diagnostic[] = [];
  for (const lesson of draft.lessons) {
    const chapter = lesson.data?.chapter;
    if (chapter === undefined || known.has(chapter) || !lesson.yaml) continue;
    const message = `chapter "${chapter}" is not in course.yaml${didYouMean(chapter, ids)}`;
    diagnostics.push(diagnostic('lesson/unknown-chapter', message, placeOfValue(lesson.yaml, ['chapter'])));
  }
  return diagnostics;
}

export function checkEmptyChapters(draft: CourseDraft): Diagnostic[] {
  const { data, yaml } = draft.course;
  const everyLessonKnown = draft.allLessonsRead && draft.lessons.every((lesson) => lesson.data !== undefined);
  // A lesson that could not be read may well belong to the chapter: no warning on a guess.
  if (!data || !yaml || !everyLessonKnown) return [];
  const used = new Set(draft.lessons.map((lesson) => lesson.data?.chapter));
  const diagnostics: Diagnostic[] = [];
  (data.chapters ?? []).forEach((chapter, index) => {
    if (used.has(chapter.id)) return;
    const place = placeOfValue(yaml, ['chapters', index, 'id']);
    diagnostics.push(diagnostic('course/empty-chapter', `chapter "${chapter.id}" has no lessons`, place));
  });
  return diagnostics;
}
