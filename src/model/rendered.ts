import type { Lesson } from './course';

/** The LMS runtime a page is built for; decides which player bundle and LMS adapter it gets. */
export type RuntimeTarget = 'scorm12' | 'scorm2004';

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
  readonly target: RuntimeTarget;
  /** UI strings the player needs at run time (from the locale files). */
  readonly strings: Readonly<Record<string, string>>;
}
