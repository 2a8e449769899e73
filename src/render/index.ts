import type { Course, Lesson } from '../model/course';
import type { QuizItem } from '../model/quiz';
import type { QuizPageData, RenderedLesson, Screen } from '../model/rendered';
import { lessonMediaUrl } from '../formats/layout';
import { toBlocks, toOverviewBlock, type Block } from './blocks';
import { newRenderEnv, type RenderEnv } from './env';
import { loadLocale, type UiStrings } from './locales';
import { parseLessonBody } from './lesson-markdown';
import { markdown } from './markdown';
import { pageFor, renderFrame, type PageScreen } from './page';
import { quizPageData } from './quiz';
import { renderScreen } from './screens';
import { splitScreens } from './split';

/** The page is the same for every LMS runtime (the player bundle beside it is the runtime's). */
export interface PageOptions {
  /** URL of the package's assets folder relative to the page, ending in `/` (e.g. `../../assets/`). */
  readonly assetBase: string;
}

export interface RenderOptions extends PageOptions {
  /** The lesson's shipped quiz items (src/quiz/bank/select.ts); none or absent: no quiz. */
  readonly quizItems?: readonly QuizItem[];
}

/** A lesson rendered up to its page: everything but what depends on the LMS runtime. */
export interface PreparedLesson {
  readonly course: Course;
  readonly lesson: Lesson;
  readonly strings: UiStrings;
  readonly screens: readonly Screen[];
  readonly titled: readonly PageScreen[];
  readonly quiz: QuizPageData | null;
}

/** Markdown, screens and quiz data of one lesson: the costly part, done once per build. */
export function prepareLesson(course: Course, lesson: Lesson, quizItems: readonly QuizItem[] = []): PreparedLesson {
  const strings = loadLocale(course.language);
  const images = new Map((lesson.images ?? []).map((image) => [image.src, lessonMediaUrl(image.path)]));
  const env = newRenderEnv(strings, images);
  const overview = overviewBlocks(course, lesson, env);
  // The body lists its own footnotes, not the overview's again.
  (env as { footnotes?: unknown }).footnotes = undefined;
  const blocks = [...overview, ...toBlocks(parseLessonBody(lesson.body, env))];
  const plans = splitScreens(blocks, course.settings.screen, lesson.title);
  const screens = plans.map((plan) => renderScreen(plan, env));
  const titled = screens.map((screen, i) => ({ ...screen, titleFrom: plans[i].titleFrom }));
  const quiz = quizPageData(course, lesson, quizItems, plans);
  return { course, lesson, strings, screens, titled, quiz };
}

/** Each prepared lesson's page by asset base: the template runs once per lesson, and every runtime gets the same page. */
const pages = new WeakMap<PreparedLesson, Map<string, RenderedLesson>>();

/** The lesson page (the same object for every call with the same asset base: it stands for the page, OutputFile.contentKey). */
export function renderLessonPage(prepared: PreparedLesson, options: PageOptions): RenderedLesson {
  let byBase = pages.get(prepared);
  if (byBase === undefined) {
    byBase = new Map();
    pages.set(prepared, byBase);
  }
  let rendered = byBase.get(options.assetBase);
  if (rendered === undefined) {
    rendered = pageOf(prepared, options.assetBase);
    byBase.set(options.assetBase, rendered);
  }
  return rendered;
}

function pageOf(prepared: PreparedLesson, assetBase: string): RenderedLesson {
  const { course, lesson, strings, screens, titled, quiz } = prepared;
  const frame = renderFrame({ course, lesson, screens: titled, strings, assetBase, quiz });
  const page = pageFor(frame);
  // Up to the configuration's JSON, the page is the same in every package (xAPI and cmi5 add their data after it).
  const sharedLength = frame.before.length;
  const sharedKey = frame;
  return quiz === null ? { lesson, screens, page, sharedLength, sharedKey } : { lesson, screens, page, sharedLength, sharedKey, quiz };
}

/** Renders one lesson: its screens and its page. Pure and deterministic (reads only the
 *  locale and template files, once). */
export function renderLesson(course: Course, lesson: Lesson, options: RenderOptions): RenderedLesson {
  return renderLessonPage(prepareLesson(course, lesson, options.quizItems), options);
}

/** The chapter overview opens the chapter's first lesson (and no other). */
function overviewBlocks(course: Course, lesson: Lesson, env: RenderEnv): Block[] {
  if (!lesson.chapter) return [];
  const chapter = course.chapters.find((candidate) => candidate.id === lesson.chapter);
  const firstLesson = course.lessons.find((candidate) => candidate.chapter === lesson.chapter);
  if (!chapter?.overview?.trim() || firstLesson?.id !== lesson.id) return [];
  return [toOverviewBlock(markdown.parse(chapter.overview, env))];
}
