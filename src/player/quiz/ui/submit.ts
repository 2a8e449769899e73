/** The journal entries of a submitted attempt, for the page's lesson. */
import type { QuizPageData } from '../../../model/rendered';
import type { InteractionRecord, QuizProgress } from '../../lms/adapter';
import { attemptInteractions } from '../interactions';

export function interactionsOf(data: QuizPageData, quiz: QuizProgress, latencies: readonly number[], at: Date): InteractionRecord[] {
  return attemptInteractions(data.lessonId, data, quiz, latencies, at);
}
