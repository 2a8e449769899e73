/**
 * `coursepack quiz lint`: every problem of every bank at once — YAML and schema errors, then
 * what only the course can tell (the bank is this course's, the lesson exists, the ids are
 * unique across the course, the source lines and sentences are in the lesson) and each item's
 * own consistency.
 */
import * as path from 'node:path';
import { diagnostic } from '../../diagnostics/codes';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { sortDiagnostics } from '../../load/sort-diagnostics';
import { placeOfValue, type YamlSource } from '../../load/yaml-source';
import type { Course, Lesson } from '../../model/course';
import type { QuestionBank } from '../../model/quiz';
import { didYouMean } from '../../validate/did-you-mean';
import { lintItem } from './lint-item';
import { isStale } from './stale';
import type { BankFile } from './read';

export function lintBanks(course: Course, files: readonly BankFile[]): Diagnostic[] {
  const found = [...files.flatMap((file) => file.diagnostics), ...files.flatMap((file) => lintBank(course, file)), ...duplicateIds(course, files)];
  return sortDiagnostics(found, files.map((file) => file.file));
}

function lintBank(course: Course, file: BankFile): Diagnostic[] {
  const { bank, yaml } = file;
  if (!bank || !yaml) return [];
  // Another course's bank says nothing about this course: one error, and nothing else is read from it.
  if (bank.course !== course.id) return [otherCourse(course, file, bank, yaml)];
  const lesson = course.lessons.find((candidate) => candidate.id === file.lessonId);
  const found = lesson ? [] : [unknownLesson(course, file, yaml)];
  found.push(...bankHeader(course, file.lessonId, bank, yaml));
  bank.items.forEach((item, index) => found.push(...lintItem(item, index, { yaml, lesson, lessonId: file.lessonId })));
  if (lesson) found.push(...staleDiagnostics(bank, lesson, yaml));
  return found;
}

export function otherCourse(course: Course, file: BankFile, bank: QuestionBank, yaml: YamlSource): Diagnostic {
  const message = `${path.basename(file.file)} belongs to course "${bank.course}", not to "${course.id}"`;
  return diagnostic('quiz/other-course', message, placeOfValue(yaml, ['course']));
}

/** A warning per item that still ships (or may) while its source sentence is gone from the lesson. */
function staleDiagnostics(bank: QuestionBank, lesson: Lesson, yaml: YamlSource): Diagnostic[] {
  return bank.items.flatMap((item, index) => {
    if (item.status === 'rejected' || !isStale(item, lesson)) return [];
    const message = `item ${item.id}: its source sentence is no longer in ${lesson.file} ("${shorten(item.source.text)}")`;
    return [diagnostic('quiz/stale-item', message, placeOfValue(yaml, ['items', index, 'source', 'text']))];
  });
}

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length <= 80 ? text : `${chars.slice(0, 79).join('')}…`;
}

function unknownLesson(course: Course, file: BankFile, yaml: YamlSource): Diagnostic {
  const known = course.lessons.map((lesson) => lesson.id);
  const message = `${path.basename(file.file)} is the bank of lesson "${file.lessonId}", which the course does not have${didYouMean(file.lessonId, known)}`;
  return diagnostic('quiz/unknown-lesson', message, placeOfValue(yaml, ['lesson']));
}

function bankHeader(course: Course, lessonId: string, bank: QuestionBank, yaml: YamlSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (bank.lesson !== lessonId) {
    const message = `lesson is "${bank.lesson}" but the file is named after lesson "${lessonId}"`;
    found.push(diagnostic('quiz/lesson-mismatch', message, placeOfValue(yaml, ['lesson'])));
  }
  if (bank.language !== course.language) {
    const message = `the bank is in "${bank.language}" but the course language is "${course.language}"`;
    found.push(diagnostic('quiz/language-mismatch', message, placeOfValue(yaml, ['language'])));
  }
  return found;
}

/** Item ids become interaction ids in the LMS: one id, one question, across the whole course. */
function duplicateIds(course: Course, files: readonly BankFile[]): Diagnostic[] {
  const first = new Map<string, { file: string; yaml: YamlSource; index: number }>();
  const found: Diagnostic[] = [];
  for (const file of files) {
    const { bank, yaml } = file;
    if (!bank || !yaml || bank.course !== course.id) continue;
    bank.items.forEach((item, index) => {
      const earlier = first.get(item.id);
      if (!earlier) {
        // Places are looked up only for a repeat: finding them parses the file's positions.
        first.set(item.id, { file: file.file, yaml, index });
        return;
      }
      const line = placeOfValue(earlier.yaml, ['items', earlier.index, 'id']).line;
      const where = earlier.file === file.file ? `line ${line}` : `${path.basename(earlier.file)}, line ${line}`;
      found.push(diagnostic('quiz/duplicate-item-id', `item id "${item.id}" is already used (${where})`, placeOfValue(yaml, ['items', index, 'id'])));
    });
  }
  return found;
}
