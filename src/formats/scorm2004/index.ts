/**
 * SCORM 2004 4th edition: like SCORM 1.2, one zip for the whole course (one SCO per lesson)
 * and one zip per lesson, with sequencing for free navigation and one objective per lesson.
 */
import { InternalError } from '../../diagnostics/errors';
import { courseTitle } from '../../model/course';
import type { OutputFile } from '../../model/files';
import type { RenderedLesson } from '../../model/rendered';
import type { FormatAdapter, FormatInput, PackageSpec } from '../format';
import { lessonPagePath, playerFiles } from '../layout';
import { courseOrganization, lessonOrganization } from '../scorm12/organization';
import { lessonTitle } from '../scorm12/titles';
import { serializeDocument } from '../xml';
import { checkManifest } from './check';
import * as ids from './identifiers';
import { MANIFEST_PATH, manifestElement, type ManifestInput, type ScoLesson } from './manifest';
import { passingMeasure } from './quiz-lessons';

export const scorm2004: FormatAdapter = {
  id: 'scorm2004',
  label: 'SCORM 2004 4th edition',
  runtime: 'scorm2004',
  packages(input: FormatInput): readonly PackageSpec[] {
    return [coursePackage(input), ...input.lessons.map((rendered) => lessonPackage(input, rendered))];
  },
};

function coursePackage(input: FormatInput): PackageSpec {
  const { course } = input;
  return assemble(`scorm2004/${course.id}.zip`, input, input.lessons, {
    identifier: ids.manifestId(course.id),
    organizationTitle: courseTitle(course),
    organization: courseOrganization(course),
  });
}

function lessonPackage(input: FormatInput, rendered: RenderedLesson): PackageSpec {
  const { course } = input;
  const { lesson } = rendered;
  return assemble(`scorm2004/lessons/${lesson.id}.zip`, input, [rendered], {
    identifier: ids.manifestId(course.id, lesson.id),
    organizationTitle: lessonTitle(lesson),
    organization: lessonOrganization(lesson),
  });
}

function scoLesson(rendered: RenderedLesson): ScoLesson {
  const measure = passingMeasure(rendered);
  return measure === undefined ? { lesson: rendered.lesson } : { lesson: rendered.lesson, passingMeasure: measure };
}

type PackageShape = Pick<ManifestInput, 'identifier' | 'organizationTitle' | 'organization'>;

function assemble(path: string, input: FormatInput, lessons: readonly RenderedLesson[], shape: PackageShape): PackageSpec {
  const shared = playerFiles(input.player);
  const pages: OutputFile[] = lessons.map((rendered) => ({ path: lessonPagePath(rendered.lesson.id), content: rendered.page }));
  const manifest = manifestElement({
    ...shape,
    version: input.course.version,
    organizationId: ids.organizationId(input.course.id),
    lessons: lessons.map(scoLesson),
    sharedFiles: shared.map((file) => file.path),
  });
  const files = [{ path: MANIFEST_PATH, content: serializeDocument(manifest) }, ...shared, ...pages];
  const problems = checkManifest(manifest, files.map((file) => file.path));
  if (problems.length > 0) {
    throw new InternalError(`the SCORM 2004 manifest of ${path} fails its checks:\n- ${problems.join('\n- ')}`);
  }
  return { path, files };
}
