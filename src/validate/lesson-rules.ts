/** Rules about one lesson that a schema cannot say. */
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { CourseDraft } from '../load/draft';

export function checkEmptyBodies(draft: CourseDraft): Diagnostic[] {
  return draft.lessons.flatMap((lesson) => {
    if (!lesson.data || lesson.body === undefined || lesson.body.trim() !== '') return [];
    // Pointed at the closing fence: the body is empty, so its first line may not exist.
    const place = { file: lesson.file, line: lesson.closingLine ?? 1, column: 1 };
    return [diagnostic('lesson/empty-body', `lesson "${lesson.data.id}" has no text after its front matter`, place)];
  });
}
