/** UI strings from `PlayerConfig.strings`, with English fallbacks for keys a page lacks. */

export type StringKey =
  | 'positionFormat'
  | 'progressFormat'
  | 'completed'
  | 'standaloneNotice'
  | 'lmsErrorNotice'
  | 'lmsTerminatedNotice'
  | 'reviewNotice'
  | 'quizStart'
  | 'quizLocked'
  | 'quizAttempt'
  | 'quizAttemptUnlimited'
  | 'quizQuestion'
  | 'quizTrue'
  | 'quizFalse'
  | 'quizChooseAll'
  | 'quizOrderHint'
  | 'quizMoveUp'
  | 'quizMoveDown'
  | 'quizMoved'
  | 'quizMatchHint'
  | 'quizChoose'
  | 'quizSubmit'
  | 'quizUnanswered'
  | 'quizResultTitle'
  | 'quizScore'
  | 'quizPassed'
  | 'quizFailed'
  | 'quizBest'
  | 'quizAttemptsLeft'
  | 'quizNoAttemptsLeft'
  | 'quizTryAgain'
  | 'quizCorrect'
  | 'quizIncorrect'
  | 'quizPartial'
  | 'quizYourAnswer'
  | 'quizRightAnswer'
  | 'quizSourceLink'
  | 'quizAnnounce';

const FALLBACK: Readonly<Record<StringKey, string>> = {
  positionFormat: '{current} / {total}',
  progressFormat: '{visited} of {total} screens read',
  completed: 'Lesson completed. You can close it or read on.',
  standaloneNotice: 'No LMS found: your progress is saved in this browser only.',
  lmsErrorNotice: 'The LMS did not save your progress ({code}). Keep this page open and try again later.',
  lmsTerminatedNotice:
    'The LMS records one lesson of this package per visit, and this one is not being recorded ({code}). To have it recorded, leave the activity and open this lesson again.',
  reviewNotice:
    'The LMS opened this lesson for review: nothing you do now is recorded, and the quiz cannot be taken again here. To take it again, start a new attempt (in Moodle: tick “Start a new attempt” before “Enter”).',
  quizStart: 'Start the quiz',
  quizLocked: 'Read every screen of the lesson to open the quiz ({left} left).',
  quizAttempt: 'Attempt {attempt} of {attempts}',
  quizAttemptUnlimited: 'Attempt {attempt}',
  quizQuestion: 'Question {number} of {total}',
  quizTrue: 'True',
  quizFalse: 'False',
  quizChooseAll: 'Choose every right answer.',
  quizOrderHint: 'Put the items in the right order with the buttons.',
  quizMoveUp: 'Move “{item}” up',
  quizMoveDown: 'Move “{item}” down',
  quizMoved: '“{item}” is now number {position} of {total}.',
  quizMatchHint: 'Choose the match for each item.',
  quizChoose: 'Choose…',
  quizSubmit: 'Check my answers',
  quizUnanswered: 'Answer every question first: {count} not answered yet.',
  quizResultTitle: 'Your result',
  quizScore: 'Score: {score}%. Pass mark: {passMark}%.',
  quizPassed: 'Passed.',
  quizFailed: 'Not passed.',
  quizBest: 'Best score so far: {best}%.',
  quizAttemptsLeft: 'Attempts left: {count}.',
  quizNoAttemptsLeft: 'No attempts left.',
  quizTryAgain: 'Try again',
  quizCorrect: 'Your answer is right',
  quizIncorrect: 'Your answer is wrong',
  quizPartial: 'Partly right ({percent}%)',
  quizYourAnswer: 'Your answer:',
  quizRightAnswer: 'Right answer:',
  quizSourceLink: 'Read it again (screen {number})',
  quizAnnounce: 'Score {score}%. {verdict}',
};

export type UiStrings = (key: StringKey, values?: Readonly<Record<string, string | number>>) => string;

export function createStrings(given: Readonly<Record<string, unknown>>): UiStrings {
  return (key, values = {}) => {
    const template = typeof given[key] === 'string' ? (given[key] as string) : FALLBACK[key];
    return fillTemplate(template, values);
  };
}

/** Replaces `{name}` with the value given for it; unknown names stay as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
