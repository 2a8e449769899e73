/**
 * What SCORM 1.2 and SCORM 2004 packages share: one zip for the whole course (one SCO per
 * lesson, organised by chapter) and one zip per lesson, each holding a manifest that must pass
 * its format's own checks, the player, and the lesson pages. Each format supplies only its
 * identifiers, its manifest and its checks.
 */
import { InternalError } from '../diagnostics/errors';
import { courseTitle } from '../model/course';
import type { OutputFile } from '../model/files';
import type { RenderedLesson } from '../model/rendered';
import type { FormatInput, PackageSpec } from './format';
import { lessonPagePath, mediaFiles, playerFiles } from './layout';
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

export function scormPackages(format: ScormPackaging, input: FormatInput): PackageSpec[] {
  const { course } = input;
  const whole = assemble(format, `${format.folder}/${course.id}.zip`, input, input.lessons, {
    identifier: format.manifestId(course.id),
    organizationTitle: courseTitle(course),
    organization: courseOrganization(course),
  });
  const single = input.lessons.map((rendered) =>
    assemble(format, `${format.folder}/lessons/${rendered.lesson.id}.zip`, input, [rendered], {
      identifier: format.manifestId(course.id, rendered.lesson.id),
      organizationTitle: lessonTitle(rendered.lesson),
      organization: lessonOrganization(rendered.lesson),
    }),
  );
  return [whole, ...single];
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
  const pages: OutputFile[] = lessons.map((rendered) => ({
    path: lessonPagePath(rendered.lesson.id),
    content: rendered.page,
    sharedPrefix: rendered.sharedLength,
    sharedPrefixKey: rendered.sharedKey,
    contentKey: rendered,
  }));
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
