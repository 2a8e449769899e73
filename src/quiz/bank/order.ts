/** The order of items in a bank: as the lesson teaches them (source line), then by id. */
import type { QuizItem } from '../../model/quiz';

export function compareItems(a: QuizItem, b: QuizItem): number {
  return a.source.line - b.source.line || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
