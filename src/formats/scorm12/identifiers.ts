/**
 * Manifest identifiers are xs:ID values: they must start with a letter or `_` and be unique in
 * the document. Course, chapter and lesson ids may start with a digit and may equal one
 * another, so each kind of node gets its own prefix.
 */

export function manifestId(courseId: string, lessonId?: string): string {
  return lessonId === undefined ? `MANIFEST-${courseId}` : `MANIFEST-${courseId}-LESSON-${lessonId}`;
}

export function organizationId(courseId: string): string {
  return `ORG-${courseId}`;
}

export function chapterItemId(chapterId: string): string {
  return `CHAPTER-${chapterId}`;
}

export function lessonItemId(lessonId: string): string {
  return `ITEM-${lessonId}`;
}

export function lessonResourceId(lessonId: string): string {
  return `RES-${lessonId}`;
}

/** The resource holding the player files every lesson depends on. */
export const SHARED_ASSETS_ID = 'SHARED-ASSETS';
