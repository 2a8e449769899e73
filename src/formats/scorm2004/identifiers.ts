/**
 * Manifest identifiers: the same prefixed scheme as SCORM 1.2 (xs:ID values that never start
 * with a digit and never collide across kinds), plus the id of each lesson's objective.
 */
export {
  chapterItemId,
  lessonItemId,
  lessonResourceId,
  manifestId,
  organizationId,
  SHARED_ASSETS_ID,
} from '../scorm12/identifiers';

/** imsss objectiveID (an xs:anyURI): one primary objective per lesson. */
export function lessonObjectiveId(lessonId: string): string {
  return `OBJ-${lessonId}`;
}
