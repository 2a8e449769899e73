/**
 * The course model: plain, readonly data handed from stage to stage
 * (load → validate → render → formats → package). Every node remembers where it came from.
 */
import type { Place } from '../diagnostics/diagnostic';
import type { LessonImage } from './images';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in several languages; the course language is always present in a loaded course. */
export type Localized = Readonly<Partial<Record<Language, string>>>;

/**
 * Screens are cut between blocks only, as evenly as the blocks allow, each within
 * [minWords, maxWords] where possible (a single block larger than maxWords gets a screen of
 * its own). The rule is documented in src/render/split.ts.
 */
export interface ScreenLength {
  readonly minWords: number;
  readonly maxWords: number;
}

export const QUIZ_INCLUDES = ['approved', 'approved-and-drafts'] as const;
/** Which reviewed items a package ships: `approved-and-drafts` is for courses still under review. */
export type QuizInclude = (typeof QUIZ_INCLUDES)[number];

/** How a lesson's quiz is run and what it reports to the LMS (`settings.quiz` in course.yaml). */
export interface QuizSettings {
  readonly include: QuizInclude;
  /** Items drawn from the lesson's bank for one attempt. */
  readonly questionsPerAttempt: number;
  /** Score (percent) needed to pass. */
  readonly passMark: number;
  /** Attempts allowed; 0 = unlimited. */
  readonly attempts: number;
  /** The quiz opens only after every screen of the lesson has been seen. */
  readonly requireAllScreens: boolean;
  readonly statusOnPass: 'passed' | 'completed';
  /** `incomplete` by default: many LMSs lock a learner out of a SCO reported as `failed`. */
  readonly statusOnFail: 'incomplete' | 'failed';
  /** The quiz report flags lessons with fewer usable items than this. */
  readonly minItemsPerLesson: number;
}

export interface CourseSettings {
  readonly screen: ScreenLength;
  /** SCORM 1.2 mastery score (0–100) written to the manifest; absent: none. */
  readonly masteryScore?: number;
  readonly quiz: QuizSettings;
}

export const DEFAULT_QUIZ_SETTINGS: QuizSettings = {
  include: 'approved',
  questionsPerAttempt: 10,
  passMark: 70,
  attempts: 3,
  requireAllScreens: true,
  statusOnPass: 'passed',
  statusOnFail: 'incomplete',
  minItemsPerLesson: 15,
};

export const DEFAULT_SETTINGS: CourseSettings = {
  screen: { minWords: 250, maxWords: 600 },
  quiz: DEFAULT_QUIZ_SETTINGS,
};

export interface Author {
  readonly name: string;
  readonly role?: string;
}

export interface Chapter {
  /** Identifier: letters, digits, `-` and `_` only (safe as a SCORM identifier). */
  readonly id: string;
  /** The number as printed in the text, e.g. "1". */
  readonly number?: string;
  readonly title: string;
  /** The chapter's lead text (Markdown), shown before its first lesson. */
  readonly overview?: string;
  readonly place: Place;
}

export interface SourceRange {
  /** Name of the text the lesson was imported from. */
  readonly file: string;
  /** First and last line (1-based, inclusive) in that text. */
  readonly lines: readonly [number, number];
}

export interface Lesson {
  /** Identifier: letters, digits, `-` and `_` only; unique in the course. */
  readonly id: string;
  readonly title: string;
  /** The section number as printed in the text, e.g. "1.2". */
  readonly number?: string;
  /** Id of the chapter this lesson belongs to; absent for lessons outside chapters. */
  readonly chapter?: string;
  /** Position in the course; lessons are sorted by it. */
  readonly order: number;
  readonly source?: SourceRange;
  /** Markdown body (after the front matter). */
  readonly body: string;
  /** Path of the lesson file relative to the course directory, with `/` separators. */
  readonly file: string;
  /** 1-based line in `file` where `body` starts, so body line n is file line bodyLine + n - 1. */
  readonly bodyLine: number;
  readonly place: Place;
  /** The images the body shows that the package carries (src/load/images.ts); absent: none. */
  readonly images?: readonly LessonImage[];
}

export interface Course {
  /** Identifier: letters, digits, `-` and `_` only. */
  readonly id: string;
  readonly version: string;
  /**
   * Absolute IRI naming the course in xAPI/cmi5 (`iri` in course.yaml); absent: the default of
   * `courseIri`. Activity ids of lessons, screens and questions are derived from it.
   */
  readonly iri?: string;
  /** Language of the course text and of its UI strings. */
  readonly language: Language;
  readonly title: Localized;
  readonly description?: Localized;
  readonly authors: readonly Author[];
  readonly settings: CourseSettings;
  readonly chapters: readonly Chapter[];
  /** Sorted by `order`. */
  readonly lessons: readonly Lesson[];
  /** Absolute path of the course directory. */
  readonly dir: string;
  /** Absolute path of the question banks folder when course.yaml names one (`quizzes`). */
  readonly quizzes?: string;
  /** The course's own names and spellings (glossary.yaml), when it has one. */
  readonly glossary?: import('./glossary').Glossary;
}

/** The course title in the course language (always present after loading). */
export function courseTitle(course: Course): string {
  return course.title[course.language] ?? course.id;
}

/**
 * The course's IRI: `iri` from course.yaml, else `https://coursepack.invalid/courses/<id>`. The
 * default is a valid absolute IRI that can never resolve nor clash with a real domain (`.invalid`
 * is reserved, RFC 6761); courses that share an LRS with other institutions should set their own.
 */
export function courseIri(course: Pick<Course, 'id' | 'iri'>): string {
  return course.iri ?? `${DEFAULT_IRI_BASE}${course.id}`;
}

export const DEFAULT_IRI_BASE = 'https://coursepack.invalid/courses/';
