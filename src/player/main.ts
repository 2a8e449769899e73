/**
 * The player: turns a lesson page (docs/page-contract.md) into one screen at a time and
 * reports progress through the adapter chosen for the package's standard.
 * Each runtime target has its own entry (./entries/<target>.ts) that passes its selector.
 */
import type { AdapterSelector } from './lms/select';
import type { LessonProgress } from './lms/adapter';
import { createLmsSession } from './lms/session';
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
  const now = (): number => Date.now();
  const adapter = select(window, {
    courseId: config.courseId,
    lessonId: config.lessonId,
    screenCount,
    quiz: null,
    now,
    onProblem: (problem) => notice.show('lms-error', text('lmsErrorNotice', { code: problem.code })),
  });
  if (adapter.notice !== null) notice.show(adapter.notice, text(adapter.notice));
  const session = createLmsSession(adapter, screenCount, now);
  document.documentElement.classList.add('cp-js');

  let progress = restoreProgress(session.begin(), screenCount);
  const update = (): void => {
    showProgress(parts, progress, text);
    session.update(progress);
    if (session.completed) notice.show('completed', text('completed'));
  };
  update();
  wireControls(parts, navigator(parts, () => progress, (next) => {
    progress = next;
    update();
    focusScreen(parts, next.location);
  }));
  wireLifecycle(session, notice);
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

function wireLifecycle(session: LmsSession, notice: Notice): void {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.pageHidden();
  });
  const leave = (): void => {
    notice.silence();
    session.end();
  };
  // pagehide is the reliable last event (also on mobile); beforeunload covers older LMS frames.
  window.addEventListener('pagehide', leave);
  window.addEventListener('beforeunload', leave);
}
