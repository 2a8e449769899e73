/**
 * What loading has read before the course is assembled: the data of each file as written
 * (after its shape was checked), with the parsed YAML kept so that checks across files can
 * still point at the exact line. The raw shapes mirror src/schema/*.schema.json.
 */
import type { Place } from '../diagnostics/diagnostic';
import type { Author, Language, Localized, ScreenLength } from '../model/course';
import type { YamlSource } from './yaml-source';

export interface RawSettings {
  readonly screen?: Partial<ScreenLength>;
  readonly masteryScore?: number;
}

export interface RawChapter {
  readonly id: string;
  readonly number?: string;
  readonly title: string;
  readonly overview?: string;
}

export interface RawCourse {
  readonly id: string;
  readonly version: string;
  readonly iri?: string;
  readonly language: Language;
  readonly title: Localized;
  readonly description?: Localized;
  readonly authors?: readonly Author[];
  readonly source?: string;
  /** The question banks folder, relative to the course folder. */
  readonly quizzes?: string;
  readonly settings?: RawSettings;
  readonly chapters?: readonly RawChapter[];
  readonly lessons: readonly string[];
}

export interface RawLesson {
  readonly id: string;
  readonly number?: string;
  readonly title: string;
  readonly chapter?: string;
  readonly order: number;
  readonly source?: { readonly file: string; readonly lines: readonly [number, number] };
}

/** One entry of `lessons` in course.yaml. */
export interface LessonEntry {
  /** The path as written in course.yaml. */
  readonly path: string;
  /** Position in the list (0-based). */
  readonly index: number;
  /** Where the entry is written in course.yaml. */
  readonly place: Place;
}

export interface CourseFileDraft {
  /** Absolute path of course.yaml. */
  readonly file: string;
  /** The parsed YAML, when the file could be read. */
  readonly yaml?: YamlSource;
  /** The data, present only when it has the right shape. */
  readonly data?: RawCourse;
  /** The lesson entries that could be read from the file, even when it has other problems. */
  readonly entries: readonly LessonEntry[];
}

export interface LessonFileDraft {
  readonly entry: LessonEntry;
  /** Absolute path of the lesson file. */
  readonly file: string;
  /** Path relative to the course directory, `/`-separated. */
  readonly relativePath: string;
  readonly yaml?: YamlSource;
  /** The front matter, present only when it has the right shape. */
  readonly data?: RawLesson;
  readonly body?: string;
  readonly bodyLine?: number;
  /** Line of the closing `---` of the front matter. */
  readonly closingLine?: number;
}

export interface CourseDraft {
  /** Absolute path of the course directory. */
  readonly dir: string;
  readonly course: CourseFileDraft;
  /** One per lesson file that was read (entries that could not be read are left out). */
  readonly lessons: readonly LessonFileDraft[];
  /** False when some listed lesson could not be read: checks that need every lesson are skipped. */
  readonly allLessonsRead: boolean;
}
