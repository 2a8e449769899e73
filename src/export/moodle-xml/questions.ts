/**
 * One bank item as a Moodle XML `<question>`, with every field Moodle's importer (qformat_xml)
 * reads for its type, so that importing raises no notice:
 * - choice → multichoice, `single` true: the right option 100, the others 0;
 * - multiple-response → multichoice, `single` false: right options share 100, wrong ones
 *   share −100 (./fractions.ts);
 * - true-false → truefalse: answers `true` and `false` (the words Moodle looks for), 100 and 0;
 * - matching → matching: a subquestion per pair (left side as HTML, right side as plain text,
 *   which is how Moodle stores the choices);
 * - ordering → ordering (core since Moodle 4.4), or matching of position → step.
 */
import { assertNever, type ChoiceItem, type MultipleResponseItem, type OrderingItem, type TrueFalseItem } from '../../model/quiz';
import type { OrderingAs } from '../options';
import { rightShares, wrongShare } from '../fractions';
import type { ExportQuestion } from '../plan';
import { plainToHtml, positionPairs } from '../text';
import { cdata, element, escapeXml, indent } from './xml';

/** The grade Moodle takes off per wrong try in interactive quizzes (its own default). */
const PENALTY_MULTI_TRY = '0.3333333';
/** A true-false question has one wrong answer: a second try cannot earn anything. */
const PENALTY_TRUE_FALSE = '1';

export function questionXml(question: ExportQuestion, orderingAs: OrderingAs): string[] {
  const { item } = question;
  switch (item.kind) {
    case 'choice':
      return wrap('multichoice', question, PENALTY_MULTI_TRY, choiceBody(item));
    case 'multiple-response':
      return wrap('multichoice', question, PENALTY_MULTI_TRY, multipleResponseBody(item));
    case 'true-false':
      return wrap('truefalse', question, PENALTY_TRUE_FALSE, trueFalseBody(item));
    case 'matching':
      return wrap('matching', question, PENALTY_MULTI_TRY, matchingBody(item.pairs.map((p) => [p.left, p.right])));
    case 'ordering':
      return orderingAs === 'ordering'
        ? wrap('ordering', question, PENALTY_MULTI_TRY, orderingBody(item))
        : wrap('matching', question, PENALTY_MULTI_TRY, matchingBody(positionPairs(item)));
    default:
      return assertNever(item);
  }
}

function wrap(type: string, question: ExportQuestion, penalty: string, body: readonly string[]): string[] {
  const { item } = question;
  return [
    `<question type="${type}">`,
    ...indent([
      element('name', element('text', escapeXml(question.name))),
      element('questiontext', richText(item.stem), { format: 'html' }),
      element('generalfeedback', richText(question.generalFeedback), { format: 'html' }),
      element('defaultgrade', '1'),
      element('penalty', penalty),
      element('hidden', '0'),
      element('idnumber', escapeXml(item.id)),
      ...body,
      '<tags>',
      ...indent(question.tags.map((tag) => element('tag', element('text', escapeXml(tag)))), 1),
      '</tags>',
    ], 1),
    '</question>',
  ];
}

function richText(plain: string): string {
  return element('text', cdata(plainToHtml(plain)));
}

function multichoiceHeader(single: boolean): string[] {
  return [
    element('single', single ? 'true' : 'false'),
    element('shuffleanswers', 'true'),
    element('answernumbering', 'abc'),
    element('showstandardinstruction', '0'),
    ...combinedFeedback(),
  ];
}

/** Moodle's "correct / partially correct / incorrect" messages: left empty, our feedback is general. */
function combinedFeedback(): string[] {
  return [
    element('correctfeedback', element('text', ''), { format: 'html' }),
    element('partiallycorrectfeedback', element('text', ''), { format: 'html' }),
    element('incorrectfeedback', element('text', ''), { format: 'html' }),
    '<shownumcorrect/>',
  ];
}

function answer(fraction: string, text: string, format: 'html' | 'moodle_auto_format' = 'html'): string[] {
  const content = format === 'html' ? richText(text) : element('text', escapeXml(text));
  return [
    `<answer fraction="${fraction}" format="${format}">`,
    ...indent([content, element('feedback', element('text', ''), { format: 'html' })], 1),
    '</answer>',
  ];
}

function choiceBody(item: ChoiceItem): string[] {
  return [
    ...multichoiceHeader(true),
    ...item.options.flatMap((option) => answer(option.id === item.answer ? '100' : '0', option.text)),
  ];
}

function multipleResponseBody(item: MultipleResponseItem): string[] {
  const right = rightShares(item.answers.length) ?? [];
  const wrong = wrongShare(item.options.length - item.answers.length);
  let nextRight = 0;
  return [
    ...multichoiceHeader(false),
    ...item.options.flatMap((option) => {
      const fraction = item.answers.includes(option.id) ? right[nextRight++]! : wrong;
      return answer(fraction, option.text);
    }),
  ];
}

function trueFalseBody(item: TrueFalseItem): string[] {
  return [
    ...answer(item.answer ? '100' : '0', 'true', 'moodle_auto_format'),
    ...answer(item.answer ? '0' : '100', 'false', 'moodle_auto_format'),
  ];
}

function matchingBody(pairs: ReadonlyArray<readonly [string, string]>): string[] {
  return [
    element('shuffleanswers', 'true'),
    ...combinedFeedback(),
    ...pairs.flatMap(([left, right]) => [
      '<subquestion format="html">',
      ...indent([richText(left), element('answer', element('text', escapeXml(right)))], 1),
      '</subquestion>',
    ]),
  ];
}

/**
 * Ordering (qtype_ordering): answers in the right order (Moodle numbers them itself), all shown,
 * graded like the player: credit for each step followed by its right successor.
 */
function orderingBody(item: OrderingItem): string[] {
  return [
    element('layouttype', 'VERTICAL'),
    element('selecttype', 'ALL'),
    element('selectcount', String(item.steps.length)),
    element('gradingtype', 'RELATIVE_NEXT_EXCLUDE_LAST'),
    element('showgrading', 'SHOW'),
    element('numberingstyle', 'none'),
    ...combinedFeedback(),
    ...item.steps.flatMap((step, index) => answer(String(index + 1), step.text)),
  ];
}
