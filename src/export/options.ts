/** The choices an export takes (from the command line or the course settings). */
import type { QuizInclude } from '../model/course';

export const EXPORT_FORMATS = ['moodle-xml', 'gift'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * How ordering items are written: Moodle's `ordering` type (core since Moodle 4.4), or as
 * matching of positions ("1", "2", …) to steps for older sites. GIFT always uses matching.
 */
export const ORDERING_AS = ['ordering', 'matching'] as const;
export type OrderingAs = (typeof ORDERING_AS)[number];

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly include: QuizInclude;
  readonly orderingAs: OrderingAs;
}

/** The file name's ending per format: Moodle's import picks GIFT files by `.txt`. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  'moodle-xml': '.moodle.xml',
  gift: '.gift.txt',
};
