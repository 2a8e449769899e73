/** The analysis of a report: pure functions from the report input to the tables the outputs show. */
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
}

export function analyse(input: ReportInput): Analysis {
  const progress = progressTable(input.lessons, input.learners, input.records);
  const lessons = input.lessons.map((lesson, i) => {
    const statuses = Object.fromEntries(LESSON_STATUSES.map((status) => [status, 0])) as Record<LessonStatus, number>;
    for (const row of progress.rows) statuses[row.cells[i].status] += 1;
    return { lesson: lesson.id, title: lesson.title, statuses };
  });
  return { progress, lessons, items: itemStatistics(input) };
}
