/**
 * The course IRI (`iri` in course.yaml) names the course and everything in it in xAPI and cmi5.
 * Without one, or with one under the reserved `.invalid` domain, the course gets the default
 * (src/model/course.ts), which every course with the same id shares: a warning asks for a real
 * one. Run by `coursepack validate` and `coursepack import`, not by every load (a build is no
 * place to nag), and pure: the caller passes course.yaml's text for the place.
 */
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Course } from '../model/course';

export function checkCourseIri(course: Pick<Course, 'id' | 'iri'>, file: string, yamlText: string): Diagnostic[] {
  const iri = course.iri;
  if (iri !== undefined && !isReservedHost(iri)) return [];
  const message =
    iri === undefined
      ? `course.yaml names no iri: the course's xAPI/cmi5 ids fall back to https://coursepack.invalid/courses/${course.id}`
      : `iri "${iri}" is under a reserved domain that no LRS or LMS can tell apart from other courses`;
  return [diagnostic('course/no-iri', message, { file, line: lineOf(yamlText, iri === undefined ? 'id' : 'iri'), column: 1 })];
}

function isReservedHost(iri: string): boolean {
  try {
    const host = new URL(iri).hostname;
    return /(^|\.)(invalid|example|test|localhost)$/.test(host);
  } catch {
    return false;
  }
}

/** 1-based line of a top-level key in course.yaml (1 when not found). */
function lineOf(yamlText: string, key: string): number {
  const index = yamlText.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}
