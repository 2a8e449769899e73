/** The interaction journal entries of a submitted attempt, one per drawn question. */
import type { PageQuizItem } from '../../model/rendered';
import type { InteractionChoice, InteractionPair, InteractionRecord, QuizProgress } from '../lms/adapter';
import { correctResponse, isAnswered, toResponse } from './answers';
import type { QuizData } from './state';
import { questionsOf, scoreAttempt } from './state';

/** `<lesson id>.<item id>`: both are letters, digits, `-` and `_`, so the id has no spaces. */
export function interactionId(lessonId: string, itemId: string): string {
  return `${lessonId}.${itemId}`;
}

export function attemptInteractions(
  lessonId: string,
  quiz: QuizData,
  progress: QuizProgress,
  latencies: readonly number[],
  submittedAt: Date,
): InteractionRecord[] {
  const scores = scoreAttempt(quiz, progress).questions;
  return questionsOf(quiz, progress).flatMap((question, i) => {
    const answer = progress.answers[i];
    // Unanswered questions cannot be submitted; a stray one has no response to journal.
    if (!isAnswered(question.item, answer) || answer === null) return [];
    const { item } = question;
    const record: InteractionRecord = {
      id: interactionId(lessonId, item.id),
      lessonId,
      itemId: item.id,
      attempt: progress.attempt,
      kind: item.kind,
      description: item.stem,
      response: toResponse(item, answer),
      correct: correctResponse(item),
      result: scores[i].result,
      scoreFraction: scores[i].fraction,
      weighting: 1,
      latencyMs: Math.max(0, Math.round(latencies[i] ?? 0)),
      timestamp: submittedAt,
      choices: choicesOf(item),
      pairs: pairsOf(item),
    };
    return [record];
  });
}

function choicesOf(item: PageQuizItem): InteractionChoice[] {
  switch (item.kind) {
    case 'choice':
    case 'multiple-response':
      return item.options.map(({ id, text }) => ({ id, text }));
    case 'ordering':
      return item.steps.map(({ id, text }) => ({ id, text }));
    default:
      return [];
  }
}

function pairsOf(item: PageQuizItem): InteractionPair[] {
  return item.kind === 'matching' ? item.pairs.map(({ id, left, right }) => ({ id, left, right })) : [];
}
