/** Shows the state of the lesson on the page: the current screen, the pager, the progress. */
import type { LessonProgress } from '../lms/adapter';
import type { PageParts } from './page';
import type { UiStrings } from './strings';

/** `quizScreen`: the index of the quiz screen, null when the lesson has none. */
export function showProgress(parts: PageParts, progress: LessonProgress, text: UiStrings, quizScreen: number | null = null): void {
  const total = parts.screens.length;
  parts.screens.forEach((screen, index) => {
    screen.hidden = index !== progress.location;
  });
  showToc(parts, progress, quizScreen);
  showPager(parts, progress, text);
  const read = text('progressFormat', { visited: progress.visited.length, total });
  if (parts.progressBar !== null) {
    parts.progressBar.setAttribute('aria-valuemin', '0');
    parts.progressBar.setAttribute('aria-valuemax', String(total));
    parts.progressBar.setAttribute('aria-valuenow', String(progress.visited.length));
    parts.progressBar.setAttribute('aria-valuetext', read);
  }
  if (parts.progressFill !== null) {
    const percent = total > 0 ? (100 * progress.visited.length) / total : 0;
    parts.progressFill.style.width = `${percent.toFixed(2)}%`;
  }
  if (parts.progressText !== null) parts.progressText.textContent = read;
}

/** The ✓ of a text screen means "read"; the quiz's means "taken", not "opened". */
function showToc(parts: PageParts, progress: LessonProgress, quizScreen: number | null): void {
  const quizTaken = progress.quiz !== null && (progress.quiz.best !== null || progress.quiz.submitted);
  for (const link of parts.tocLinks) {
    if (link.index === progress.location) link.element.setAttribute('aria-current', 'step');
    else link.element.removeAttribute('aria-current');
    const done = link.index === quizScreen ? quizTaken : progress.visited.includes(link.index);
    link.element.classList.toggle('cp-visited', done);
  }
}

function showPager(parts: PageParts, progress: LessonProgress, text: UiStrings): void {
  const total = parts.screens.length;
  if (parts.prev !== null) parts.prev.disabled = progress.location <= 0;
  if (parts.next !== null) parts.next.disabled = progress.location >= total - 1;
  if (parts.position !== null) {
    parts.position.textContent = text('positionFormat', { current: progress.location + 1, total });
  }
}

/** After a navigation: the heading of the new screen gets focus, and the screen's top is shown. */
export function focusScreen(parts: PageParts, index: number): void {
  const screen = parts.screens[index];
  if (screen === undefined) return;
  const heading = screen.querySelector<HTMLElement>('.cp-screen__title') ?? parts.main;
  if (heading !== null) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
  screen.scrollIntoView({ block: 'start' });
}
