import type { Lesson, QuizSettings } from './course';
import type { PackedContent } from './files';
import type { ItemSource, QuizItem } from './quiz';

/** The LMS runtime a page is built for; decides which player bundle and LMS adapter it gets. */
export type RuntimeTarget = 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5';

/** One screen of a lesson: a run of whole blocks cut at paragraph or heading boundaries. */
export interface Screen {
  /** 0-based position in the lesson. */
  readonly index: number;
  /** The heading the screen starts with, else its opening words (src/render/screen-title.ts). */
  readonly title: string;
  /** Word count of the screen's text. */
  readonly words: number;
  /** Rendered HTML of the screen's content (escaped; no script from the source). */
  readonly html: string;
}

export interface RenderedLesson {
  readonly lesson: Lesson;
  readonly screens: readonly Screen[];
  /** The complete lesson page (`index.html`). */
  readonly page: string;
  /**
   * How many leading characters of `page` are the same in every format's version of the page
   * (the text and the quiz, up to the player configuration; xAPI and cmi5 add their data after
   * it). Packages pass it on to the zip writer, which deflates that part once
   * (OutputFile.sharedPrefix). Absent: not known.
   */
  readonly sharedLength?: number;
  /**
   * The page as the format's lesson package already zipped it, set by the build for the course
   * package (whose `page` is then empty and `screens` none): formats put it in the course
   * package as it is (src/formats/layout.ts lessonPageFile), so the build holds no page text
   * for it.
   */
  readonly packedPage?: PackedContent;
  /** Stands for that shared beginning: the same object in every format's version of the page (OutputFile.sharedPrefixKey). */
  readonly sharedKey?: object;
  /** The lesson's quiz as the page carries it; absent when the lesson has no quiz items. */
  readonly quiz?: QuizPageData;
}

/** Fields of a bank item for authors and review only: the page leaves them out (issue 18). */
type AuthoringField = 'status' | 'rule' | 'fingerprint' | 'stale' | 'source';
type WithoutAuthoring<T> = T extends unknown ? Omit<T, AuthoringField> & { readonly source: Pick<ItemSource, 'text'> } : never;

/**
 * A quiz item as the page carries it: only what the player reads (the question, its options and
 * answer, the feedback and the quoted source sentence). The player's code takes this type, so
 * reading any other field of a bank item does not compile.
 */
export type PageQuizItem = WithoutAuthoring<QuizItem>;

/** One item of a lesson's quiz pool, as the page embeds it for the player. */
export interface QuizPoolEntry {
  readonly item: PageQuizItem;
  /** Index of the screen where the item's answer is taught (its feedback links there). */
  readonly screen: number;
}

/**
 * What the page hands the player for the lesson's quiz, as JSON in `script#cp-quiz`
 * (docs/page-contract.md). The quiz is the page's last screen, after `textScreens` screens.
 */
export interface QuizPageData {
  readonly lessonId: string;
  /** Screens of lesson text before the quiz screen. */
  readonly textScreens: number;
  /** Questions drawn per attempt: the course setting, at most the pool's size. */
  readonly questionsPerAttempt: number;
  readonly passMark: QuizSettings['passMark'];
  /** 0 = unlimited. */
  readonly attempts: QuizSettings['attempts'];
  readonly requireAllScreens: QuizSettings['requireAllScreens'];
  readonly statusOnPass: QuizSettings['statusOnPass'];
  readonly statusOnFail: QuizSettings['statusOnFail'];
  /** The items a learner may be asked, in bank order. */
  readonly pool: readonly QuizPoolEntry[];
}

/**
 * Configuration the page hands to the player as JSON in
 * `<script type="application/json" id="cp-config">`.
 */
export interface PlayerConfig {
  readonly courseId: string;
  readonly lessonId: string;
  readonly lessonTitle: string;
  readonly language: string;
  readonly screenCount: number;
  /** UI strings the player needs at run time (from the locale files). */
  readonly strings: Readonly<Record<string, string>>;
}
