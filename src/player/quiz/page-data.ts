/** Reads the quiz the page carries in `script#cp-quiz` (docs/page-contract.md); null when none. */
import type { QuizPageData } from '../../model/rendered';

export function readQuizData(doc: Document): QuizPageData | null {
  const element = doc.getElementById('cp-quiz');
  if (element === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(element.textContent ?? '');
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const data = value as Partial<Record<keyof QuizPageData, unknown>>;
  const numbers = [data.textScreens, data.questionsPerAttempt, data.passMark, data.attempts];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)) return null;
  if (!Array.isArray(data.pool) || data.pool.length === 0 || (data.questionsPerAttempt as number) < 1) return null;
  return value as QuizPageData;
}
