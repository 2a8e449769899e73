import { courseTitle, type Course, type Lesson } from '../model/course';
import type { PlayerConfig, QuizPageData, Screen } from '../model/rendered';
import { InternalError } from '../diagnostics/errors';
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
  readonly assetBase: string;
  /** The quiz, shown as the last screen; null when the lesson has none. */
  readonly quiz: QuizPageData | null;
}

/**
 * A lesson page cut where its player configuration goes: the template is rendered once per
 * lesson with a slot there, and the page is the frame with the configuration put in
 * (`pageFor`). What comes before the configuration is the same in every package's version of
 * the page (xAPI and cmi5 add their data after it), so the zip writer deflates it once.
 */
export interface PageFrame {
  /** Everything before the configuration's JSON: the text, the quiz and the opening of script#cp-config. */
  readonly before: string;
  /** The rest: the end of script#cp-config, the player script, the end of the page. */
  readonly after: string;
  readonly config: PlayerConfig;
}

/**
 * Where the configuration goes while the frame is rendered. The text and the quiz cannot
 * print it: the template escapes text (`<` becomes `&lt;`) and JSON in scripts writes `<` as `\u003c`.
 */
const CONFIG_SLOT = '<cp-config-slot>';

/** The page of `input`, completed by `pageFor` (docs/page-contract.md). */
export function renderFrame(input: PageInput): PageFrame {
  const view = pageView(input);
  const page = lessonPageTemplate()({ ...view, configJson: CONFIG_SLOT });
  const at = page.indexOf(CONFIG_SLOT);
  if (at < 0 || page.indexOf(CONFIG_SLOT, at + 1) >= 0) {
    throw new InternalError('templates/lesson.hbs must print {{{configJson}}} exactly once, inside script#cp-config');
  }
  return { before: page.slice(0, at), after: page.slice(at + CONFIG_SLOT.length), config: view.config };
}

/**
 * The complete page, the same for every runtime: the configuration names none (the player
 * bundle is the runtime's own and reads only the course, the lesson and the strings), so one
 * page per lesson is deflated for all four formats (issue 18).
 */
export function pageFor(frame: PageFrame): string {
  return frame.before + jsonForScript(frame.config) + frame.after;
}

/** Everything templates/lesson.hbs prints but the configuration; texts are escaped by the template, `html` is not. */
function pageView({ course, lesson, screens, strings, assetBase, quiz }: PageInput) {
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
    config: playerConfig(course, lesson, total, strings, quiz !== null),
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

function playerConfig(course: Course, lesson: Lesson, screenCount: number, strings: UiStrings, withQuiz: boolean): PlayerConfig {
  return {
    courseId: course.id,
    lessonId: lesson.id,
    lessonTitle: lesson.title,
    language: course.language,
    screenCount,
    strings: playerStrings(strings, withQuiz),
  };
}
