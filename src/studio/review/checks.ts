/**
 * The automatic checks of one item as the page shows it, run again after every edit: lint's
 * checks of the item (src/quiz/bank/lint-item.ts: id, source line, empty texts, cloze blank,
 * options, answers, pairs) and whether its source sentence is still in the lesson
 * (src/quiz/bank/stale.ts).
 */
import { diagnostic } from '../../diagnostics/codes';
import type { Lesson } from '../../model/course';
import type { QuizItem } from '../../model/quiz';
import { lintItem } from '../../quiz/bank/lint-item';
import type { BankFile } from '../../quiz/bank/read';
import { isStale } from '../../quiz/bank/stale';
import { placeOfValue } from '../../load/yaml-source';

export interface ItemProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Line in the bank file. */
  readonly line: number;
}

/** The checks named to the reviewer as passed when no problem is found. */
export const ITEM_CHECKS = ['id', 'source line', 'texts', 'options and answers', 'source sentence in the lesson'] as const;

export function itemProblems(item: QuizItem, index: number, file: BankFile, lesson: Lesson | undefined): ItemProblem[] {
  if (!file.yaml) return [];
  const found = lintItem(item, index, { yaml: file.yaml, lesson, lessonId: file.lessonId });
  if (lesson && item.status !== 'rejected' && isStale(item, lesson)) {
    found.push(diagnostic('quiz/stale-item', `item ${item.id}: its source sentence is no longer in ${lesson.file}`, placeOfValue(file.yaml, ['items', index, 'source', 'text'])));
  }
  return found.map((d) => ({ code: d.code, severity: d.severity, message: d.message, line: d.place?.line ?? 0 }));
}
