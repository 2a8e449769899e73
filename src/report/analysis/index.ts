/** The analysis of a report: pure functions from the report input to the tables the outputs show. */
import { engagement, type Engagement } from './engagement';
import type { ReportInput } from './input';
import { itemStatistics, type ItemStats } from './items';
import { LESSON_STATUSES, progressTable, type LessonStatus, type ProgressTable } from './progress';

export interface LessonSummary {
  readonly lesson: string;
  readonly title: string;
  /** Learners per status. */
  readonly statuses: Readonly<Record<LessonStatus, number>>;
}

export interface Analysis {
  readonly progress: ProgressTable;
  readonly lessons: readonly LessonSummary[];
  readonly items: readonly ItemStats[];
  /** Stuck learners and the funnels. */
  readonly engagement: Engagement;
}

export interface AnalyseOptions {
  /** What "now" is for idle days (default: the clock). */
  readonly now?: Date;
  /** Days without progress after which a started lesson counts as stuck (default 7). */
  readonly stuckDays?: number;
}

export const DEFAULT_STUCK_DAYS = 7;

export function analyse(input: ReportInput, options: AnalyseOptions = {}): Analysis {
  const progress = progressTable(input.lessons, input.learners, input.records);
  const lessons = input.lessons.map((lesson, i) => {
    const statuses = Object.fromEntries(LESSON_STATUSES.map((status) => [status, 0])) as Record<LessonStatus, number>;
    for (const row of progress.rows) statuses[row.cells[i].status] += 1;
    return { lesson: lesson.id, title: lesson.title, statuses };
  });
  const now = options.now ?? new Date();
  return { progress, lessons, items: itemStatistics(input), engagement: engagement(progress, input.records, now, options.stuckDays ?? DEFAULT_STUCK_DAYS) };
}
