/**
 * The list of generation rules. Each rule reads one lesson and proposes items of some kinds,
 * with the reasons it dropped the candidates it would not stand behind (the quiz report shows
 * them). The orchestrator (src/quiz/generate.ts) runs every rule that fits the course language.
 */
import type { Course, Language, Lesson } from '../../model/course';
import type { QuestionKind, QuizItem } from '../../model/quiz';
import type { CourseText } from '../text/types';
import type { KeyFact } from '../salience/trivia';
import { CLOZE_OFF_FREEING, CLOZE_RULES } from './cloze/rule';
import { trueFalseRule } from './true-false';
import { matchingPairsRule } from './matching';

export interface QuizRuleContext {
  readonly course: Course;
  readonly lesson: Lesson;
  /** The whole course's text, indexed once per course: rules check distractors against all of it. */
  readonly text: CourseText;
}

/** A candidate a rule did not turn into an item, and why. */
export interface DroppedCandidate {
  readonly rule: string;
  /** Short and stable (e.g. `distractor-true-elsewhere`): the report groups and counts by it. */
  readonly reason: string;
  readonly sentence: string;
  /** 1-based line in the lesson file. */
  readonly line: number;
}

export interface RuleOutput {
  readonly items: readonly QuizItem[];
  readonly dropped: readonly DroppedCandidate[];
  /** What each item asks for, by item id, where it has one key (selection reads it: trivia, year share). */
  readonly keys?: ReadonlyMap<string, KeyFact>;
}

export interface QuizRule {
  /** Also the `rule` of every item it makes; never `manual`. */
  readonly id: string;
  readonly kinds: readonly QuestionKind[];
  readonly languages: 'all' | readonly Language[];
  generate(context: QuizRuleContext): RuleOutput;
}

/** The `rule` of hand-written items; no generator rule may take this name. */
export const MANUAL_RULE = 'manual';

/**
 * Cloze rules kept but not registered: blind reviews accepted none of their items (figures are
 * trivia to a reviewer: 0 of 10 in rounds 3 and 4, docs/quiz-quality.md), or hardly any (people
 * and organisations: 6 of 86 over rounds 1–11; places: 22% on new texts, 2% on the course over
 * rounds 1–21, 1 of 17 when only countries and waters were asked; CLOZE_OFF_FREEING in
 * cloze/rule.ts). A sentence with a figure still gives no other cloze (one item per sentence),
 * nor is a figure swapped in true/false; a sentence with a person, an organisation or a place
 * goes to the other rules.
 */
const CLOZE_OFF: ReadonlySet<string> = new Set(['cloze-amount', 'cloze-percent', ...[...CLOZE_OFF_FREEING].map((type) => `cloze-${type}`)]);

const RULES: readonly QuizRule[] = [
  ...CLOZE_RULES.filter((rule) => !CLOZE_OFF.has(rule.id)),
  trueFalseRule,
  // causeEffectRule(): off by default since blind reviews accepted 1 of its 20 items (1 of 12 over rounds 1–11, 0 of 8 in round 19: effects offered from unrelated paragraphs, "a falling sea level" with wells and landforms as its consequences; docs/quiz-quality.md).
  // clozeTermRule(): off by default since the blind review of 2026-12-04 accepted none of its 38 items (docs/quiz-quality.md).
  // multipleResponseListRule(): off by default since blind reviews accepted none of its 13 items over rounds 1–10 (the list's intro points back, options of other kinds, format cues; docs/quiz-quality.md).
  // multipleResponseStatementsRule(): off by default since the blind review of 2026-12-04 (second round) accepted none of its items: a handful of unrelated statements ("a grab bag, not one idea", docs/quiz-quality.md).
  // orderingDatedEventsRule(): off by default since blind reviews accepted 4 of its 36 items over rounds 1–10 (2 of 5 in round 10) (steps cut where their dates were taken out, events of unrelated sections strung together; docs/quiz-quality.md). An instructor writes ordering items by hand (rule: manual).
  matchingPairsRule(),
];

/** Every registered rule, in the order they run (which is also the order their items are numbered in). */
export function quizRules(): readonly QuizRule[] {
  return RULES;
}
