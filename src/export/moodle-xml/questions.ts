/**
 * One Moodle question (../moodle-question.ts) as a Moodle XML `<question>`, with every field
 * Moodle's importer (qformat_xml) reads for its type, so that importing raises no notice.
 * True/false answers are the words `true` and `false`, which Moodle looks for.
 */
import { assertNever } from '../../model/quiz';
import { moodleQuestion, MULTICHOICE_OPTIONS, ORDERING_OPTIONS, type MoodleAnswer, type MoodleQuestion, type MoodleQuestionBody } from '../moodle-question';
import type { OrderingAs } from '../options';
import type { ExportQuestion } from '../plan';
import { cdata, element, escapeXml, indent } from './xml';

/** Moodle XML's name of each type (`match` is `matching` in the file). */
const XML_TYPE: Record<MoodleQuestionBody['qtype'], string> = { multichoice: 'multichoice', truefalse: 'truefalse', match: 'matching', ordering: 'ordering' };

export function questionXml(question: ExportQuestion, orderingAs: OrderingAs): string[] {
  return wrap(moodleQuestion(question, orderingAs));
}

function wrap(question: MoodleQuestion): string[] {
  return [
    `<question type="${XML_TYPE[question.body.qtype]}">`,
    ...indent([
      element('name', element('text', escapeXml(question.name))),
      element('questiontext', richText(question.questionHtml), { format: 'html' }),
      element('generalfeedback', richText(question.generalFeedbackHtml), { format: 'html' }),
      element('defaultgrade', String(question.defaultGrade)),
      element('penalty', question.penalty),
      element('hidden', '0'),
      element('idnumber', escapeXml(question.idnumber)),
      ...body(question.body),
      '<tags>',
      ...indent(question.tags.map((tag) => element('tag', element('text', escapeXml(tag)))), 1),
      '</tags>',
    ], 1),
    '</question>',
  ];
}

function body(question: MoodleQuestionBody): string[] {
  switch (question.qtype) {
    case 'multichoice':
      return [...multichoiceHeader(question.single), ...question.answers.flatMap(htmlAnswer)];
    case 'truefalse':
      return [
        ...answer(question.answer ? '100' : '0', element('text', 'true'), 'moodle_auto_format'),
        ...answer(question.answer ? '0' : '100', element('text', 'false'), 'moodle_auto_format'),
      ];
    case 'match':
      return [
        element('shuffleanswers', 'true'),
        ...combinedFeedback(),
        ...question.pairs.flatMap(({ leftHtml, right }) => [
          '<subquestion format="html">',
          ...indent([richText(leftHtml), element('answer', element('text', escapeXml(right)))], 1),
          '</subquestion>',
        ]),
      ];
    case 'ordering':
      // Answers in the right order; Moodle numbers them itself.
      return [
        element('layouttype', ORDERING_OPTIONS.layoutType),
        element('selecttype', ORDERING_OPTIONS.selectType),
        element('selectcount', String(question.stepsHtml.length)),
        element('gradingtype', ORDERING_OPTIONS.gradingType),
        element('showgrading', ORDERING_OPTIONS.showGrading),
        element('numberingstyle', ORDERING_OPTIONS.numberingStyle),
        ...combinedFeedback(),
        ...question.stepsHtml.flatMap((html, index) => htmlAnswer({ percent: String(index + 1), html })),
      ];
    default:
      return assertNever(question);
  }
}

function richText(html: string): string {
  return element('text', cdata(html));
}

function multichoiceHeader(single: boolean): string[] {
  return [
    element('single', single ? 'true' : 'false'),
    element('shuffleanswers', String(MULTICHOICE_OPTIONS.shuffleAnswers)),
    element('answernumbering', MULTICHOICE_OPTIONS.answerNumbering),
    element('showstandardinstruction', MULTICHOICE_OPTIONS.showStandardInstruction ? '1' : '0'),
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

function htmlAnswer({ percent, html }: MoodleAnswer): string[] {
  return answer(percent, richText(html), 'html');
}

function answer(fraction: string, content: string, format: 'html' | 'moodle_auto_format'): string[] {
  return [
    `<answer fraction="${fraction}" format="${format}">`,
    ...indent([content, element('feedback', element('text', ''), { format: 'html' })], 1),
    '</answer>',
  ];
}
