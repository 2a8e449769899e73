/**
 * Builds the Course model from a draft that passed every check: typed, complete (defaults
 * filled in), lessons sorted by order, every node with its place.
 */
import * as path from 'node:path';
import type { Author, Chapter, Course, Lesson } from '../model/course';
import { InternalError } from '../diagnostics/errors';
import type { CourseDraft, LessonFileDraft, RawChapter } from './draft';
import { resolveSettings } from './settings';
import { placeOfValue, type YamlSource } from './yaml-source';

export function assembleCourse(draft: CourseDraft): Course {
  const { data, yaml } = draft.course;
  if (!data || !yaml) throw new InternalError('assembleCourse called without a valid course.yaml');
  const lessons = draft.lessons.map(toLesson).sort((a, b) => a.order - b.order);
  return {
    id: data.id,
    version: data.version,
    ...(data.iri !== undefined ? { iri: data.iri } : {}),
    language: data.language,
    title: { ...data.title },
    ...(data.description ? { description: { ...data.description } } : {}),
    authors: (data.authors ?? []).map(toAuthor),
    settings: resolveSettings(data.settings),
    chapters: (data.chapters ?? []).map((chapter, index) => toChapter(chapter, index, yaml)),
    lessons,
    dir: draft.dir,
    ...(data.quizzes !== undefined ? { quizzes: path.resolve(draft.dir, data.quizzes) } : {}),
  };
}

function toAuthor(author: Author): Author {
  return author.role === undefined ? { name: author.name } : { name: author.name, role: author.role };
}

function toChapter(chapter: RawChapter, index: number, yaml: YamlSource): Chapter {
  return {
    id: chapter.id,
    ...(chapter.number !== undefined ? { number: chapter.number } : {}),
    title: chapter.title,
    ...(chapter.overview !== undefined ? { overview: chapter.overview } : {}),
    place: placeOfValue(yaml, ['chapters', index]),
  };
}

function toLesson(lesson: LessonFileDraft): Lesson {
  const { data, body, bodyLine } = lesson;
  if (!data || body === undefined || bodyLine === undefined) {
    throw new InternalError(`assembleCourse called with an unchecked lesson (${lesson.relativePath})`);
  }
  return {
    id: data.id,
    title: data.title,
    ...(data.number !== undefined ? { number: data.number } : {}),
    ...(data.chapter !== undefined ? { chapter: data.chapter } : {}),
    order: data.order,
    ...(data.source ? { source: { file: data.source.file, lines: [data.source.lines[0], data.source.lines[1]] } } : {}),
    body,
    file: lesson.relativePath,
    bodyLine,
    place: { file: lesson.file, line: 1, column: 1 },
  };
}
