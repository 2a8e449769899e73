/**
 * Images in lessons: what a package may carry. The importer refuses an embedded image over the
 * limit and validation warns about one; both use these figures so they never disagree.
 */

/** Largest image file a lesson may show: every package that shows the lesson carries it. */
export const IMAGE_MAX_BYTES = 3 * 1024 * 1024;

/** Image types every browser a learner may use shows, by file extension. */
export const WEB_IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

/** An image a lesson shows, read from the course folder when the course is loaded. */
export interface LessonImage {
  /** The path as the lesson writes it (relative to the lesson file), e.g. `../images/figure-1.png`. */
  readonly src: string;
  /** The file's path relative to the course folder, `/`-separated, e.g. `images/figure-1.png`. */
  readonly path: string;
  readonly content: Uint8Array;
}
