/**
 * One output format (SCORM 1.2, SCORM 2004, xAPI, cmi5) is one adapter object
 * registered in ./index.ts. The build knows nothing about any particular format: it renders
 * the lessons for the adapter's runtime, hands them over, and zips what comes back.
 */
import type { Course } from '../model/course';
import type { PackageFile } from '../model/files';
import type { RenderedLesson, RuntimeTarget } from '../model/rendered';

/** The player bundle built for one runtime. */
export interface PlayerAssets {
  readonly js: string;
  readonly css: string;
}

export interface FormatInput {
  readonly course: Course;
  /**
   * The lessons rendered for the adapter's runtime, in course order: every lesson of the course
   * for `coursePackage` and `packages`; the build gives `lessonPackage` the lesson alone.
   */
  readonly lessons: readonly RenderedLesson[];
  readonly player: PlayerAssets;
}

/** One package (a zip) the format wants written. */
export interface PackageSpec {
  /** Path of the zip inside the build folder, e.g. `scorm12/security-central-asia.zip`. */
  readonly path: string;
  /** What the zip holds. */
  readonly files: readonly PackageFile[];
}

export type FormatId = 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5';

export interface FormatAdapter {
  readonly id: FormatId;
  /** Human name for summaries, e.g. "SCORM 1.2". */
  readonly label: string;
  /** The runtime its lesson pages and player are built for. */
  readonly runtime: RuntimeTarget;
  /**
   * Pure: the package of the whole course. Throws InternalError if its own output fails its
   * checks. Its lessons may carry their page already zipped (RenderedLesson.packedPage): the build
   * zips each lesson's package first and keeps only that for this one.
   */
  coursePackage(input: FormatInput): PackageSpec;
  /** Pure: the package of one lesson of `input.lessons`; the same checks. */
  lessonPackage(input: FormatInput, rendered: RenderedLesson): PackageSpec;
  /** The course package, then one package per lesson. */
  packages(input: FormatInput): readonly PackageSpec[];
}

/** `packages` of every format: the course package, then each lesson's, in course order. */
export function allPackages(format: Pick<FormatAdapter, 'coursePackage' | 'lessonPackage'>, input: FormatInput): PackageSpec[] {
  return [format.coursePackage(input), ...input.lessons.map((rendered) => format.lessonPackage(input, rendered))];
}
