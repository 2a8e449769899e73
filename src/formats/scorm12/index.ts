/**
 * SCORM 1.2, the default target for Moodle: one zip for the whole course (one SCO per lesson)
 * and one zip per lesson, for teachers who want to place lessons one by one.
 */
import { InternalError } from '../../diagnostics/errors';
import { courseTitle } from '../../model/course';
import type { OutputFile } from '../../model/files';
import type { RenderedLesson } from '../../model/rendered';
import type { FormatAdapter, FormatInput, PackageSpec } from '../format';
import { lessonPagePath, playerFiles } from '../layout';
import { checkManifest } from './check';
import * as ids from './identifiers';
import { MANIFEST_PATH, manifestElement, type ManifestInput } from './manifest';
import { lessonMasteryScore } from './mastery';
import { courseOrganization, lessonOrganization } from './organization';
import { lessonTitle } from './titles';
import { serializeDocument } from '../xml';

export const scorm12: FormatAdapter = {
  id: 'scorm12',
  label: 'SCORM 1.2',
  runtime: 'scorm12',
  packages(input: FormatInput): readonly PackageSpec[] {
    return [coursePackage(input), ...input.lessons.map((rendered) => lessonPackage(input, rendered))];
  },
};

function coursePackage(input: FormatInput): PackageSpec {
  const { course } = input;
  return assemble(`scorm12/${course.id}.zip`, input, input.lessons, {
    identifier: ids.manifestId(course.id),
    organizationTitle: courseTitle(course),
    organization: courseOrganization(course),
  });
}

function lessonPackage(input: FormatInput, rendered: RenderedLesson): PackageSpec {
  const { course } = input;
  const { lesson } = rendered;
  return assemble(`scorm12/lessons/${lesson.id}.zip`, input, [rendered], {
    identifier: ids.manifestId(course.id, lesson.id),
    organizationTitle: lessonTitle(lesson),
    organization: lessonOrganization(lesson),
  });
}

type PackageShape = Pick<ManifestInput, 'identifier' | 'organizationTitle' | 'organization'>;

function assemble(path: string, input: FormatInput, lessons: readonly RenderedLesson[], shape: PackageShape): PackageSpec {
  const shared = playerFiles(input.player);
  const pages: OutputFile[] = lessons.map((rendered) => ({ path: lessonPagePath(rendered.lesson.id), content: rendered.page }));
  const manifest = manifestElement({
    ...shape,
    version: input.course.version,
    organizationId: ids.organizationId(input.course.id),
    lessons: lessons.map((rendered) => rendered.lesson),
    sharedFiles: shared.map((file) => file.path),
    masteryScores: Object.fromEntries(lessons.map((rendered) => [rendered.lesson.id, lessonMasteryScore(rendered, input.course.settings)])),
  });
  const files = [{ path: MANIFEST_PATH, content: serializeDocument(manifest) }, ...shared, ...pages];
  const problems = checkManifest(manifest, files.map((file) => file.path));
  if (problems.length > 0) {
    throw new InternalError(`the SCORM 1.2 manifest of ${path} fails its checks:\n- ${problems.join('\n- ')}`);
  }
  return { path, files };
}
