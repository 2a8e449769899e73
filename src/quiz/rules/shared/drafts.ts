/**
 * From one sentence to a checked draft: is the sentence fit to be a stem, which keys of a type it
 * holds, which distractors pass checks 2–5, and whether the whole draft passes checks 1–7.
 * Returns the draft, or the reason the sentence gives none (the report counts reasons).
 */
import type { Language } from '../../../model/course';
import { draftProblems, sentenceProblems } from '../../checks';
import { POINTING_PROBLEMS } from '../../checks/stem-hygiene';
import type { Draft } from '../../checks/types';
import { pickDistractors } from '../../distractors';
import type { KeyType } from '../../distractors/types';
import type { CourseSentence, CourseText } from '../../text/types';
import { keysOf } from '../cloze/keys';
import { seedOf, stemOf } from './items';
import { statementOf, type Statement } from './statement';

export type DraftResult =
  | { readonly kind: 'draft'; readonly draft: Draft }
  | { readonly kind: 'dropped'; readonly reason: string }
  /** The sentence states nothing of the type: not a candidate at all. */
  | { readonly kind: 'none' };

const cache = new WeakMap<CourseText, Map<string, DraftResult>>();

/**
 * The first key of the type in the sentence that makes a draft passing every check. Pure, and
 * remembered per course text: rules ask about each other's sentences (one item per sentence).
 */
export function draftFrom(sentence: CourseSentence, type: KeyType, text: CourseText, distractors: number, withContext = false): DraftResult {
  let known = cache.get(text);
  if (!known) {
    known = new Map();
    cache.set(text, known);
  }
  const id = `${sentence.index}|${type}|${distractors}|${withContext}`;
  const found = known.get(id) ?? computeDraft(sentence, type, text, distractors, withContext);
  known.set(id, found);
  return found;
}

function computeDraft(sentence: CourseSentence, type: KeyType, text: CourseText, distractors: number, withContext: boolean): DraftResult {
  const language = text.language;
  const statement = statementOf(sentence, language);
  const { keys, refused } = keysOf(statement, type, language);
  if (keys.length === 0 && refused.length === 0) return { kind: 'none' };
  const unfit = sentenceProblems(sentence.sentence, language);
  const context = withContext && unfit.length > 0 && unfit.every((found) => POINTING_PROBLEMS.has(found)) ? contextOf(sentence, text) : undefined;
  if (unfit.length > 0 && !context) return { kind: 'dropped', reason: `stem-${unfit[0]}` };
  if (keys.length === 0) return { kind: 'dropped', reason: `key-${refused[0]}` };
  let reason = 'no-key';
  for (const key of keys) {
    const result = draftForKey(statement, key, language, text, distractors, context);
    if (typeof result !== 'string') return { kind: 'draft', draft: result };
    reason = result;
  }
  return { kind: 'dropped', reason };
}

function draftForKey(statement: Statement, key: Draft['key'], language: Language, text: CourseText, count: number, context: Statement | undefined): Draft | string {
  const stem = stemOf(statement.text, key.start, key.end);
  const base = { language, statement, key, ...(context ? { context, stem: `${context.text} ${stem}` } : { stem }) };
  const picked = pickDistractors(base, text, seedOf(base), count);
  if (picked.distractors.length < count) {
    const checks = picked.refused.map((refusal) => refusal.problem.check);
    const most = mostFrequent(checks);
    return most ? `too-few-distractors:${most}` : 'too-few-distractors';
  }
  const draft: Draft = { ...base, distractors: picked.distractors };
  const problems = draftProblems(draft, text).filter((found) => count > 1 || found.check !== 'options-give-away');
  return problems.length > 0 ? problems[0]!.check : draft;
}

/** Two sentences are as much as a learner should read for one blank. */
const MAX_CONTEXT_WORDS = 60;

/**
 * The sentence before in the same paragraph, when it can be shown as it is (it points back to
 * nothing itself) and the two stay short: it says what "Бұл ұйым" or "осы келісім" is.
 */
function contextOf(sentence: CourseSentence, text: CourseText): Statement | undefined {
  const before = text.sentences[sentence.index - 1];
  if (!before || sentence.position === 0 || before.lesson !== sentence.lesson || before.line !== sentence.line) return undefined;
  if (sentenceProblems(before.sentence, text.language).length > 0) return undefined;
  if (before.sentence.words + sentence.sentence.words > MAX_CONTEXT_WORDS) return undefined;
  return statementOf(before, text.language);
}

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
