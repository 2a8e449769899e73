/**
 * A submitted attempt: the result (score, pass or not, best score, attempts left) and, per
 * question, right or wrong, the learner's and the right answer, the feedback quoting the
 * lesson, and a link to the screen where the answer is taught.
 */
import type { PageQuizItem } from '../../../model/rendered';
import type { UiStrings } from '../../ui/strings';
import type { Answer } from '../answers';
import type { DrawnQuestion } from '../draw';
import type { QuestionScore } from '../score';
import { el } from './dom';

export interface ResultView {
  readonly percent: number;
  readonly passed: boolean;
  readonly best: number | null;
  readonly passMark: number;
  /** null = unlimited. */
  readonly attemptsLeft: number | null;
  readonly questions: readonly DrawnQuestion[];
  readonly answers: readonly (Answer | null)[];
  readonly scores: readonly QuestionScore[];
  readonly text: UiStrings;
  /** Screen titles, to name the link targets. */
  readonly screenTitles: readonly string[];
}

export function resultSummary(doc: Document, view: ResultView): HTMLElement {
  const { text } = view;
  const lines = [
    text('quizScore', { score: formatPercent(view.percent), passMark: view.passMark }),
    view.passed ? text('quizPassed') : text('quizFailed'),
  ];
  if (view.best !== null && view.best > view.percent) lines.push(text('quizBest', { best: formatPercent(view.best) }));
  if (view.attemptsLeft !== null) {
    lines.push(view.attemptsLeft > 0 ? text('quizAttemptsLeft', { count: view.attemptsLeft }) : text('quizNoAttemptsLeft'));
  }
  return el(doc, 'div', { class: `cp-quiz__result ${view.passed ? 'cp-quiz__result--passed' : 'cp-quiz__result--failed'}` }, [
    el(doc, 'h3', { class: 'cp-quiz__result-title', tabindex: '-1' }, [text('quizResultTitle')]),
    ...lines.map((line) => el(doc, 'p', {}, [line])),
  ]);
}

export function questionFeedback(doc: Document, view: ResultView, index: number): HTMLElement {
  const { text } = view;
  const { item, screen } = view.questions[index];
  const score = view.scores[index];
  const verdict =
    score.result === 'correct' ? text('quizCorrect') : score.result === 'incorrect' ? text('quizIncorrect') : text('quizPartial', { percent: Math.round(score.fraction * 100) });
  const link = el(doc, 'a', { href: `#cp-screen-${screen + 1}`, 'data-cp-goto': String(screen), class: 'cp-quiz__source-link' }, [
    text('quizSourceLink', { number: screen + 1 }),
  ]);
  const parts: HTMLElement[] = [
    el(doc, 'h4', { class: 'cp-feedback__title' }, [`${text('quizQuestion', { number: index + 1, total: view.questions.length })}: ${verdict}`]),
    el(doc, 'p', { class: 'cp-feedback__stem' }, [item.stem]),
    el(doc, 'p', {}, [el(doc, 'strong', {}, [text('quizYourAnswer')]), ' ', describeAnswer(item, view.answers[index], text)]),
  ];
  if (score.result !== 'correct') parts.push(el(doc, 'p', {}, [el(doc, 'strong', {}, [text('quizRightAnswer')]), ' ', describeAnswer(item, rightAnswer(item), text)]));
  parts.push(el(doc, 'p', { class: 'cp-feedback__text' }, [item.feedback]));
  parts.push(el(doc, 'blockquote', { class: 'cp-feedback__source' }, [el(doc, 'p', {}, [item.source.text])]));
  parts.push(el(doc, 'p', {}, [link]));
  return el(doc, 'li', { class: `cp-feedback cp-feedback--${score.result}` }, parts);
}

function rightAnswer(item: PageQuizItem): Answer {
  switch (item.kind) {
    case 'choice':
      return [item.options.findIndex((option) => option.id === item.answer)];
    case 'true-false':
      return [item.answer ? 1 : 0];
    case 'multiple-response':
      return item.options.flatMap((option, i) => (item.answers.includes(option.id) ? [i] : []));
    case 'ordering':
      return item.steps.map((_, i) => i);
    case 'matching':
      return item.pairs.map((_, i) => i);
  }
}

function describeAnswer(item: PageQuizItem, answer: Answer | null, text: UiStrings): string {
  if (answer === null) return '—';
  switch (item.kind) {
    case 'choice':
    case 'multiple-response':
      return answer.map((i) => item.options[i]?.text ?? '—').join('; ');
    case 'true-false':
      return answer[0] === 1 ? text('quizTrue') : text('quizFalse');
    case 'ordering':
      return answer.map((i, position) => `${position + 1}. ${item.steps[i]?.text ?? '—'}`).join('  ');
    case 'matching':
      return item.pairs.map((pair, left) => `${pair.left} → ${item.pairs[answer[left]]?.right ?? '—'}`).join('; ');
  }
}

/**
 * A score as a learner reads it: whole percent, rounded down so that it never shows the pass
 * mark for a score below it (69.9 → "69", 43.33 → "43", 80 → "80"). The LMS gets the exact score.
 */
export function formatPercent(value: number): string {
  // The small margin keeps 57.99999999 (a float for 58) at 58.
  return String(Math.floor(value + 1e-9));
}
