/**
 * Generation: runs every rule that fits the course language over each lesson and returns the
 * items as fresh drafts with their fingerprints, plus what the rules dropped and why.
 * Pure and deterministic: the same course gives the same items in the same order.
 */
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { InternalError, UserError } from '../diagnostics/errors';
import type { Course, Lesson } from '../model/course';
import type { QuestionKind, QuizItem } from '../model/quiz';
import { didYouMean } from '../validate/did-you-mean';
import { fingerprintOf } from './bank/fingerprint';
import { orderedItem } from './bank/item-order';
import { compareItems } from './bank/order';
import { indexCourseText } from './text/course-text';
import { salienceModel, selectItems, type SalienceModel } from './salience';
import type { KeyFact } from './salience/trivia';
import { MANUAL_RULE, quizRules, type DroppedCandidate, type QuizRule, type QuizRuleContext } from './rules/registry';

export interface GeneratedLesson {
  readonly lesson: string;
  /** Drafts with fingerprints, ordered by source line, then id. */
  readonly items: readonly QuizItem[];
  readonly dropped: readonly DroppedCandidate[];
  /** The kinds each rule that ran makes, so that dropped candidates can be counted by kind. */
  readonly ruleKinds: Readonly<Record<string, readonly QuestionKind[]>>;
}

export interface GenerateOptions {
  /** Lesson ids to generate for; all lessons when absent or empty. */
  readonly lessons?: readonly string[];
  /** The rules to run; the registry's by default (tests pass their own). */
  readonly rules?: readonly QuizRule[];
  /**
   * Rank and select each lesson's items (src/quiz/salience): on by default with the registry's
   * rules; off by default when `rules` is given, so that a test of one rule sees all it makes.
   */
  readonly select?: boolean;
}

export function generateBanks(course: Course, options: GenerateOptions = {}): GeneratedLesson[] {
  const unknown = unknownLessons(course, options.lessons ?? []);
  if (unknown.length > 0) throw new UserError(unknown);
  const rules = (options.rules ?? quizRules()).filter((rule) => rule.languages === 'all' || rule.languages.includes(course.language));
  const wanted = new Set(options.lessons ?? []);
  const lessons = course.lessons.filter((lesson) => wanted.size === 0 || wanted.has(lesson.id));
  const seenIds = new Set<string>();
  // once per course: every rule checks its distractors against the whole text
  const text = indexCourseText(course);
  const salience = options.select ?? options.rules === undefined ? salienceModel(course, text) : undefined;
  return lessons.map((lesson) => generateLesson({ course, lesson, text }, rules, seenIds, salience));
}

/** A diagnostic for each requested lesson id that the course does not have. */
export function unknownLessons(course: Course, ids: readonly string[]): Diagnostic[] {
  const known = course.lessons.map((lesson) => lesson.id);
  return ids
    .filter((id) => !known.includes(id))
    .map((id) => diagnostic('quiz/unknown-lesson', `the course has no lesson "${id}"${didYouMean(id, known)}`));
}

function generateLesson(context: QuizRuleContext, rules: readonly QuizRule[], seenIds: Set<string>, salience: SalienceModel | undefined): GeneratedLesson {
  const { lesson } = context;
  const items: QuizItem[] = [];
  const dropped: DroppedCandidate[] = [];
  const keys = new Map<string, KeyFact>();
  for (const rule of rules) {
    const output = rule.generate(context);
    for (const [id, key] of output.keys ?? []) keys.set(id, key);
    for (const item of output.items) {
      checkRuleContract(rule, lesson, item);
      if (seenIds.has(item.id)) {
        // Ids must be unique in the course; the first item made keeps its id.
        dropped.push({ rule: rule.id, reason: 'duplicate-id', sentence: item.source.text, line: item.source.line });
        continue;
      }
      seenIds.add(item.id);
      items.push(asDraft(item));
    }
    dropped.push(...output.dropped);
  }
  const ruleKinds = Object.fromEntries(rules.map((rule) => [rule.id, [...rule.kinds]]));
  if (!salience) return { lesson: lesson.id, items: items.sort(compareItems), dropped, ruleKinds };
  // the rules over-generate; the bank keeps the lesson's central items (src/quiz/salience)
  const selected = selectItems({ lesson: lesson.id, items, keys, text: context.text, salience, minimum: context.course.settings.quiz.minItemsPerLesson });
  return { lesson: lesson.id, items: selected.items.sort(compareItems), dropped: [...dropped, ...selected.dropped], ruleKinds };
}

/** A fresh item: a draft, fingerprinted as generated. */
function asDraft(item: QuizItem): QuizItem {
  const draft = orderedItem({ ...item, status: 'draft', fingerprint: '' });
  return { ...draft, fingerprint: fingerprintOf(draft) };
}

/** A rule that breaks these would corrupt banks: that is a bug, not a content problem. */
function checkRuleContract(rule: QuizRule, lesson: Lesson, item: QuizItem): void {
  const problem =
    rule.id === MANUAL_RULE ? `rule id "${MANUAL_RULE}" is reserved for hand-written items`
    : item.rule !== rule.id ? `item ${item.id} names rule "${item.rule}"`
    : !rule.kinds.includes(item.kind) ? `item ${item.id} is of kind ${item.kind}, not among the rule's kinds`
    : item.source.lesson !== lesson.id ? `item ${item.id} names lesson ${item.source.lesson} while generated for ${lesson.id}`
    : undefined;
  if (problem) throw new InternalError(`quiz rule ${rule.id}: ${problem}`);
}
