/**
 * The quiz screen's behaviour: start (locked until every text screen was seen when the course
 * asks for it), answer, submit, see the result and the feedback, try again while attempts are
 * left. The state itself lives in the player's LessonProgress; this only shows it and reports
 * each change to the host, which records it in the LMS.
 */
import type { QuizPageData } from '../../../model/rendered';
import type { InteractionRecord, QuizProgress } from '../../lms/adapter';
import type { UiStrings } from '../../ui/strings';
import { isAnswered, type Answer } from '../answers';
import { interactionsOf } from './submit';
import { freshSeed } from '../random';
import { attemptsLeft, canTryAgain, questionsOf, scoreAttempt, setAnswer, startAttempt, submitAttempt, tryAgain } from '../state';
import { el } from './dom';
import { questionFieldset } from './questions';
import { formatPercent, questionFeedback, resultSummary, type ResultView } from './results';

export interface QuizHost {
  readonly section: HTMLElement;
  readonly data: QuizPageData;
  readonly text: UiStrings;
  readonly now: () => number;
  readonly screenTitles: readonly string[];
  /**
   * False when the LMS records nothing (review mode): no attempt is started, answered or tried
   * again, so no result is shown that the LMS does not hold; the saved one is.
   */
  readonly recording: boolean;
  quiz(): QuizProgress | null;
  /** Text screens not seen yet. */
  textScreensLeft(): number;
  changed(quiz: QuizProgress): void;
  submitted(quiz: QuizProgress, interactions: readonly InteractionRecord[]): void;
  goTo(screen: number): void;
}

export interface QuizController {
  /** Brings the lock up to date (after a navigation). */
  refresh(): void;
}

export function startQuizController(host: QuizHost): QuizController {
  const doc = host.section.ownerDocument;
  const start = doc.getElementById('cp-quiz-start') as HTMLButtonElement | null;
  const locked = doc.getElementById('cp-quiz-locked');
  const body = doc.getElementById('cp-quiz-body') ?? host.section.appendChild(el(doc, 'div', { id: 'cp-quiz-body' }));
  const live = doc.getElementById('cp-quiz-live') ?? host.section.appendChild(el(doc, 'div', { id: 'cp-quiz-live', role: 'status' }));
  const { data, text } = host;
  /** When each question was shown and last answered in this visit (for the latency). */
  let shownAt = 0;
  let answeredAt: number[] = [];

  const announce = (message: string): void => {
    // Emptied first so that the same message twice is read twice.
    live.textContent = '';
    window.setTimeout(() => {
      live.textContent = message;
    }, 50);
  };

  function refresh(): void {
    const quiz = host.quiz();
    const left = host.textScreensLeft();
    const isLocked = quiz === null && data.requireAllScreens && left > 0;
    if (start !== null) {
      start.hidden = quiz !== null || !host.recording;
      start.disabled = isLocked || !host.recording;
    }
    if (locked !== null) {
      const reviewing = quiz === null && !host.recording;
      locked.hidden = !isLocked && !reviewing;
      locked.textContent = reviewing ? text('reviewNotice') : text('quizLocked', { left });
    }
  }

  function draw(focus: boolean): void {
    refresh();
    const quiz = host.quiz();
    if (quiz === null) {
      body.replaceChildren();
      return;
    }
    if (quiz.submitted) drawResult(quiz, focus);
    else if (host.recording) drawAttempt(quiz, focus);
    else body.replaceChildren(el(doc, 'p', { class: 'cp-quiz__review' }, [text('reviewNotice')]));
  }

  function drawAttempt(quiz: QuizProgress, focus: boolean): void {
    const questions = questionsOf(data, quiz);
    shownAt = host.now();
    answeredAt = questions.map(() => shownAt);
    const attemptLine =
      data.attempts === 0
        ? text('quizAttemptUnlimited', { attempt: quiz.attempt })
        : text('quizAttempt', { attempt: quiz.attempt, attempts: data.attempts });
    const heading = el(doc, 'h3', { class: 'cp-quiz__attempt', tabindex: '-1' }, [attemptLine]);
    const fieldsets = questions.map((question, index) =>
      questionFieldset(doc, {
        number: index + 1,
        total: questions.length,
        question,
        answer: quiz.answers[index],
        text,
        announce,
        onAnswer: (answer: Answer | null) => {
          answeredAt[index] = host.now();
          const current = host.quiz();
          if (current !== null) host.changed(setAnswer(current, index, answer));
        },
      }),
    );
    const submit = el(doc, 'button', { type: 'submit', class: 'cp-button cp-button--primary cp-quiz__submit' }, [text('quizSubmit')]);
    const form = el(doc, 'form', { class: 'cp-quiz__form', novalidate: true }, [...fieldsets, submit]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitCurrent(fieldsets);
    });
    body.replaceChildren(heading, form);
    if (focus) heading.focus();
  }

  function submitCurrent(fieldsets: readonly HTMLFieldSetElement[]): void {
    const quiz = host.quiz();
    if (quiz === null || quiz.submitted) return;
    const questions = questionsOf(data, quiz);
    const missing = questions.map((question, i) => isAnswered(question.item, quiz.answers[i])).flatMap((ok, i) => (ok ? [] : [i]));
    if (missing.length > 0) {
      announce(text('quizUnanswered', { count: missing.length }));
      fieldsets[missing[0]]?.querySelector<HTMLElement>('input, select, button:not([disabled])')?.focus();
      return;
    }
    const done = submitAttempt(data, quiz);
    const latencies = answeredAt.map((at) => at - shownAt);
    host.submitted(done, interactionsOf(data, done, latencies, new Date(host.now())));
    draw(true);
    const result = scoreAttempt(data, done);
    const verdict = result.passed ? text('quizPassed') : text('quizFailed');
    announce(text('quizAnnounce', { score: formatPercent(result.percent), verdict }));
  }

  function drawResult(quiz: QuizProgress, focus: boolean): void {
    const result = scoreAttempt(data, quiz);
    const view: ResultView = {
      percent: result.percent,
      passed: result.passed,
      best: quiz.best,
      passMark: data.passMark,
      attemptsLeft: host.recording ? attemptsLeft(data, quiz) : null,
      questions: questionsOf(data, quiz),
      answers: quiz.answers,
      scores: result.questions,
      text,
      screenTitles: host.screenTitles,
    };
    const summary = resultSummary(doc, view);
    const feedback = el(doc, 'ol', { class: 'cp-quiz__feedback' }, view.questions.map((_, i) => questionFeedback(doc, view, i)));
    feedback.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a[data-cp-goto]');
      if (link === null || link === undefined) return;
      event.preventDefault();
      host.goTo(Number(link.getAttribute('data-cp-goto')));
    });
    const parts: HTMLElement[] = [summary];
    if (!host.recording) parts.push(el(doc, 'p', { class: 'cp-quiz__review' }, [text('reviewNotice')]));
    else if (canTryAgain(data, quiz)) {
      const again = el(doc, 'button', { type: 'button', class: 'cp-button cp-button--primary cp-quiz__again' }, [text('quizTryAgain')]);
      again.addEventListener('click', () => {
        const current = host.quiz();
        if (current === null) return;
        host.changed(tryAgain(data, current, freshSeed()));
        draw(true);
      });
      parts.push(again);
    }
    parts.push(feedback);
    body.replaceChildren(...parts);
    if (focus) summary.querySelector<HTMLElement>('.cp-quiz__result-title')?.focus();
  }

  start?.addEventListener('click', () => {
    if (host.quiz() !== null || !host.recording) return;
    host.changed(startAttempt(data, 1, freshSeed(), null));
    draw(true);
  });
  draw(false);
  return { refresh };
}
