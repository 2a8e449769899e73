/**
 * The question bank of the backup: questions.xml (categories course → chapter → lesson under the
 * bank's hidden top category, each question as one entry with one version, in the rows Moodle
 * stores after importing our Moodle XML: same type, texts, grades and options) and the question
 * bank activity (mod_qbank) whose context holds them, as Moodle 5.1 keeps course questions.
 */
import { assertNever } from '../../model/quiz';
import { moodleQuestion, MULTICHOICE_OPTIONS, ORDERING_OPTIONS, type MoodleQuestion, type MoodleQuestionBody } from '../moodle-question';
import type { OrderingAs } from '../options';
import { activityRoot, type ActivityFiles } from './activity';
import type { PlannedBank, PlannedQuestionCategory } from './plan';
import { branch, fields, leaf, type Node, type XmlValue } from './xml';

/** Moodle's context level of an activity. */
const CONTEXT_MODULE = 70;
/** qtype_ordering's numbers for the words of Moodle XML (question/type/ordering/question.php). */
const ORDERING_NUMBERS = {
  layoutType: { VERTICAL: 0, HORIZONTAL: 1 },
  selectType: { ALL: 0, RANDOM: 1, CONTIGUOUS: 2 },
  gradingType: { RELATIVE_NEXT_EXCLUDE_LAST: 1 },
  showGrading: { HIDE: 0, SHOW: 1 },
} as const;

interface Counters {
  question: number;
  answer: number;
  match: number;
  tag: number;
  readonly tags: Map<string, number>;
}

export interface BankContent {
  readonly questionsXml: Node;
  readonly questionCount: number;
}

export function questionsXml(bank: PlannedBank | undefined, categories: readonly PlannedQuestionCategory[], orderingAs: OrderingAs, time: number): BankContent {
  const counters: Counters = { question: 0, answer: 0, match: 0, tag: 0, tags: new Map() };
  const nodes = bank === undefined ? [] : categories.map((category) => categoryXml(bank, category, orderingAs, counters, time));
  return { questionsXml: branch('question_categories', nodes), questionCount: counters.question };
}

export function bankActivity(bank: PlannedBank, categories: readonly PlannedQuestionCategory[], time: number): ActivityFiles {
  return {
    module: bank,
    modname: 'qbank',
    name: bank.name,
    // Moodle keeps question banks off the course page.
    visible: false,
    completion: { completion: 0, completionView: 0, completionGradeItemNumber: null },
    own: activityRoot(bank, 'qbank', fields({ name: bank.name, timecreated: time, timemodified: time, intro: '', introformat: 1, type: 'standard' })),
    questionCategoryIds: categories.map((category) => category.id),
  };
}

function categoryXml(bank: PlannedBank, category: PlannedQuestionCategory, orderingAs: OrderingAs, counters: Counters, time: number): Node {
  const entries = (category.questions?.questions ?? []).map((question) => entryXml(bank, category.id, moodleQuestion(question, orderingAs), counters, time));
  return branch('question_category', [
    ...fields({
      name: category.name,
      contextid: bank.contextId,
      contextlevel: CONTEXT_MODULE,
      contextinstanceid: bank.cmid,
      info: '',
      infoformat: 0,
      stamp: stamp('category', category.id),
      parent: category.parent,
      sortorder: category.parent === 0 ? 0 : 999,
      idnumber: null,
    }),
    branch('question_bank_entries', entries),
  ], { id: category.id });
}

/** Moodle's unique stamps, made from the position in the backup so that they never change. */
function stamp(kind: string, id: number): string {
  return `coursepack+${kind}+${id}`;
}

function entryXml(bank: PlannedBank, categoryId: number, question: MoodleQuestion, counters: Counters, time: number): Node {
  counters.question += 1;
  const id = counters.question;
  const row: Record<string, XmlValue> = {
    parent: 0,
    name: question.name,
    questiontext: question.questionHtml,
    questiontextformat: 1,
    generalfeedback: question.generalFeedbackHtml,
    generalfeedbackformat: 1,
    defaultmark: decimal7(question.defaultGrade),
    penalty: decimal7(Number(question.penalty)),
    qtype: question.body.qtype,
    length: 1,
    stamp: stamp('question', id),
    timecreated: time,
    timemodified: time,
    createdby: null,
    modifiedby: null,
  };
  const questionNode = branch('question', [
    ...fields(row),
    typeXml(id, question.body, counters),
    branch('plugin_qbank_comment_question', [branch('comments', [])]),
    branch('plugin_qbank_customfields_question', [branch('customfields', [])]),
    branch('question_hints', []),
    branch('tags', question.tags.map((tag) => tagXml(bank, tag, counters))),
  ], { id });
  return branch('question_bank_entry', [
    ...fields({ questioncategoryid: categoryId, idnumber: question.idnumber, ownerid: null }),
    branch('question_version', [branch('question_versions', [
      ...fields({ version: 1, status: 'ready' }),
      branch('questions', [questionNode]),
    ], { id })]),
  ], { id });
}

function tagXml(bank: PlannedBank, tag: string, counters: Counters): Node {
  let id = counters.tags.get(tag);
  if (id === undefined) {
    counters.tag += 1;
    id = counters.tag;
    counters.tags.set(tag, id);
  }
  return branch('tag', [leaf('name', tag), leaf('rawname', tag)], { id, contextid: bank.contextId });
}

function typeXml(questionId: number, body: MoodleQuestionBody, counters: Counters): Node {
  switch (body.qtype) {
    case 'multichoice':
      return branch('plugin_qtype_multichoice_question', [
        branch('answers', body.answers.map((answer) => answerXml(counters, answer.html, 1, Number(answer.percent) / 100, 1))),
        branch('multichoice', fields({
          layout: 0,
          single: body.single ? 1 : 0,
          shuffleanswers: MULTICHOICE_OPTIONS.shuffleAnswers ? 1 : 0,
          ...combinedFeedback(),
          answernumbering: MULTICHOICE_OPTIONS.answerNumbering,
          shownumcorrect: 1,
          showstandardinstruction: MULTICHOICE_OPTIONS.showStandardInstruction ? 1 : 0,
        }), { id: questionId }),
      ]);
    case 'truefalse': {
      const trueId = counters.answer + 1;
      return branch('plugin_qtype_truefalse_question', [
        branch('answers', [
          answerXml(counters, 'True', 0, body.answer ? 1 : 0, 1),
          answerXml(counters, 'False', 0, body.answer ? 0 : 1, 1),
        ]),
        branch('truefalse', fields({ trueanswer: trueId, falseanswer: trueId + 1, showstandardinstruction: 0 }), { id: questionId }),
      ]);
    }
    case 'match':
      return branch('plugin_qtype_match_question', [
        branch('matchoptions', fields({ shuffleanswers: 1, ...combinedFeedback(), shownumcorrect: 1 }), { id: questionId }),
        branch('matches', body.pairs.map((pair) => {
          counters.match += 1;
          return branch('match', fields({ questiontext: pair.leftHtml, questiontextformat: 1, answertext: pair.right }), { id: counters.match });
        })),
      ]);
    case 'ordering':
      return branch('plugin_qtype_ordering_question', [
        branch('answers', body.stepsHtml.map((html, index) => answerXml(counters, html, 1, index + 1, 0))),
        branch('ordering', fields({
          layouttype: ORDERING_NUMBERS.layoutType[ORDERING_OPTIONS.layoutType],
          selecttype: ORDERING_NUMBERS.selectType[ORDERING_OPTIONS.selectType],
          selectcount: body.stepsHtml.length,
          gradingtype: ORDERING_NUMBERS.gradingType[ORDERING_OPTIONS.gradingType],
          showgrading: ORDERING_NUMBERS.showGrading[ORDERING_OPTIONS.showGrading],
          numberingstyle: ORDERING_OPTIONS.numberingStyle,
          correctfeedback: '',
          correctfeedbackformat: 1,
          incorrectfeedback: '',
          incorrectfeedbackformat: 1,
          partiallycorrectfeedback: '',
          partiallycorrectfeedbackformat: 1,
          shownumcorrect: 0,
        }), { id: questionId }),
      ]);
    default:
      return assertNever(body);
  }
}

function combinedFeedback(): Record<string, XmlValue> {
  return {
    correctfeedback: '',
    correctfeedbackformat: 1,
    partiallycorrectfeedback: '',
    partiallycorrectfeedbackformat: 1,
    incorrectfeedback: '',
    incorrectfeedbackformat: 1,
  };
}

function answerXml(counters: Counters, text: string, format: 0 | 1, fraction: number, feedbackFormat: 0 | 1): Node {
  counters.answer += 1;
  return branch('answer', fields({
    answertext: text,
    answerformat: format,
    fraction: decimal7(fraction),
    feedback: '',
    feedbackformat: feedbackFormat,
  }), { id: counters.answer });
}

/** Moodle's 7-decimal columns (fractions, marks): the percents of the list are exact to 7 places. */
function decimal7(value: number): string {
  return value.toFixed(7);
}
