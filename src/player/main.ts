/**
 * The player: turns a lesson page (docs/page-contract.md) into one screen at a time and
 * reports progress through the adapter chosen for the package's standard.
 * Each runtime target has its own entry (./entries/<target>.ts) that passes its selector.
 */
import type { AdapterSelector } from './lms/select';
import type { LessonProgress, SessionEnding } from './lms/adapter';
import { createLmsSession, screensOnly, type JudgeProgress } from './lms/session';
import type { QuizPageData } from '../model/rendered';
import { readQuizData } from './quiz/page-data';
import { lessonOutcome, restoreQuiz } from './quiz/state';
import { startQuizController, type QuizController } from './quiz/ui/controller';
import type { LmsSession } from './lms/session';
import { restoreProgress, visitScreen } from './progress';
import { readConfig } from './config';
import { findPageParts } from './ui/page';
import type { PageParts } from './ui/page';
import { createStrings } from './ui/strings';
import { focusScreen, showProgress } from './ui/view';
import { createNotice } from './ui/notice';
import type { Notice } from './ui/notice';
import { wireControls } from './ui/controls';
import type { Navigate } from './ui/controls';

export function startPlayer(select: AdapterSelector): void {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => runPlayer(select), { once: true });
  } else {
    runPlayer(select);
  }
}

function runPlayer(select: AdapterSelector): void {
  const config = readConfig(document);
  const parts = findPageParts(document);
  // Without its configuration or screens the page stays a plain, complete document.
  if (config === null || parts.screens.length === 0) return;
  const text = createStrings(config.strings);
  const notice = createNotice(parts.notice);
  const screenCount = parts.screens.length;
  const quizData = readQuizData(document);
  const quizSection = parts.screens[screenCount - 1];
  let quiz = quizData !== null && quizSection?.classList.contains('cp-quiz') ? quizData : null;
  const textScreens = quiz === null ? screenCount : Math.min(quiz.textScreens, screenCount - 1);
  const quizScreen = quiz === null ? null : screenCount - 1;
  const now = (): number => Date.now();
  const adapter = select(window, {
    courseId: config.courseId,
    lessonId: config.lessonId,
    screenCount,
    quiz: quiz === null ? null : { passMark: quiz.passMark, statusOnPass: quiz.statusOnPass, statusOnFail: quiz.statusOnFail },
    now,
    onProblem: (problem) => notice.show('lms-error', text(problemNotice(problem.code, problem.operation), { code: problem.code })),
  });
  if (adapter.notice !== null) notice.show(adapter.notice, text(adapter.notice));
  // The judge reads `quiz` when called: the LMS's pass mark (below) replaces the course's.
  const session = createLmsSession(adapter, (progress) => judge(quiz, textScreens, screenCount)(progress), now);
  document.documentElement.classList.add('cp-js');

  const saved = session.begin();
  quiz = withLmsPassMark(quiz, adapter.passMark?.() ?? null);
  const restored = restoreProgress(saved, screenCount);
  const recording = adapter.isRecording?.() ?? true;
  if (!recording) notice.show('review', text('reviewNotice'));
  let progress: LessonProgress = { ...restored, quiz: quiz === null ? null : restoreQuiz(quiz, restored.quiz) };
  let quizView: QuizController | null = null;
  const update = (): void => {
    showProgress(parts, progress, text, quizScreen);
    session.update(progress);
    if (quiz === null && session.completed) notice.show('completed', text('completed'));
    quizView?.refresh();
  };
  update();
  const navigate = navigator(parts, () => progress, (next) => {
    progress = next;
    update();
    focusScreen(parts, next.location);
  });
  wireControls(parts, navigate);
  if (quiz !== null && quizSection !== undefined) {
    const data = quiz;
    quizView = startQuizController({
      section: quizSection,
      data,
      text,
      now,
      screenTitles: parts.screens.map((screen) => screen.querySelector('.cp-screen__title')?.textContent ?? ''),
      recording,
      quiz: () => progress.quiz,
      textScreensLeft: () => textScreens - progress.visited.filter((index) => index < textScreens).length,
      changed: (next) => {
        progress = { ...progress, quiz: next };
        session.update(progress);
      },
      submitted: (next, interactions) => {
        progress = { ...progress, quiz: next };
        session.attemptSubmitted(progress, interactions);
        showProgress(parts, progress, text, quizScreen);
      },
      goTo: (index) => navigate({ kind: 'to', index }),
    });
  }
  wireLifecycle(session, notice);
}

/** The pass mark the LMS set for this launch (percent), when it set one, in place of the course's. */
function withLmsPassMark(quiz: QuizPageData | null, passMark: number | null): QuizPageData | null {
  if (quiz === null || passMark === null || !(passMark >= 0 && passMark <= 100)) return quiz;
  return { ...quiz, passMark };
}

/** Lessons with a quiz: content done when every text screen was seen, verdict from the quiz. */
function judge(quiz: QuizPageData | null, textScreens: number, screenCount: number): JudgeProgress {
  if (quiz === null) return screensOnly(screenCount);
  return (progress) => {
    const seen = progress.visited.filter((index) => index < textScreens).length;
    return lessonOutcome(seen >= textScreens, quiz, progress.quiz);
  };
}

function navigator(
  parts: PageParts,
  current: () => LessonProgress,
  move: (next: LessonProgress) => void,
): Navigate {
  return (request) => {
    const from = current().location;
    const target = request.kind === 'to' ? request.index : from + request.step;
    if (target === from || target < 0 || target >= parts.screens.length) return;
    move(visitScreen(current(), target));
  };
}

/**
 * 104 at Initialize: an LMS that allows one SCO session per window had it ended by another
 * lesson; say what works instead of "try again later".
 */
function problemNotice(code: string, operation: string): 'lmsErrorNotice' | 'lmsTerminatedNotice' {
  return code === '104' && operation === 'Initialize' ? 'lmsTerminatedNotice' : 'lmsErrorNotice';
}

/**
 * How the page goes when `pagehide` comes without `beforeunload` (browsers send that one to every
 * frame of a page being left or closed, never to a frame its parent removes): `replaced` when we
 * are a frame and the LMS page around us stays (Moodle's table of contents opening another lesson
 * of the package in the same player); otherwise `leave`.
 */
function pageHideEnding(): SessionEnding {
  try {
    return window.parent !== window && window.parent.document.visibilityState === 'visible' ? 'replaced' : 'leave';
  } catch {
    return 'leave';
  }
}

function wireLifecycle(session: LmsSession, notice: Notice): void {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.pageHidden();
  });
  const leave = (ending: SessionEnding): void => {
    notice.silence();
    session.end(ending);
  };
  // pagehide is the reliable last event (also on mobile); beforeunload covers older LMS frames.
  window.addEventListener('pagehide', () => leave(pageHideEnding()));
  window.addEventListener('beforeunload', () => leave('leave'));
  // Back/forward may restore this page from the browser's cache after its session ended:
  // load it again, so the player starts (and resumes) as after a reload.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) window.location.reload();
  });
}
