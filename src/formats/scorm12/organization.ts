/**
 * How the lessons of a package are arranged in the LMS's table of contents:
 * a chapter node per chapter (at the place of its first lesson), lessons outside chapters
 * at the top level, everything in course order.
 */
import type { Chapter, Course, Lesson } from '../../model/course';
import { InternalError } from '../../diagnostics/errors';

export type OrganizationNode =
  | { readonly kind: 'chapter'; readonly chapter: Chapter; readonly lessons: readonly Lesson[] }
  | { readonly kind: 'lesson'; readonly lesson: Lesson };

export function courseOrganization(course: Course): readonly OrganizationNode[] {
  const chaptersById = new Map(course.chapters.map((chapter) => [chapter.id, chapter]));
  const lessonsByChapter = new Map<string, Lesson[]>();
  const nodes: OrganizationNode[] = [];
  for (const lesson of course.lessons) {
    if (lesson.chapter === undefined) {
      nodes.push({ kind: 'lesson', lesson });
      continue;
    }
    const siblings = lessonsByChapter.get(lesson.chapter);
    if (siblings) {
      siblings.push(lesson);
      continue;
    }
    const chapter = chaptersById.get(lesson.chapter);
    // The loader reports unknown chapters as user errors; reaching here with one is a bug.
    if (!chapter) throw new InternalError(`lesson ${lesson.id} names unknown chapter ${lesson.chapter}`);
    const lessons = [lesson];
    lessonsByChapter.set(lesson.chapter, lessons);
    nodes.push({ kind: 'chapter', chapter, lessons });
  }
  return nodes;
}

/** A single-lesson package lists only that lesson, without its chapter. */
export function lessonOrganization(lesson: Lesson): readonly OrganizationNode[] {
  return [{ kind: 'lesson', lesson }];
}
