/**
 * A chapter's quiz: random questions from each of its lessons' question categories (N per
 * lesson, fewer when a lesson has fewer), one per page, deferred feedback, unlimited attempts
 * with the highest counting, out of 10, completed once graded. The random slots are question
 * set references with a category filter, as Moodle 5.1 stores "Add a random question".
 */
import { activityRoot, type ActivityFiles } from './activity';
import type { PlannedBank, PlannedQuiz } from './plan';
import { branch, fields, type Node } from './xml';

/** Review options: after the attempt, while open and after close (mod/quiz display_options). */
const REVIEW_AFTER = 0x01000 | 0x00100 | 0x00010;
const QUIZ_GRADE = 10;
const GRADE_HIGHEST = 1;

export function quizActivity(quiz: PlannedQuiz, bank: PlannedBank, time: number): ActivityFiles {
  const slots = quiz.draws.flatMap((draw) => Array.from({ length: draw.count }, () => draw.categoryId));
  const instances = slots.map((categoryId, index) => branch('question_instance', [
    ...fields({ quizid: quiz.instanceId, slot: index + 1, page: index + 1, displaynumber: null, requireprevious: 0, maxmark: '1.0000000', quizgradeitemid: null }),
    branch('question_set_reference', fields({
      usingcontextid: quiz.contextId,
      component: 'mod_quiz',
      questionarea: 'slot',
      questionscontextid: bank.contextId,
      filtercondition: JSON.stringify({ filter: { category: { jointype: 1, values: [String(categoryId)], filteroptions: { includesubcategories: false } } } }),
    }), { id: quiz.instanceId * 1000 + index + 1 }),
  ], { id: quiz.instanceId * 1000 + index + 1 }));
  const own: Node[] = [
    ...fields({
      name: quiz.name,
      intro: '',
      introformat: 1,
      timeopen: 0,
      timeclose: 0,
      timelimit: 0,
      overduehandling: 'autosubmit',
      graceperiod: 0,
      preferredbehaviour: 'deferredfeedback',
      canredoquestions: 0,
      attempts_number: 0,
      attemptonlast: 0,
      grademethod: GRADE_HIGHEST,
      decimalpoints: 2,
      questiondecimalpoints: -1,
      reviewattempt: REVIEW_AFTER,
      reviewcorrectness: REVIEW_AFTER,
      reviewmaxmarks: REVIEW_AFTER,
      reviewmarks: REVIEW_AFTER,
      reviewspecificfeedback: REVIEW_AFTER,
      reviewgeneralfeedback: REVIEW_AFTER,
      reviewrightanswer: REVIEW_AFTER,
      reviewoverallfeedback: REVIEW_AFTER,
      questionsperpage: 1,
      navmethod: 'free',
      shuffleanswers: 1,
      sumgrades: slots.length.toFixed(5),
      grade: QUIZ_GRADE.toFixed(5),
      timecreated: time,
      timemodified: time,
      password: '',
      subnet: '',
      browsersecurity: '-',
      delay1: 0,
      delay2: 0,
      showuserpicture: 0,
      showblocks: 0,
      completionattemptsexhausted: 0,
      completionminattempts: 0,
      allowofflineattempts: 0,
      precreateattempts: null,
    }),
    branch('subplugin_quizaccess_seb_quiz', []),
    branch('quiz_grade_items', []),
    branch('question_instances', instances),
    branch('sections', [branch('section', fields({ firstslot: 1, heading: '', shufflequestions: 0 }), { id: quiz.instanceId })]),
    branch('feedbacks', []),
    branch('overrides', []),
    branch('grades', []),
    branch('attempts', []),
  ];
  return {
    module: quiz,
    modname: 'quiz',
    name: quiz.name,
    visible: true,
    completion: { completion: 2, completionView: 0, completionGradeItemNumber: 0 },
    own: activityRoot(quiz, 'quiz', own),
    grade: {
      id: quiz.gradeItemId,
      categoryId: quiz.gradeCategoryId,
      name: quiz.name,
      type: 'mod',
      module: 'quiz',
      instance: quiz.instanceId,
      number: 0,
      max: QUIZ_GRADE,
      pass: 0,
      sortOrder: quiz.gradeItemId,
    },
    questionCategoryIds: [...new Set(quiz.draws.map((draw) => draw.categoryId))],
  };
}

