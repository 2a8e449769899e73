/** "37 / 255 reviewed": items approved or rejected, of every item in the course's banks. */
import type { Workspace } from '../workspace';

export interface Progress {
  readonly reviewed: number;
  readonly total: number;
}

export function reviewProgress(workspace: Workspace): Progress {
  let reviewed = 0;
  let total = 0;
  for (const lesson of workspace.course?.lessons ?? []) {
    for (const item of workspace.bankOf(lesson.id)?.bank?.items ?? []) {
      total++;
      if (item.status !== 'draft') reviewed++;
    }
  }
  return { reviewed, total };
}
