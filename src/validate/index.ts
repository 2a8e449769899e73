/**
 * Checks across files, run after every file has been read and its shape checked. Each check
 * looks only at the data it can trust, so one broken file does not bury the others in noise.
 */
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { CourseDraft } from '../load/draft';
import { checkChapterReferences, checkEmptyChapters } from './chapters';
import { checkScreenRange, checkTitleLanguage } from './course-rules';
import { checkDuplicateChapterIds, checkDuplicateLessonIds, checkDuplicateOrders } from './duplicates';
import { checkEmptyBodies } from './lesson-rules';
import { checkLessonText, checkTitles } from './text-rules';

const CHECKS: ReadonlyArray<(draft: CourseDraft) => Diagnostic[]> = [
  checkTitleLanguage,
  checkScreenRange,
  checkDuplicateChapterIds,
  checkDuplicateLessonIds,
  checkDuplicateOrders,
  checkChapterReferences,
  checkEmptyChapters,
  checkEmptyBodies,
  checkTitles,
  checkLessonText,
];

export function checkCourse(draft: CourseDraft): Diagnostic[] {
  return CHECKS.flatMap((check) => check(draft));
}

export { screenLessonEntries } from './lesson-entries';
export { checkShape } from './schema';
