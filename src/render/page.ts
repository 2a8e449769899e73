import { courseTitle, type Course, type Lesson } from '../model/course';
import type { PlayerConfig, QuizPageData, RuntimeTarget, Screen } from '../model/rendered';
import { jsonForScript } from './json-script';
import { formatString, playerStrings, requireString, type UiStrings } from './locales';
import type { TitleSource } from './split';
import { lessonPageTemplate } from './templates';

/** A screen as the page shows it: a title taken from a heading is shown; one made from the
 *  screen's opening words (or the lesson title) only repeats what is in sight, so it is there
 *  for screen readers and the table of contents, not on screen. */
export interface PageScreen extends Screen {
  readonly titleFrom: TitleSource;
}

export interface PageInput {
  readonly course: Course;
  readonly lesson: Lesson;
  readonly screens: readonly PageScreen[];
  readonly strings: UiStrings;
  readonly target: RuntimeTarget;
  readonly assetBase: string;
  /** The quiz, shown as the last screen; null when the lesson has none. */
  readonly quiz: QuizPageData | null;
}

/** The complete lesson page (docs/page-contract.md). */
export function renderPage(input: PageInput): string {
  return lessonPageTemplate()(pageView(input));
}

/** Everything templates/lesson.hbs prints; texts are escaped by the template, `html` is not. */
function pageView({ course, lesson, screens, strings, target, assetBase, quiz }: PageInput) {
  // The quiz is one more screen, after the text.
  const total = screens.length + (quiz === null ? 0 : 1);
  const course_ = courseTitle(course);
  const numberedTitle = lesson.number ? `${lesson.number} ${lesson.title}` : lesson.title;
  return {
    lang: course.language,
    documentTitle: formatString(requireString(strings, 'documentTitleFormat'), { lesson: numberedTitle, course: course_ }),
    assetBase,
    strings,
    courseTitle: course_,
    lessonTitle: lesson.title,
    lessonNumberLabel: lesson.number ? formatString(requireString(strings, 'lessonNumberFormat'), { number: lesson.number }) : '',
    screenCount: total,
    positionText: formatString(requireString(strings, 'positionFormat'), { current: 1, total }),
    progressText: formatString(requireString(strings, 'progressFormat'), { visited: 0, total }),
    screens: screens.map((screen) => ({ ...screen, number: screen.index + 1, titleShown: screen.titleFrom === 'heading' })),
    configJson: jsonForScript(playerConfig(course, lesson, total, strings, target, quiz !== null)),
    quiz: quiz === null ? null : quizView(quiz, screens.length, strings),
  };
}

/** What templates/partials/quiz.hbs prints. */
function quizView(quiz: QuizPageData, index: number, strings: UiStrings) {
  const intro = formatString(requireString(strings, 'quizIntro'), { count: quiz.questionsPerAttempt, passMark: quiz.passMark });
  const limit = quiz.attempts === 0 ? '' : formatString(requireString(strings, 'quizAttemptsLimit'), { attempts: quiz.attempts });
  return {
    index,
    number: index + 1,
    title: requireString(strings, 'quizTitle'),
    intro,
    limit,
    json: jsonForScript(quiz),
  };
}

function playerConfig(course: Course, lesson: Lesson, screenCount: number, strings: UiStrings, target: RuntimeTarget, withQuiz: boolean): PlayerConfig {
  return {
    courseId: course.id,
    lessonId: lesson.id,
    lessonTitle: lesson.title,
    language: course.language,
    screenCount,
    target,
    strings: playerStrings(strings, withQuiz),
  };
}
