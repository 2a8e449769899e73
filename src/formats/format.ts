/**
 * One output format (SCORM 1.2 today; SCORM 2004, xAPI, cmi5 … later) is one adapter object
 * registered in ./index.ts. The build knows nothing about any particular format: it renders
 * the lessons for the adapter's runtime, hands them over, and zips what comes back.
 */
import type { Course } from '../model/course';
import type { OutputFile } from '../model/files';
import type { RenderedLesson, RuntimeTarget } from '../model/rendered';

/** The player bundle built for one runtime. */
export interface PlayerAssets {
  readonly js: string;
  readonly css: string;
}

export interface FormatInput {
  readonly course: Course;
  /** Every lesson of the course, rendered for the adapter's runtime, in course order. */
  readonly lessons: readonly RenderedLesson[];
  readonly player: PlayerAssets;
}

/** One package (a zip) the format wants written. */
export interface PackageSpec {
  /** Path of the zip inside the build folder, e.g. `scorm12/security-central-asia.zip`. */
  readonly path: string;
  /** What the zip holds. */
  readonly files: readonly OutputFile[];
}

export type FormatId = 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5';

export interface FormatAdapter {
  readonly id: FormatId;
  /** Human name for summaries, e.g. "SCORM 1.2". */
  readonly label: string;
  /** The runtime its lesson pages and player are built for. */
  readonly runtime: RuntimeTarget;
  /** Pure: the packages for one course. Throws InternalError if its own output fails its checks. */
  packages(input: FormatInput): readonly PackageSpec[];
}
