/**
 * From one sentence to a checked draft: is the sentence fit to be a stem, which keys of a type it
 * holds, which distractors pass checks 2–5, and whether the whole draft passes checks 1–7.
 * Returns the draft, or the reason the sentence gives none (the report counts reasons).
 */
import type { Language } from '../../../model/course';
import { draftProblems } from '../../checks';
import { keyInStem } from '../../checks/options';
import { contextProblems, courseSentenceProblems, POINTING_PROBLEMS } from '../../checks/stem-hygiene';
import type { Draft } from '../../checks/types';
import { isEntityKey, pickDistractors } from '../../distractors';
import type { KeyType } from '../../distractors/types';
import type { CourseSentence, CourseText } from '../../text/types';
import { keysOf } from '../cloze/keys';
import { isSideYear, SIDE_DATE } from '../../salience/side-dates';
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
  const statement = statementOf(sentence, language, text.catalogue);
  const found = keysOf(statement, type, language, distractors > 0);
  // a side date is no key to ask (a false statement with only one distractor is a swap)
  const side = distractors > 0 ? found.keys.filter((key) => !isEntityKey(key) && isSideYear(key, text, distractors === 1)) : [];
  const keys = found.keys.filter((key) => !side.includes(key));
  const refused = [...found.refused, ...side.map(() => SIDE_DATE)];
  if (keys.length === 0 && refused.length === 0) return { kind: 'none' };
  const fit = stemFit(sentence, text, withContext);
  if (typeof fit === 'string') return { kind: 'dropped', reason: fit };
  const context = fit;
  if (keys.length === 0) return { kind: 'dropped', reason: `key-${refused[0]}` };
  let reason = 'no-key';
  for (const key of keys) {
    const result = draftForKey(statement, key, language, text, distractors, context);
    if (typeof result !== 'string') return { kind: 'draft', draft: result };
    reason = result;
  }
  return { kind: 'dropped', reason };
}

/**
 * Whether the sentence can be a stem: the context it is shown after when it points back
 * (`withContext`), undefined when it stands alone, or the reason it cannot (`stem-…`).
 */
export function stemFit(sentence: CourseSentence, text: CourseText, withContext: boolean): readonly Statement[] | undefined | string {
  const unfit = courseSentenceProblems(sentence, text.language);
  if (unfit.length === 0) return undefined;
  const context = withContext && unfit.every((found) => POINTING_PROBLEMS.has(found)) ? contextOf(sentence, text) : undefined;
  return context ?? `stem-${unfit[0]}`;
}

function draftForKey(statement: Statement, key: Draft['key'], language: Language, text: CourseText, count: number, context: readonly Statement[] | undefined): Draft | string {
  const stem = stemOf(statement.text, key.start, key.end);
  const shown = context ? [...context.map((before) => before.text), stem].join(' ') : stem;
  const base = { language, statement, key, ...(context ? { context } : {}), stem: shown };
  const picked = pickDistractors(base, text, seedOf(base), count);
  if (picked.distractors.length < count) {
    const checks = picked.refused.map((refusal) => refusal.problem.check);
    const most = mostFrequent(checks);
    return most ? `too-few-distractors:${most}` : 'too-few-distractors';
  }
  const draft: Draft = { ...base, distractors: picked.distractors };
  // one swap has no options to compare; but the key stated beside it, in the sentence or its
  // context, shows the statement false
  const problems = draftProblems(draft, text).filter((found) => count > 1 || found.check !== 'options-give-away');
  if (problems.length === 0 && count === 1 && keyInStem(draft)) return 'options-give-away';
  return problems.length > 0 ? problems[0]!.check : draft;
}

/** As much as a learner should read for one blank, context included: two sentences… */
const MAX_CONTEXT_WORDS = 60;
/** …or three, shorter: the learner follows two pointers back before reaching the blank. */
const MAX_CHAIN_WORDS = 50;
/** Sentences before the stem at most: one that points back, and the one it points to. */
const MAX_CONTEXT_SENTENCES = 2;

/**
 * The sentences before in the same paragraph that say what "Бұл ұйым" or "осы келісім" is: the
 * one before when it points back to nothing itself; else, when it points back too (or is
 * short), the two before, the first of them clean. All of them and the stem stay short.
 */
function contextOf(sentence: CourseSentence, text: CourseText): Statement[] | undefined {
  const before: CourseSentence[] = [];
  let words = sentence.sentence.words;
  for (let back = 1; back <= MAX_CONTEXT_SENTENCES; back += 1) {
    const previous = text.sentences[sentence.index - back];
    if (!previous || sentence.position - back < 0 || previous.lesson !== sentence.lesson || previous.line !== sentence.line) return undefined;
    words += previous.sentence.words;
    if (words > (back === 1 ? MAX_CONTEXT_WORDS : MAX_CHAIN_WORDS)) return undefined;
    before.unshift(previous);
    if (contextProblems(before, sentence.sentence, text.language).length === 0) return before.map((found) => statementOf(found, text.language, text.catalogue));
  }
  return undefined;
}

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
