/**
 * Activity ids of a course in xAPI and cmi5: stable IRIs derived from the course IRI
 * (`courseIri` in src/model/course.ts), the same in the packages (tincan.xml, cmi5.xml) and in
 * the statements the player sends. Pure and DOM-free: the formats (Node) use it as well.
 *
 *   course    <iri>
 *   chapter   <iri>/chapters/<chapter-id>
 *   lesson    <iri>/lessons/<lesson-id>
 *   screen    <iri>/lessons/<lesson-id>/screens/<n>        n is 1-based, as on the page
 *   question  <iri>/lessons/<lesson-id>/questions/<item-id>
 */

export function chapterActivityId(courseIri: string, chapterId: string): string {
  return `${courseIri}/chapters/${encodeSegment(chapterId)}`;
}

export function lessonActivityId(courseIri: string, lessonId: string): string {
  return `${courseIri}/lessons/${encodeSegment(lessonId)}`;
}

/** `screenIndex` is 0-based (as in the player); the IRI counts from 1, like `#cp-screen-<n>`. */
export function screenActivityId(lessonIri: string, screenIndex: number): string {
  return `${lessonIri}/screens/${screenIndex + 1}`;
}

export function questionActivityId(lessonIri: string, itemId: string): string {
  return `${lessonIri}/questions/${encodeSegment(itemId)}`;
}

/** Course, chapter, lesson and item ids are `[A-Za-z0-9_-]` already; encoding guards the IRI anyway. */
function encodeSegment(id: string): string {
  return encodeURIComponent(id);
}

/** Activity types (ADL and Activity Streams vocabularies). */
export const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  chapter: 'http://adlnet.gov/expapi/activities/module',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  screen: 'http://activitystrea.ms/schema/1.0/page',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;
