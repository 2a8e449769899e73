/**
 * xAPI with TinCan launch: `xapi/<course-id>.zip` (every lesson; tincan.xml launches the course's
 * lesson list, index.html, and lists the lessons) and `xapi/lessons/<lesson-id>.zip` (one lesson each). The pages carry their
 * activity ids (script#cp-xapi); the LMS's launch URL brings endpoint, auth, actor and
 * registration, so the packages hold no credential. docs/xapi.md.
 */
import { InternalError } from '../../diagnostics/errors';
import type { RenderedLesson } from '../../model/rendered';
import { allPackages, type FormatAdapter, type FormatInput, type PackageSpec } from '../format';
import { serializeDocument } from '../xml';
import { checkPackage, credentialScan, type CredentialScan } from './check';
import { contentFiles } from './files';
import { COURSE_MENU_PATH, courseMenuPage } from './course-menu';
import { TINCAN_PATH, tincanElement } from './tincan';

export const xapi: FormatAdapter = {
  id: 'xapi',
  label: 'xAPI (TinCan launch)',
  runtime: 'xapi',
  // One credential scan per package: a page is read in its lesson's package, and the course
  // package holds the same page (already zipped when the build gives it so).
  coursePackage: (input: FormatInput): PackageSpec => assemble(`xapi/${input.course.id}.zip`, input, input.lessons, true, credentialScan()),
  lessonPackage: (input: FormatInput, rendered: RenderedLesson): PackageSpec =>
    assemble(`xapi/lessons/${rendered.lesson.id}.zip`, input, [rendered], false, credentialScan()),
  packages(input: FormatInput): readonly PackageSpec[] {
    return allPackages(this, input);
  },
};

function assemble(path: string, input: FormatInput, lessons: readonly RenderedLesson[], withCourse: boolean, scan: CredentialScan): PackageSpec {
  const structure = tincanElement(input.course, lessons.map((rendered) => rendered.lesson), withCourse);
  const menu = withCourse ? [{ path: COURSE_MENU_PATH, content: courseMenuPage(input.course, lessons.map((rendered) => rendered.lesson)) }] : [];
  const files = [{ path: TINCAN_PATH, content: serializeDocument(structure) }, ...menu, ...contentFiles(input.course, lessons, input.player)];
  const problems = checkPackage(structure, files, 'launch', scan);
  if (problems.length > 0) throw new InternalError(`the xAPI package ${path} fails its checks:\n- ${problems.join('\n- ')}`);
  return { path, files };
}
