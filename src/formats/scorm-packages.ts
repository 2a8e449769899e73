/**
 * What SCORM 1.2 and SCORM 2004 packages share: one zip for the whole course (one SCO per
 * lesson, organised by chapter) and one zip per lesson, each holding a manifest that must pass
 * its format's own checks, the player, and the lesson pages. Each format supplies only its
 * identifiers, its manifest and its checks.
 */
import { InternalError } from '../diagnostics/errors';
import { courseTitle } from '../model/course';
import type { PackageFile } from '../model/files';
import type { RenderedLesson } from '../model/rendered';
import type { FormatInput, PackageSpec } from './format';
import { lessonPageFile, mediaFiles, playerFiles } from './layout';
import type { OrganizationNode } from './scorm12/organization';
import { courseOrganization, lessonOrganization } from './scorm12/organization';
import { lessonTitle } from './scorm12/titles';
import { serializeDocument, type XmlElement } from './xml';

/** The part of a manifest that differs between the course package and a lesson package. */
export interface ScormPackageShape {
  readonly identifier: string;
  readonly version: string;
  readonly organizationId: string;
  readonly organizationTitle: string;
  readonly organization: readonly OrganizationNode[];
  /** Package paths of the files every lesson page loads (the player). */
  readonly sharedFiles: readonly string[];
}

export interface ScormPackaging {
  /** Folder of the format in build/ and its name in messages, e.g. `scorm12`, `SCORM 1.2`. */
  readonly folder: string;
  readonly label: string;
  readonly manifestPath: string;
  manifestId(courseId: string, lessonId?: string): string;
  organizationId(courseId: string): string;
  manifest(shape: ScormPackageShape, lessons: readonly RenderedLesson[], input: FormatInput): XmlElement;
  /** What the XSD cannot catch; every problem found is a bug in coursepack. */
  check(manifest: XmlElement, packagePaths: readonly string[]): readonly string[];
}

/** The course package: one SCO per lesson, organised by chapter. */
export function scormCoursePackage(format: ScormPackaging, input: FormatInput): PackageSpec {
  const { course } = input;
  return assemble(format, `${format.folder}/${course.id}.zip`, input, input.lessons, {
    identifier: format.manifestId(course.id),
    organizationTitle: courseTitle(course),
    organization: courseOrganization(course),
  });
}

/** The package of one lesson. */
export function scormLessonPackage(format: ScormPackaging, input: FormatInput, rendered: RenderedLesson): PackageSpec {
  return assemble(format, `${format.folder}/lessons/${rendered.lesson.id}.zip`, input, [rendered], {
    identifier: format.manifestId(input.course.id, rendered.lesson.id),
    organizationTitle: lessonTitle(rendered.lesson),
    organization: lessonOrganization(rendered.lesson),
  });
}

function assemble(
  format: ScormPackaging,
  path: string,
  input: FormatInput,
  lessons: readonly RenderedLesson[],
  shape: Pick<ScormPackageShape, 'identifier' | 'organizationTitle' | 'organization'>,
): PackageSpec {
  const shared = playerFiles(input.player);
  // The rendered lesson stands for its page (OutputFile.contentKey): the course package and the lesson's own hold the same one.
  const pages: PackageFile[] = lessons.map((rendered) => lessonPageFile(rendered, () => rendered.page, rendered));
  const manifest = format.manifest(
    {
      ...shape,
      version: input.course.version,
      organizationId: format.organizationId(input.course.id),
      sharedFiles: shared.map((file) => file.path),
    },
    lessons,
    input,
  );
  const media = mediaFiles(lessons.map((rendered) => rendered.lesson));
  const files = [{ path: format.manifestPath, content: serializeDocument(manifest) }, ...shared, ...pages, ...media];
  const problems = format.check(manifest, files.map((file) => file.path));
  if (problems.length > 0) {
    throw new InternalError(`the ${format.label} manifest of ${path} fails its checks:\n- ${problems.join('\n- ')}`);
  }
  return { path, files };
}
