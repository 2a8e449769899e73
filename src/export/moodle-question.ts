/**
 * One bank item as a Moodle question: its Moodle type, texts (HTML) and grades. Both Moodle
 * writers take it from here, so the Moodle XML file and the course backup hold the same
 * questions: the XML serialises it for Moodle's importer (./moodle-xml/questions.ts), the backup
 * as the rows Moodle's own backup writes (./moodle-backup/questions.ts).
 * - choice → multichoice, single: the right option 100, the others 0;
 * - multiple-response → multichoice, not single: right options share 100, wrong ones share −100
 *   (./fractions.ts);
 * - true-false → truefalse: 100 for the right one of true and false;
 * - matching → match: a subquestion per pair (left side as HTML, right side as plain text, which
 *   is how Moodle stores the choices);
 * - ordering → ordering (core since Moodle 4.4), or matching of position → step.
 */
import { assertNever, type ChoiceItem, type MultipleResponseItem, type TrueFalseItem } from '../model/quiz';
import { rightShares, wrongShare } from './fractions';
import type { OrderingAs } from './options';
import type { ExportQuestion } from './plan';
import { plainToHtml, positionPairs } from './text';

/** The grade Moodle takes off per wrong try in interactive quizzes (its own default). */
export const PENALTY_MULTI_TRY = '0.3333333';
/** A true-false question has one wrong answer: a second try cannot earn anything. */
export const PENALTY_TRUE_FALSE = '1';

/** Options every multichoice question gets: shuffled, lettered, without Moodle's "Select one:" line. */
export const MULTICHOICE_OPTIONS = { shuffleAnswers: true, answerNumbering: 'abc', showStandardInstruction: false } as const;

/** Ordering (qtype_ordering): vertical, all steps shown, graded like the player (each step followed by its right successor). */
export const ORDERING_OPTIONS = {
  layoutType: 'VERTICAL',
  selectType: 'ALL',
  gradingType: 'RELATIVE_NEXT_EXCLUDE_LAST',
  showGrading: 'SHOW',
  numberingStyle: 'none',
} as const;

export interface MoodleAnswer {
  /** One of Moodle's grade percents (./fractions.ts), as written in Moodle XML. */
  readonly percent: string;
  readonly html: string;
}

export type MoodleQuestionBody =
  | { readonly qtype: 'multichoice'; readonly single: boolean; readonly answers: readonly MoodleAnswer[] }
  | { readonly qtype: 'truefalse'; readonly answer: boolean }
  | { readonly qtype: 'match'; readonly pairs: ReadonlyArray<{ readonly leftHtml: string; readonly right: string }> }
  | { readonly qtype: 'ordering'; readonly stepsHtml: readonly string[] };

export interface MoodleQuestion {
  readonly name: string;
  readonly idnumber: string;
  readonly questionHtml: string;
  readonly generalFeedbackHtml: string;
  /** Every question weighs 1. */
  readonly defaultGrade: 1;
  readonly penalty: string;
  readonly tags: readonly string[];
  readonly body: MoodleQuestionBody;
}

export function moodleQuestion(question: ExportQuestion, orderingAs: OrderingAs): MoodleQuestion {
  const { item } = question;
  const common = {
    name: question.name,
    idnumber: item.id,
    questionHtml: plainToHtml(item.stem),
    generalFeedbackHtml: plainToHtml(question.generalFeedback),
    defaultGrade: 1 as const,
    tags: question.tags,
  };
  switch (item.kind) {
    case 'choice':
      return { ...common, penalty: PENALTY_MULTI_TRY, body: choiceBody(item) };
    case 'multiple-response':
      return { ...common, penalty: PENALTY_MULTI_TRY, body: multipleResponseBody(item) };
    case 'true-false':
      return { ...common, penalty: PENALTY_TRUE_FALSE, body: trueFalseBody(item) };
    case 'matching':
      return { ...common, penalty: PENALTY_MULTI_TRY, body: matchBody(item.pairs.map((p) => [p.left, p.right])) };
    case 'ordering':
      return orderingAs === 'ordering'
        ? { ...common, penalty: PENALTY_MULTI_TRY, body: { qtype: 'ordering', stepsHtml: item.steps.map((step) => plainToHtml(step.text)) } }
        : { ...common, penalty: PENALTY_MULTI_TRY, body: matchBody(positionPairs(item)) };
    default:
      return assertNever(item);
  }
}

function choiceBody(item: ChoiceItem): MoodleQuestionBody {
  return {
    qtype: 'multichoice',
    single: true,
    answers: item.options.map((option) => ({ percent: option.id === item.answer ? '100' : '0', html: plainToHtml(option.text) })),
  };
}

function multipleResponseBody(item: MultipleResponseItem): MoodleQuestionBody {
  const right = rightShares(item.answers.length) ?? [];
  const wrong = wrongShare(item.options.length - item.answers.length);
  let nextRight = 0;
  return {
    qtype: 'multichoice',
    single: false,
    answers: item.options.map((option) => ({
      percent: item.answers.includes(option.id) ? right[nextRight++]! : wrong,
      html: plainToHtml(option.text),
    })),
  };
}

function trueFalseBody(item: TrueFalseItem): MoodleQuestionBody {
  return { qtype: 'truefalse', answer: item.answer };
}

function matchBody(pairs: ReadonlyArray<readonly [string, string]>): MoodleQuestionBody {
  return { qtype: 'match', pairs: pairs.map(([left, right]) => ({ leftHtml: plainToHtml(left), right })) };
}
