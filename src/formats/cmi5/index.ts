/**
 * cmi5: `cmi5/<course-id>.zip` (cmi5.xml with a block per chapter and an AU per lesson) and
 * `cmi5/lessons/<lesson-id>.zip` (one AU each). The LMS launches an AU with endpoint, fetch,
 * actor, registration and activityId in the URL; the package holds no credential. docs/xapi.md.
 */
import { InternalError } from '../../diagnostics/errors';
import type { RenderedLesson } from '../../model/rendered';
import { allPackages, type FormatAdapter, type FormatInput, type PackageSpec } from '../format';
import { serializeDocument, type XmlElement } from '../xml';
import { checkPackage, credentialScan, type CredentialScan } from '../xapi/check';
import { contentFiles } from '../xapi/files';
import { CMI5_PATH, courseStructure, lessonStructure, type AuLesson } from './course-structure';

export const cmi5: FormatAdapter = {
  id: 'cmi5',
  label: 'cmi5',
  runtime: 'cmi5',
  coursePackage: (input: FormatInput): PackageSpec =>
    assemble(`cmi5/${input.course.id}.zip`, input, input.lessons, courseStructure(input.course, input.lessons.map(auLesson)), credentialScan()),
  lessonPackage: (input: FormatInput, rendered: RenderedLesson): PackageSpec =>
    assemble(`cmi5/lessons/${rendered.lesson.id}.zip`, input, [rendered], lessonStructure(input.course, auLesson(rendered)), credentialScan()),
  packages(input: FormatInput): readonly PackageSpec[] {
    return allPackages(this, input);
  },
};

function auLesson(rendered: RenderedLesson): AuLesson {
  return { lesson: rendered.lesson, hasQuiz: rendered.quiz !== undefined };
}

function assemble(path: string, input: FormatInput, lessons: readonly RenderedLesson[], structure: XmlElement, scan: CredentialScan): PackageSpec {
  const files = [{ path: CMI5_PATH, content: serializeDocument(structure) }, ...contentFiles(input.course, lessons, input.player)];
  const problems = checkPackage(structure, files, 'url', scan);
  if (problems.length > 0) throw new InternalError(`the cmi5 package ${path} fails its checks:\n- ${problems.join('\n- ')}`);
  return { path, files };
}
